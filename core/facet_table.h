// The facets a search counts and filters by, in output order: one row each
// with its name (the key of the JSON facets object), the value slot it is
// counted from, how that slot's value turns into facet keys, and the term
// prefix a filter on it matches. The indexer writes the slots and terms
// (core/schema.h); query/ reads every facet through this table.
//
// Adding a facet: a row here (and its enumerator), its extraction in
// indexer/ (the slot and the terms of each document), and a line in
// docs/schema.md and docs/http_api.md (tests/query/facet_table_test.cc checks
// the JSON output and both docs against the table).
#pragma once

#include <cstddef>
#include <iterator>

#include "core/schema.h"

namespace lanyard::core {

// In output order; the same order as kFacets' rows.
enum class Facet { location, country, topic, year, month, online };

// What one facet counts in a document, from its value slot: the value itself
// (whole), each item of a schema::kListSeparator list (list), or the year /
// year-month of a YYYYMMDD date (year, month).
enum class FacetKind { whole, list, year, month };

struct FacetDef {
  Facet facet;
  const char* name;  // the JSON key ("location")
  unsigned slot;     // schema::slot: what the facet is counted from
  FacetKind kind;
  const char* prefix;  // schema::prefix: the boolean terms a filter on the facet matches
};

inline constexpr FacetDef kFacets[] = {
    {Facet::location, "location", schema::slot::kLocationLabel, FacetKind::whole,
     schema::prefix::kLocation},
    {Facet::country, "country", schema::slot::kCountry, FacetKind::whole, schema::prefix::kCountry},
    {Facet::topic, "topic", schema::slot::kTopics, FacetKind::list, schema::prefix::kTopic},
    {Facet::year, "year", schema::slot::kDate, FacetKind::year, schema::prefix::kYear},
    {Facet::month, "month", schema::slot::kDate, FacetKind::month, schema::prefix::kMonth},
    {Facet::online, "online", schema::slot::kOnline, FacetKind::whole, schema::prefix::kOnline},
};
inline constexpr std::size_t kFacetCount = std::size(kFacets);

// f's row in kFacets (and its place in every per-facet list).
constexpr std::size_t facet_position(Facet f) { return static_cast<std::size_t>(f); }
constexpr const FacetDef& facet_def(Facet f) { return kFacets[facet_position(f)]; }

namespace detail {
constexpr bool rows_in_enum_order() {
  for (std::size_t i = 0; i < kFacetCount; ++i) {
    if (facet_position(kFacets[i].facet) != i) return false;
  }
  return true;
}
}  // namespace detail
static_assert(detail::rows_in_enum_order(), "kFacets: one row per Facet, in enum order");
static_assert(facet_position(Facet::online) + 1 == kFacetCount, "kFacets: a row for every Facet");

}  // namespace lanyard::core
