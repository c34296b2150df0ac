// Indexer stage 4b: facets — where an event happens (place, attendance), when
// (the event's dates, apart from the publication date) and what it is about
// (topics). Pure functions of a Record; thread-safe. The rules are documented
// in docs/facets.md.
#pragma once

#include <optional>

#include "core/date.h"
#include "core/place.h"
#include "indexer/config.h"
#include "indexer/record.h"

namespace lanyard::indexer {

struct PlaceFacet {
  std::optional<core::Place> place;
  Attendance attendance = Attendance::unknown;
  bool attendance_stated = false;  // said in words, a field or a room, not only implied by a place
};

// Where: the front-matter location fields (config.fields.location), else labelled
// body lines ("Location: Paris, France", "📍 Nairobi", "Venue | ICC Sydney, ..."),
// else "in/at <Place>" in event sentences of the opening paragraphs, else a city
// or country in the name of the event a talk belongs to ("PyData Berlin 2019").
// Only text the gazetteer resolves becomes a place; without a gazetteer
// (nullptr) there are no places, but online markers still count.
PlaceFacet extract_place(const Record& record, const Config& config,
                         const core::Gazetteer* gazetteer);

// When: the dates the page itself gives its event, chosen by score among every
// date it states: front-matter event_start/event_end fields, labelled lines
// ("Date: Jun 10 - 17, 2025", "When: Dec 2nd, 2022", "📅 ...", "Fecha: ..."), the
// front-matter `date` of an event or talk, the title, headings, event sentences;
// deadlines and registration dates are never candidates. Years missing from the
// text come from the page's folder year, its event's year, else the
// publication date (see docs/facets.md). Nullopt: the page states none (its
// event's dates are applied by extract_facets).
std::optional<core::DateRange> extract_event_dates(const Record& record, const Config& config);

// All facets; record.facets is not read. Topics use config.topics, else the
// built-in taxonomy.
Facets extract_facets(const Record& record, const Config& config, const core::Gazetteer* gazetteer);

}  // namespace lanyard::indexer
