// Internal to indexer/facets/place*.cc: the evidence extract_place (place.cc)
// gathers about where and how an event happens, and the rules that add to it,
// each reading one kind of text: place_fields.cc (front matter, the site),
// place_lines.cc (labelled, address and dateline lines; CJK text) and
// place_sentences.cc (event sentences, names, talk descriptions). Not part of
// lanyard_indexer's interface (facets.h is). Pure and thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/place.h"
#include "core/text.h"
#include "indexer/config.h"
#include "indexer/facets/text.h"
#include "indexer/record.h"

namespace lanyard::indexer::place_rules {

// The text tests every rule file reads.
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
  bool online_event = false;  // online said otherwise than by a stream's link ("Watch on YouTube")
  bool online_only = false;   // said to be online only ("moved online", "100% online")
  bool implied_in_person = false;   // a physical place was found
  bool place_from_address = false;  // the place came from a postcode in the text only
  bool in_person_said = false;      // "in person", "on site" said in words

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

inline std::optional<core::PlaceMatch> resolve(const core::Gazetteer* gazetteer,
                                               std::string_view text) {
  text = core::trim(text);
  if (!gazetteer || text.empty()) return std::nullopt;
  return gazetteer->resolve(text);
}

// Helpers the rule files share.
// A label value without its dates: "Dec 2nd, 2022, New Orleans" -> ", New Orleans".
std::string without_dates(std::string_view value);
// A location value that names somewhere to go: not "TBD", not only online.
bool physical_value(std::string_view value);
bool has_year(std::string_view text);
// A city named inside CJK text ("広島国際会議場で開催されます").
std::optional<core::PlaceMatch> cjk_place_in(std::string_view text,
                                             const core::Gazetteer* gazetteer,
                                             bool country_alone = true);
bool cjk_event_sentence(std::string_view s);
// An all-capitals word that is a town's name; an alias ("NYC") names another spelling.
bool acronym_of_town(std::string_view candidate, const core::Place& place);
// The first "in/at <Place>" of an event sentence that the gazetteer knows.
std::optional<core::PlaceMatch> place_in_sentence(std::string_view s,
                                                  const core::Gazetteer* gazetteer);

// The rules, in place_fields.cc.
void from_front_matter(const Record& record, const Config& config, const core::Gazetteer* gazetteer,
                       Evidence& ev);
void from_online_fields(const Record& record, const Config& config, Evidence& ev);
void from_room(const Record& record, const Config& config, Evidence& ev);
void from_site(const Record& record, const core::Gazetteer* gazetteer, Evidence& ev);
// In place_lines.cc.
void from_labels(const Record& record, const core::Gazetteer* gazetteer, Evidence& ev);
void from_postcodes(const Record& record, const core::Gazetteer* gazetteer, Evidence& ev);
void from_address_lines(const Record& record, const core::Gazetteer* gazetteer, Evidence& ev);
void from_dateline(const Record& record, const core::Gazetteer* gazetteer, Evidence& ev);
// In place_sentences.cc.
void from_sentences(const Record& record, const core::Gazetteer* gazetteer, Evidence& ev);
void from_event_name(std::string_view name, const core::Gazetteer* gazetteer, Evidence& ev);
void from_talk_description(const Record& record, const core::Gazetteer* gazetteer, Evidence& ev);
void attendance_anywhere(const Record& record, Evidence& ev);
void from_late_sentences(const Record& record, const core::Gazetteer* gazetteer, Evidence& ev);

}  // namespace lanyard::indexer::place_rules
