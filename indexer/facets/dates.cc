// When an event happens, as opposed to when the page was published. Every
// date and range the page states is a candidate with a score for where it was
// found (an event-start field, a label, the title, a heading, an event
// sentence); a page of an event also knows its event's range (FileContext).
// The best-scored candidate wins; a date the page gives for something else
// (a deadline, registration, a past edition) is never a candidate.
#include <algorithm>
#include <cmath>
#include <initializer_list>

#include "core/text.h"
#include "indexer/facets/facets.h"
#include "indexer/facets/text.h"
#include "indexer/fields.h"

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

// What fixes the year of a date written without one, most trusted first: the
// year the page's folders name ("content/2024/talks/"), its event's year, then
// the publication date.
struct YearHints {
  std::optional<int> path_year;
  std::optional<int> title_year;  // "WordCamp US 2019 is coming on February 5-6"
  std::optional<int> event_year;
  std::optional<Date> published;
};

// A year standing alone in a text ("DevFest 2024", "2024 edition").
std::optional<int> year_in_text(std::string_view text) {
  for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
    auto digit = [&](std::size_t k) { return k < text.size() && text[k] >= '0' && text[k] <= '9'; };
    if (!(text.substr(i, 2) == "19" || text.substr(i, 2) == "20") || !digit(i + 2) || !digit(i + 3))
      continue;
    if ((i > 0 && (digit(i - 1) || std::isalpha(static_cast<unsigned char>(text[i - 1])))) ||
        digit(i + 4))
      continue;
    return std::stoi(std::string(text.substr(i, 4)));
  }
  return std::nullopt;
}

std::optional<int> infer_year(int month, int day, const YearHints& hints,
                              Tense tense = Tense::ahead) {
  for (auto known : {hints.path_year, hints.title_year, hints.event_year}) {
    if (known && core::is_valid_date(*known, month, day)) return known;
  }
  const auto& reference = hints.published;
  if (!reference) return std::nullopt;
  int year = reference->year;
  long ref = day_number(*reference);
  if (tense == Tense::ahead) {
    if (!core::is_valid_date(year, month, day) || day_number({year, month, day}) < ref - kSlackDays)
      ++year;
  } else {
    if (!core::is_valid_date(year, month, day) || day_number({year, month, day}) > ref + kSlackDays)
      --year;
  }
  if (!core::is_valid_date(year, month, day)) return std::nullopt;
  return year;
}

// A range in a short text ("Jun 10 - 17, 2025", "March 27th, 12 PM PST",
// "Oct. 10th, Thursday"), with a missing year inferred from the hints.
std::optional<DateRange> range_in(std::string_view text, const YearHints& hints,
                                  core::DayOrder order, Tense tense = Tense::ahead) {
  if (auto r = core::parse_date_range(text, std::nullopt, order)) return r;
  auto first = core::parse_date_range(text, 2000, order);  // a leap year: "February 29" passes
  if (!first) return std::nullopt;
  auto year = infer_year(first->start.month, first->start.day, hints, tense);
  return year ? core::parse_date_range(text, *year, order) : std::nullopt;
}

bool has_any(const std::string& lower, std::initializer_list<std::string_view> words) {
  for (auto w : words) {
    if (has_word(lower, w)) return true;
  }
  return false;
}

// Word tables, packed by hand.
// clang-format off
// Sentences and labels about something else than the event's days.
bool not_the_event(const std::string& lower) {
  return has_any(lower, {"deadline", "deadlines", "due", "submit", "submission", "submissions", "closes",
                         "close", "early bird", "early-bird", "register by", "registration", "apply by",
                         "call for", "cfp", "proposals", "tickets go", "sale", "last year", "previous",
                         "postponed from", "originally", "notification", "notifications", "plazo",
                         "update", "updated", "last updated", "revised", "posted", "published", "copyright",
                         "until", "till", "at\xC3\xA9", "hasta", "jusqu", "bis zum", "fino al", "entro il",
                         "inscri\xC3\xA7\xC3\xA3o", "inscripciones", "matr\xC3\xAD" "cula",
                         "inscripci\xC3\xB3n", "inscription", "inscriptions", "anmeldung", "einreichung",
                         "inscri\xC3\xA7\xC3\xB5" "es", "iscrizioni", "scadenza", "\xE7\xB7\xA0\xE5\x88\x87",
                         "\xE6\x88\xAA\xE6\xAD\xA2", "\xE6\x8A\xA5\xE5\x90\x8D"});
}

