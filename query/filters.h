// A search's filters (--location, --country, --topic, --attendance and
// --online, the dates, --near) as Xapian queries, grouped per facet so that a
// facet's own selection can be left out when counting it (disjunctive facets).
#pragma once

#include <xapian.h>

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/place.h"
#include "core/status.h"
#include "query/request.h"

namespace lanyard::query {

// The lowercased index keys (XLOC / XCOUNTRY values) a user's place text stands
// for. With a gazetteer: its location_keys, else the lowercased text itself.
std::vector<std::string> location_keys(const core::Gazetteer* gazetteer, std::string_view text);

// The OR of the boolean terms term_prefix + value; MatchNothing when values is empty.
Xapian::Query any_of(const std::string& term_prefix, const std::vector<std::string>& values);

// The request's filters, grouped so that one facet's own selection can be left
// out when counting that facet (disjunctive facets).
struct Filters {
  // Keyed by core::kFacets row (core::facet_position): location, country, topic, online.
  std::map<std::size_t, Xapian::Query> by_facet;
  std::vector<Xapian::Query> other;            // dates, upcoming, near
  std::optional<Xapian::LatLongCoord> centre;  // with near

  // base filtered by every group except skip_facet (pass none to keep all).
  Xapian::Query apply(const Xapian::Query& base,
                      std::optional<std::size_t> skip_facet = std::nullopt) const;
};

// Errors: invalid_input when --near names a place that cannot be resolved
// (no gazetteer and not "LAT,LON", or an unknown place).
// date_terms: the index's XMONTH/XYEAR terms cover every event's whole span
// (FacetIndex::date_terms_cover_spans); a from..to range is then looked up by
// them too, which spares checking the dates of every match (the same matches).
core::Result<Filters> build_filters(const SearchRequest& request, const core::Gazetteer* gazetteer,
                                    const core::Date& today, bool date_terms = false);

}  // namespace lanyard::query
