// What a place name says: where an event series is, from its name ("PyData
// Berlin 2019" -> Berlin, "PyCon AU 2016" -> Australia, "KyivPy" -> Kyiv), and
// whether a city's name alone settles its country. Rules in docs/facets.md.

#include <algorithm>

#include "core/text.h"
#include "indexer/facets/text.h"
#include "indexer/fields.h"
#include "indexer/record.h"

namespace lanyard::indexer::facets_text {

namespace {

// Words of event names that are also the names of small towns ("Summit, New
// Jersey", "Bay, Philippines", "University, Florida"): never places there.
bool is_event_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "Summit", "Bay", "University", "Conference", "Conf", "Day", "Days", "Camp", "Meetup", "Group",
      "Users", "User", "Python", "Django", "Data", "Science", "Tech", "Power", "Next", "Mini",
      "Docs", "Write", "Open", "Source", "North", "South", "East", "West", "Central", "Global",
      "World", "America", "Latin", "Festival", "Forum", "Sprint", "Workshop", "Girls", "Union",
      "Edition",
      // Common words that are also towns somewhere: seasons, adjectives, names.
      "Spring", "Summer", "Autumn", "Fall", "Winter", "Mobile", "Orange", "Hope", "Liberty",
      "Independence", "Commerce", "Enterprise", "Mission", "Temple", "Surprise", "Marathon",
      "Friendship", "Progress", "Unity", "Victory", "Harmony", "Paradise", "Eden", "Angels",
      // Words for a meeting in other languages that are also places ("Réunion").
      "Reunion", "R\xC3\xA9union", "Reuni\xC3\xB3n", "Meeting", "Treffen", "Encuentro", "Rencontre",
      // Programming languages and projects.
      "Rust", "Go", "Ruby", "Swift", "Crystal", "Julia", "Ada", "Solana", "Cardano", "Polygon",
      "Avalanche", "Near", "Flow", "Kotlin"};
  for (auto k : kWords) {
    if (w == k) return true;
  }
  // Months and days are never the place in a name ("Meetup March 2019" is not
  // March, England).
  static constexpr std::string_view kCalendar[] = {
      "January",   "February",  "March",   "April",    "May",      "June",   "July",
      "August",    "September", "October", "November", "December", "Monday", "Tuesday",
      "Wednesday", "Thursday",  "Friday",  "Saturday", "Sunday"};
  for (auto k : kCalendar) {
    if (w == k) return true;
  }
  return false;
}

// The keys a name stands for are one place, or a city and the region named
// after it ("moscow" + "moscow oblast", "new york city" + "new york"); two
// Springfields are two places.
bool one_place(const std::vector<std::string>& keys, const core::Place& place) {
  if (keys.size() == 1) return true;
  std::string city = core::ascii_lower(place.city);
  if (keys.empty() || city.empty()) return false;
  auto region_of_city = [&city](const std::string& k) {
    if (k == city) return true;
    const std::string& longer = k.size() > city.size() ? k : city;
    const std::string& shorter = k.size() > city.size() ? city : k;
    if (!longer.starts_with(shorter + " ")) return false;
    std::string_view rest = std::string_view(longer).substr(shorter.size() + 1);
    for (std::string_view w :
         {"oblast", "municipality", "province", "region", "city", "prefecture", "governorate"}) {
      if (rest == w) return true;
    }
    return false;
  };
  return std::all_of(keys.begin(), keys.end(), region_of_city);
}

// An event name's words, split where case changes ("KyivPy" -> "Kyiv Py",
// "PyTexas" -> "Py Texas", "HiroshimaJS" -> "Hiroshima JS", "JSConf" -> "JS
// Conf") and at punctuation ("Kyiv.py").
std::string name_words(std::string_view name) {
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  std::string out;
  for (std::size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    bool after_lower = i > 0 && lower(name[i - 1]) && upper(c);
    bool acronym_end =
        i > 0 && upper(name[i - 1]) && upper(c) && i + 1 < name.size() && lower(name[i + 1]);
    if (after_lower || acronym_end) out += ' ';
    if (c == '.' || c == ':' || c == '(' || c == ')' || c == '/' || c == '-' || c == ',' ||
        c == '!')
      c = ' ';
    out += c;
  }
  return out;
}

// Does the text name the place's region or country anywhere ("DjangoCon US",
// "Durham, NC", "entering the United States")? Runs of one to three
// capitalised words are asked about.
bool names_area_of(std::string_view text, const core::Gazetteer& gazetteer,
                   const core::Place& place) {
  const std::string country = core::ascii_lower(place.country),
                    region = core::ascii_lower(place.region);
  std::vector<std::string> words;
  std::string spaced(text);
  std::replace_if(
      spaced.begin(), spaced.end(), [](char c) { return c == '\n' || c == '\t' || c == '\r'; },
      ' ');
  for (std::string_view w : core::split(spaced, ' ')) {
    while (!w.empty() && std::string_view("([*\"'").find(w.front()) != std::string_view::npos)
      w.remove_prefix(1);
    while (!w.empty() &&
           std::string_view(".,;:!?)]*\"'\n").find(w.back()) != std::string_view::npos)
      w.remove_suffix(1);
    words.emplace_back(w);
  }
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string span;
    for (std::size_t n = 0; n < 3 && i + n < words.size() && is_capitalised_word(words[i + n]);
         ++n) {
      span += (n ? " " : "") + words[i + n];
      for (const auto& key : gazetteer.location_keys(span)) {
        if (key == country || (!region.empty() && key == region)) return true;
      }
    }
  }
  return false;
}

}  // namespace

bool is_generic_word(std::string_view w) { return is_event_word(w); }