// How a sentence speaks of an event: in the past, ahead, or only naming one.
enum class Cue { none, noun, ahead, past };

Cue event_cue(const std::string& lower) {
  if (has_any(lower, {"was held", "were held", "took place", "ran from", "ran on", "happened", "concluded",
                      "wrapped up", "was hosted", "were hosted", "gathered", "attended", "took part", "recap",
                      "fand statt", "a eu lieu", "se celebr\xC3\xB3", "aconteceu", "si \xC3\xA8 svolto",
                      "si \xC3\xA8 tenuto"})) {
    return Cue::past;
  }
  if (has_any(lower, {"will", "next", "has been set", "is set for", "join us", "kicking off", "kicks off", "take place", "takes place", "taking place",
                      "scheduled", "upcoming", "coming up", "coming back", "comes back", "save the date", "returns",
                      "is happening", "happens", "is on", "findet", "finden", "aura lieu", "se d\xC3\xA9roulera",
                      "se tiendra", "se celebrar\xC3\xA1", "tendr\xC3\xA1 lugar", "acontecer\xC3\xA1",
                      "ser\xC3\xA1 realizado", "ser\xC3\xA1 realizada", "si terr\xC3\xA0", "si svolger\xC3\xA0",
                      "pr\xC3\xB3ximo", "pr\xC3\xB3xima", "prochain", "prochaine", "n\xC3\xA4" "chste", "n\xC3\xA4" "chsten",
                      "prossimo", "prossima", "ser\xC3\xA1", "sera", "wird", "sar\xC3\xA0", "volgende",
                      "\xE5\xB0\x86", "\xE4\xB8\x8B\xE6\xAC\xA1",  // 将 下次
                      "\xE9\x96\x8B\xE5\x82\xAC", "\xE4\xB8\xBE\xE5\x8A\x9E", "\xE5\x8F\xAC\xE5\xBC\x80",
                      "\xEA\xB0\x9C\xEC\xB5\x9C",  // Korean 개최
                      // Swedish, Norwegian, Danish, Czech, Polish
                      "h\xC3\xA5lls", "\xC3\xA4ger rum", "arrangeres", "avholdes", "afholdes", "kon\xC3\xA1",
                      "prob\xC4\x9Bhne", "odb\xC4\x99" "dzie"})) {
    return Cue::ahead;
  }
  if (has_any(lower, {"held", "hosted", "co-located", "conference", "summit", "meetup", "event", "hackathon",
                      "meeting", "einladung", "treffen", "stammtisch", "vortrag", "r\xC3\xA9union", "rencontre",
                      "reuni\xC3\xB3n", "encuentro", "encontro", "incontro", "spotkanie", "bijeenkomst",
                      "\xE5\x8B\x89\xE5\xBC\xB7\xE4\xBC\x9A", "\xE6\xB4\xBB\xE5\x8A\xA8",
                      "gathering", "workshop", "konferenz", "conf\xC3\xA9rence", "conferencia",
                      "confer\xC3\xAAncia", "conferenza", "evento", "\xC3\xA9v\xC3\xA9nement",
                      "veranstaltung", "tagung", "festival", "meeting", "edition", "\xC3\xA9" "dition",
                      "edici\xC3\xB3n", "edi\xC3\xA7\xC3\xA3o", "edizione", "konferens", "konferensen",
                      "konferanse", "konferansen", "konference", "konferencen", "konferenci", "konferencja",
                      "konferencji"})) {
    return Cue::noun;
  }
  return Cue::none;
}
// clang-format on

// Where a candidate was found, as a score: explicit fields beat labels beat
// prose; ties go to the earlier mention.
enum Score : int {
  kEventField = 100,
  kTalkDay = 95,
  kLabel = 80,
  kEventDateField = 70,
  kTitle = 65,
  kHeading = 55,
  kOpeningSentence = 50,
  kLateSentence = 35,
  kMinimum = 30,
};

struct Candidate {
  DateRange range;
  int score = 0;
  std::size_t order = 0;
};

