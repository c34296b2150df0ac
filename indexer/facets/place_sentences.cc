// The place rules that read sentences: "in/at <Place>" after a preposition in
// an event sentence, the event's name, a talk's description of its
// conference, attendance said anywhere. extract_place (place.cc) runs them.

#include <algorithm>
#include <cctype>
#include <cstring>

#include "core/text.h"
#include "indexer/facets/facets.h"
#include "indexer/facets/place_rules.h"
#include "indexer/facets/text.h"
#include "indexer/fields.h"

namespace lanyard::indexer::place_rules {

namespace {

bool is_month_or_day(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "January",   "February",  "March",   "April",    "May",      "June",   "July",
      "August",    "September", "October", "November", "December", "Monday", "Tuesday",
      "Wednesday", "Thursday",  "Friday",  "Saturday", "Sunday"};
  for (auto k : kWords) {
    if (w.starts_with(k.substr(0, 3)) && k.starts_with(w)) return true;
  }
  return false;
}

// Words after "in"/"at": "Paris, France, bringing" -> {"Paris, France", "Paris"},
// longest first; each drops the last comma group.
std::vector<std::string> place_candidates(std::string_view rest) {
  if (rest.starts_with("the ")) rest.remove_prefix(4);
  // A venue whose brand is lowercase ("at voco Chicago Downtown", "at our Paris
  // office"): the capitalised words after it.
  if (std::size_t sp = rest.find(' '); sp != std::string_view::npos && sp > 0 && rest[0] >= 'a' &&
                                       rest[0] <= 'z' && sp + 1 < rest.size() &&
                                       rest[sp + 1] >= 'A' && rest[sp + 1] <= 'Z') {
    rest.remove_prefix(sp + 1);
  }
  std::vector<std::string> groups(1);
  std::size_t words = 0;
  std::size_t i = 0;
  while (i < rest.size() && words < 6) {
    std::size_t end = i;
    while (end < rest.size() && rest[end] != ' ' && rest[end] != ',' && rest[end] != '.' &&
           rest[end] != ';' && rest[end] != '!' && rest[end] != '?' && rest[end] != ')')
      ++end;
    std::string_view word = rest.substr(i, end - i);
    // "St. Louis", "Mt. Shasta": an abbreviation's dot does not end the place.
    bool abbreviation = word == "St" || word == "Mt" || word == "Ft";
    if (abbreviation && end + 1 < rest.size() && rest[end] == '.' && rest[end + 1] == ' ')
      ++end, word = rest.substr(i, end - i);
    // "in Santa Fe 4" is a room: a number right after the words ends the match.
    if (words > 0 && groups.back().size() > 0 && !word.empty() && word[0] >= '0' && word[0] <= '9')
      return {};
    // "in San Francisco October 16-17": a month ends the place ("Rio Mar" is one).
    bool month = is_month_or_day(word) && (words == 0 || word.size() > 3);
    // "Centro de Convenciones de Lima", "Palais des Congrès de Paris": a Romance
    // particle inside a name, when a capitalised word follows it.
    static constexpr std::string_view kParticles[] = {"de", "del", "des",   "di",  "da",
                                                      "do", "du",  "della", "dos", "das"};
    bool particle =
        words > 0 &&
        std::find(std::begin(kParticles), std::end(kParticles), word) != std::end(kParticles) &&
        end + 1 < rest.size() && rest[end] == ' ' && is_capitalised_word(rest.substr(end + 1, 1));
    if ((!is_capitalised_word(word) && !particle) || month) break;
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
  // One group of several words: its leading words too ("Chicago Downtown" ->
  // "Chicago"), never ending on a city prefix ("Santa" of "Santa Clara Hall").
  if (groups.size() == 1) {
    auto words_of_group = core::split(groups[0], ' ');
    for (std::size_t n = words_of_group.size(); n-- > 1;) {
      if (facets_text::is_city_prefix(words_of_group[n - 1])) continue;
      if (std::islower(static_cast<unsigned char>(words_of_group[n - 1][0])))
        continue;  // ends on "de"
      out.push_back(
          core::join({words_of_group.begin(), words_of_group.begin() + static_cast<long>(n)}, " "));
    }
    // ... and the name after its last particle ("... de Lima" -> "Lima").
    for (std::size_t n = words_of_group.size(); n-- > 1;) {
      if (!std::islower(static_cast<unsigned char>(words_of_group[n - 1][0]))) continue;
      out.push_back(
          core::join({words_of_group.begin() + static_cast<long>(n), words_of_group.end()}, " "));
      break;
    }
  }
  return out;
}

// A sentence that announces an event: it has a date or an event verb.
bool event_sentence(std::string_view sentence) {
  static constexpr std::string_view kCues[] = {"held",
                                               "take place",
                                               "takes place",
                                               "taking place",
                                               "took place",
                                               "join us",
                                               "joining us",
                                               "scheduled",
                                               "hosted",
                                               "happening",
                                               "returns",
                                               "returning",
                                               "co-located",
                                               "welcome you",
                                               "will be in",
                                               "gather",
                                               "gathered",
                                               "venue",
                                               "see you",
                                               "see everyone",
                                               "convene",
                                               "located",
                                               "situated",
                                               "situ\xC3\xA9",
                                               "situ\xC3\xA9"
                                               "e",
                                               "se encuentra",
                                               "befindet",
                                               "localizado",
                                               "situato",
                                               "acoger\xC3\xA1",
                                               "accueillera",
                                               "sede"};
  if (!core::find_dates(sentence, 2000).empty()) return true;
  std::string lower = core::ascii_lower(sentence);
  for (auto c : kCues) {
    if (has_word(lower, c)) return true;
  }
  return false;
}

// A preposition that introduces an event's place at rest: "in ", "at ", or
// "to "/"into " right after a verb of travel ("coming back to San Jose",
// "traveling into Durham"). length 0: none.
struct Preposition {
  std::size_t length = 0;
  bool travel = false;
};

Preposition place_preposition(std::string_view before, std::string_view rest) {
  // "in", "at"; French "à", "au", "en"; Spanish "en"; Portuguese "em", "no",
  // "na"; Italian "nel", "nella"; German "im"; Dutch "te"; Scandinavian "i";
  // Czech "v", "ve"; Polish "w".
  for (std::string_view p :
       {"in ",  "at ",    "In ", "At ", "\xC3\xA0 ", "au ", "en ", "em ", "no ", "na ",
        "nel ", "nella ", "im ", "te ", "En ",       "Em ", "i ",  "v ",  "ve ", "w "}) {
    if (rest.starts_with(p)) return {p.size(), false};
  }
  if (!rest.starts_with("to ") && !rest.starts_with("into ")) return {};
  std::string lower = core::ascii_lower(core::trim(before));
  for (std::string_view verb :
       {"coming back", "comes back", "come back", "coming", "travel", "traveling", "travelling",
        "heading", "returns", "returning", "welcome you", "welcome everyone", "flying"}) {
    bool at_word = lower.size() == verb.size() ||
                   (lower.size() > verb.size() && lower[lower.size() - verb.size() - 1] == ' ');
    if (lower.ends_with(verb) && at_word) return {rest.starts_with("to ") ? 3u : 5u, true};
  }
  return {};
}

}  // namespace

// The first "in/at <Place>" of an event sentence that the gazetteer knows; a
// verb of travel is a cue of its own ("traveling into Durham next week").
std::optional<core::PlaceMatch> place_in_sentence(std::string_view s,
                                                  const core::Gazetteer* gazetteer) {
  if (!gazetteer) return std::nullopt;
  const bool event = event_sentence(s);
  for (std::size_t p = 0; p + 3 < s.size(); ++p) {
    if (p > 0 && s[p - 1] != ' ') continue;
    Preposition prep = place_preposition(s.substr(0, p), s.substr(p));
    if (prep.length == 0 || (!event && !prep.travel)) continue;
    for (const auto& candidate : place_candidates(s.substr(p + prep.length))) {
      if (facets_text::is_generic_word(candidate))
        continue;  // "in Central Europe" is not Central, Louisiana
      auto m = resolve(gazetteer, candidate);
      if (m && m->place && !acronym_of_town(candidate, *m->place)) return m;
    }
  }
  return std::nullopt;
}

namespace {

// The title reads as the first sentence ("PyTorch Conference 2023: Join us in
// San Francisco October 16-17").
// Anywhere in the body, a sentence that names a gathering ("the PyTorch
// Shanghai Meetup brought together ... in Shanghai, China", "The PyTorch
// Conference in San Francisco was ...") in another city than `city`.
bool names_other_event_city(const Record& record, const core::Gazetteer* gazetteer,
                            const std::string& city) {
  if (city.empty()) return false;
  for (std::string_view s :
       facets_text::opening_sentences(record.body.text, record.body.text.size())) {
    std::string lower = core::ascii_lower(s);
    bool gathering = false;
    for (std::string_view w :
         {"meetup", "conference", "hackathon", "summit", "gathering", "workshop", "docathon"}) {
      gathering = gathering || has_word(lower, w);
    }
    if (!gathering) continue;
    for (std::size_t p = s.find("in "); p != std::string_view::npos; p = s.find("in ", p + 1)) {
      if (p > 0 && s[p - 1] != ' ') continue;
      for (const auto& candidate : place_candidates(s.substr(p + 3))) {
        auto m = resolve(gazetteer, candidate);
        if (m && m->place && !m->place->city.empty()) {
          if (m->place->city != city) return true;
          break;
        }
      }
    }
  }
  return false;
}

// A sentence about what happened before: "was held", "last year", "已", "曾", "去年".
bool past_sentence(std::string_view s) {
  std::string lower = core::ascii_lower(s);
  for (std::string_view w :
       {"was held", "were held", "took place", "last year", "previous", "previously", "used to",
        "we went", "we have been", "past editions", "former"}) {
    if (has_word(lower, w)) return true;
  }
  for (std::string_view w :
       {"\xE5\xB7\xB2", "\xE6\x9B\xBE", "\xE5\x8E\xBB\xE5\xB9\xB4", "\xE6\x98\xA8\xE5\xB9\xB4",
        "\xE5\x8E\xBB\xE4\xBA\x86"}) {  // 已 曾 去年 昨年 去了
    if (s.find(w) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace

// A recap of several events ("a PyTorch Meetup in Seattle ... our Bengaluru
// meetup was held in ...") names several cities: then none of them is the place.
void from_sentences(const Record& record, const core::Gazetteer* gazetteer, Evidence& ev) {
  std::vector<std::string_view> sentences = facets_text::opening_sentences(record.body.text);
  sentences.insert(sentences.begin(), record.title);
  std::optional<core::PlaceMatch> first;
  std::string first_city;  // (a copy: GCC 12 -O3 warns about reading it through the optional)
  bool several = false;
  for (std::string_view s : sentences) {
    ev.set_online(online_phrase(s), facets_text::stream_link(s));
    ev.online_only = ev.online_only || facets_text::online_only_statement(s);
    ev.in_person_said = ev.in_person_said || in_person_phrase(s);
    ev.in_person = ev.in_person || in_person_phrase(s);
    if (ev.place || several) continue;
    auto m = place_in_sentence(s, gazetteer);
    // In prose only a city counts: "中国" is as often the language (中国語) as the country.
    if (!m && cjk_event_sentence(s)) m = cjk_place_in(s, gazetteer, false);
    if (!m) continue;
    std::string city = m->place ? m->place->city : std::string();
    if (!first) {
      first = m;
      first_city = city;
      continue;
    }
    // Past editions the page recalls ("in 2018 we went to Hangzhou, Shanghai
    // and Chengdu") are not a second event of the page.
    if (past_sentence(s)) continue;
    several = !city.empty() && !first_city.empty() && city != first_city;
  }
  if (first && !several) several = names_other_event_city(record, gazetteer, first_city);
  if (first && !several && !ev.place) ev.add(*first);
}

void from_event_name(std::string_view name, const core::Gazetteer* gazetteer, Evidence& ev) {
  if (auto m = facets_text::place_in_name(name, gazetteer)) ev.add_from_name(*m);
}

bool has_year(std::string_view text) {
  for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
    bool digits =
        std::all_of(text.begin() + static_cast<long>(i), text.begin() + static_cast<long>(i + 4),
                    [](char c) { return c >= '0' && c <= '9'; });
    if (digits && (text.substr(i, 2) == "19" || text.substr(i, 2) == "20")) return true;
  }
  return false;
}

namespace {

// Lowercased letters and digits only: "Bay Piggies" and "BayPiggies" meet.
std::string squashed(std::string_view text, bool digits) {
  std::string out;
  for (char c : core::ascii_lower(text)) {
    bool keep = (c >= 'a' && c <= 'z') || (digits && c >= '0' && c <= '9') ||
                static_cast<unsigned char>(c) >= 0x80;
    if (keep) out += c;
  }
  return out;
}

// "[EuroPython 2023 — Forum Hall on 2023-07-20]": the room between a dash after
// the event's name and " on ".
facets_text::RoomKind room_after_event(std::string_view sentence) {
  for (std::string_view d : {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " - "}) {
    std::size_t dash = sentence.find(d);
    if (dash == std::string_view::npos) continue;
    std::size_t on = sentence.find(" on ", dash);
    if (on == std::string_view::npos || on - dash > 60) continue;
    return facets_text::room_kind(sentence.substr(dash + d.size(), on - dash - d.size()));
  }
  return facets_text::RoomKind::unknown;
}

// "held at LinkedIn on March 26, 2015": a named venue to go to.
bool held_at_venue(std::string_view sentence) {
  for (std::string_view cue : {"held at ", "hosted at ", "took place at "}) {
    std::size_t p = sentence.find(cue);
    if (p == std::string_view::npos) continue;
    std::string_view rest = sentence.substr(p + cue.size());
    if (rest.starts_with("the ")) rest.remove_prefix(4);
    std::string_view word = rest.substr(0, rest.find_first_of(" ,.;"));
    if (is_capitalised_word(word) && !is_month_or_day(word) && !online_value(word)) return true;
  }
  return false;
}

}  // namespace

// A talk's description speaks of its conference in boilerplate: "the EuroSciPy
// 2023 conference held in Basel", "[EuroPython 2023 — Forum Hall on ...]",
// "organized by ... (\"BayPiggies\") and held at LinkedIn", "took place online
// from 17th Sept". A place, room or venue counts only in a sentence that names
// the talk's event (case, spaces and year aside): "the worldwide PyCon
// conference as it is held in Portland" in a PyCon Canada talk is another event.
void from_talk_description(const Record& record, const core::Gazetteer* gazetteer, Evidence& ev) {
  const std::string event = squashed(record.event, false);
  for (std::string_view s : facets_text::opening_sentences(record.body.text, 1200)) {
    ev.set_online(facets_text::online_statement(s));
    if (event.size() < 4 || squashed(s, false).find(event) == std::string::npos) continue;
    auto room = room_after_event(s);
    ev.in_person = ev.in_person || room == facets_text::RoomKind::physical || held_at_venue(s);
    ev.set_online(room == facets_text::RoomKind::online);
    if (ev.place) continue;
    if (auto m = place_in_sentence(s, gazetteer)) ev.add(*m);
  }
}

// Past the opening paragraphs only a sentence that states where the event is
// counts: "DjangoCon US 2025 will take place from September 8 to 12 in Chicago,
// Illinois.", "We hope to see you in Chicago." — not the next edition's "See
// you next year in ...".
// Attendance said anywhere on the page: a statement that the event is online
// ("the meetup will be held online", "join remotely"), far down a long page too.
void attendance_anywhere(const Record& record, Evidence& ev) {
  for (std::string_view s :
       facets_text::opening_sentences(record.body.text, record.body.text.size())) {
    ev.set_online(facets_text::online_statement(s));
    ev.online_only = ev.online_only || facets_text::online_only_statement(s);
  }
}

void from_late_sentences(const Record& record, const core::Gazetteer* gazetteer, Evidence& ev) {
  if (ev.place || !gazetteer) return;
  std::optional<core::PlaceMatch> found;
  for (std::string_view s :
       facets_text::opening_sentences(record.body.text, record.body.text.size())) {
    std::string lower = core::ascii_lower(s);
    bool states = false;
    for (std::string_view cue : {"will take place", "takes place", "will be held", "is being held",
                                 "see you in", "see you all in", "see everyone in"}) {
      states = states || lower.find(cue) != std::string::npos;
    }
    if (!states || has_word(lower, "next")) continue;
    if (auto m = place_in_sentence(s, gazetteer); m && m->place) {
      // Statements of several places (a list of events) state none.
      if (found && found->place->city != m->place->city) return;
      if (!found) found = m;
    }
  }
  if (found) ev.add(*found);
}

}  // namespace lanyard::indexer::place_rules
