#include "indexer/facets/facets.h"

#include "indexer/facets/topics.h"

namespace lanyard::indexer {

namespace {

// A page of an event takes what its event says unless it says its own: its
// place when it names none (and is not online only), its dates when it gives
// none; its attendance joins the event's (a session in a physical room of a
// hybrid conference is hybrid; an online session of it stays online).
void inherit(const EventFacts& event, Facets& facets) {
  if (!facets.event_dates && event.dates) facets.event_dates = event.dates;
  const bool online_only = facets.attendance == Attendance::online;
  // A page that names only its event's country ("DjangoCon US") is at its event's city.
  if (facets.place && event.place && facets.place->city.empty() && !event.place->city.empty() &&
      facets.place->country == event.place->country) {
    facets.place = event.place;
  }
  if (!facets.place && event.place && !online_only) {
    facets.place = event.place;
    if (facets.attendance == Attendance::unknown) facets.attendance = Attendance::in_person;
  }
  if (event.attendance == Attendance::unknown) return;
  if (facets.attendance == Attendance::unknown) {
    facets.attendance = event.attendance;
  } else if (facets.attendance == Attendance::in_person && event.attendance == Attendance::hybrid) {
    facets.attendance = Attendance::hybrid;
  }
  if (facets.attendance == Attendance::online && event.attendance == Attendance::online)
    facets.place.reset();
}

}  // namespace

Facets extract_facets(const Record& record, const Config& config,
                      const core::Gazetteer* gazetteer) {
  Facets facets;
  const Taxonomy& topics = topics_of(config);
  if (record.context
          .publisher_page) {  // an imprint's address is the publisher's, its dates the law's
    facets.topics = extract_topics(record, topics);
    return facets;
  }
  PlaceFacet where = extract_place(record, config, gazetteer);
  facets.place = std::move(where.place);
  facets.attendance = where.attendance;
  facets.attendance_stated = where.attendance_stated;
  facets.event_dates = extract_event_dates(record, config);
  // A meetup of a one-city series that names only its venue ("at Spektral",
  // "location = TAO Digital") is in the series' city.
  if (!facets.place && facets.event_dates && record.context.site_place &&
      facets.attendance != Attendance::online && record.context.event.empty()) {
    facets.place = record.context.site_place;
    if (facets.attendance == Attendance::unknown) facets.attendance = Attendance::in_person;
  }
  inherit(record.context.event, facets);
  facets.topics = extract_topics(record, topics);
  return facets;
}

}  // namespace lanyard::indexer