struct Collector {
  const Record& record;
  const Config& config;
  YearHints hints;
  core::DayOrder order = core::DayOrder::unknown;
  std::vector<Candidate> out;

  void add(const DateRange& r, int score) {
    if (r.end < r.start) return;
    out.push_back({r, score, out.size()});
  }

  // A front-matter field holding a date or a range ("when: Oct 3-4, 2024").
  std::optional<DateRange> field_range(const std::vector<std::string>& names) const {
    for (const nlohmann::json* value : fields::find_all(record.fields, names)) {
      std::string text = fields::scalar_text(*value);
      if (text.empty()) continue;
      if (auto r = range_in(text, hints, order)) return r;
    }
    return std::nullopt;
  }

  // Whether the generic `date` is the event's day: on events, talks, sessions
  // and meetups (by collection or folder), with an end field beside it, for a
  // talk of an event; never on posts, whose `date` is when they were written.
  bool event_like() const {
    static constexpr std::string_view kEventFolders[] = {
        "events",    "event",   "talks",   "talk",      "schedule", "sessions",
        "session",   "meetups", "meetup",  "workshops", "workshop", "activities",
        "tutorials", "sprints", "program", "programme", "agenda"};
    static constexpr std::string_view kPostFolders[] = {"posts", "post",     "blog",
                                                        "news",  "articles", "drafts"};
    if (!record.event.empty() || field_range(config.fields.event_end).has_value()) return true;
    auto folders = core::split(record.id, '/');
    if (!folders.empty()) folders.pop_back();
    for (auto& f : folders) {
      if (!f.empty() && f[0] == '_') f.erase(0, 1);
    }
    auto has = [&](const auto& names) {
      for (std::string_view n : names) {
        if (record.collection == n || std::find(folders.begin(), folders.end(), n) != folders.end())
          return true;
      }
      return false;
    };
    if (has(kPostFolders)) return false;
    return has(kEventFolders);
  }

  void from_fields() {
    const FieldNames& names = config.fields;
    // A talk's `date` is its own day; its event_start is its conference's.
    const bool talk = !record.event.empty();
    if (auto start = field_range(names.event_start); start && !talk) {
      auto end = field_range(names.event_end);
      DateRange r = *start;
      if (end && end->end >= start->start) r.end = end->end;
      add(r, kEventField);
      return;
    }
    // The front-matter `date` is the event's own day for events, talks and
    // schedule entries, and for any page of an event.
    if (!event_like()) return;
    for (const nlohmann::json* value : fields::find_all(record.fields, names.published)) {
      auto start = range_in(fields::scalar_text(*value), hints, order);
      if (!start) continue;
      auto end = field_range(names.event_end);
      if (end && end->end >= start->start) start->end = end->end;
      add(*start, kEventDateField);
      return;
    }
  }

  void from_labels() {
    const std::string_view body = record.body.text;
    for (const auto& l : facets_text::labelled_values(body)) {
      if (l.kind == LabelKind::location) continue;
      if (not_the_event(core::ascii_lower(l.value))) continue;
      // What its line says before the label ("*[Update] von Danilo K. – Datum: 11.07.2019*").
      std::string_view line = body.substr(std::min(l.offset, body.size()));
      line = line.substr(0, line.find('\n'));
      std::size_t at = line.find(l.value);
      if (at != std::string_view::npos && at > 0 &&
          not_the_event(core::ascii_lower(line.substr(0, at))))
        continue;
      if (auto r = range_in(l.value, hints, order)) add(*r, kLabel);
    }
  }

  // A page's own summary in its front matter ("description: 2020-04-21 ATJM
  // Meetup event") is prose of the page.
  void from_descriptions() {
    for (const nlohmann::json* v :
         fields::find_all(record.fields, {"description", "summary", "subtitle", "excerpt"})) {
      if (v->is_string() && v->get_ref<const std::string&>().size() < 400) {
        from_text(v->get_ref<const std::string&>(), kOpeningSentence, true);
      }
    }
  }

