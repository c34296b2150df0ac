// Where an event happens. The gazetteer decides what is a place; this file
// decides which text to ask it about, in order of trust: front matter, labelled
// body lines, event sentences of the opening paragraphs, the event's name.

#include <algorithm>
#include <cctype>
#include <cstring>

#include "core/text.h"
#include "indexer/facets/facets.h"
#include "indexer/facets/text.h"
#include "indexer/fields.h"

namespace lanyard::indexer {

namespace {

using facets_text::has_word;
using facets_text::in_person_phrase;
using facets_text::is_capitalised_word;
using facets_text::LabelKind;
using facets_text::names_gathering;
using facets_text::online_phrase;
using facets_text::online_value;

struct Evidence {
  std::optional<core::Place> place;
  bool online = false;
  bool in_person = false;
  bool place_from_name = false;  // the place came from an event name or title only
  bool online_event = false;     // online said otherwise than by a stream's link ("Watch on YouTube")
  bool online_only = false;      // said to be online only ("moved online", "100% online")
  bool implied_in_person = false;  // a physical place was found
  bool place_from_address = false;  // the place came from a postcode in the text only
  bool in_person_said = false;   // "in person", "on site" said in words

  void set_online(bool yes, bool stream_link = false) {
    online = online || yes;
    online_event = online_event || (yes && !stream_link);
  }

