#include "indexer/document.h"

#include <cstdio>

#include "core/accents.h"
#include "core/compress.h"
#include "core/schema.h"
#include "core/text.h"
#include "indexer/stem_cache.h"

namespace lanyard::indexer {

namespace {

namespace prefix = core::schema::prefix;
namespace slot = core::schema::slot;
using core::schema::boolean_term;
using nlohmann::json;

json date_json(const std::optional<core::Date>& d) { return d ? json(d->iso()) : json(nullptr); }

json nullable(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

// Every free-text field goes through here, which notes whether any of it has
// accents: without, add_folded_twins would find nothing (most English pages),
// so it is not run.
struct FreeText {
  Xapian::TermGenerator& tg;
  bool accents = false;

  // Each word with wdf weight unprefixed and 1 under field_prefix (none:
  // unprefixed only, as the body); then a gap, so no phrase spans two fields.
  void add(const std::string& text, unsigned weight = 1, const char* field_prefix = nullptr) {
    if (text.empty()) return;
    accents = accents || core::has_accents(text);
    tg.index_text(text, weight);
    if (field_prefix) tg.index_text(text, 1, field_prefix);
    tg.increase_termpos();
  }
};

// The place's names as words of the document: "lausanne" and "switzerland"
// find the event in Lausanne whatever its text says, "usa" one in the
// United States (the gazetteer's other names, Record::place_aliases).
void add_place_names(FreeText& text, const Record& r) {
  if (!r.facets.place) return;
  const core::Place& p = *r.facets.place;
  for (const auto* name : {&p.city, &p.region, &p.country}) text.add(*name);
  for (const auto& alias : r.place_aliases) text.add(alias);
}

// TermGenerator's STEM_SOME stems a word that starts with a letter.
bool starts_with_letter(std::string_view word) {
  constexpr unsigned kLetters =
      (1u << Xapian::Unicode::LOWERCASE_LETTER) | (1u << Xapian::Unicode::TITLECASE_LETTER) |
      (1u << Xapian::Unicode::MODIFIER_LETTER) | (1u << Xapian::Unicode::OTHER_LETTER);
  std::size_t i = 0;
  return !word.empty() &&
         ((kLetters >> Xapian::Unicode::get_category(core::next_code_point(word, i))) & 1u);
}

// Accents fold both ways (docs/schema.md). Every free-text term with accents
// ("zürich", "Szürich") gets a folded twin ("zurich", "Szurich") at the same
// positions with the same wdf, and the stem the query parser makes of the
// folded word ("Zzurich"; folding the stem "Zzürich" would not always give
// it). So "zurich" finds Zürich, a quoted phrase matches either spelling, and
// the query builder's folded query (query/query_builder.cc) finds both. Only
// accented words add terms, so an English index hardly grows; folding at
// query time alone would need every accented spelling of a word the index
// holds.
void add_folded_twins(Xapian::Document& doc) {
  struct Twin {
    std::string prefix, word;
    Xapian::termcount wdf;
    std::vector<Xapian::termpos> positions;
  };
  std::vector<Twin> twins;
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
    const std::string& term = *t;
    // Stems ('Z') follow their words; boolean terms (wdf 0: whole tags and
    // speaker names) are filters, never folded.
    if (term.empty() || term[0] == 'Z' || t.get_wdf() == 0 || !core::has_accents(term)) continue;
    std::size_t p = 0;
    while (p < term.size() && term[p] >= 'A' && term[p] <= 'Z') ++p;
    twins.push_back({term.substr(0, p),
                     term.substr(p),
                     t.get_wdf(),
                     {t.positionlist_begin(), t.positionlist_end()}});
  }
  if (twins.empty()) return;
  Xapian::Stem stemmer("english");  // as make_term_generator's
  for (const auto& twin : twins) {
    const std::string word = core::fold_accents(twin.word);
    const std::string folded = twin.prefix + word;
    for (auto pos : twin.positions) doc.add_posting(folded, pos, 0);
    doc.add_term(folded, twin.wdf);
    if (starts_with_letter(twin.word)) doc.add_term("Z" + twin.prefix + stemmer(word), twin.wdf);
  }
}

// XLOC holds core::place_keys(), the keys Gazetteer::location_keys() gives for
// a user's place text, so query-side place filters find the document.
void add_location_terms(Xapian::Document& doc, const core::Place& place) {
  for (const auto& key : core::place_keys(place))
    doc.add_boolean_term(boolean_term(prefix::kLocation, key));
  if (!place.city.empty())
    doc.add_boolean_term(boolean_term(prefix::kCity, core::ascii_lower(place.city)));
  if (!place.region.empty())
    doc.add_boolean_term(boolean_term(prefix::kRegion, core::ascii_lower(place.region)));
  if (!place.country.empty())
    doc.add_boolean_term(boolean_term(prefix::kCountry, core::ascii_lower(place.country)));
}

// XYEAR and XMONTH for every year and month the event spans ("Dec 30 - Jan 2"
// is in 2024-12 and 2025-01), capped so a wrong end date cannot flood the index.
void add_date_terms(Xapian::Document& doc, const core::Date& start, const core::Date& end) {
  int year = start.year, month = start.month;
  for (int n = 0; n < core::schema::kMaxDateTermMonths; ++n) {
    char ym[8];
    std::snprintf(ym, sizeof ym, "%04d-%02d", year, month);
    doc.add_boolean_term(boolean_term(prefix::kYear, std::to_string(year)));
    doc.add_boolean_term(boolean_term(prefix::kMonth, ym));
    if (year > end.year || (year == end.year && month >= end.month)) break;
    if (++month > 12) {
      month = 1;
      ++year;
    }
  }
}

}  // namespace

Xapian::TermGenerator make_term_generator() {
  Xapian::TermGenerator tg;
  tg.set_stemmer(cached_stemmer("english"));
  tg.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  tg.set_flags(Xapian::TermGenerator::FLAG_CJK_NGRAM);
  return tg;
}

json stored_json(const Record& r) {
  json j;
  j["id"] = r.id;
  j["title"] = r.title;
  j["url"] = r.url;
  j["collection"] = r.collection;
  j["date"] = date_json(r.date());
  j["end_date"] = date_json(r.end_date());
  j["published"] = date_json(r.published);
  if (r.facets.place) {
    const core::Place& p = *r.facets.place;
    bool online =
        r.facets.attendance == Attendance::online || r.facets.attendance == Attendance::hybrid;
    j["location"] = {{"venue", nullable(p.venue)},
                     {"city", nullable(p.city)},
                     {"region", nullable(p.region)},
                     {"country", nullable(p.country)},
                     {"online", online},
                     {"label", p.label()}};
    if (p.latitude && p.longitude) j["location"]["latlong"] = {*p.latitude, *p.longitude};
  } else {
    j["location"] = nullptr;
  }
  j["attendance"] = attendance_name(r.facets.attendance);
  json topics = json::array();
  for (const auto& t : r.facets.topics) topics.push_back({{"name", t.name}, {"source", t.source}});
  j["topics"] = topics;
  j["speakers"] = r.speakers;
  j["tags"] = r.tags;
  j["event"] = nullable(r.event);
  j["language"] = nullable(r.language);
  j["fields"] = r.fields;
  return j;
}

Xapian::Document build_document(const Record& r, const std::string& fingerprint,
                                Xapian::TermGenerator& tg) {
  Xapian::Document doc;
  tg.set_document(doc);
  FreeText text{tg};
  text.add(r.title, 5, prefix::kTitle);
  for (const auto& h : r.body.headings) text.add(h, 2, prefix::kHeading);
  for (const auto& s : r.speakers) {
    text.add(s, 2, prefix::kSpeaker);
    doc.add_boolean_term(boolean_term(prefix::kSpeakerExact, core::ascii_lower(s)));
  }
  text.add(r.event, 2, prefix::kEvent);
  for (const auto& t : r.tags) {
    text.add(t, 1, prefix::kTag);
    doc.add_boolean_term(boolean_term(prefix::kTag, core::ascii_lower(t)));
  }
  text.add(r.body.text);
  for (const auto& field : r.field_text) text.add(field);
  add_place_names(text, r);
  if (text.accents) add_folded_twins(doc);  // before the id and filter terms, never folded

  doc.add_boolean_term(boolean_term(prefix::kId, r.id));
  if (!r.collection.empty()) doc.add_boolean_term(boolean_term(prefix::kCollection, r.collection));
  if (!r.language.empty()) doc.add_boolean_term(boolean_term(prefix::kLanguage, r.language));
  if (r.facets.place) add_location_terms(doc, *r.facets.place);
  if (r.facets.attendance != Attendance::unknown) {
    doc.add_boolean_term(boolean_term(prefix::kOnline, attendance_name(r.facets.attendance)));
  }
  std::vector<std::string> topic_names;
  for (const auto& t : r.facets.topics) {
    doc.add_boolean_term(boolean_term(prefix::kTopic, t.name));
    topic_names.push_back(t.name);
  }
  if (auto d = r.date()) {
    doc.add_value(slot::kDate, std::to_string(d->yyyymmdd()));
    add_date_terms(doc, *d, r.end_date().value_or(*d));
  }
  if (auto e = r.end_date()) doc.add_value(slot::kEndDate, std::to_string(e->yyyymmdd()));
  if (r.published) doc.add_value(slot::kPublished, std::to_string(r.published->yyyymmdd()));
  doc.add_value(slot::kFingerprint, fingerprint);
  doc.add_value(slot::kOrder, doc.get_value(slot::kDate) + core::schema::kListSeparator + r.id);
  doc.add_value(slot::kTitleSort, core::ascii_lower(r.title));
  if (r.facets.place) {
    const core::Place& p = *r.facets.place;
    doc.add_value(slot::kLocationLabel, p.label());
    if (!p.country.empty()) doc.add_value(slot::kCountry, p.country);
    if (p.latitude && p.longitude) {
      doc.add_value(slot::kLatLong, Xapian::LatLongCoord(*p.latitude, *p.longitude).serialise());
    }
  }
  if (!topic_names.empty())
    doc.add_value(slot::kTopics,
                  core::join(topic_names, std::string(1, core::schema::kListSeparator)));
  if (r.facets.attendance != Attendance::unknown)
    doc.add_value(slot::kOnline, attendance_name(r.facets.attendance));
  json fields = stored_json(r);
  const bool text_apart = core::is_valid_utf8(r.body.text);
  if (!text_apart) fields["text"] = r.body.text;  // its bad bytes replaced by the dump
  std::string stored = fields.dump(-1, ' ', false, json::error_handler_t::replace);
  if (text_apart) {
    stored += core::schema::kDataTextSeparator;
    stored += r.body.text;
  }
  doc.add_value(slot::kStored, core::compress_text(stored));
  return doc;
}

}  // namespace lanyard::indexer
