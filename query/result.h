// What a search returns: hits with their stored fields, highlighted text,
// and facet counts. Plain data; query/json.h serialises it.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/facet_table.h"

namespace lanyard::query {

struct Hit {
  std::string id, title, url;
  std::optional<std::string> date, end_date, published;  // "YYYY-MM-DD"
  // {venue, city, region, country, online, label} as stored, or null when unknown.
  nlohmann::json location;
  std::vector<std::string> topics, speakers;
  std::string snippet;     // HTML: escaped body text with <mark>...</mark> around matches
  std::string title_html;  // HTML: the title, escaped, matches marked
  double score = 0;        // 0..1 (Xapian's percentage / 100)
  std::optional<double> distance_km;  // with near
  std::string text;                   // the body as plain text
  nlohmann::json stored;  // the whole stored document (fields, text, ...); null in search hits
};

struct FacetValue {
  std::string value;
  std::size_t count = 0;
  bool operator==(const FacetValue&) const = default;
};

struct SearchResult {
  std::string query;      // as typed
  std::size_t total = 0;  // matches
  bool total_exact = true;
  double took_ms = 0;
  // Set when the spelling dictionary suggests another query; when
  // correction_applied, the hits are for it (the query as typed found nothing).
  std::optional<std::string> corrected_query;
  bool correction_applied = false;
  // True when no document had every word and the hits match some of them.
  bool relaxed = false;
  // Remote shards that could not be reached: the hits, total and facets are
  // for the other shards only ("partial": true in JSON).
  std::vector<std::string> missing_shards;
  std::vector<Hit> hits;
  // One list per core::kFacets row, most frequent first (ties by value).
  std::vector<std::vector<FacetValue>> facets =
      std::vector<std::vector<FacetValue>>(core::kFacetCount);
};

// A search-as-you-type completion: the text to put in the search box, where it
// comes from ("title", "speaker", "place", "topic") and how many documents have it.
struct Suggestion {
  std::string text;
  std::string kind;
  std::size_t count = 0;
  bool operator==(const Suggestion&) const = default;
};

}  // namespace lanyard::query
