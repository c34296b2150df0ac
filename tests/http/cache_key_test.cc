// Result-cache keys: requests that parse alike share a key; any field that
// changes the response changes it.
#include <catch2/catch.hpp>

#include <chrono>
#include <functional>
#include <set>

#include "query/http/cache_key.h"
#include "query/http/routes.h"

using lanyard::query::SearchRequest;
using lanyard::query::http::cache_key;
using lanyard::query::http::HttpRequest;
using lanyard::query::http::ParamMap;
using lanyard::query::http::routes;
using lanyard::query::http::search_request_key;
using namespace std::chrono_literals;

namespace {

const lanyard::query::http::Route& route(std::string_view path) {
  for (const auto& r : routes()) {
    if (r.path == path) return r;
  }
  FAIL("no route " << path);
  return routes().front();
}

const auto kNoon = std::chrono::system_clock::time_point(std::chrono::sys_days(std::chrono::year(2025) / 6 / 1)) + 12h;

std::optional<std::string> key(std::string_view path, ParamMap params, std::string host = "h",
                               std::chrono::system_clock::time_point now = kNoon) {
  return cache_key(route(path), HttpRequest{"GET", std::string(path), std::move(params), std::move(host)}, now);
}

}  // namespace

TEST_CASE("cache key: every field of a search request is in its key", "[http][cache]") {
  using lanyard::core::Date;
  std::vector<std::function<void(SearchRequest&)>> changes = {
      [](SearchRequest& r) { r.query = "x"; },
      [](SearchRequest& r) { r.locations = {"Paris"}; },
      [](SearchRequest& r) { r.countries = {"France"}; },
      [](SearchRequest& r) { r.topics = {"llm"}; },
      [](SearchRequest& r) { r.topics = {"llm", "compilers"}; },
      [](SearchRequest& r) { r.topics = {"compilers", "llm"}; },
      [](SearchRequest& r) { r.topics = {"llm", ""}; },
      [](SearchRequest& r) { r.from = Date{2025, 1, 1}; },
      [](SearchRequest& r) { r.to = Date{2025, 1, 1}; },
      [](SearchRequest& r) { r.upcoming = true; },
      [](SearchRequest& r) { r.today = Date{2025, 1, 1}; },
      [](SearchRequest& r) { r.online = true; },
      [](SearchRequest& r) { r.attendance = {"hybrid"}; },
      [](SearchRequest& r) { r.near = lanyard::query::NearFilter{"Paris", std::nullopt, std::nullopt, 50}; },
      [](SearchRequest& r) { r.near = lanyard::query::NearFilter{"Paris", std::nullopt, std::nullopt, 60}; },
      [](SearchRequest& r) { r.near = lanyard::query::NearFilter{"1,2", 1.0, 2.0, 50}; },
      [](SearchRequest& r) { r.near = lanyard::query::NearFilter{"1,2", 1.0, 2.5, 50}; },
      [](SearchRequest& r) { r.sort = lanyard::query::SortOrder::relevance; },
      [](SearchRequest& r) { r.sort = lanyard::query::SortOrder::date; },
      [](SearchRequest& r) { r.partial = true; },
      [](SearchRequest& r) { r.limit = 11; },
      [](SearchRequest& r) { r.offset = 1; },
      [](SearchRequest& r) { r.facet_limit = 0; },
      [](SearchRequest& r) { r.snippets = false; },
  };
  std::set<std::string> keys = {search_request_key(SearchRequest{})};
  for (std::size_t i = 0; i < changes.size(); ++i) {
    INFO("change " << i);
    SearchRequest r;
    changes[i](r);
    CHECK(keys.insert(search_request_key(r)).second);
  }
}

TEST_CASE("cache key: parameters that parse alike share a key", "[http][cache]") {
  const std::pair<ParamMap, ParamMap> same[] = {
      {{{"q", "a"}, {"topic", "x"}}, {{"topic", "x"}, {"q", "a"}}},
      {{{"q", "a"}, {"q", "b"}}, {{"q", "a b"}}},
      {{{"q", "a"}}, {{"q", "a"}, {"offset", "0"}, {"snippets", "1"}}},
      {{{"topic", " llm "}}, {{"topic", "llm"}}},
  };
  for (const auto& [a, b] : same) {
    CHECK(key("/api/search", a) == key("/api/search", b));
    CHECK(key("/api/events.ics", a) == key("/api/events.ics", b));
  }
  // The default limit: 10 results, 100 events.
  CHECK(key("/api/search", {}) == key("/api/search", {{"limit", "10"}}));
  CHECK(key("/api/search", {}) != key("/api/search", {{"limit", "100"}}));
  CHECK(key("/api/events.ics", {}) == key("/api/events.ics", {{"limit", "100"}}));
  CHECK(key("/api/events.ics", {}) != key("/api/events.ics", {{"limit", "10"}}));
}

TEST_CASE("cache key: the route, the UTC date and, for the feed, the Host are in the key", "[http][cache]") {
  CHECK(key("/api/search", {}) != key("/api/events.ics", {}));
  CHECK(key("/api/search", {}) != key("/api/search", {}, "h", kNoon + 12h));
  CHECK(key("/api/search", {}) == key("/api/search", {}, "h", kNoon + 11h));
  CHECK(key("/api/events.ics", {}) != key("/api/events.ics", {}, "other.example"));
  CHECK(key("/api/search", {}) == key("/api/search", {}, "other.example"));
  CHECK(key("/api/doc", {{"id", "a"}}) != key("/api/doc", {{"id", "b"}}));
  CHECK(key("/api/suggest", {{"q", "a"}, {"limit", "2"}}) != key("/api/suggest", {{"q", "a"}}));
}

TEST_CASE("cache key: invalid requests and uncached routes have none", "[http][cache]") {
  CHECK_FALSE(key("/api/search", {{"limit", "0"}}));
  CHECK_FALSE(key("/api/search", {{"bogus", "1"}}));
  CHECK_FALSE(key("/api/events.ics", {{"sort", "title"}}));
  CHECK_FALSE(key("/healthz", {}));
  CHECK_FALSE(key("/metrics", {}));
  CHECK_FALSE(key("/", {}));
}