bool is_city_prefix(std::string_view w) {
  if (w.ends_with(".")) w.remove_suffix(1);  // "St."
  static constexpr std::string_view kPrefixes[] = {
      "San", "Santa",  "New",   "Los",  "Las",  "Tel", "Sao",   "São",
      "Rio", "Buenos", "Kuala", "Hong", "Cape", "St",  "Saint", "Salt"};
  for (auto p : kPrefixes) {
    if (w == p) return true;
  }
  return false;
}

bool is_capitalised_word(std::string_view w) {
  if (w.empty()) return false;
  unsigned char c = static_cast<unsigned char>(w[0]);
  return (c >= 'A' && c <= 'Z') || c >= 0x80;
}

// A title that names a gathering ("PyTorch Shanghai Meetup Notes") is read like
// an event name when nothing else gave a place.
bool names_gathering(std::string_view title) {
  std::string lower =
      core::ascii_lower(name_words(title));  // "OpenSourceCamp" -> "open source camp"
  for (std::string_view w : {"meetup",         "conference",
                             "summit",         "hackathon",
                             "docathon",       "sprint",
                             "sprints",        "symposium",
                             "user group",     "devday",
                             "developer day",  "conf",
                             "camp",           "days",
                             "fest",           "festival",
                             "forum",          "workshop",
                             "unconference",   "unconf",
                             "congress",       "congreso",
                             "congr\xC3\xA8s", "kongress",
                             "jornadas",       "encontro",
                             "rencontres",     "tagung",
                             "konferenz",      "conf\xC3\xA9rence",
                             "conferencia",    "confer\xC3\xAAncia",
                             "conferenza",     "js",
                             "meetups",        "community day",
                             "devfest",        "wordcamp",
                             "barcamp"}) {
    if (has_word(lower, w)) return true;
  }
  return false;
}

// "PyData Berlin 2019" -> Berlin; "PyCon AU 2016" -> Australia. A word counts
// when the gazetteer resolves it and it stands for exactly one place
// (location_keys); a two-letter code only as a country ("LA" in "SciPy LA",
// "DE" in "PyCon DE" are not Los Angeles or Delaware); after a city prefix the
// next one or two words go with it ("San Diego", "New York City") and are not
// tried alone ("York"). Generic event words ("Summit", "Bay") are skipped.
std::optional<core::PlaceMatch> place_in_name(std::string_view name,
                                              const core::Gazetteer* gazetteer) {
  std::optional<core::PlaceMatch> found;
  if (!gazetteer || name.empty()) return found;
  auto words = core::split(core::collapse_spaces(name_words(name)), ' ');
  auto accept = [&](const std::string& candidate, bool code) {
    auto m = gazetteer->resolve(candidate);
    if (!m || !m->place || !one_place(gazetteer->location_keys(candidate), *m->place)) return false;
    if (code && (!m->place->city.empty() || !m->place->region.empty())) return false;
    found = std::move(m);
    return true;
  };
  for (std::size_t i = 0; i < words.size() && !found; ++i) {
    const std::string& w = words[i];
    bool has_digit = w.find_first_of("0123456789") != std::string::npos;
    if (has_digit || w.size() < 2 || !is_capitalised_word(w) || is_event_word(w)) continue;
    if (is_city_prefix(w)) {
      for (std::size_t n = std::min<std::size_t>(3, words.size() - i); n >= 2 && !found; --n) {
        std::vector<std::string> parts(words.begin() + static_cast<long>(i),
                                       words.begin() + static_cast<long>(i + n));
        accept(core::join(parts, " "), false);
      }
      i += 1;
      continue;
    }
    // "PyCon AU 2016", "PyData NL": a two-letter code right after a series
    // word is a country code ("AI Summit" or "Conference on AI" are not Anguilla).
    static constexpr std::string_view kSeries[] = {"Con",  "Conf", "Py",   "Data", "Day",
                                                   "Days", "Fest", "Camp", "JS"};
    bool after_series = i > 0 && std::find(std::begin(kSeries), std::end(kSeries), words[i - 1]) !=
                                     std::end(kSeries);
    bool all_caps = w.size() == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'A' && w[1] <= 'Z';
    if (all_caps && after_series) {
      if (auto country = gazetteer->country_of_code(w)) {
        core::PlaceMatch m;
        m.place = std::move(country);
        m.in_person = true;
        found = std::move(m);
        continue;
      }
    }
    accept(w, w.size() == 2);
  }
  return found;
}

// "Vancouver" alone is a city whose country the text does not settle (Canada or
// Washington, US): the city stays, its region and country go — unless the
// text names them somewhere.
void drop_unsettled_area(const Record& record, const Config& config,
                         const core::Gazetteer* gazetteer, core::Place& place) {
  if (!gazetteer || place.city.empty() || !gazetteer->ambiguous_city(place.city)) return;
  std::string text = record.title + "\n" + record.body.text;
  for (const nlohmann::json* value : fields::find_all(record.fields, config.fields.location)) {
    if (value->is_string()) text += "\n" + value->get<std::string>();
    if (!value->is_object()) continue;
    for (const auto& [key, part] : value->items()) {
      if (part.is_string()) text += "\n" + part.get<std::string>();
    }
  }
  if (names_area_of(text, *gazetteer, place)) return;
  // The site's country settles it ("Durham" on a site in the United States).
  if (!record.context.site_country.empty()) {
    auto m = gazetteer->resolve(place.city + ", " + record.context.site_country);
    if (m && m->place && m->place->city == place.city) {
      place = *m->place;
      return;
    }
  }
  place.region.clear();
  place.country.clear();
  place.country_code.clear();
  place.latitude.reset();
  place.longitude.reset();
}

}  // namespace lanyard::indexer::facets_text
