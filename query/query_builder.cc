#include "query/query_builder.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/accents.h"
#include "core/date.h"
#include "core/schema.h"
#include "core/stop_words.h"
#include "core/text.h"
#include "query/date_filters.h"
#include "query/filters.h"

namespace lanyard::query {

namespace {

using Qp = Xapian::QueryParser;
namespace prefix = core::schema::prefix;
namespace slot = core::schema::slot;

constexpr unsigned kFullFlags = Qp::FLAG_PHRASE | Qp::FLAG_BOOLEAN | Qp::FLAG_LOVEHATE |
                                Qp::FLAG_WILDCARD | Qp::FLAG_PURE_NOT | Qp::FLAG_CJK_NGRAM |
                                Qp::FLAG_AUTO_SYNONYMS | Qp::FLAG_AUTO_MULTIWORD_SYNONYMS;
constexpr unsigned kNoBooleanFlags = kFullFlags & ~(Qp::FLAG_BOOLEAN | Qp::FLAG_PURE_NOT);
constexpr unsigned kPlainFlags = Qp::FLAG_CJK_NGRAM | Qp::FLAG_AUTO_SYNONYMS;

// A word this many times rarer than its spelling correction is taken for a typo.
constexpr Xapian::doccount kTypoRatio = 50;
// ... and only a word in at most one document in this many (or in at most
// kTypoFloor documents) is looked up: a spelling lookup costs milliseconds on
// a large index, and a word used that widely is not a typo.
constexpr Xapian::doccount kTypoShare = 2000;
constexpr Xapian::doccount kTypoFloor = 3;

std::string ymd(const core::Date& d) { return std::to_string(d.yyyymmdd()); }

// "location:Paris", "country:usa": through the gazetteer's aliases, lowercased,
// so a capitalised value never turns into an "XLOC:Paris" term (XAPIAN-NOTES 4).
class PlaceField : public Xapian::FieldProcessor {
 public:
  PlaceField(const char* term_prefix, const core::Gazetteer* gazetteer)
      : prefix_(term_prefix), gazetteer_(gazetteer) {}
  Xapian::Query operator()(const std::string& value) override {
    return any_of(prefix_, location_keys(gazetteer_, value));
  }

 private:
  const char* prefix_;
  const core::Gazetteer* gazetteer_;
};

// "topic:Compilers", "tag:ML", "year:2025": one lowercased boolean term.
class LowerField : public Xapian::FieldProcessor {
 public:
  explicit LowerField(const char* term_prefix) : prefix_(term_prefix) {}
  Xapian::Query operator()(const std::string& value) override {
    std::string v = core::collapse_spaces(core::ascii_lower(value));
    if (v.empty()) return Xapian::Query::MatchNothing;
    return Xapian::Query(core::schema::boolean_term(prefix_, v));
  }

 private:
  const char* prefix_;
};

// date:2024-09..2024-12, date:2025.., date:..2024-06-30 over the event start
// (slot kDate). Each end is YYYY, YYYY-MM or YYYY-MM-DD; a month or a year
// means all of it.
class DateRange : public Xapian::RangeProcessor {
 public:
  DateRange() : Xapian::RangeProcessor(slot::kDate, "date:", 0) {}
  Xapian::Query operator()(const std::string& begin, const std::string& end) override {
    std::string lo, hi;
    if (!begin.empty()) {
      auto span = parse_date_span(begin);
      if (!span) return Xapian::Query(Xapian::Query::OP_INVALID);
      lo = ymd(span->first);
    }
    if (!end.empty()) {
      auto span = parse_date_span(end);
      if (!span) return Xapian::Query(Xapian::Query::OP_INVALID);
      hi = ymd(span->last);
    }
    if (lo.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_LE, slot::kDate, hi);
    if (hi.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_GE, slot::kDate, lo);
    return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot::kDate, lo, hi);
  }
};

// Splits text into runs of CJK and non-CJK characters, quotes dropped.
std::vector<std::string> script_runs(std::string_view text) {
  std::vector<std::string> runs;
  std::string run;
  int run_kind = -1;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t start = i;
    char32_t cp = core::next_code_point(text, i);
    int kind = core::is_cjk(cp) ? 1 : 0;
    if (kind != run_kind && !run.empty()) runs.push_back(std::move(run)), run.clear();
    run_kind = kind;
    if (cp == '"') {
      run += ' ';
    } else {
      run.append(text.substr(start, i - start));
    }
  }
  if (!run.empty()) runs.push_back(std::move(run));
  return runs;
}