  // Dates in a text, with a missing year from the hints; `cue` decides the
  // tense of a yearless date, and a yearless date needs one. A sentence
  // without an event cue counts for less, unless it is short and mostly its
  // date (a line under a title: "29. August – 1. September 2019 | Hamburg").
  // Whether a mention is said to be about something else than the event: the
  // words just before it in its clause, or just after it ("(originally set for
  // February 27 to March 2) to instead be held from May 30 to June 2": only the
  // first is; "submissions close on April 13").
  static bool about_something_else(const std::string& lower, const core::DateMention& m) {
    std::size_t begin = m.offset > 60 ? m.offset - 60 : 0;
    for (std::size_t k = m.offset; k > begin; --k) {
      char c = lower[k - 1];
      if (c == ';' || c == '(' || c == ')' || c == '.' || c == '!' || c == '?') {
        begin = k;
        break;
      }
    }
    std::size_t end = std::min(lower.size(), m.offset + m.length + 28);
    for (std::size_t k = m.offset + m.length; k < end; ++k) {
      if (lower[k] == ';' || lower[k] == '(' || lower[k] == ')' || lower[k] == '.' ||
          lower[k] == ',') {
        end = k;
        break;
      }
    }
    return not_the_event(lower.substr(begin, m.offset - begin)) ||
           not_the_event(lower.substr(m.offset + m.length, end - m.offset - m.length));
  }

  // A sentence that puts something in a place ("À Lyon au Centre de Congrès du 8
  // au 11 octobre 2021", "in Paris on 3 May"): an event's, as a cue would say.
  static bool names_a_place(std::string_view text) {
    for (std::string_view p :
         {" in ", " at ", " \xC3\xA0 ", " au ", " en ", " em ", " im ", " nel ", " a "}) {
      for (std::size_t at = text.find(p); at != std::string_view::npos; at = text.find(p, at + 1)) {
        std::size_t w = at + p.size();
        if (w < text.size() && facets_text::is_capitalised_word(text.substr(w, 1))) return true;
      }
    }
    return text.starts_with("\xC3\x80 ") || text.starts_with("In ") || text.starts_with("At ");
  }

  void from_text(std::string_view text, int score, bool need_cue) {
    if (text.find_first_of("0123456789") == std::string_view::npos)
      return;                                             // no date without a number
    auto mentions = core::find_dates(text, 2000, order);  // a yearless mention reads as 2000 here
    if (mentions.empty()) return;
    std::string lower = core::ascii_lower(text);
    Cue cue = event_cue(lower);
    if (cue == Cue::none && names_a_place(text)) cue = Cue::noun;
    if (need_cue && cue == Cue::none) {
      // A line that is mostly its date, or opens with it, and is no sentence
      // ("29. Juli – 1. August 2020 | Amsterdam, Niederlande").
      std::size_t dated = 0;
      for (const auto& m : mentions) dated += m.length;
      bool sentence = false;  // ". " after a word ("29. August" is a German day)
      for (std::size_t p = text.find(". "); p != std::string_view::npos && !sentence;
           p = text.find(". ", p + 1)) {
        sentence = p > 0 && std::isalpha(static_cast<unsigned char>(text[p - 1]));
      }
      bool hero = text.size() <= 120 && !sentence &&
                  (dated * 2 >= text.size() || mentions.front().offset <= 4);
      if (!hero && !event_like()) return;  // "Version 2.1 came out on March 1, 2025."
      if (!hero) score -= 15;
    }
    for (const auto& m : mentions) {
      if (about_something_else(lower, m)) continue;
      if (m.has_year) {
        add(m.range, score);
        continue;
      }
      if (cue == Cue::noun || cue == Cue::none) {
        // "Seattle Meetup (May 23)": which year? Only one the page or its place states.
        if (!hints.path_year && !hints.event_year && !hints.title_year) continue;
      }
      auto r = range_in(text.substr(m.offset, m.length), hints, order,
                        cue == Cue::past ? Tense::past : Tense::ahead);
      if (r) add(*r, score);
    }
  }

  void from_title() { from_text(record.title, kTitle, false); }

  void from_headings() {
    for (const auto& h : record.body.headings) from_text(h, kHeading, false);
  }

