// Internal to indexer/facets/*.cc: reading the body the way facets need it —
// labelled lines ("Location: Paris", "📅 Jun 7", "Venue | ICC Sydney") and the
// sentences of the opening paragraphs. Not part of lanyard_indexer's interface.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/place.h"
#include "indexer/config.h"
#include "indexer/record.h"

namespace lanyard::indexer::facets_text {

enum class LabelKind { location, date, both };

struct Labelled {
  LabelKind kind;
  std::string value;       // trimmed; the lines of a value below a label line joined with ", "
  std::size_t offset = 0;  // byte offset of the label's line in the scanned text
};

// Every "Label: value" in the body, in order. A label starts a line (after a
// list bullet) or follows a space with a capital ("... 2025 Location: Paris"),
// since Markdown soft breaks join lines; a value ends at the next label. A line
// that is a label alone ("When", "Venue:", a heading "Where") takes the lines
// below it as its value (up to three for a place: an address block).
// Labels in English, French, German, Spanish, Portuguese, Italian, Dutch,
// Japanese and Chinese: Location, Where, Venue, Address, Lieu, Ort, Lugar, 会場,
// 地点 (location); Date, Dates, When, Wann, Fecha, Data, 日程, 日時, 时间 (date);
// When/Where, Dates & venue, Wann & Wo (both) (text.cc lists them); a full-width
// colon counts; the emoji 📍 (location) and 📅 🗓 (date) need no colon; table
// rows "Venue | ..." count.
std::vector<Labelled> labelled_values(std::string_view body);

// The first paragraphs of the body (non-empty lines that are not labelled
// lines), up to about max_bytes, split into sentences.
std::vector<std::string_view> opening_sentences(std::string_view body,
                                                std::size_t max_bytes = 2000);

// True when the (lowercased) text has word at a word boundary.
bool has_word(std::string_view lower_text, std::string_view word);

// The text with every date and date range find_dates sees cut out:
// "held 10-12 June 2025 online" -> "held  online".
std::string cut_dates(std::string_view text);

// indexer/facets/online.cc. A location value or room that is itself an online
// marker: "Online", "Virtual event", "Zoom", "Remote".
bool online_value(std::string_view value);
// A phrase in prose that says people attend online: "held online" (dates cut
// out first: "held 10-12 June 2025 online"), "join us online", "watch on
// YouTube", "livestream", "webinar", "virtual hackathon", "remote conference".
// Single words such as "virtual" never count ("use a virtual environment").
bool online_phrase(std::string_view text);
// A live stream's link ("Watch on YouTube", "watch live"): online as an option,
// not a sign that the event happens only online.
bool stream_link(std::string_view text);
// "in-person" or "in person" ("the first in-person DjangoCon since 2019").
bool in_person_phrase(std::string_view text);

// indexer/facets/online.cc. A sentence that states an event happened or
// happens online: "took place online", "held virtually", "a remote conference".
// Narrower than online_phrase: read in talk descriptions, where "watch on
// YouTube" is a recording's link.
bool online_statement(std::string_view text);
// A sentence that says the event is online and only online: "we're going
// online with the meetup", "became the online KubeFest Tokyo", "100% online".
// It beats a structured place (a venue field written before the event moved).
bool online_only_statement(std::string_view text);

// indexer/facets/place_name.cc. The place an event series' name gives ("PyData
// Berlin 2019" -> Berlin, "PyCon AU 2016" -> Australia), when the gazetteer
// knows exactly one place for one of its words (docs/facets.md).
std::optional<core::PlaceMatch> place_in_name(std::string_view name,
                                              const core::Gazetteer* gazetteer);
// A word of event names, a season, month or language that is also a small
// town's name ("Summit", "Central", "Spring", "March", "Rust"): never a place alone.
bool is_generic_word(std::string_view w);
// The first word of two-word city names: "San", "New", "Los", "St", ...
bool is_city_prefix(std::string_view w);
// A word that starts with a capital (or any non-ASCII letter: "Montréal", "上海").
bool is_capitalised_word(std::string_view w);
// A city whose name alone leaves its country open (Gazetteer::ambiguous_city:
// "Vancouver", "San Jose") keeps only its city, unless the record's title, body
// or location fields name its region or country ("DjangoCon US", "Durham, NC").
void drop_unsettled_area(const Record& record, const Config& config,
                         const core::Gazetteer* gazetteer, core::Place& place);
// A title that names a gathering ("PyTorch Shanghai Meetup Notes").
bool names_gathering(std::string_view title);

// What a session's room says: "Salon A-E" is a physical room, "Online talks"
// and "Virtual (see Slack)" are online, "Tutorial Track A" or "TBD" say nothing.
enum class RoomKind { unknown, physical, online };
RoomKind room_kind(std::string_view room);

}  // namespace lanyard::indexer::facets_text