// The text with each run of CJK characters replaced by a Latin word (spaced
// off): the same syntax without CJK terms; empty when there is no CJK.
std::string cjk_as_latin(std::string_view text) {
  std::string out;
  bool any = false, in_run = false;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t start = i;
    char32_t cp = core::next_code_point(text, i);
    if (core::is_cjk(cp)) {
      if (!in_run) out += " x ";
      any = in_run = true;
    } else {
      in_run = false;
      out.append(text.substr(start, i - start));
    }
  }
  return any ? out : std::string();
}

std::size_t distinct_terms(const Xapian::Query& q) {
  std::set<std::string> terms(q.get_unique_terms_begin(), q.get_unique_terms_end());
  return terms.size();
}

bool is_operator(const std::string& word) {
  return word == "AND" || word == "OR" || word == "NOT" || word == "XOR" || word == "NEAR" ||
         word == "ADJ";
}

bool plain_word(const std::string& word) {
  if (word.empty()) return false;
  for (unsigned char c : word) {
    if (!std::isalnum(c)) return false;
  }
  return true;
}

// "LA", "IT": an acronym, however short.
bool all_capitals(const std::string& word) {
  return word.size() >= 2 &&
         std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// Half-typed input made whole: operators at either end dropped ("foo AND",
// "NOT"), an unclosed quote or bracket closed.
std::string complete_syntax(const std::string& text) {
  std::vector<std::string> words = core::split(text, ' ');
  while (!words.empty() && (is_operator(words.back()) || words.back().empty())) words.pop_back();
  while (!words.empty() && is_operator(words.front()) && words.front() != "NOT")
    words.erase(words.begin());
  if (words.size() == 1 && words.front() == "NOT") words.clear();
  std::string out = core::join(words, " ");
  int depth = 0;
  std::size_t quotes = 0;
  for (char c : out) {
    quotes += c == '"';
    if (quotes % 2 == 1) continue;
    if (c == '(') ++depth;
    if (c == ')' && depth > 0) --depth;
  }
  if (quotes % 2 == 1) out += '"';
  out += std::string(static_cast<std::size_t>(depth), ')');
  return out;
}

// While typing, a last word of one letter or digit after other words would
// expand to every term starting with it: slow on a large index and no help
// in ranking. The words before it are searched until the next key.
std::string without_one_letter_tail(const std::string& collapsed) {
  std::size_t space = collapsed.rfind(' ');
  if (space == std::string::npos || collapsed.size() - space != 2) return collapsed;
  if (!std::isalnum(static_cast<unsigned char>(collapsed.back()))) return collapsed;
  return collapsed.substr(0, space);
}

}  // namespace

QueryBuilder::QueryBuilder(const Xapian::Database& db, const core::Gazetteer* gazetteer) : db_(db) {
  qp_.set_database(db_);
  qp_.set_stemmer(stemmer_);
  qp_.set_stemming_strategy(Qp::STEM_SOME);
  // Stop words (data/stopwords.txt) are left out of a query unless they are
  // all it has, are in a phrase or are required (+for): Xapian's own rules.
  // The index keeps them, so a page without "for" matches "talks for
  // beginners" and a quoted phrase still needs every word.
  const auto& stop_words = core::stop_words();
  qp_.set_stopper((new Xapian::SimpleStopper(stop_words.begin(), stop_words.end()))->release());
  qp_.add_prefix("title", prefix::kTitle);
  qp_.add_prefix("speaker", prefix::kSpeaker);
  qp_.add_prefix("event", prefix::kEvent);
  qp_.add_boolean_prefix("location", (new PlaceField(prefix::kLocation, gazetteer))->release());
  qp_.add_boolean_prefix("country", (new PlaceField(prefix::kCountry, gazetteer))->release());
  qp_.add_boolean_prefix("topic", (new LowerField(prefix::kTopic))->release());
  qp_.add_boolean_prefix("tag", (new LowerField(prefix::kTag))->release());
  qp_.add_boolean_prefix("year", (new LowerField(prefix::kYear))->release());
  qp_.add_rangeprocessor((new DateRange())->release());
  // A trailing '*' or a half-typed last word stands for its most frequent
  // completions rather than failing on a short stem such as "p*".
  qp_.set_max_expansion(100, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT, Qp::FLAG_WILDCARD);
  qp_.set_max_expansion(20, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT, Qp::FLAG_PARTIAL);
}

QueryBuilder::~QueryBuilder() = default;

// Xapian suggests a more frequent neighbour even for a word the index has
// plenty of ("compiler" -> "compilers") or a synonym key ("ptc" -> "utc"). A
// suggestion is worth showing when it replaces a word the index does not know
// or holds far more rarely than the correction (a typo: "pyhton").
bool QueryBuilder::worth_suggesting(const std::string& typed, const std::string& corrected) const {
  std::vector<std::string> a = core::split(core::ascii_lower(typed), ' ');
  std::vector<std::string> b = core::split(core::ascii_lower(corrected), ' ');
  if (a.size() != b.size()) return true;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i] == b[i]) continue;
    std::string word;
    for (char c : a[i]) {
      if (std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80)) word += c;
    }
    if (word.empty() || db_.synonyms_begin(word) != db_.synonyms_end(word)) continue;
    if (db_.get_termfreq(word) * kTypoRatio < db_.get_termfreq(b[i])) return true;
  }
  return false;
}