  void add(const core::PlaceMatch& m) {
    online = online || m.online;
    // A place found implies people meet there; in_person is what was said.
    implied_in_person = implied_in_person || m.in_person || m.place.has_value();
    if (!place && m.place) place = m.place;
  }
  // "PyCon India 2021", "PyTorch New York Meetup": where the series is, which
  // says nothing about how this edition is attended.
  void add_from_name(const core::PlaceMatch& m) {
    if (place || !m.place) return;
    place = m.place;
    place_from_name = true;
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

// A location value that names somewhere to go: not "TBD", not only online.
bool physical_value(std::string_view value) {
  std::string lower = core::ascii_lower(value);
  for (std::string_view w : {"tbd", "tba", "to be announced", "to be determined", "n/a", "none"}) {
    if (has_word(lower, w)) return false;
  }
  return lower.find_first_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos;
}

// A slug ("salt", "chief"): a key into the site's data, never a place name.
bool slug_like(std::string_view text) {
  if (text.empty() || text.size() > 40) return false;
  return std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  });
}

// The texts of a place field, most specific first: a string, or a table's
// place parts ("location: {venue, city, country}", schema.org's {name,
// address: {streetAddress, addressLocality, addressCountry}}, a joined venue's
// {name, address}), or a list of them.
void place_texts(const nlohmann::json& value, std::vector<std::string>& out, int depth = 0) {
  if (depth > 3) return;
  if (value.is_string()) {
    std::string text = core::collapse_spaces(value.get<std::string>());
    if (text.starts_with("http")) {
      if (online_value(text)) out.push_back("online");  // a Jitsi or Zoom link
      return;
    }
    if (!text.empty() && !slug_like(text)) out.push_back(std::move(text));
    return;
  }
  if (value.is_array()) {
    for (const auto& item : value) place_texts(item, out, depth + 1);
    return;
  }
  if (!value.is_object()) return;
  static const std::vector<std::string> kArea = {"city", "town", "locality", "address_locality", "region", "state",
                                                 "province", "address_region", "country", "address_country"};
  static const std::vector<std::string> kOther = {"venue", "name", "address", "street_address", "postal_code"};
  std::string structured;  // "city, region, country": the surest reading
  std::string code;        // a two-letter country ("addressCountry": "NL"): ISO, not a state or province
  for (const auto& part : kArea) {
    const nlohmann::json* v = fields::find(value, {part});
    if (!v || !v->is_string()) continue;
    std::string text = core::collapse_spaces(v->get<std::string>());
    bool country = part == "country" || part == "address_country";
    if (country && text.size() == 2) {
      code = text;
      for (char& c : code) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      continue;
    }
    if (!text.empty()) structured += (structured.empty() ? "" : ", ") + text;
  }
  if (!structured.empty()) out.push_back(code.empty() ? structured : structured + " \x1f" + code);
  for (const auto& part : kOther) {
    if (const nlohmann::json* v = fields::find(value, {part})) place_texts(*v, out, depth + 1);
  }
  // A virtual location ({"@type": "VirtualLocation", url}) says online.
  if (const nlohmann::json* type = fields::find(value, {"@type", "type"}); type && type->is_string() &&
      online_value(type->get<std::string>())) {
    out.push_back("online");
  }
}

void from_front_matter(const Record& record, const Config& config, const core::Gazetteer* gazetteer,
                       Evidence& ev) {
  std::vector<std::string> parts;
  for (const nlohmann::json* value : fields::find_all(record.fields, config.fields.location)) {
    place_texts(*value, parts);
  }
  if (parts.empty()) return;
  for (const auto& p : parts) ev.set_online(online_value(p));
  // Each field alone first, in the order of trust (location, city, ..., venue,
  // address): "Accra, Ghana" before "Castle Road, Accra GA-110" (GA is no Georgia).
  std::optional<core::PlaceMatch> country_only;
  for (const auto& p : parts) {
    // "Amsterdam \x1fNL": the text, and the ISO code its place must have.
    auto mark = p.find(" \x1f");
    std::string_view text = mark == std::string::npos ? std::string_view(p) : std::string_view(p).substr(0, mark);
    std::string_view code = mark == std::string::npos ? std::string_view() : std::string_view(p).substr(mark + 2);
    auto m = resolve(gazetteer, text);
    if (!m || !m->place) continue;
    if (!code.empty() && m->place->country_code != code) continue;
    if (!m->place->city.empty()) {
      ev.add(*m);
      break;
    }
    if (!country_only) country_only = m;
  }
  if (!ev.place) {
    std::string joined = core::join(parts, ", ");
    joined.erase(std::remove(joined.begin(), joined.end(), '\x1f'), joined.end());
    if (auto m = resolve(gazetteer, joined); m && m->place) ev.add(*m);
  }
  if (!ev.place && country_only) ev.add(*country_only);
  // Anything else than "online"/"TBD" names a place to go ("venue: Igloo 74").
  for (const auto& p : parts) ev.in_person = ev.in_person || (!online_value(p) && physical_value(p));
}

// How an online flag field says it: `online: true`, `format: online`, `virtual: yes`.
void from_online_fields(const Record& record, const Config& config, Evidence& ev) {
  for (const nlohmann::json* value : fields::find_all(record.fields, config.fields.online)) {
    if (value->is_boolean()) {
      ev.set_online(value->get<bool>());
      continue;
    }
    std::string text = core::ascii_lower(fields::scalar_text(*value));
    // schema.org's eventAttendanceMode.
    if (text.ends_with("mixedeventattendancemode")) ev.set_online(true), ev.in_person = true;
    if (text.ends_with("onlineeventattendancemode")) ev.set_online(true);
    if (text.ends_with("offlineeventattendancemode")) ev.in_person = true;
    if (text.ends_with("eventattendancemode")) continue;
    if (text == "true" || text == "yes") ev.set_online(true);
    if (online_value(text) || has_word(text, "hybrid")) ev.set_online(true);
    if (has_word(text, "hybrid") || in_person_phrase(text)) ev.in_person = true;
  }
}

void from_room(const Record& record, const Config& config, Evidence& ev) {
  for (const nlohmann::json* it : fields::find_all(record.fields, config.fields.room)) {
    if (!it->is_string()) continue;
    auto kind = facets_text::room_kind(it->get<std::string>());
    ev.set_online(kind == facets_text::RoomKind::online);
    if (kind == facets_text::RoomKind::physical) ev.in_person = true;
    return;
  }
}

// A city named inside CJK text, which has no spaces between words
// ("広島国際会議場で開催されます", "会場：東京国際フォーラム"): the gazetteer asked
// about every run of two to four CJK characters, longest first.
bool has_cjk(std::string_view text) {
  for (unsigned char c : text) {
    if (c >= 0xE3 && c <= 0xE9) return true;
  }
  return false;
}

std::optional<core::PlaceMatch> cjk_place_in(std::string_view text, const core::Gazetteer* gazetteer,
                                             bool country_alone = true) {
  if (!gazetteer || !has_cjk(text)) return std::nullopt;
  auto cjk_at = [&](std::size_t i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    return i + 2 < text.size() && c >= 0xE3 && c <= 0xE9 && !(c == 0xE3 && static_cast<unsigned char>(text[i + 1]) == 0x80);
  };
  std::optional<core::PlaceMatch> country_only;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!cjk_at(i)) continue;
    for (std::size_t chars = 4; chars >= 2; --chars) {
      std::size_t end = i;
      std::size_t n = 0;
      while (n < chars && cjk_at(end)) end += 3, ++n;
      if (n < chars) continue;
      auto m = gazetteer->resolve(text.substr(i, end - i));
      if (!m || !m->place) continue;
      if (!m->place->city.empty()) return m;
      if (!country_only && country_alone) country_only = m;
    }
    i += 2;
  }
  return country_only;
}

