// The result cache in the server: hits are the bytes and headers a miss sent,
// the key is the parsed request, errors are never kept, and 0 turns it off.
// (A reindex seen through the cache: tests/http/reload_test.cc.)
#include <httplib.h>

#include <catch2/catch.hpp>
#include <string>
#include <thread>

#include "tests/http/served.h"
#include "tests/test_util.h"

using lanyard::testing::run_lanyard;
using lanyard::testing::Served;
using lanyard::testing::without_took;

namespace {

std::string cache_state(const httplib::Result& r) { return r->get_header_value("X-Lanyard-Cache"); }

// A counter or gauge from /metrics (they are updated before the response is sent).
long long metric(Served& s, const std::string& name) {
  auto body = s.get("/metrics")->body;
  auto p = body.find("\n" + name + " ");
  REQUIRE(p != std::string::npos);
  return std::stoll(body.substr(p + name.size() + 2));
}

httplib::Headers without_cache_header(httplib::Headers h) {
  h.erase("X-Lanyard-Cache");
  return h;
}

}  // namespace

TEST_CASE(
    "http cache: asked twice, every index route answers the second time from the cache, same bytes "
    "and headers",
    "[http][cache]") {
  Served s;
  const char* targets[] = {"/api/search?q=pytorch&topic=llm", "/api/facets",
                           "/api/doc?id=_events/ptc-2025.md", "/api/suggest?q=py",
                           "/api/events.ics?q=pytorch"};
  for (const char* target : targets) {
    INFO(target);
    auto first = s.get(target);
    auto second = s.get(target);
    REQUIRE(first);
    REQUIRE(second);
    CHECK(first->status == 200);
    CHECK(cache_state(first) == "miss");
    CHECK(cache_state(second) == "hit");
    CHECK(second->body == first->body);
    CHECK(without_cache_header(second->headers) == without_cache_header(first->headers));
  }
  CHECK(metric(s, "lanyard_cache_hits_total") == 5);
  CHECK(metric(s, "lanyard_cache_misses_total") == 5);
  CHECK(metric(s, "lanyard_cache_entries") == 5);
  CHECK(metric(s, "lanyard_cache_bytes") > 0);
  CHECK(metric(s, "lanyard_cache_evictions_total") == 0);
  // /healthz, /metrics and the web folder are never cached.
  for (const char* target : {"/healthz", "/metrics", "/"}) {
    INFO(target);
    CHECK_FALSE(s.get(target)->has_header("X-Lanyard-Cache"));
  }
}

TEST_CASE("http cache: a hit is byte for byte `lanyard search --json`", "[http][cache]") {
  Served s;
  auto cli =
      run_lanyard({"search", "--db", s.db, "--json", "--topic", "compilers", "--limit", "3"});
  REQUIRE(cli.exit_code == 0);
  s.get("/api/search?topic=compilers&limit=3");
  auto hit = s.get("/api/search?topic=compilers&limit=3");
  CHECK(cache_state(hit) == "hit");
  CHECK(without_took(hit->body) == without_took(cli.out));
}

TEST_CASE(
    "http cache: the key is the parsed request: parameter order and spelling do not matter, value "
    "order does",
    "[http][cache]") {
  Served s;
  struct Case {
    const char* first;
    const char* second;
    const char* state;  // of the second
  };
  const Case cases[] = {
      {"/api/search?q=llm&country=France&sort=date", "/api/search?sort=date&country=France&q=llm",
       "hit"},
      {"/api/search?q=pytorch&q=conference", "/api/search?q=pytorch%20conference", "hit"},
      {"/api/search?q=compilers", "/api/search?q=compilers&limit=10&offset=0&snippets=true", "hit"},
      {"/api/search?topic=llm&topic=compilers", "/api/search?topic=compilers&topic=llm", "miss"},
      {"/api/search?q=llm", "/api/search?q=llm&limit=11", "miss"},
      {"/api/search?upcoming=1&today=2025-06-01", "/api/search?upcoming=1&today=2025-06-02",
       "miss"},
      {"/api/suggest?q=py&limit=3", "/api/suggest?limit=3&q=py", "hit"},
  };
  for (const auto& c : cases) {
    INFO(c.first << " then " << c.second);
    s.get(c.first);
    auto r = s.get(c.second);
    REQUIRE(r);
    CHECK(r->status == 200);
    CHECK(cache_state(r) == c.state);
  }
}

TEST_CASE("http cache: errors are never kept", "[http][cache]") {
  Served s;
  for (const char* target :
       {"/api/search?limit=0", "/api/doc?id=_events/nope.md", "/api/facets?x=1",
        "/api/suggest?q=a&limit=500", "/api/events.ics?sort=title"}) {
    INFO(target);
    auto first = s.get(target);
    auto second = s.get(target);
    REQUIRE(second);
    CHECK(first->status >= 400);
    CHECK(second->status == first->status);
    CHECK(second->body == first->body);
    CHECK(cache_state(second) != "hit");
  }
  CHECK(metric(s, "lanyard_cache_entries") == 0);
  CHECK(metric(s, "lanyard_cache_hits_total") == 0);
}

TEST_CASE("http cache: a request its route cannot parse is never looked up, on any route",
          "[http][cache]") {
  Served s;
  for (const char* target :
       {"/api/search?limit=0", "/api/doc", "/api/doc?id=a&id=b", "/api/facets?x=1",
        "/api/suggest?q=a&limit=500", "/api/events.ics?sort=title"}) {
    INFO(target);
    auto r = s.get(target);
    REQUIRE(r);
    CHECK(r->status == 400);
    CHECK_FALSE(r->has_header("X-Lanyard-Cache"));
  }
  CHECK(metric(s, "lanyard_cache_misses_total") == 0);
}

TEST_CASE("http cache: with 0 bytes nothing is cached and nothing counted", "[http][cache]") {
  Served s("", nullptr, 0);
  auto first = s.get("/api/search?q=pytorch");
  auto second = s.get("/api/search?q=pytorch");
  CHECK(second->status == 200);
  CHECK(second->body.find("\"total\":") != std::string::npos);
  CHECK_FALSE(second->has_header("X-Lanyard-Cache"));
  CHECK(metric(s, "lanyard_cache_hits_total") == 0);
  CHECK(metric(s, "lanyard_cache_misses_total") == 0);
  CHECK(metric(s, "lanyard_cache_entries") == 0);
}
