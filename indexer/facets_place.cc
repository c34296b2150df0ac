// Where an event happens. The gazetteer decides what is a place; this file
// decides which text to ask it about, in order of trust: front matter, labelled
// body lines, event sentences of the opening paragraphs, the event's name.

#include <algorithm>

#include "core/text.h"
#include "indexer/facets.h"
#include "indexer/facets_text.h"

namespace lanyard::indexer {

namespace {

using facets_text::has_word;
using facets_text::in_person_phrase;
using facets_text::LabelKind;
using facets_text::online_phrase;
using facets_text::online_value;

struct Evidence {
  std::optional<core::Place> place;
  bool online = false;
  bool in_person = false;

  void add(const core::PlaceMatch& m) {
    online = online || m.online;
    in_person = in_person || m.in_person || m.place.has_value();
    if (!place && m.place) place = m.place;
  }
};

std::optional<core::PlaceMatch> resolve(const core::Gazetteer* gazetteer, std::string_view text) {
  text = core::trim(text);
  if (!gazetteer || text.empty()) return std::nullopt;
  return gazetteer->resolve(text);
}

// A label value without its dates: "Dec 2nd, 2022, New Orleans" -> ", New Orleans".
std::string without_dates(std::string_view value) {
  std::string out = facets_text::cut_dates(value);
  std::size_t b = out.find_first_not_of(" ,;|-");
  std::size_t e = out.find_last_not_of(" ,;|-");
  return b == std::string::npos ? "" : out.substr(b, e + 1 - b);
}

void from_front_matter(const Record& record, const Config& config, const core::Gazetteer* gazetteer,
                       Evidence& ev) {
  std::vector<std::string> parts;
  for (const auto& name : config.fields.location) {
    auto it = record.fields.find(name);
    if (it == record.fields.end() || !it->is_string()) continue;
    std::string value = core::collapse_spaces(it->get<std::string>());
    if (!value.empty()) parts.push_back(value);
  }
  if (parts.empty()) return;
  for (const auto& p : parts) ev.online = ev.online || online_value(p);
  if (auto m = resolve(gazetteer, core::join(parts, ", "))) ev.add(*m);
  for (std::size_t i = 0; !ev.place && i < parts.size(); ++i) {
    if (auto m = resolve(gazetteer, parts[i])) ev.add(*m);
  }
}

// A location value that names somewhere to go: not "TBD", not only online.
bool physical_value(std::string_view value) {
  std::string lower = core::ascii_lower(value);
  for (std::string_view w : {"tbd", "tba", "to be announced", "to be determined", "n/a", "none"}) {
    if (has_word(lower, w)) return false;
  }
  return lower.find_first_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos;
}

void from_room(const Record& record, const Config& config, Evidence& ev) {
  for (const auto& name : config.fields.room) {
    auto it = record.fields.find(name);
    if (it == record.fields.end() || !it->is_string()) continue;
    auto kind = facets_text::room_kind(it->get<std::string>());
    if (kind == facets_text::RoomKind::online) ev.online = true;
    if (kind == facets_text::RoomKind::physical) ev.in_person = true;
    return;
  }
}

void from_labels(const Record& record, const core::Gazetteer* gazetteer, Evidence& ev) {
  for (const auto& l : facets_text::labelled_values(record.body.text)) {
    if (l.kind == LabelKind::date) {
      ev.online = ev.online || online_phrase(l.value);  // "Dec 2nd, 2022 (In-Person and Virtual)"
      continue;
    }
    bool online = online_value(l.value) || online_phrase(l.value);
    ev.online = ev.online || online;
    // "Where: West Lawn at the Marriott" names a physical venue even when the
    // gazetteer knows no city in it.
    if (!online && physical_value(l.value)) ev.in_person = true;
    if (ev.place) continue;
    std::string value = l.kind == LabelKind::both ? without_dates(l.value) : std::string(l.value);
    if (auto m = resolve(gazetteer, value)) ev.add(*m);
  }
}

bool is_capitalised_word(std::string_view w) {
  if (w.empty()) return false;
  unsigned char c = static_cast<unsigned char>(w[0]);
  return (c >= 'A' && c <= 'Z') || c >= 0x80;
}

bool is_month_or_day(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "January", "February", "March",  "April",    "May",      "June",   "July",
      "August",  "September", "October", "November", "December", "Monday", "Tuesday",
      "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  for (auto k : kWords) {
    if (w.starts_with(k.substr(0, 3)) && k.starts_with(w)) return true;
  }
  return false;
}

// Words after "in"/"at": "Paris, France, bringing" -> {"Paris, France", "Paris"},
// longest first; each drops the last comma group.
std::vector<std::string> place_candidates(std::string_view rest) {
  if (rest.starts_with("the ")) rest.remove_prefix(4);
  std::vector<std::string> groups(1);
  std::size_t words = 0;
  std::size_t i = 0;
  while (i < rest.size() && words < 6) {
    std::size_t end = i;
    while (end < rest.size() && rest[end] != ' ' && rest[end] != ',' && rest[end] != '.' &&
           rest[end] != ';' && rest[end] != '!' && rest[end] != '?' && rest[end] != ')')
      ++end;
    std::string_view word = rest.substr(i, end - i);
    // "in Santa Fe 4" is a room: a number right after the words ends the match.
    if (words > 0 && groups.back().size() > 0 && !word.empty() && word[0] >= '0' && word[0] <= '9') return {};
    // "in San Francisco October 16-17": a month ends the place ("Rio Mar" is one).
    bool month = is_month_or_day(word) && (words == 0 || word.size() > 3);
    if (!is_capitalised_word(word) || month) break;
    std::string& g = groups.back();
    g += (g.empty() ? "" : " ") + std::string(word);
    ++words;
    if (end < rest.size() && rest[end] == ',') {
      groups.emplace_back();
      ++end;
    } else if (end >= rest.size() || rest[end] != ' ') {
      break;
    }
    while (end < rest.size() && rest[end] == ' ') ++end;
    i = end;
  }
  while (!groups.empty() && groups.back().empty()) groups.pop_back();
  std::vector<std::string> out;
  for (std::size_t n = groups.size(); n > 0; --n) {
    std::vector<std::string> head(groups.begin(), groups.begin() + static_cast<long>(n));
    out.push_back(core::join(head, ", "));
  }
  return out;
}

// A sentence that announces an event: it has a date or an event verb.
bool event_sentence(std::string_view sentence) {
  static constexpr std::string_view kCues[] = {
      "held",      "take place", "takes place", "taking place", "took place", "join us",   "joining us", "scheduled",
      "hosted",    "happening",  "returns",     "returning",    "co-located", "welcome you", "will be in",
      "gather",    "gathered",   "venue",       "see you",      "see everyone", "convene"};
  if (!core::find_dates(sentence, 2000).empty()) return true;
  std::string lower = core::ascii_lower(sentence);
  for (auto c : kCues) {
    if (has_word(lower, c)) return true;
  }
  return false;
}

// The title reads as the first sentence ("PyTorch Conference 2023: Join us in
// San Francisco October 16-17").
void from_sentences(const Record& record, const core::Gazetteer* gazetteer, Evidence& ev) {
  std::vector<std::string_view> sentences = facets_text::opening_sentences(record.body.text);
  sentences.insert(sentences.begin(), record.title);
  for (std::string_view s : sentences) {
    ev.online = ev.online || online_phrase(s);
    ev.in_person = ev.in_person || in_person_phrase(s);
    if (ev.place || !gazetteer || !event_sentence(s)) continue;
    for (std::size_t p = 0; p + 3 < s.size() && !ev.place; ++p) {
      bool at_word = p == 0 || s[p - 1] == ' ';
      std::string_view rest = s.substr(p);
      if (!at_word || !(rest.starts_with("in ") || rest.starts_with("at ") || rest.starts_with("In ") ||
                        rest.starts_with("At "))) {
        continue;
      }
      for (const auto& candidate : place_candidates(rest.substr(3))) {
        auto m = resolve(gazetteer, candidate);
        if (m && m->place) {
          ev.add(*m);
          break;
        }
      }
    }
  }
}

bool is_city_prefix(std::string_view w) {
  static constexpr std::string_view kPrefixes[] = {
      "San", "Santa", "New", "Los", "Las", "Tel", "Sao", "São", "Rio", "Buenos", "Kuala",
      "Hong", "Cape", "St", "Saint", "Salt"};
  for (auto p : kPrefixes) {
    if (w == p) return true;
  }
  return false;
}

// Words of event names that are also the names of small towns ("Summit, New
// Jersey", "Bay, Philippines", "University, Florida"): never places there.
bool is_event_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "Summit",  "Bay",      "University", "Conference", "Conf",   "Day",      "Days",
      "Camp",    "Meetup",   "Group",      "Users",      "User",   "Python",   "Django",
      "Data",    "Science",  "Tech",       "Power",      "Next",   "Mini",     "Docs",
      "Write",   "Open",     "Source",     "North",      "South",  "East",     "West",
      "Central", "Global",   "World",      "America",    "Latin",  "Festival", "Forum",
      "Sprint",  "Workshop", "Girls",      "Union",      "Edition"};
  for (auto k : kWords) {
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
    for (std::string_view w : {"oblast", "municipality", "province", "region", "city", "prefecture", "governorate"}) {
      if (rest == w) return true;
    }
    return false;
  };
  return std::all_of(keys.begin(), keys.end(), region_of_city);
}