bool cjk_event_sentence(std::string_view s) {
  for (std::string_view cue : {"\xE9\x96\x8B\xE5\x82\xAC", "\xE4\xB8\xBE\xE5\x8A\x9E", "\xE8\x88\x89\xE8\xBE\xA6",
                               "\xE4\xB8\xBE\xE8\xA1\x8C", "\xE5\x8F\xAC\xE5\xBC\x80", "\xE4\xBC\x9A\xE5\xA0\xB4",
                               "\xE4\xBC\x9A\xE5\x9C\xBA", "\xE5\x9C\xB0\xE7\x82\xB9", "\xE5\x9C\xBA\xE5\x9C\xB0",
                               "\xE9\x96\x8B\xE5\xB9\x95", "\xE5\xBC\x80\xE5\xB9\x95"}) {
    // 開催 举办 舉辦 举行 召开 会場 会场 地点 场地 開幕 开幕
    if (s.find(cue) != std::string_view::npos) return true;
  }
  return false;
}

// A line about the organiser or publisher ("Organiser: Python Society,
// address: Main Street 1, 80-863 Gdańsk", "registered office"): its address is
// not the event's.
bool organiser_line(std::string_view lower_line) {
  for (std::string_view w : {"organi", "headquarter", "registered", "sitz", "si\xC3\xA8ge", "sede legal", "impressum",
                             "billing", "invoice", "rechnung", "mailing", "publisher", "herausgeber", "editeur",
                             "\xC3\xA9" "diteur"}) {
    if (lower_line.find(w) != std::string_view::npos) return true;
  }
  return false;
}

void from_labels(const Record& record, const core::Gazetteer* gazetteer, Evidence& ev) {
  const std::string_view body = record.body.text;
  for (const auto& l : facets_text::labelled_values(body)) {
    if (l.kind == LabelKind::date) {
      ev.set_online(online_phrase(l.value));  // "Dec 2nd, 2022 (In-Person and Virtual)"
      continue;
    }
    std::string_view line = body.substr(std::min(l.offset, body.size()));
    line = line.substr(0, line.find('\n'));
    if (std::size_t at = line.find(l.value); at != std::string_view::npos &&
                                               organiser_line(core::ascii_lower(line.substr(0, at)))) {
      continue;
    }
    bool online = online_value(l.value) || online_phrase(l.value);
    ev.set_online(online);
    // "Where: West Lawn at the Marriott" names a physical venue even when the
    // gazetteer knows no city in it.
    if (!online && physical_value(l.value)) ev.in_person = true;
    if (ev.place) continue;
    std::string value = l.kind == LabelKind::both ? without_dates(l.value) : std::string(l.value);
    if (auto m = resolve(gazetteer, value); m && (m->place || m->online)) {
      ev.add(*m);
      continue;
    }
    // A long answer ("At the Palais des Congrès de Paris, 2 Place de la Porte
    // Maillot, 75017 Paris. A room block is ..."): its first sentence, then its
    // comma groups from the last (an address ends with its postcode and city).
    std::string_view first = value;
    if (auto dot = first.find(". "); dot != std::string_view::npos) first = first.substr(0, dot);
    if (first.size() < value.size()) {
      if (auto m = resolve(gazetteer, first); m && m->place) {
        ev.add(*m);
        continue;
      }
    }
    auto groups = core::split(std::string(first), ',');
    for (auto g = groups.rbegin(); g != groups.rend() && !ev.place; ++g) {
      if (auto m = resolve(gazetteer, *g); m && m->place && !m->place->city.empty()) ev.add(*m);
    }
    if (!ev.place) {
      if (auto m = cjk_place_in(value, gazetteer)) ev.add(*m);
    }
  }
}

