// What RepoContext (context.cc) learns about an event from its pages: which
// pages say where it is, what a folder's name or a venue page names, how a
// site writes numeric dates, and what a sample of its pages agree on.
#include "indexer/context_facts.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "core/text.h"
#include "indexer/facets/facets.h"
#include "indexer/facets/text.h"
#include "indexer/fields.h"

namespace lanyard::indexer::context_facts {

namespace fs = std::filesystem;
using nlohmann::json;

// Pages that say where their folder's event is.
bool is_venue_name(std::string_view stem) {
  static constexpr std::string_view kNames[] = {"venue",
                                                "venues",
                                                "location",
                                                "locations",
                                                "travel",
                                                "getting-there",
                                                "directions",
                                                "how-to-get-there",
                                                "venue-and-travel",
                                                "travel-and-venue",
                                                "lieu",
                                                "acces",
                                                "acc\xC3\xA8s",
                                                "anfahrt",
                                                "veranstaltungsort",
                                                "como-llegar",
                                                "ubicacion",
                                                "sede",
                                                "local",
                                                "luogo",
                                                "venue-info",
                                                "travel-info"};
  std::string lower = core::ascii_lower(stem);
  return std::find(std::begin(kNames), std::end(kNames), lower) != std::end(kNames);
}

bool is_home_name(std::string_view name) { return name == "_index.md" || name == "index.md"; }

// Pages about whoever publishes the site, not its event: they inherit no event.
bool is_publisher_page(std::string_view name) {
  static constexpr std::string_view kStems[] = {
      "imprint",     "impressum",        "privacy",        "privacy-policy",
      "legal",       "legal-notice",     "legal-mentions", "mentions-legales",
      "terms",       "terms-of-service", "cookies",        "cookie-policy",
      "datenschutz", "disclaimer",       "image-credits",  "credits",
      "404",         "aviso-legal",      "privacidad",     "colophon"};
  std::string stem = core::ascii_lower(fs::path(std::string(name)).stem().string());
  return std::find(std::begin(kStems), std::end(kStems), stem) != std::end(kStems);
}

// Merges what `more` knows into what `facts` lacks.
void fill(EventFacts& facts, const EventFacts& more) {
  if (!facts.place && more.place) facts.place = more.place;
  if (!facts.dates && more.dates) facts.dates = more.dates;
  if (facts.attendance == Attendance::unknown) facts.attendance = more.attendance;
}

EventFacts facts_of(const Facets& f) {
  EventFacts e;
  e.place = f.place;
  e.dates = f.event_dates;
  e.attendance = f.attendance;
  return e;
}

// "Berlin" from "2020-berlin", "berlin-2023", "san-salvador"; nothing from
// "talks" or "2024".
std::optional<core::Place> place_of_folder(std::string_view name,
                                           const core::Gazetteer* gazetteer) {
  std::string words;
  for (std::string_view w : core::split(std::string(name), '-')) {
    for (std::string_view part : core::split(std::string(w), '_')) {
      if (part.empty() || part.find_first_of("0123456789") != std::string_view::npos) continue;
      std::string word(part);
      word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
      words += (words.empty() ? "" : " ") + word;
    }
  }
  if (words.empty() || words == std::string(name))
    return std::nullopt;  // a year or number is needed beside it
  auto m = facets_text::place_in_name(words, gazetteer);
  if (!m || !m->place || m->place->city.empty()) return std::nullopt;
  return m->place;
}

core::DayOrder day_order_of(const json& config) {
  const json* lang = fields::find(
      config, {"languageCode", "defaultContentLanguage", "language", "lang", "locale"});
  std::string code = lang ? core::ascii_lower(fields::scalar_text(*lang)) : "";
  if (code.empty()) return core::DayOrder::unknown;
  if (code == "en-us" || code == "en_us" || code == "en")
    return code == "en" ? core::DayOrder::unknown : core::DayOrder::month_first;
  return core::DayOrder::day_first;
}

// The city a venue or travel page keeps naming: "the airport Clermont-Ferrand
// Auvergne", "the station of Clermont-Ferrand", "from Paris" once. At least
// twice, and more often than any other city.
std::optional<core::Place> dominant_place(std::string_view text, const core::Gazetteer* gazetteer) {
  if (!gazetteer) return std::nullopt;
  std::map<std::string, std::pair<int, core::Place>> counts;
  std::map<std::string, std::optional<core::Place>> cache;
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) words.push_back(word);
    word.clear();
  };
  for (char c : text) {
    bool part = std::isalnum(static_cast<unsigned char>(c)) ||
                static_cast<unsigned char>(c) >= 0x80 || c == '-' || c == '\'';
    if (part) {
      word += c;
    } else {
      flush();
      if (c != ' ') words.emplace_back();  // punctuation ends a run of names
    }
  }
  flush();
  // A city named as where people come from or connect to ("from Paris",
  // "depuis Lyon", "liaisons avec Paris") is not where the page is.
  auto origin = [](const std::string& w) {
    static constexpr std::string_view kWords[] = {"from", "depuis",  "desde", "von",  "aus",
                                                  "da",   "dal",     "dalla", "avec", "with",
                                                  "vers", "towards", "via",   "entre"};
    std::string lower = core::ascii_lower(w);
    return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
  };
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!facets_text::is_capitalised_word(words[i]) ||
        (i > 0 && facets_text::is_capitalised_word(words[i - 1])) ||
        (i > 0 && origin(words[i - 1]))) {
      continue;
    }
    std::string run;
    std::optional<core::Place> found;
    for (std::size_t n = 0;
         n < 3 && i + n < words.size() && facets_text::is_capitalised_word(words[i + n]); ++n) {
      run += (n ? " " : "") + words[i + n];
      auto it = cache.find(run);
      if (it == cache.end()) {
        auto m = gazetteer->resolve(run);
        it = cache.emplace(run, m && m->place && !m->place->city.empty() ? m->place : std::nullopt)
                 .first;
      }
      if (it->second) found = it->second;
    }
    if (!found) continue;
    auto& slot = counts[found->city + "|" + found->country];
    ++slot.first;
    slot.second = *found;
  }
  const std::pair<int, core::Place>* best = nullptr;
  int second = 0;
  for (const auto& [key, slot] : counts) {
    if (!best || slot.first > best->first) {
      second = best ? best->first : 0;
      best = &slot;
    } else {
      second = std::max(second, slot.first);
    }
  }
  if (!best || best->first < 2 || best->first <= second) return std::nullopt;
  return best->second;
}