namespace {

// A word the spelling dictionary could hold: letters (any script), no digits.
bool spellable(const std::string& word) {
  if (word.size() < 3) return false;
  for (unsigned char c : word) {
    if (!std::isalpha(c) && c < 0x80) return false;
  }
  return true;
}

bool wrapping(char c) { return c == '"' || c == '(' || c == ')' || c == '+' || c == '-'; }

}  // namespace

// Xapian's own FLAG_SPELLING_CORRECTION looks every word of every query up in
// the spelling table (half of a pyvideo search, nearly all of it for
// corrections worth_suggesting then drops). Here only a word the index does
// not hold, or holds in a handful of documents next to a far commoner
// spelling ("pyhton"), is looked up; inside quotes and brackets too.
std::string QueryBuilder::spelling_suggestion(const std::string& text, bool* skipped) const {
  auto common = [&](Xapian::doccount freq) {
    return freq * kTypoRatio >= db_.get_doccount() ||
           (freq > kTypoFloor && freq * kTypoShare > db_.get_doccount());
  };
  std::vector<std::string> tokens = core::split(text, ' ');
  bool changed = false;
  for (auto& token : tokens) {
    std::size_t begin = 0, end = token.size();
    while (begin < end && wrapping(token[begin])) ++begin;
    while (end > begin && wrapping(token[end - 1])) --end;
    std::string word = token.substr(begin, end - begin);
    if (!spellable(word) || is_operator(word)) continue;
    std::string lower = core::ascii_lower(word);
    if (core::is_stop_word(lower)) continue;  // optional: never a typo worth correcting
    Xapian::doccount freq = db_.get_termfreq(lower);
    if (freq != 0 && common(freq)) continue;
    // A rare form of a word the index holds widely ("compiled" next to
    // "compile"): its stem matches them all, so it is no typo unless the
    // query finds nothing. Spares the lookup (most of a search for such words).
    if (skipped && common(db_.get_termfreq("Z" + stemmer_(lower)))) {
      *skipped = true;
      continue;
    }
    std::string fix = spelling_lookup(lower);
    if (fix.empty() || fix == lower) continue;
    if (freq != 0 && freq * kTypoRatio >= db_.get_termfreq(fix)) continue;
    token = token.substr(0, begin) + fix + token.substr(end);
    changed = true;
  }
  return changed ? core::join(tokens, " ") : "";
}

std::string QueryBuilder::spelling_lookup(const std::string& word) const {
  if (!spelling_index_ && spelling_index_allowed_ && ++spelling_lookups_ >= kLookupsBeforeIndex)
    build_spelling_index();
  if (spelling_index_ && SpellingIndex::answers(word)) return spelling_index_->suggest(word);
  return db_.get_spelling_suggestion(word);
}

void QueryBuilder::build_spelling_index() const {
  if (!spelling_index_ && spelling_index_allowed_) spelling_index_ = SpellingIndex::build(db_);
}

void QueryBuilder::revision_changed() {
  spelling_index_.reset();
  spelling_lookups_ = 0;
}

void QueryBuilder::spell(ParsedQuery& out, bool rare_forms_too) const {
  out.spelling_skipped = false;
  out.suggestion =
      spelling_suggestion(out.spelling_text, rare_forms_too ? nullptr : &out.spelling_skipped);
  bool worth = !out.suggestion.empty() && worth_suggesting(out.spelling_text, out.suggestion);
  out.corrected = worth ? out.suggestion : "";
}

void QueryBuilder::spell_everything(ParsedQuery& parsed) const {
  if (parsed.spelling_skipped) spell(parsed, true);
}

std::optional<Xapian::Query> QueryBuilder::try_parse(const std::string& text, unsigned flags,
                                                     ParsedQuery& out) {
  try {
    // Xapian 1.4.22's QueryParser leaks the CJK terms on its stack when a
    // syntax error ends the parse ("OR 北a 北aK": 384 bytes a time, found by
    // fuzz/search_request.cc), so text with CJK characters meets the operator
    // syntax only once the same text without them has parsed.
    const unsigned parse_flags = flags & ~static_cast<unsigned>(Qp::FLAG_SPELLING_CORRECTION);
    if (flags & Qp::FLAG_BOOLEAN) {
      if (std::string probe = cjk_as_latin(text); !probe.empty())
        (void)qp_.parse_query(probe, parse_flags);
    }
    Xapian::Query q = qp_.parse_query(text, parse_flags);
    if (flags & Qp::FLAG_SPELLING_CORRECTION) {
      out.spelling_text = text;
      spell(out, false);
    }
    return q;
  } catch (const Xapian::QueryParserError&) {
    return std::nullopt;
  } catch (const Xapian::Error&) {
    return std::nullopt;
  }
}