// A line that is an address or a venue line: "500 S Salisbury St, Raleigh,
// NC", "Lendplatz 45, 8020 Graz", "Kornhausstrasse 3, 3013 Bern" — short, with
// a comma and a house number or postcode, not a sentence.
bool address_like(std::string_view line) {
  if (line.size() < 8 || line.size() > 140 || line.find(',') == std::string_view::npos) return false;
  if (line.find(". ") != std::string_view::npos || line.find("? ") != std::string_view::npos) return false;
  std::size_t words = 1, numbers = 0;
  bool in_number = false;
  for (char c : line) {
    if (c == ' ') ++words;
    bool digit = c >= '0' && c <= '9';
    if (digit && !in_number) ++numbers;
    in_number = digit;
  }
  return numbers >= 1 && numbers <= 4 && words <= 14;
}

// An all-capitals word that is a town's name ("in SELU" is an activation
// function, not Selu, India); an alias ("NYC") names another spelling.
bool acronym_of_town(std::string_view candidate, const core::Place& place) {
  bool caps = candidate.size() >= 3 && std::all_of(candidate.begin(), candidate.end(), [](char c) {
                return (c >= 'A' && c <= 'Z') || c == ' ';
              });
  return caps && core::ascii_lower(candidate) == core::ascii_lower(place.city);
}

// A postcode and a city anywhere in the text: "69006 Lyon", "31000 Toulouse",
// "8002 Zürich", "4050-430 Porto", "1110 Wien" (a number that could be a year
// is no postcode). The first whose words the gazetteer knows as a city.
void from_postcodes(const Record& record, const core::Gazetteer* gazetteer, Evidence& ev) {
  if (ev.place || !gazetteer) return;
  std::string_view text = record.body.text;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(text[i])) || (i > 0 && std::isalnum(static_cast<unsigned char>(text[i - 1])))) {
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && (std::isdigit(static_cast<unsigned char>(text[end])) || text[end] == '-')) ++end;
    std::string_view code = text.substr(i, end - i);
    i = end;
    std::size_t digits = std::count_if(code.begin(), code.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    if (digits < 4 || digits > 7 || code.back() == '-' || end >= text.size() || text[end] != ' ') continue;
    if (digits == 4 && (code.starts_with("19") || code.starts_with("20"))) continue;  // a year
    // With a dash, only the shapes postcodes have (80-863, 4050-430, 12345-6789), not "11-13" (days).
    if (auto dash = code.find('-'); dash != std::string_view::npos) {
      std::size_t left = dash, right = code.size() - dash - 1;
      bool shape = (left == 2 && right == 3) || (left == 4 && right == 3) || (left == 5 && right == 4);
      if (!shape || code.find('-', dash + 1) != std::string_view::npos) continue;
    }
    std::string_view rest = text.substr(end + 1, 64);
    rest = rest.substr(0, rest.find_first_of("\n,.;()|<"));
    auto words = core::split(std::string(rest), ' ');
    std::string name;
    for (std::size_t n = 0; n < words.size() && n < 3 && facets_text::is_capitalised_word(words[n]); ++n) {
      name += (n ? " " : "") + words[n];
    }
    // An organiser's or publisher's address is not where the event is.
    std::size_t line_start = text.rfind('\n', i);
    std::string line = core::ascii_lower(text.substr(line_start == std::string_view::npos ? 0 : line_start, i - (line_start == std::string_view::npos ? 0 : line_start)));
    if (organiser_line(line) || line.find("adres") != std::string::npos) continue;
    while (!name.empty()) {
      auto m = facets_text::is_generic_word(name) ? std::nullopt : resolve(gazetteer, name);
      if (m && m->place && !m->place->city.empty() && !acronym_of_town(name, *m->place)) {
        ev.add(*m);
        ev.place_from_address = true;
        return;
      }
      auto sp = name.rfind(' ');
      name = sp == std::string::npos ? std::string() : name.substr(0, sp);
    }
  }
}