// How a site writes numeric dates, when its config does not say: its
// unambiguous ones ("13/10/2023" is day first), else its language (most of the
// world outside the United States writes the day first; English alone says
// nothing). Reads the start of up to 48 of the site's pages.
core::DayOrder learn_day_order(const std::vector<const SourceFile*>& pages) {
  int day_first = 0, month_first = 0, english = 0, other = 0;
  std::size_t step = pages.size() / 48 + 1;
  for (std::size_t i = 0; i < pages.size(); i += step) {
    std::string text = read_text(pages[i]->path, 1u << 20).substr(0, 4096);
    for (std::size_t p = 0; p + 8 <= text.size(); ++p) {
      if (text[p] != '/' || !std::isdigit(static_cast<unsigned char>(text[p + 1]))) continue;
      std::size_t a = p, b = p + 1;
      while (a > 0 && std::isdigit(static_cast<unsigned char>(text[a - 1]))) --a;
      while (b < text.size() && std::isdigit(static_cast<unsigned char>(text[b]))) ++b;
      if (a == p || p - a > 2 || b - p - 1 > 2 || b >= text.size() || text[b] != '/') continue;
      int first = std::stoi(text.substr(a, p - a)),
          second = std::stoi(text.substr(p + 1, b - p - 1));
      if (first > 12 && second <= 12) ++day_first;
      if (second > 12 && first <= 12) ++month_first;
    }
    std::string lower = core::ascii_lower(text);
    for (std::string_view w : {"the", "and", "with", "this", "you"})
      english += facets_text::has_word(lower, w);
    for (std::string_view w : {"le", "les", "des", "avec", "der", "die", "und", "mit", "los", "las",
                               "para", "con", "uma", "com", "della", "che", "het", "een"}) {
      other += facets_text::has_word(lower, w);
    }
  }
  if (day_first != month_first)
    return day_first > month_first ? core::DayOrder::day_first : core::DayOrder::month_first;
  if (other > english * 2 && other >= 6) return core::DayOrder::day_first;
  return core::DayOrder::unknown;
}

