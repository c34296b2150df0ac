// When an event happens, as opposed to when the page was published. Order of
// trust: explicit event fields, a labelled body line, the front-matter date of
// an event or talk, an event sentence in the opening paragraphs.
#include <initializer_list>

#include "core/text.h"
#include "indexer/facets/facets.h"
#include "indexer/facets/text.h"

namespace lanyard::indexer {

namespace {

using core::Date;
using core::DateRange;
using facets_text::has_word;
using facets_text::LabelKind;

// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
long day_number(const Date& d) {
  int y = d.year - (d.month <= 2 ? 1 : 0);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153L * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5 + d.day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

// An event may be announced up to a year ahead, and a recap may be published
// shortly after: a yearless date is placed in [published - 30 days, published +
// 335 days], or, told in the past tense ("was held", "ran from"), in
// (published - 335 days, published + 30 days].
constexpr long kSlackDays = 30;
enum class Tense { ahead, past };

// The year a yearless date falls in, from the reference (publication) date.
std::optional<int> infer_year(int month, int day, const std::optional<Date>& reference,
                              Tense tense = Tense::ahead) {
  if (!reference) return std::nullopt;
  int year = reference->year;
  long ref = day_number(*reference);
  if (tense == Tense::ahead) {
    if (!core::is_valid_date(year, month, day) || day_number({year, month, day}) < ref - kSlackDays) ++year;
  } else {
    if (!core::is_valid_date(year, month, day) || day_number({year, month, day}) > ref + kSlackDays) --year;
  }
  if (!core::is_valid_date(year, month, day)) return std::nullopt;
  return year;
}

// A range in a short text ("Jun 10 - 17, 2025", "March 27th, 12 PM PST"),
// with a missing year inferred from the reference date.
std::optional<DateRange> range_in(std::string_view text, const std::optional<Date>& reference) {
  if (auto r = core::parse_date_range(text)) return r;
  if (!reference) return std::nullopt;
  auto r = core::parse_date_range(text, reference->year);
  if (!r) return std::nullopt;
  auto year = infer_year(r->start.month, r->start.day, reference);
  if (year && *year != reference->year) r = core::parse_date_range(text, *year);
  return r;
}

// One front-matter date, possibly without a year ("February 19").
std::optional<Date> field_date(const nlohmann::json& fields, const std::vector<std::string>& names,
                               const std::optional<Date>& reference) {
  for (const auto& name : names) {
    auto it = fields.find(name);
    if (it == fields.end() || !it->is_string()) continue;
    std::string text = it->get<std::string>();
    if (auto d = core::parse_date(text)) return d;
    auto partial = core::parse_partial_date(text);
    if (!partial) continue;
    auto year = partial->year ? partial->year : infer_year(partial->month, partial->day, reference);
    if (year && core::is_valid_date(*year, partial->month, partial->day)) {
      return Date{*year, partial->month, partial->day};
    }
  }
  return std::nullopt;
}

bool has_field(const nlohmann::json& fields, const std::vector<std::string>& names) {
  for (const auto& name : names) {
    auto it = fields.find(name);
    if (it != fields.end() && !it->is_null()) return true;
  }
  return false;
}

std::optional<DateRange> from_event_fields(const Record& record, const Config& config) {
  const FieldNames& names = config.fields;
  auto start = field_date(record.fields, names.event_start, record.published);
  if (!start) return std::nullopt;
  auto end = field_date(record.fields, names.event_end, start);
  return DateRange{*start, end && *end >= *start ? *end : *start};
}

std::optional<DateRange> from_labels(const Record& record) {
  for (const auto& l : facets_text::labelled_values(record.body.text)) {
    if (l.kind == LabelKind::location) continue;
    if (auto r = range_in(l.value, record.published)) return r;
  }
  return std::nullopt;
}

// The front-matter `date` is the event's own day for events, talks and
// schedule entries (and whenever an end field says it is a start).
std::optional<DateRange> from_event_date_field(const Record& record, const Config& config) {
  const FieldNames& names = config.fields;
  static constexpr std::string_view kEventCollections[] = {"events", "talks", "schedule",
                                                                        "sessions"};
  bool event_like = !record.event.empty() || has_field(record.fields, names.event_end);
  for (auto c : kEventCollections) event_like = event_like || record.collection == c;
  if (!event_like) return std::nullopt;
  auto start = field_date(record.fields, names.published, std::nullopt);
  if (!start) return std::nullopt;
  auto end = field_date(record.fields, names.event_end, start);
  return DateRange{*start, end && *end >= *start ? *end : *start};
}

bool has_any(const std::string& lower, std::initializer_list<std::string_view> words);

bool deadline_sentence(const std::string& lower) {
  return has_any(lower, {"deadline", "due", "submit", "submission", "submissions", "closes",
                         "early bird", "register by", "registration", "apply by"});
}

bool has_any(const std::string& lower, std::initializer_list<std::string_view> words) {
  for (auto w : words) {
    if (has_word(lower, w)) return true;
  }
  return false;
}

// How a sentence speaks of an event: in the past, ahead, or only naming one.
enum class Cue { none, noun, ahead, past };

Cue event_cue(const std::string& lower) {
  if (has_any(lower, {"was held", "were held", "took place", "ran from", "ran on", "happened",
                      "concluded", "wrapped up", "was hosted", "were hosted", "gathered", "attended",
                      "took part", "recap"})) {
    return Cue::past;
  }
  if (has_any(lower, {"will", "join us", "kicking off", "kicks off", "take place", "takes place", "taking place",
                      "scheduled", "upcoming", "coming up", "coming back", "comes back", "save the date", "returns",
                      "is happening"})) {
    return Cue::ahead;
  }
  if (has_any(lower, {"held", "hosted", "co-located", "conference", "summit", "meetup", "event",
                      "hackathon", "gathering", "workshop"})) {
    return Cue::noun;
  }
  return Cue::none;
}

// The first date in an event sentence of the opening paragraphs, within about
// a year of the publication date when that is known. A date without a year
// needs a verb that says whether the event is ahead or past ("will take place
// on June 7", "ran from June 22 to August 25"); a heading such as "Seattle
// Meetup (May 23)" is not enough.
std::optional<DateRange> from_sentences(const Record& record) {
  const auto& reference = record.published;
  std::optional<int> default_year;
  if (reference) default_year = reference->year;
  for (std::string_view s : facets_text::opening_sentences(record.body.text)) {
    std::string lower = core::ascii_lower(s);
    Cue cue = event_cue(lower);
    if (cue == Cue::none || deadline_sentence(lower)) continue;
    for (const auto& m : core::find_dates(s, default_year)) {
      DateRange r = m.range;
      if (!m.has_year) {
        if (cue == Cue::noun) continue;
        auto tense = cue == Cue::past ? Tense::past : Tense::ahead;
        auto year = infer_year(r.start.month, r.start.day, reference, tense);
        auto again = year ? core::parse_date_range(s.substr(m.offset, m.length), *year) : std::nullopt;
        if (!again) continue;
        r = *again;
      }
      if (reference && std::abs(day_number(r.start) - day_number(*reference)) > 400) continue;
      return r;
    }
  }
  return std::nullopt;
}

// A talk's own day stated at the top of its description: "[EuroPython 2023 —
// Forum Hall on 2023-07-20]", "held at LinkedIn on March 26, 2015". Only
// "on <date with a year>" counts: pyvideo's `date:` is often the upload day.
std::optional<DateRange> talk_day_in_body(const Record& record) {
  for (std::string_view s : facets_text::opening_sentences(record.body.text, 600)) {
    for (const auto& m : core::find_dates(s, std::nullopt)) {
      if (!m.has_year || m.offset < 3 || s.substr(m.offset - 3, 3) != "on ") continue;
      const auto& published = record.published;
      if (published && std::abs(day_number(m.range.start) - day_number(*published)) > 400) continue;
      return DateRange{m.range.start, m.range.start};
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<DateRange> extract_event_dates(const Record& record, const Config& config) {
  // A talk's `date` is its own day; event_start/event_end are its conference's.
  if (!record.event.empty()) {
    if (auto r = talk_day_in_body(record)) return r;
    if (auto r = from_labels(record)) return r;
    if (auto r = from_event_date_field(record, config)) return r;
  }
  if (auto r = from_event_fields(record, config)) return r;
  if (auto r = from_labels(record)) return r;  // beats a front-matter `date` (docs/facets.md)
  if (auto r = from_event_date_field(record, config)) return r;
  return from_sentences(record);
}

}  // namespace lanyard::indexer