void from_address_lines(const Record& record, const core::Gazetteer* gazetteer, Evidence& ev) {
  if (ev.place || !gazetteer) return;
  std::string_view text = record.body.text;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = core::trim(text.substr(pos, nl - pos));
    pos = nl + 1;
    // Both need a number; neither is a long paragraph.
    if (line.size() > 140 || line.find_first_of("0123456789") == std::string_view::npos) continue;
    bool dated = !core::find_dates(line, 2000).empty();
    // A label's line ("Date: June 3-18, 2025") is read as a label, not here.
    bool labelled = line.find(':') < 32 || line.find("\xEF\xBC\x9A") < 32 || line.find("\xF0\x9F") < 8;  // or an emoji
    if (dated && line.size() <= 120 && !labelled) {
      // A hero line: "29. August – 1. September 2019 | Hamburg, Deutschland",
      // "3–4 October 2024 · Kursaal, Bern": its pieces without the dates, last first.
      std::string rest = facets_text::cut_dates(line);
      bool separated = false;  // facts joined by separators, not a sentence
      for (const char* sep : {"|", "\xC2\xB7", "\xE2\x80\xA2", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
        for (std::size_t p = rest.find(sep); p != std::string::npos; p = rest.find(sep, p + 1)) {
          rest.replace(p, std::strlen(sep), "\n");
          separated = true;
        }
      }
      if (!separated) continue;
      auto pieces = core::split(rest, '\n');
      for (auto it = pieces.rbegin(); it != pieces.rend(); ++it) {
        std::string_view piece = core::trim(*it);
        while (!piece.empty() && (piece.front() == ',' || piece.front() == ' ')) piece.remove_prefix(1);
        if (piece.size() < 3 || piece.find_first_of("0123456789") != std::string_view::npos) continue;
        if (facets_text::is_generic_word(piece)) continue;
        if (auto m = resolve(gazetteer, piece); m && m->place && !m->place->city.empty() && !acronym_of_town(piece, *m->place)) {
          ev.add(*m);
          return;
        }
      }
      continue;
    }
    if (!address_like(line) || dated || organiser_line(core::ascii_lower(line))) continue;
    if (auto m = resolve(gazetteer, line); m && m->place && !m->place->city.empty()) {
      ev.add(*m);
      return;
    }
  }
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
  // A venue whose brand is lowercase ("at voco Chicago Downtown", "at our Paris
  // office"): the capitalised words after it.
  if (std::size_t sp = rest.find(' '); sp != std::string_view::npos && sp > 0 && rest[0] >= 'a' && rest[0] <= 'z' &&
                                       sp + 1 < rest.size() && rest[sp + 1] >= 'A' && rest[sp + 1] <= 'Z') {
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
    if (abbreviation && end + 1 < rest.size() && rest[end] == '.' && rest[end + 1] == ' ') ++end, word = rest.substr(i, end - i);
    // "in Santa Fe 4" is a room: a number right after the words ends the match.
    if (words > 0 && groups.back().size() > 0 && !word.empty() && word[0] >= '0' && word[0] <= '9') return {};
    // "in San Francisco October 16-17": a month ends the place ("Rio Mar" is one).
    bool month = is_month_or_day(word) && (words == 0 || word.size() > 3);
    // "Centro de Convenciones de Lima", "Palais des Congrès de Paris": a Romance
    // particle inside a name, when a capitalised word follows it.
    static constexpr std::string_view kParticles[] = {"de", "del", "des", "di", "da", "do", "du", "della", "dos", "das"};
    bool particle = words > 0 && std::find(std::begin(kParticles), std::end(kParticles), word) != std::end(kParticles) &&
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
      if (std::islower(static_cast<unsigned char>(words_of_group[n - 1][0]))) continue;  // ends on "de"
      out.push_back(core::join({words_of_group.begin(), words_of_group.begin() + static_cast<long>(n)}, " "));
    }
    // ... and the name after its last particle ("... de Lima" -> "Lima").
    for (std::size_t n = words_of_group.size(); n-- > 1;) {
      if (!std::islower(static_cast<unsigned char>(words_of_group[n - 1][0]))) continue;
      out.push_back(core::join({words_of_group.begin() + static_cast<long>(n), words_of_group.end()}, " "));
      break;
    }
  }
  return out;
}