namespace {

core::Date next_day(core::Date d) {
  if (core::is_valid_date(d.year, d.month, d.day + 1)) return {d.year, d.month, d.day + 1};
  if (d.month < 12) return {d.year, d.month + 1, 1};
  return {d.year + 1, 1, 1};
}

// How the pages that say how people attend agree: hybrid, one mode, or none.
Attendance agreed_attendance(std::map<Attendance, int>& attendance, int known, int enough) {
  // An event some of whose pages are online (sessions in an online room,
  // "online-only tickets") while others meet in person is hybrid.
  // One page that says both ("On-site tickets allow access to the virtual part
  // of the conference") is enough when the others meet in person.
  const int hybrid = attendance[Attendance::hybrid];
  const int online = attendance[Attendance::online] + hybrid;
  const int in_person = attendance[Attendance::in_person] + hybrid;
  const bool sessions_both = online >= enough && online * 10 >= known;
  if ((hybrid >= 1 || sessions_both) && in_person >= enough && in_person * 10 >= known) {
    return Attendance::hybrid;
  }
  Attendance agreed = Attendance::unknown;
  for (const auto& [a, n] : attendance) {
    // Most pages that say, or the only kind any page says ("an online venue
    // will be available at Remo" on an online conference's site).
    if ((n >= enough && n * 10 >= known * 6) || (n == known && n > 0)) agreed = a;
  }
  return agreed;
}

}  // namespace

// What the pages agree on: the days most of them give (with the days beside
// them that at least a quarter as many give), the place most of them name.
EventFacts consensus(const std::vector<Facets>& pages) {
  EventFacts out;
  std::map<core::Date, int> days;
  std::map<std::string, std::pair<int, core::Place>> places;
  std::map<Attendance, int> attendance;
  int placed = 0, known = 0;
  for (const auto& f : pages) {
    if (f.event_dates && f.event_dates->start.year == f.event_dates->end.year &&
        f.event_dates->end.yyyymmdd() - f.event_dates->start.yyyymmdd() < 20) {
      for (core::Date d = f.event_dates->start; d <= f.event_dates->end; d = next_day(d)) ++days[d];
    }
    if (f.place) {
      ++placed;
      auto& slot = places[f.place->label()];
      ++slot.first;
      slot.second = *f.place;
    }
    // Only pages that say how people attend vote ("in-person" because a
    // speaker's bio names a city is no vote).
    if (f.attendance != Attendance::unknown && f.attendance_stated)
      ++known, ++attendance[f.attendance];
  }
  if (!days.empty()) {
    auto peak = std::max_element(days.begin(), days.end(),
                                 [](auto& a, auto& b) { return a.second < b.second; });
    // The main days; side days with a few workshops are not the event's.
    int floor = std::max(2, (peak->second + 2) / 3);
    if (peak->second >= 2) {
      auto lo = peak, hi = peak;
      while (lo != days.begin() && next_day(std::prev(lo)->first) == lo->first &&
             std::prev(lo)->second >= floor)
        --lo;
      while (std::next(hi) != days.end() && next_day(hi->first) == std::next(hi)->first &&
             std::next(hi)->second >= floor) {
        ++hi;
      }
      out.dates = core::DateRange{lo->first, hi->first};
    }
  }
  // A few pages that name a place in passing (a speaker's city) are no event's
  // place: at least one page in twenty must name it, and most of those that name one.
  const int enough = std::max<int>(2, static_cast<int>(pages.size()) / 20);
  // ... or, when nearly every page that names a place names the same one, at
  // least three.
  // A page that names only the country ("DjangoCon US") agrees with a city in it.
  std::map<std::string, int> by_country;
  for (const auto& [label, slot] : places) {
    if (slot.second.city.empty()) by_country[slot.second.country] += slot.first;
  }
  int best = 0;
  for (const auto& [label, slot] : places) {
    if (slot.second.city.empty()) continue;
    int support = slot.first + by_country[slot.second.country];
    bool pure = slot.first >= 3 && support * 4 >= placed * 3;
    if ((slot.first >= enough || pure) && support * 2 > placed && slot.first > best) {
      out.place = slot.second;
      best = slot.first;
    }
  }
  out.attendance = agreed_attendance(attendance, known, enough);
  return out;
}

}  // namespace lanyard::indexer::context_facts
