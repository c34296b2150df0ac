// A search request as typed data, and the one parser from a parameter map that
// the CLI (after CLI11) and the HTTP layer share. Pure functions, no I/O.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/status.h"

namespace lanyard::query {

enum class SortOrder {
  relevance,  // default when the query has words
  date,       // event start ascending; default when browsing (no words) is date_desc
  date_desc,  // "-date"
  distance,   // nearest first; needs near
};

// Where --near points: "LAT,LON" parses here; a place name is resolved by the
// Searcher through its gazetteer (when it has one).
struct NearFilter {
  std::string place;               // as typed
  std::optional<double> lat, lon;  // set when place was "LAT,LON"
  double radius_km = 50;
};

// One date bound as typed ("2024", "2024-09", "2024-09-15"): first..last day.
struct DateSpan {
  core::Date first, last;
};
// Errors: invalid_input naming the text.
core::Result<DateSpan> parse_date_span(const std::string& text);

// Every field is in the server's result-cache key: query/http/cache_key.h
// lists them (search_request_fields), and a field added here stops that
// list from compiling until it is added there too.
struct SearchRequest {
  std::string query;                    // Lanyard query syntax (docs/cli.md); empty = browse all
  std::vector<std::string> locations;   // city, region or country; values OR'd
  std::vector<std::string> countries;   // OR'd
  std::vector<std::string> topics;      // OR'd
  std::optional<core::Date> from;       // event ends on or after (first day of the span)
  std::optional<core::Date> to;         // event starts on or before (last day of the span)
  bool upcoming = false;                // ends today or later
  std::optional<core::Date> today;      // "today" for upcoming; unset = the system's date (UTC)
  bool online = false;                  // attendance online or hybrid
  std::vector<std::string> attendance;  // "online", "in-person", "hybrid"; OR'd (with online's two)
  std::optional<NearFilter> near;
  std::optional<SortOrder> sort;  // unset: relevance with words, -date without
  bool partial = false;           // search-as-you-type: complete the last word
  std::size_t limit = 10;         // 1..100
  std::size_t offset = 0;         // 0..10,000
  std::size_t facet_limit = 10;   // values per facet; 0 = all
  bool snippets = true;
};

inline constexpr std::size_t kMaxLimit = 100;
inline constexpr std::size_t kMaxOffset = 10000;

// The one rule for the bytes of a parameter's name and value, shared by the
// CLI and every HTTP route: valid UTF-8 without control characters (U+0000 to
// U+001F, tab, CR and LF included, and U+007F). Errors: invalid_input,
// "parameter 'NAME': not valid UTF-8" or "parameter 'NAME': control
// characters are not allowed".
core::Status check_parameter(const std::string& name, const std::string& value);

// Names other than known are an error ("unknown parameter 'NAME'"), as are
// bytes check_parameter refuses. Errors: invalid_input.
core::Status only_parameters(const std::multimap<std::string, std::string>& params,
                             std::initializer_list<std::string_view> known);

// Parameters, each possibly repeated: q (joined with spaces), location,
// country, topic, from, to, upcoming, online, attendance, near, radius, sort
// (relevance|date|-date|distance), limit, offset, facet_limit, partial,
// snippets, today (YYYY-MM-DD). Flags take "", "1", "true", "0", "false".
// Every name and value passes check_parameter.
// Errors: invalid_input with a message naming the parameter; unknown
// parameters are errors too (a typo should not be ignored).
// options: what a caller changes from the defaults.
struct SearchRequestOptions {
  std::size_t default_limit = SearchRequest{}.limit;  // limit when no limit parameter is given
};
core::Result<SearchRequest> parse_search_request(
    const std::multimap<std::string, std::string>& params,
    const SearchRequestOptions& options = {});

inline constexpr std::size_t kSuggestDefaultLimit = 8;
inline constexpr std::size_t kSuggestMaxLimit = 20;

// What to complete for search-as-you-type (Searcher::suggest).
struct SuggestRequest {
  std::string query;                         // what is typed so far; blank = no suggestions
  std::size_t limit = kSuggestDefaultLimit;  // 1..kSuggestMaxLimit
};

// Parameters q and limit, each at most once, each passing check_parameter.
// Errors: invalid_input naming the parameter (unknown, repeated, limit out
// of range).
core::Result<SuggestRequest> parse_suggest_request(
    const std::multimap<std::string, std::string>& params);

// One stored document by id (Searcher::document).
struct DocRequest {
  std::string id;  // its repo-relative path; never empty
};

// Parameter id, exactly once, passing check_parameter. Errors: invalid_input
// when it is missing, empty or repeated, or another parameter is given.
core::Result<DocRequest> parse_doc_request(const std::multimap<std::string, std::string>& params);

}  // namespace lanyard::query