// A sentence that announces an event: it has a date or an event verb.
bool event_sentence(std::string_view sentence) {
  static constexpr std::string_view kCues[] = {
      "held",      "take place", "takes place", "taking place", "took place", "join us",   "joining us", "scheduled",
      "hosted",    "happening",  "returns",     "returning",    "co-located", "welcome you", "will be in",
      "gather",    "gathered",   "venue",       "see you",      "see everyone", "convene",
      "located",   "situated",   "situ\xC3\xA9", "situ\xC3\xA9" "e", "se encuentra", "befindet", "localizado", "situato",
      "acoger\xC3\xA1", "accueillera", "sede"};
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
  for (std::string_view p : {"in ", "at ", "In ", "At ", "\xC3\xA0 ", "au ", "en ", "em ", "no ", "na ", "nel ",
                             "nella ", "im ", "te ", "En ", "Em ", "i ", "v ", "ve ", "w "}) {
    if (rest.starts_with(p)) return {p.size(), false};
  }
  if (!rest.starts_with("to ") && !rest.starts_with("into ")) return {};
  std::string lower = core::ascii_lower(core::trim(before));
  for (std::string_view verb : {"coming back", "comes back", "come back", "coming", "travel", "traveling",
                                "travelling", "heading", "returns", "returning", "welcome you",
                                "welcome everyone", "flying"}) {
    bool at_word = lower.size() == verb.size() || (lower.size() > verb.size() && lower[lower.size() - verb.size() - 1] == ' ');
    if (lower.ends_with(verb) && at_word) return {rest.starts_with("to ") ? 3u : 5u, true};
  }
  return {};
}

// The first "in/at <Place>" of an event sentence that the gazetteer knows; a
// verb of travel is a cue of its own ("traveling into Durham next week").
std::optional<core::PlaceMatch> place_in_sentence(std::string_view s, const core::Gazetteer* gazetteer) {
  if (!gazetteer) return std::nullopt;
  const bool event = event_sentence(s);
  for (std::size_t p = 0; p + 3 < s.size(); ++p) {
    if (p > 0 && s[p - 1] != ' ') continue;
    Preposition prep = place_preposition(s.substr(0, p), s.substr(p));
    if (prep.length == 0 || (!event && !prep.travel)) continue;
    for (const auto& candidate : place_candidates(s.substr(p + prep.length))) {
      if (facets_text::is_generic_word(candidate)) continue;  // "in Central Europe" is not Central, Louisiana
      auto m = resolve(gazetteer, candidate);
      if (m && m->place && !acronym_of_town(candidate, *m->place)) return m;
    }
  }
  return std::nullopt;
}

