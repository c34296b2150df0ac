// The one JSON shape of search results (docs/cli.md), shared by the CLI and the
// HTTP layer. Keys in documented order.
#pragma once

#include <nlohmann/json.hpp>

#include "query/result.h"

namespace lanyard::query {

// The location object's string keys, in order; "online" and "label" follow.
inline constexpr const char* kLocationTextKeys[] = {"venue", "city", "region", "country"};

// v rounded to 1/scale (scale 100: two places), as every number in the JSON is.
double round_places(double v, double scale);

// {"query", "total", "total_exact", "took_ms", ["corrected_query"], "hits", "facets"}.
nlohmann::ordered_json to_json(const SearchResult& result);

// The same, as compact text: byte for byte to_json(result).dump(-1, ' ',
// false, error_handler_t::replace), written without building the tree
// (json_text.cc). What `lanyard search --json` and /api/search send.
std::string to_json_text(const SearchResult& result);

// One hit: {"id", "title", "url", "date", "end_date", "published", "location",
// "topics", "speakers", "snippet", "score", "title_html"[, "distance_km"]}.
nlohmann::ordered_json hit_json(const Hit& hit);

// A stored document (`lanyard show`): the hit keys without snippet and score,
// then "collection", "attendance", "tags", "event", "language", "fields", "text".
nlohmann::ordered_json document_json(const Hit& hit);

// {"location": [{"value", "count"}], "country": [...], ...}.
nlohmann::ordered_json facets_json(const std::vector<std::vector<FacetValue>>& facets);

// {"query", "suggestions": [{"text", "kind", "count"}]}.
nlohmann::ordered_json suggestions_json(const std::string& query,
                                        const std::vector<Suggestion>& suggestions);

}  // namespace lanyard::query