  void from_sentences() {
    std::size_t opening = 0;
    for (std::string_view s : facets_text::opening_sentences(record.body.text)) opening += s.size();
    std::size_t seen = 0;
    for (std::string_view s :
         facets_text::opening_sentences(record.body.text, record.body.text.size())) {
      bool early = seen < opening;
      seen += s.size();
      if (!early) {
        // Far down a page only a statement of the event's days counts, not the
        // closing plug for the next one ("Join us at ... Conference 2025!").
        std::string lower = core::ascii_lower(s);
        if (event_cue(lower) != Cue::ahead && event_cue(lower) != Cue::past) continue;
        if (has_any(lower, {"join us", "see you", "save the date", "next", "upcoming", "register",
                            "stay tuned"})) {
          continue;
        }
      }
      from_text(s, early ? kOpeningSentence : kLateSentence, true);
    }
  }

  // A talk's own day stated at the top of its description: "[EuroPython 2023 —
  // Forum Hall on 2023-07-20]", "held at LinkedIn on March 26, 2015". Only
  // "on <date with a year>" counts: pyvideo's `date:` is often the upload day.
  void talk_day_in_body() {
    for (std::string_view s : facets_text::opening_sentences(record.body.text, 600)) {
      for (const auto& m : core::find_dates(s, std::nullopt, order)) {
        if (!m.has_year || m.offset < 3 || s.substr(m.offset - 3, 3) != "on ") continue;
        add(DateRange{m.range.start, m.range.start}, kTalkDay);
        return;
      }
    }
  }
};

// How far a candidate lies from what else is known: the publication date
// (prose about an event is within about a year of it), the page's folder year
// and its event's range.
int adjust(const Candidate& c, const Record& record, const YearHints& hints) {
  int score = c.score;
  const auto& event = record.context.event.dates;
  bool field = c.score >= kEventDateField && c.score != kTalkDay;
  if (event) {
    bool inside = day_number(c.range.start) >= day_number(event->start) - 3 &&
                  day_number(c.range.end) <= day_number(event->end) + 3;
    score += inside ? 15 : (field ? -5 : -30);
  }
  if (hints.path_year && c.range.start.year != *hints.path_year &&
      c.range.end.year != *hints.path_year) {
    score -= field ? 5 : 25;
  }
  if (!field && hints.published &&
      std::abs(day_number(c.range.start) - day_number(*hints.published)) > 400) {
    score -= 25;
  }
  return score;
}

}  // namespace

std::optional<DateRange> extract_event_dates(const Record& record, const Config& config) {
  Collector c{record, config, {}, core::DayOrder::unknown, {}};
  c.hints.path_year = record.context.path_year;
  c.hints.title_year = year_in_text(record.title);
  if (record.context.event.dates) c.hints.event_year = record.context.event.dates->start.year;
  c.hints.published = record.published;
  c.order = record.context.day_order;
  // A talk's `date` is its own day; event_start/event_end are its conference's.
  const bool talk = !record.event.empty();
  if (talk) c.talk_day_in_body();
  c.from_fields();
  c.from_labels();
  // A talk with its day in a field or label needs no prose (a description
  // names other days: its speaker's history, the next conference).
  if (!(talk && !c.out.empty())) {
    c.from_title();
    c.from_headings();
    c.from_descriptions();
    c.from_sentences();
  }
  // Agreement: the same range found twice is surer than either alone.
  std::optional<Candidate> best;
  int best_score = kMinimum - 1;
  for (const auto& cand : c.out) {
    int score = adjust(cand, record, c.hints);
    for (const auto& other : c.out) {
      if (&other != &cand && other.range == cand.range && other.score != cand.score) score += 5;
    }
    if (score > best_score) {
      best = cand;
      best_score = score;
    }
  }
  if (!best) return std::nullopt;
  // A page that lists several events (a calendar, "upcoming conferences", a
  // call for host cities) is about none of them: three or more different dates
  // in its prose, over more than six weeks, and nothing surer than prose.
  if (best->score < kEventDateField) {
    std::vector<DateRange> seen;
    for (const auto& cand : c.out) {
      if (cand.score >= kEventDateField) continue;
      if (std::find(seen.begin(), seen.end(), cand.range) == seen.end()) seen.push_back(cand.range);
    }
    if (seen.size() >= 3) {
      auto [lo, hi] = std::minmax_element(
          seen.begin(), seen.end(),
          [](const DateRange& a, const DateRange& b) { return a.start < b.start; });
      if (day_number(hi->start) - day_number(lo->start) > 42) return std::nullopt;
    }
  }
  return best->range;
}

}  // namespace lanyard::indexer