// The title reads as the first sentence ("PyTorch Conference 2023: Join us in
// San Francisco October 16-17").
// Anywhere in the body, a sentence that names a gathering ("the PyTorch
// Shanghai Meetup brought together ... in Shanghai, China", "The PyTorch
// Conference in San Francisco was ...") in another city than `city`.
bool names_other_event_city(const Record& record, const core::Gazetteer* gazetteer, const std::string& city) {
  if (city.empty()) return false;
  for (std::string_view s : facets_text::opening_sentences(record.body.text, record.body.text.size())) {
    std::string lower = core::ascii_lower(s);
    bool gathering = false;
    for (std::string_view w : {"meetup", "conference", "hackathon", "summit", "gathering", "workshop", "docathon"}) {
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
  for (std::string_view w : {"was held", "were held", "took place", "last year", "previous", "previously", "used to",
                             "we went", "we have been", "past editions", "former"}) {
    if (has_word(lower, w)) return true;
  }
  for (std::string_view w : {"\xE5\xB7\xB2", "\xE6\x9B\xBE", "\xE5\x8E\xBB\xE5\xB9\xB4", "\xE6\x98\xA8\xE5\xB9\xB4",
                             "\xE5\x8E\xBB\xE4\xBA\x86"}) {  // 已 曾 去年 昨年 去了
    if (s.find(w) != std::string_view::npos) return true;
  }
  return false;
}

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
    bool digits = std::all_of(text.begin() + static_cast<long>(i), text.begin() + static_cast<long>(i + 4),
                              [](char c) { return c >= '0' && c <= '9'; });
    if (digits && (text.substr(i, 2) == "19" || text.substr(i, 2) == "20")) return true;
  }
  return false;
}

