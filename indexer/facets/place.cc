// Where an event happens. The gazetteer decides what is a place; this file
// decides which text to ask it about, in order of trust: front matter, labelled
// body lines, event sentences of the opening paragraphs, the event's name.

#include "core/text.h"
#include "indexer/facets/facets.h"
#include "indexer/facets/place_rules.h"
#include "indexer/facets/text.h"

namespace lanyard::indexer {

using namespace place_rules;  // NOLINT: the rules are this file's own steps

PlaceFacet extract_place(const Record& record, const Config& config,
                         const core::Gazetteer* gazetteer) {
  Evidence ev;
  from_front_matter(record, config, gazetteer, ev);
  from_online_fields(record, config, ev);
  from_labels(record, gazetteer, ev);  // after a place is known, only online markers
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
    for (std::size_t h = 0;
         h < record.body.headings.size() && h < 3 && !ev.place && !ev.online_event; ++h) {
      if (has_year(record.body.headings[h]))
        from_event_name(record.body.headings[h], gazetteer, ev);
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
  bool nowhere = (ev.place_from_name && ev.online_event && !ev.in_person) ||
                 (ev.online_only && !ev.in_person_said) ||
                 (ev.place_from_address && ev.online_event &&
                  !ev.in_person_said);  // an online event's postal address
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
