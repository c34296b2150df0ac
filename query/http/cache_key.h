// Keys of the result cache (result_cache.h): what makes two requests get the
// same response from the same index revision. Pure functions, no I/O.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "query/http/routes.h"
#include "query/request.h"

namespace lanyard::query::http {

// Every field of a parsed request, repeated values in the order given (the
// order can change the output), in an unambiguous text (each value
// length-prefixed). Parameters that parse alike (q=a&q=b and q=a%20b,
// limit=10 and no limit, any order of the names) give the same text.
// A field added to SearchRequest must be added here.
std::string search_request_key(const SearchRequest& request);

// Route::cache_key functions, the route's part of the key; nullopt when the
// request is invalid (the handler answers it with an error, never cached).
// /api/search: the parsed request.
std::optional<std::string> search_cache_key(const HttpRequest& req);
// /api/events.ics: the parsed request (its default limit applied) and the
// Host header, which absolute URLs in the feed are made from.
std::optional<std::string> ics_cache_key(const HttpRequest& req);
// /api/facets, /api/doc, /api/suggest: the parameters as given (names in
// order, each name's values in the order given).
std::optional<std::string> params_cache_key(const HttpRequest& req);

// The whole key of a request at time now: the route's path, the UTC date
// (upcoming and the default "today" depend on it, so entries expire at
// midnight UTC) and the route's part. nullopt when the route is not cached
// (no cache_key) or its cache_key gives none.
std::optional<std::string> cache_key(const Route& route, const HttpRequest& req,
                                     std::chrono::system_clock::time_point now);

}  // namespace lanyard::query::http
