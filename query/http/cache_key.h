// Keys of the result cache (result_cache.h): what makes two requests get the
// same response from the same index revision. Pure functions, no I/O.
#pragma once

#include <chrono>
#include <concepts>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>

#include "query/http/routes.h"
#include "query/request.h"

namespace lanyard::query::http {

// Every field of a SearchRequest (const or not), as a tuple of references, in
// declaration order. The key is made of exactly these: a field added to
// SearchRequest stops this binding from compiling until it is listed here,
// and tests/http/cache_key_test.cc then changes it like every other field.
template <typename R>
requires std::same_as<std::remove_const_t<R>, SearchRequest>
auto search_request_fields(R& r) {
  auto& [query, locations, countries, topics, from, to, upcoming, today, online, attendance, near,
         sort, partial, limit, offset, facet_limit, snippets] = r;
  return std::tie(query, locations, countries, topics, from, to, upcoming, today, online,
                  attendance, near, sort, partial, limit, offset, facet_limit, snippets);
}

// The same for NearFilter.
template <typename N>
requires std::same_as<std::remove_const_t<N>, NearFilter>
auto near_filter_fields(N& n) {
  auto& [place, lat, lon, radius_km] = n;
  return std::tie(place, lat, lon, radius_km);
}

// Every field of a parsed request (search_request_fields), repeated values in
// the order given (the order can change the output), in an unambiguous text
// (each value length-prefixed). Parameters that parse alike (q=a&q=b and
// q=a%20b, limit=10 and no limit, any order of the names) give the same text.
std::string search_request_key(const SearchRequest& request);

// Route::cache_key functions, the route's part of the key, from the
// parameters the route parsed (an invalid request has none and is never
// looked up).
// /api/search, /api/facets, /api/doc, /api/suggest: every field of the
// parsed request.
std::string params_cache_key(const HttpRequest& req, const RouteParams& params);
// /api/events.ics: the parsed request (its default limit applied) and the
// Host header, which absolute URLs in the feed are made from.
std::string ics_cache_key(const HttpRequest& req, const RouteParams& params);

// The whole key of a request at time now: the route's path, the UTC date
// (upcoming and the default "today" depend on it, so entries expire at
// midnight UTC) and the route's part. nullopt when the route is not cached
// (no cache_key).
std::optional<std::string> cache_key(const Route& route, const HttpRequest& req,
                                     const RouteParams& params,
                                     std::chrono::system_clock::time_point now);

}  // namespace lanyard::query::http
