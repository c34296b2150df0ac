#include "query/filters.h"

#include <string>
#include <vector>

#include "core/facet_table.h"
#include "core/schema.h"
#include "core/text.h"
#include "query/date_filters.h"

namespace lanyard::query {

namespace {

using core::Error;
using core::ErrorCode;
namespace slot = core::schema::slot;

// --location values: their place keys, and a value written like a facet label
// ("Paris, France", what the location facet lists and the page sends back)
// also matches that exact label. The keys alone would not do: no place is
// filed under "paris, france", and "paris" alone would add Paris, Texas.
Xapian::Query location_filter(const std::vector<std::string>& values,
                              const std::vector<std::string>& keys) {
  const core::FacetDef& location = core::facet_def(core::Facet::location);
  std::vector<Xapian::Query> parts{any_of(location.prefix, keys)};
  for (const auto& v : values) {
    if (v.find(',') != std::string::npos) {
      parts.emplace_back(Xapian::Query::OP_VALUE_RANGE, location.slot, v, v);
    }
  }
  return Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
}

core::Result<Xapian::LatLongCoord> near_centre(const NearFilter& near,
                                               const core::Gazetteer* gazetteer) {
  if (near.lat && near.lon) return Xapian::LatLongCoord(*near.lat, *near.lon);
  if (!gazetteer) {
    return Error{ErrorCode::invalid_input,
                 "near '" + near.place + "': give LAT,LON (place names need the gazetteer)",
                 "bad request"};
  }
  auto match = gazetteer->resolve(near.place);
  if (!match || !match->place || !match->place->latitude || !match->place->longitude) {
    return Error{ErrorCode::invalid_input, "near '" + near.place + "': unknown place",
                 "bad request"};
  }
  return Xapian::LatLongCoord(*match->place->latitude, *match->place->longitude);
}

}  // namespace

std::vector<std::string> location_keys(const core::Gazetteer* gazetteer, std::string_view text) {
  std::string lower = core::collapse_spaces(core::ascii_lower(text));
  std::vector<std::string> keys;
  if (gazetteer) keys = gazetteer->location_keys(text);
  if (keys.empty() && !lower.empty()) keys.push_back(lower);
  return keys;
}

Xapian::Query any_of(const std::string& term_prefix, const std::vector<std::string>& values) {
  std::vector<Xapian::Query> terms;
  for (const auto& v : values) terms.emplace_back(core::schema::boolean_term(term_prefix, v));
  if (terms.empty()) return Xapian::Query::MatchNothing;
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

Xapian::Query Filters::apply(const Xapian::Query& base,
                             std::optional<std::size_t> skip_facet) const {
  std::vector<Xapian::Query> all;
  for (const auto& [facet, q] : by_facet) {
    if (facet != skip_facet) all.push_back(q);
  }
  all.insert(all.end(), other.begin(), other.end());
  if (all.empty()) return base;
  return Xapian::Query(Xapian::Query::OP_FILTER, base,
                       Xapian::Query(Xapian::Query::OP_AND, all.begin(), all.end()));
}

core::Result<Filters> build_filters(const SearchRequest& r, const core::Gazetteer* gazetteer,
                                    const core::Date& today, bool date_terms) {
  Filters f;
  auto keys_of = [&](const std::vector<std::string>& values) {
    std::vector<std::string> keys;
    for (const auto& v : values) {
      for (auto& k : location_keys(gazetteer, v)) keys.push_back(std::move(k));
    }
    return keys;
  };
  using core::Facet;
  auto filter = [&](Facet facet) -> Xapian::Query& {
    return f.by_facet[core::facet_position(facet)];
  };
  if (!r.locations.empty())
    filter(Facet::location) = location_filter(r.locations, keys_of(r.locations));
  if (!r.countries.empty()) {
    filter(Facet::country) = any_of(core::facet_def(Facet::country).prefix, keys_of(r.countries));
  }
  if (!r.topics.empty()) {
    std::vector<std::string> topics;
    for (const auto& t : r.topics) topics.push_back(core::collapse_spaces(core::ascii_lower(t)));
    filter(Facet::topic) = any_of(core::facet_def(Facet::topic).prefix, topics);
  }
  std::vector<std::string> attendance = r.attendance;
  namespace attending = core::schema::attendance;
  if (r.online) attendance.insert(attendance.end(), {attending::kOnline, attending::kHybrid});
  if (!attendance.empty())
    filter(Facet::online) = any_of(core::facet_def(Facet::online).prefix, attendance);
  add_date_filters(r, today, date_terms, f);
  if (r.near) {
    auto centre = near_centre(*r.near, gazetteer);
    if (!centre) return centre.error();
    f.centre = *centre;
    Xapian::LatLongCoords coords(*centre);
    auto* source = new Xapian::LatLongDistancePostingSource(
        slot::kLatLong, coords, Xapian::GreatCircleMetric(), r.near->radius_km * 1000);
    f.other.emplace_back(source->release());
  }
  return f;
}

}  // namespace lanyard::query