// A news dateline opening the body: "Montreal, Nov. 26, 2012 - Éric presents
// ...", "Montréal, le 1er avril 2014 - ...": up to four capitalised words, a
// comma, a short date with a year, a dash.
void from_dateline(const Record& record, const core::Gazetteer* gazetteer, Evidence& ev) {
  std::string_view text = record.body.text;
  std::size_t b = text.find_first_not_of(" \t\r\n");
  if (ev.place || !gazetteer || b == std::string_view::npos) return;
  std::string_view line = text.substr(b, text.find('\n', b) == std::string_view::npos ? text.npos : text.find('\n', b) - b);
  std::size_t comma = line.find(", ");
  if (comma == std::string_view::npos || comma > 40) return;
  std::string_view where = line.substr(0, comma);
  if (!is_capitalised_word(where) || where.find_first_of("0123456789") != std::string_view::npos ||
      core::split(std::string(where), ' ').size() > 4) {
    return;
  }
  std::size_t dash = std::string_view::npos;
  for (std::string_view d : {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) dash = std::min(dash, line.find(d, comma));
  if (dash == std::string_view::npos || dash - comma > 40 || !has_year(line.substr(comma, dash - comma))) return;
  if (auto m = resolve(gazetteer, where); m && m->place) ev.add(*m);
}

// Lowercased letters and digits only: "Bay Piggies" and "BayPiggies" meet.
std::string squashed(std::string_view text, bool digits) {
  std::string out;
  for (char c : core::ascii_lower(text)) {
    bool keep = (c >= 'a' && c <= 'z') || (digits && c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
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
  for (std::string_view s : facets_text::opening_sentences(record.body.text, record.body.text.size())) {
    ev.set_online(facets_text::online_statement(s));
    ev.online_only = ev.online_only || facets_text::online_only_statement(s);
  }
}

void from_late_sentences(const Record& record, const core::Gazetteer* gazetteer, Evidence& ev) {
  if (ev.place || !gazetteer) return;
  std::optional<core::PlaceMatch> found;
  for (std::string_view s : facets_text::opening_sentences(record.body.text, record.body.text.size())) {
    std::string lower = core::ascii_lower(s);
    bool states = false;
    for (std::string_view cue : {"will take place", "takes place", "will be held", "is being held", "see you in",
                                 "see you all in", "see everyone in"}) {
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

// The site's own description ("DjangoCon US 2022 conference will take place in
// San Diego, California", _config.yml) says where its event is; a page of that
// site that names the city ("One of San Diego's best breweries", "see you --
// and your kids -- soon in San Diego") is about that place. A page that does
// not name it gets nothing from the site.
void from_site(const Record& record, const core::Gazetteer* gazetteer, Evidence& ev) {
  if (ev.place || !gazetteer || record.site_description.empty()) return;
  std::optional<core::PlaceMatch> site;
  for (std::string_view s : facets_text::opening_sentences(record.site_description)) {
    if ((site = place_in_sentence(s, gazetteer))) break;
  }
  if (!site || !site->place || site->place->city.empty()) return;
  std::string_view city = site->place->city;
  // As a word of prose: not "Raleigh/Durham", "Raleigh-Durham Airport" or "photo_Durham.jpg".
  auto names_city = [city](std::string_view text) {
    for (std::size_t p = text.find(city); p != std::string_view::npos; p = text.find(city, p + 1)) {
      bool left = p == 0 || std::string_view(" (\"*[").find(text[p - 1]) != std::string_view::npos;
      std::size_t e = p + city.size();
      bool right = e >= text.size() || std::string_view(" ,.;:!?)'\"*]\n\xE2").find(text[e]) != std::string_view::npos;
      if (left && right) return true;
    }
    return false;
  };
  bool named = names_city(record.title) || names_city(record.body.text);
  for (const char* field : {"description", "summary", "excerpt"}) {  // a place's `description:`
    auto it = record.fields.find(field);
    named = named || (it != record.fields.end() && it->is_string() && names_city(it->get<std::string>()));
  }
  if (named) ev.add(*site);
}
}  // namespace

PlaceFacet extract_place(const Record& record, const Config& config, const core::Gazetteer* gazetteer) {
  Evidence ev;
  from_front_matter(record, config, gazetteer, ev);
  from_online_fields(record, config, ev);
  from_labels(record, gazetteer, ev);     // after a place is known, only online markers
  from_address_lines(record, gazetteer, ev);
  from_postcodes(record, gazetteer, ev);
  from_room(record, config, ev);
  from_dateline(record, gazetteer, ev);
  if (record.event.empty()) {
    from_sentences(record, gazetteer, ev);
    attendance_anywhere(record, ev);
    from_late_sentences(record, gazetteer, ev);
    from_site(record, gazetteer, ev);
    // An online event's title names words, not where it is ("DevOps Enterprise Summit");
    // a meetup with a stream ("Watch on YouTube") still meets somewhere.
    // So does a title that names an edition ("RustCamp Nashville 2020 tickets are live").
    bool edition = names_gathering(record.title) || has_year(record.title);
    if (!ev.place && !ev.online_event && edition) from_event_name(record.title, gazetteer, ev);
    // ... or the first heading that names an edition ("## HiroshimaJS 2019").
    for (std::size_t h = 0; h < record.body.headings.size() && h < 3 && !ev.place && !ev.online_event; ++h) {
      if (has_year(record.body.headings[h])) from_event_name(record.body.headings[h], gazetteer, ev);
    }
  } else {
    // A talk's description is about the talk, not where its conference is,
    // except in the sentences that name its conference.
    ev.set_online(online_phrase(record.title));
    from_talk_description(record, gazetteer, ev);
  }
  if (!ev.place) from_event_name(record.event, gazetteer, ev);
  for (const auto& c : record.categories) {
    std::string lower = core::ascii_lower(c);
    ev.set_online(lower == "live-stream" || lower == "livestream" || lower == "webinar");
  }
  PlaceFacet out;
  // An online edition of a series named after a city is nowhere ("WordCamp
  // Caxias do Sul 2019, a regional online WordCamp").
  // An event said to be online only is nowhere, whatever its venue field or
  // name says ("KCD Tokyo ... became the online KubeFest Tokyo 2020").
  bool nowhere = (ev.place_from_name && ev.online_event && !ev.in_person) || (ev.online_only && !ev.in_person_said) ||
                 (ev.place_from_address && ev.online_event && !ev.in_person_said);  // an online event's postal address
  if (nowhere) ev.in_person = false;
  if (!nowhere) out.place = std::move(ev.place);
  if (out.place) facets_text::drop_unsettled_area(record, config, gazetteer, *out.place);
  // A series' name says where it is usually held, not that this edition of an
  // online event was held there ("PyCon India 2021 ... took place online").
  bool in_person = !nowhere && (ev.in_person || ev.implied_in_person ||
                                (out.place.has_value() && !(ev.place_from_name && ev.online)));
  out.attendance_stated = ev.online || ev.in_person;
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
