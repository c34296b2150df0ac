// Result-cache keys: requests that parse alike share a key; any field that
// changes the response changes it.
#include "query/http/cache_key.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <set>
#include <tuple>
#include <utility>
#include <vector>

#include "query/http/routes.h"

using lanyard::query::NearFilter;
using lanyard::query::SearchRequest;
using lanyard::query::http::cache_key;
using lanyard::query::http::HttpRequest;
using lanyard::query::http::near_filter_fields;
using lanyard::query::http::ParamMap;
using lanyard::query::http::routes;
using lanyard::query::http::search_request_fields;
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

const auto kNoon =
    std::chrono::system_clock::time_point(std::chrono::sys_days(std::chrono::year(2025) / 6 / 1)) +
    12h;

// The key of a request as the server makes it: parsed by its route first;
// nullopt for an invalid request (never looked up) or an uncached route.
std::optional<std::string> key(std::string_view path, ParamMap params, std::string host = "h",
                               std::chrono::system_clock::time_point now = kNoon) {
  const auto& r = route(path);
  HttpRequest req{"GET", std::string(path), std::move(params), std::move(host)};
  auto parsed = r.parse(req);
  if (parsed.error) return std::nullopt;
  return cache_key(r, req, parsed.params, now);
}

// One change of a field's value, whatever its type. A field of a new type
// stops this file from compiling until it gets an overload here.
void change(std::string& s) { s += "x"; }
void change(std::vector<std::string>& v) { v.push_back("x"); }
void change(bool& b) { b = !b; }
void change(std::size_t& n) { ++n; }
void change(double& d) { d += 1; }
void change(lanyard::core::Date& d) {
  d = d == lanyard::core::Date{2025, 1, 1} ? lanyard::core::Date{2025, 1, 2}
                                           : lanyard::core::Date{2025, 1, 1};
}
void change(lanyard::query::SortOrder& s) {
  using lanyard::query::SortOrder;
  s = s == SortOrder::date ? SortOrder::relevance : SortOrder::date;
}
void change(lanyard::query::NearFilter& n) { n.place += "x"; }
template <typename T>
void change(std::optional<T>& v) {
  if (v) {
    change(*v);
  } else {
    v.emplace();
  }
}

// Changes field i of fields (a tuple of references), i < its size.
template <typename Tuple>
void change_field(Tuple fields, std::size_t i) {
  std::size_t at = 0;
  std::apply([&](auto&... field) { ((at++ == i ? change(field) : void()), ...); }, fields);
}

// A request with every optional field set, so that changes inside them count.
SearchRequest everything_set() {
  SearchRequest r;
  r.from = r.to = r.today = lanyard::core::Date{2024, 5, 6};
  r.near = lanyard::query::NearFilter{"1,2", 1.0, 2.0, 50};
  r.sort = lanyard::query::SortOrder::distance;
  return r;
}

}  // namespace

// search_request_fields lists every field (a new one breaks its compile), and
// each field, changed alone, changes the key: a field cannot be added to
// SearchRequest and left out of the key.
TEST_CASE("cache key: every field of a search request is in its key", "[http][cache]") {
  constexpr std::size_t kFields =
      std::tuple_size_v<decltype(search_request_fields(std::declval<SearchRequest&>()))>;
  for (const SearchRequest& base : {SearchRequest{}, everything_set()}) {
    for (std::size_t i = 0; i < kFields; ++i) {
      INFO("field " << i);
      SearchRequest changed = base;
      change_field(search_request_fields(changed), i);
      CHECK(search_request_key(changed) != search_request_key(base));
    }
    constexpr std::size_t kNearFields =
        std::tuple_size_v<decltype(near_filter_fields(std::declval<NearFilter&>()))>;
    for (std::size_t i = 0; base.near && i < kNearFields; ++i) {
      INFO("near field " << i);
      SearchRequest changed = base;
      change_field(near_filter_fields(*changed.near), i);
      CHECK(search_request_key(changed) != search_request_key(base));
    }
  }
}

TEST_CASE("cache key: repeated values keep their order, empty ones count", "[http][cache]") {
  std::set<std::string> keys;
  for (const std::vector<std::string>& topics : std::vector<std::vector<std::string>>{
           {}, {"llm"}, {"llm", "compilers"}, {"compilers", "llm"}, {"llm", ""}, {"", "llm"}}) {
    SearchRequest r;
    r.topics = topics;
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

TEST_CASE("cache key: the route, the UTC date and, for the feed, the Host are in the key",
          "[http][cache]") {
  CHECK(key("/api/search", {}) != key("/api/events.ics", {}));
  CHECK(key("/api/search", {}) != key("/api/search", {}, "h", kNoon + 12h));
  CHECK(key("/api/search", {}) == key("/api/search", {}, "h", kNoon + 11h));
  CHECK(key("/api/events.ics", {}) != key("/api/events.ics", {}, "other.example"));
  CHECK(key("/api/search", {}) == key("/api/search", {}, "other.example"));
  CHECK(key("/api/doc", {{"id", "a"}}) != key("/api/doc", {{"id", "b"}}));
  CHECK(key("/api/suggest", {{"q", "a"}, {"limit", "2"}}) != key("/api/suggest", {{"q", "a"}}));
  CHECK(key("/api/suggest", {{"q", "a"}, {"limit", "8"}}) == key("/api/suggest", {{"q", "a"}}));
  CHECK(key("/api/suggest", {{"q", "a"}}) != key("/api/suggest", {{"q", "b"}}));
}

TEST_CASE("cache key: invalid requests and uncached routes have none", "[http][cache]") {
  CHECK_FALSE(key("/api/search", {{"limit", "0"}}));
  CHECK_FALSE(key("/api/search", {{"bogus", "1"}}));
  CHECK_FALSE(key("/api/events.ics", {{"sort", "title"}}));
  CHECK_FALSE(key("/api/doc", {}));
  CHECK_FALSE(key("/api/suggest", {{"limit", "21"}}));
  CHECK_FALSE(key("/api/facets", {{"x", "1"}}));
  CHECK_FALSE(key("/healthz", {}));
  CHECK_FALSE(key("/metrics", {}));
  CHECK_FALSE(key("/", {}));
}