// Xapian stores one term per synonym, so "ptc -> pytorch conference" cannot
// expand inside the parser: such words become (ptc OR "pytorch conference").
// A stop word is optional, so it is not expanded into a group the query
// would then need ("la" is French, not Los Angeles), unless it is written in
// capitals ("LA").
std::string QueryBuilder::expand_phrase_synonyms(const std::string& text, bool partial) const {
  std::vector<std::string> words = core::split(text, ' ');
  bool in_quotes = false;
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string word = words[i];
    bool last = i + 1 == words.size();
    const bool optional = !all_capitals(word) && core::is_stop_word(core::ascii_lower(word));
    if (!in_quotes && plain_word(word) && !is_operator(word) && !(partial && last) && !optional) {
      std::string key = core::ascii_lower(word);
      std::string expansion;
      try {
        for (auto s = db_.synonyms_begin(key); s != db_.synonyms_end(key); ++s) {
          std::string syn = *s;
          if (syn.find(' ') == std::string::npos || syn.find('"') != std::string::npos) continue;
          expansion += " OR \"" + syn + "\"";
        }
      } catch (const Xapian::Error&) {
        expansion.clear();
      }
      if (!expansion.empty()) word = "(" + word + expansion + ")";
    }
    for (char c : words[i]) in_quotes ^= (c == '"');
    out += (out.empty() ? "" : " ") + word;
  }
  return out;
}

Xapian::Query QueryBuilder::parse_text(const std::string& collapsed, const ParseOptions& options,
                                       bool spell, ParsedQuery& out) {
  unsigned extra = options.partial ? static_cast<unsigned>(Qp::FLAG_PARTIAL) : 0u;
  unsigned spelling = spell ? static_cast<unsigned>(Qp::FLAG_SPELLING_CORRECTION) : 0u;
  std::optional<Xapian::Query> q = try_parse(collapsed, kFullFlags | extra | spelling, out);
  if (q) {
    // The correction is read from the text as typed; the synonym expansion
    // is parsed again (it only adds alternatives).
    std::string expanded = expand_phrase_synonyms(collapsed, options.partial);
    if (expanded != collapsed) {
      ParsedQuery ignored;
      if (auto e = try_parse(expanded, kFullFlags | extra, ignored)) q = e;
    }
  }
  if (!q) q = try_parse(complete_syntax(collapsed), kFullFlags | extra, out);
  if (!q) q = try_parse(collapsed, kNoBooleanFlags | extra, out);
  if (!q) q = try_parse(collapsed, kPlainFlags | extra, out);
  if (!q) {
    // Mixed CJK and Latin text that 1.4.22 rejects: parse each script run
    // alone and join them.
    std::vector<Xapian::Query> parts;
    for (const auto& run : script_runs(collapsed)) {
      if (auto part = try_parse(run, kPlainFlags, out); part && !part->empty())
        parts.push_back(*part);
    }
    auto op = options.op == DefaultOp::all_words ? Xapian::Query::OP_AND : Xapian::Query::OP_OR;
    q = Xapian::Query(op, parts.begin(), parts.end());
  }
  return *q;
}

ParsedQuery QueryBuilder::parse(const std::string& text, const ParseOptions& options) {
  ParsedQuery out;
  qp_.set_default_op(options.op == DefaultOp::all_words ? Xapian::Query::OP_AND
                                                        : Xapian::Query::OP_OR);
  std::string collapsed = core::collapse_spaces(text);
  if (options.partial) collapsed = without_one_letter_tail(collapsed);
  out.query = parse_text(collapsed, options, options.spelling, out);
  out.term_count = distinct_terms(out.query);
  if (core::has_accents(collapsed)) {
    // Accents fold both ways. The index holds the folded form of every
    // accented word beside it (indexer/document.cc), so the folded query
    // finds every page the query does, however they spell the word
    // ("zurich" and "Zürich"); the query as typed only adds weight, so pages
    // spelling it the same way rank first. Parsing the folded text, rather
    // than rewriting terms, keeps phrases, fields, NOT and partial words.
    ParsedQuery ignored;
    Xapian::Query folded = parse_text(core::fold_accents(collapsed), options, false, ignored);
    if (out.query.empty()) {
      out.query = folded;
    } else if (!folded.empty()) {
      out.query = Xapian::Query(Xapian::Query::OP_AND_MAYBE, folded, out.query);
    }
  }
  return out;
}

}  // namespace lanyard::query
