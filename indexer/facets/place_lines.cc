// The place rules that read whole lines of the body: labelled lines ("Location:
// ..."), address and venue lines, postcodes, a news dateline; and CJK text,
// which has no spaces between words. extract_place (place.cc) runs them.

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

// A city named inside CJK text, which has no spaces between words
// ("広島国際会議場で開催されます", "会場：東京国際フォーラム"): the gazetteer asked
// about every run of two to four CJK characters, longest first.
bool has_cjk(std::string_view text) {
  for (unsigned char c : text) {
    if (c >= 0xE3 && c <= 0xE9) return true;
  }
  return false;
}

}  // namespace

std::optional<core::PlaceMatch> cjk_place_in(std::string_view text,
                                             const core::Gazetteer* gazetteer, bool country_alone) {
  if (!gazetteer || !has_cjk(text)) return std::nullopt;
  auto cjk_at = [&](std::size_t i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    return i + 2 < text.size() && c >= 0xE3 && c <= 0xE9 &&
           !(c == 0xE3 && static_cast<unsigned char>(text[i + 1]) == 0x80);
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
  for (std::string_view cue :
       {"\xE9\x96\x8B\xE5\x82\xAC", "\xE4\xB8\xBE\xE5\x8A\x9E", "\xE8\x88\x89\xE8\xBE\xA6",
        "\xE4\xB8\xBE\xE8\xA1\x8C", "\xE5\x8F\xAC\xE5\xBC\x80", "\xE4\xBC\x9A\xE5\xA0\xB4",
        "\xE4\xBC\x9A\xE5\x9C\xBA", "\xE5\x9C\xB0\xE7\x82\xB9", "\xE5\x9C\xBA\xE5\x9C\xB0",
        "\xE9\x96\x8B\xE5\xB9\x95", "\xE5\xBC\x80\xE5\xB9\x95"}) {
    // 開催 举办 舉辦 举行 召开 会場 会场 地点 场地 開幕 开幕
    if (s.find(cue) != std::string_view::npos) return true;
  }
  return false;
}

namespace {

// A line about the organiser or publisher ("Organiser: Python Society,
// address: Main Street 1, 80-863 Gdańsk", "registered office"): its address is
// not the event's.
bool organiser_line(std::string_view lower_line) {
  for (std::string_view w :
       {"organi", "headquarter", "registered", "sitz", "si\xC3\xA8ge", "sede legal", "impressum",
        "billing", "invoice", "rechnung", "mailing", "publisher", "herausgeber", "editeur",
        "\xC3\xA9"
        "diteur"}) {
    if (lower_line.find(w) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace

void from_labels(const Record& record, const core::Gazetteer* gazetteer, Evidence& ev) {
  const std::string_view body = record.body.text;
  for (const auto& l : facets_text::labelled_values(body)) {
    if (l.kind == LabelKind::date) {
      ev.set_online(online_phrase(l.value));  // "Dec 2nd, 2022 (In-Person and Virtual)"
      continue;
    }
    std::string_view line = body.substr(std::min(l.offset, body.size()));
    line = line.substr(0, line.find('\n'));
    if (std::size_t at = line.find(l.value);
        at != std::string_view::npos && organiser_line(core::ascii_lower(line.substr(0, at)))) {
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

namespace {

// A line that is an address or a venue line: "500 S Salisbury St, Raleigh,
// NC", "Lendplatz 45, 8020 Graz", "Kornhausstrasse 3, 3013 Bern" — short, with
// a comma and a house number or postcode, not a sentence.
bool address_like(std::string_view line) {
  if (line.size() < 8 || line.size() > 140 || line.find(',') == std::string_view::npos)
    return false;
  if (line.find(". ") != std::string_view::npos || line.find("? ") != std::string_view::npos)
    return false;
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

}  // namespace

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
    if (!std::isdigit(static_cast<unsigned char>(text[i])) ||
        (i > 0 && std::isalnum(static_cast<unsigned char>(text[i - 1])))) {
      continue;
    }
    std::size_t end = i;
    while (end < text.size() &&
           (std::isdigit(static_cast<unsigned char>(text[end])) || text[end] == '-'))
      ++end;
    std::string_view code = text.substr(i, end - i);
    i = end;
    std::size_t digits = std::count_if(code.begin(), code.end(), [](char c) {
      return std::isdigit(static_cast<unsigned char>(c));
    });
    if (digits < 4 || digits > 7 || code.back() == '-' || end >= text.size() || text[end] != ' ')
      continue;
    if (digits == 4 && (code.starts_with("19") || code.starts_with("20"))) continue;  // a year
    // With a dash, only the shapes postcodes have (80-863, 4050-430, 12345-6789), not "11-13"
    // (days).
    if (auto dash = code.find('-'); dash != std::string_view::npos) {
      std::size_t left = dash, right = code.size() - dash - 1;
      bool shape =
          (left == 2 && right == 3) || (left == 4 && right == 3) || (left == 5 && right == 4);
      if (!shape || code.find('-', dash + 1) != std::string_view::npos) continue;
    }
    std::string_view rest = text.substr(end + 1, 64);
    rest = rest.substr(0, rest.find_first_of("\n,.;()|<"));
    auto words = core::split(std::string(rest), ' ');
    std::string name;
    for (std::size_t n = 0; n < words.size() && n < 3 && facets_text::is_capitalised_word(words[n]);
         ++n) {
      name += (n ? " " : "") + words[n];
    }
    // An organiser's or publisher's address is not where the event is.
    std::size_t line_start = text.rfind('\n', i);
    std::string line =
        core::ascii_lower(text.substr(line_start == std::string_view::npos ? 0 : line_start,
                                      i - (line_start == std::string_view::npos ? 0 : line_start)));
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
    bool labelled = line.find(':') < 32 || line.find("\xEF\xBC\x9A") < 32 ||
                    line.find("\xF0\x9F") < 8;  // or an emoji
    if (dated && line.size() <= 120 && !labelled) {
      // A hero line: "29. August – 1. September 2019 | Hamburg, Deutschland",
      // "3–4 October 2024 · Kursaal, Bern": its pieces without the dates, last first.
      std::string rest = facets_text::cut_dates(line);
      bool separated = false;  // facts joined by separators, not a sentence
      for (const char* sep :
           {"|", "\xC2\xB7", "\xE2\x80\xA2", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
        for (std::size_t p = rest.find(sep); p != std::string::npos; p = rest.find(sep, p + 1)) {
          rest.replace(p, std::strlen(sep), "\n");
          separated = true;
        }
      }
      if (!separated) continue;
      auto pieces = core::split(rest, '\n');
      for (auto it = pieces.rbegin(); it != pieces.rend(); ++it) {
        std::string_view piece = core::trim(*it);
        while (!piece.empty() && (piece.front() == ',' || piece.front() == ' '))
          piece.remove_prefix(1);
        if (piece.size() < 3 || piece.find_first_of("0123456789") != std::string_view::npos)
          continue;
        if (facets_text::is_generic_word(piece)) continue;
        if (auto m = resolve(gazetteer, piece);
            m && m->place && !m->place->city.empty() && !acronym_of_town(piece, *m->place)) {
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

// A news dateline opening the body: "Montreal, Nov. 26, 2012 - Éric presents
// ...", "Montréal, le 1er avril 2014 - ...": up to four capitalised words, a
// comma, a short date with a year, a dash.
void from_dateline(const Record& record, const core::Gazetteer* gazetteer, Evidence& ev) {
  std::string_view text = record.body.text;
  std::size_t b = text.find_first_not_of(" \t\r\n");
  if (ev.place || !gazetteer || b == std::string_view::npos) return;
  std::string_view line = text.substr(
      b, text.find('\n', b) == std::string_view::npos ? text.npos : text.find('\n', b) - b);
  std::size_t comma = line.find(", ");
  if (comma == std::string_view::npos || comma > 40) return;
  std::string_view where = line.substr(0, comma);
  if (!is_capitalised_word(where) || where.find_first_of("0123456789") != std::string_view::npos ||
      core::split(std::string(where), ' ').size() > 4) {
    return;
  }
  std::size_t dash = std::string_view::npos;
  for (std::string_view d : {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "})
    dash = std::min(dash, line.find(d, comma));
  if (dash == std::string_view::npos || dash - comma > 40 ||
      !has_year(line.substr(comma, dash - comma)))
    return;
  if (auto m = resolve(gazetteer, where); m && m->place) ev.add(*m);
}

}  // namespace lanyard::indexer::place_rules