// An event name's words, with a "Py" glued to a place split off ("KyivPy" ->
// "Kyiv Py", "PyTexas" -> "Py Texas") and punctuation as spaces ("Kyiv.py").
std::string name_words(std::string_view name) {
  std::string out;
  for (std::size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    bool lower_before = i > 0 && name[i - 1] >= 'a' && name[i - 1] <= 'z';
    if (c == 'P' && i + 1 < name.size() && name[i + 1] == 'y' && lower_before) out += ' ';
    if (c == '.' || c == ':' || c == '(' || c == ')' || c == '/') c = ' ';
    out += c;
    bool py_prefix = (i == 1 || (i >= 2 && name[i - 2] == ' ')) && c == 'y' && name[i - 1] == 'P';
    if (py_prefix && i + 1 < name.size() && name[i + 1] >= 'A' && name[i + 1] <= 'Z') out += ' ';
  }
  return out;
}

// A title that names a gathering ("PyTorch Shanghai Meetup Notes") is read like
// an event name when nothing else gave a place.
bool names_gathering(std::string_view title) {
  std::string lower = core::ascii_lower(title);
  for (std::string_view w : {"meetup", "conference", "summit", "hackathon", "docathon", "sprint", "sprints",
                             "symposium", "user group", "devday", "developer day"}) {
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
void from_event_name(std::string_view name, const core::Gazetteer* gazetteer, Evidence& ev) {
  if (!gazetteer || name.empty()) return;
  auto words = core::split(core::collapse_spaces(name_words(name)), ' ');
  auto accept = [&](const std::string& candidate, bool code) {
    auto m = resolve(gazetteer, candidate);
    if (!m || !m->place || !one_place(gazetteer->location_keys(candidate), *m->place)) return false;
    if (code && (!m->place->city.empty() || !m->place->region.empty())) return false;
    ev.add(*m);
    return true;
  };
  for (std::size_t i = 0; i < words.size() && !ev.place; ++i) {
    const std::string& w = words[i];
    bool has_digit = w.find_first_of("0123456789") != std::string::npos;
    if (has_digit || w.size() < 2 || !is_capitalised_word(w) || is_event_word(w)) continue;
    if (is_city_prefix(w)) {
      for (std::size_t n = std::min<std::size_t>(3, words.size() - i); n >= 2 && !ev.place; --n) {
        std::vector<std::string> parts(words.begin() + static_cast<long>(i),
                                       words.begin() + static_cast<long>(i + n));
        accept(core::join(parts, " "), false);
      }
      i += 1;
      continue;
    }
    accept(w, w.size() == 2);
  }
}

}  // namespace

PlaceFacet extract_place(const Record& record, const Config& config, const core::Gazetteer* gazetteer) {
  Evidence ev;
  from_front_matter(record, config, gazetteer, ev);
  from_labels(record, gazetteer, ev);     // after a place is known, only online markers
  // A talk's description is about the talk, not where its conference is.
  from_room(record, config, ev);
  if (record.event.empty()) {
    from_sentences(record, gazetteer, ev);
    if (!ev.place && !ev.online && names_gathering(record.title)) from_event_name(record.title, gazetteer, ev);
  } else {
    ev.online = ev.online || online_phrase(record.title);
  }
  if (!ev.place && !ev.online) from_event_name(record.event, gazetteer, ev);
  for (const auto& c : record.categories) {
    std::string lower = core::ascii_lower(c);
    if (lower == "live-stream" || lower == "livestream" || lower == "webinar") ev.online = true;
  }
  PlaceFacet out;
  out.place = std::move(ev.place);
  bool in_person = ev.in_person || out.place.has_value();
  if (ev.online && in_person) {
    out.attendance = Attendance::hybrid;
  } else if (ev.online) {
    out.attendance = Attendance::online;
  } else if (in_person) {
    out.attendance = Attendance::in_person;
  }
  return out;
}

}  // namespace lanyard::indexer
