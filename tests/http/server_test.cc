// The query server in-process on 127.0.0.1:0 over the query fixture index,
// driven with httplib::Client, compared with the real `lanyard` binary.
#include "query/http/server.h"

#include <httplib.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <nlohmann/json.hpp>
#include <thread>

#include "core/place.h"
#include "tests/http/served.h"
#include "tests/query/fixture.h"
#include "tests/test_util.h"

using lanyard::testing::encode;
using lanyard::testing::run_lanyard;
using lanyard::testing::Served;
using lanyard::testing::without_took;

TEST_CASE("http: every route answers with its content type, charset and nosniff", "[http]") {
  Served s;
  const std::pair<std::string, std::string> cases[] = {
      {"/api/search?q=pytorch", "application/json; charset=utf-8"},
      {"/api/facets", "application/json; charset=utf-8"},
      {"/api/doc?id=_events/ptc-2025.md", "application/json; charset=utf-8"},
      {"/api/suggest?q=py", "application/json; charset=utf-8"},
      {"/api/events.ics?q=pytorch", "text/calendar; charset=utf-8"},
      {"/healthz", "application/json; charset=utf-8"},
      {"/metrics", "text/plain; version=0.0.4; charset=utf-8"},
      {"/", "text/html; charset=utf-8"},
      {"/index.html", "text/html; charset=utf-8"},
  };
  for (const auto& [target, type] : cases) {
    INFO(target);
    auto r = s.get(target);
    REQUIRE(r);
    CHECK(r->status == 200);
    CHECK(r->get_header_value("Content-Type") == type);
    CHECK(r->get_header_value("X-Content-Type-Options") == "nosniff");
    CHECK_FALSE(r->has_header("Access-Control-Allow-Origin"));
  }
  auto page = s.get("/");
  CHECK(page->get_header_value("Content-Security-Policy").find("script-src 'self'") !=
        std::string::npos);
  auto health = nlohmann::json::parse(s.get("/healthz")->body);
  CHECK(health["documents"] == lanyard::testing::fixture_docs().size());
}

TEST_CASE("http: /api/search is byte for byte `lanyard search --json` (took_ms fixed at 0)",
          "[http]") {
  Served s;
  struct Case {
    std::vector<std::pair<std::string, std::string>> params;
    std::vector<std::string> cli;
  };
  const std::vector<Case> cases = {
      {{{"q", "pytorch"}}, {"pytorch"}},
      {{{"q", "compilers"}, {"limit", "2"}, {"offset", "1"}},
       {"--limit", "2", "--offset", "1", "compilers"}},
      {{{"q", "llm"}, {"location", "san francisco"}, {"sort", "date"}},
       {"--location", "san francisco", "--sort", "date", "llm"}},
      {{{"topic", "llm"}, {"topic", "compilers"}}, {"--topic", "llm", "--topic", "compilers"}},
      {{{"country", "France"}, {"from", "2025"}, {"to", "2025-06"}},
       {"--country", "France", "--from", "2025", "--to", "2025-06"}},
      {{{"near", "48.85,2.35"}, {"radius", "100"}, {"sort", "distance"}},
       {"--near", "48.85,2.35", "--radius", "100", "--sort", "distance"}},
      {{{"q", "compil"}, {"partial", "1"}}, {"--partial", "compil"}},
      {{{"q", "compilrs"}}, {"compilrs"}},
      {{{"q", "深度学习"}}, {"深度学习"}},
      {{{"online", "true"}}, {"--online"}},
      {{}, {}},
  };
  for (const auto& c : cases) {
    std::string target = "/api/search";
    for (std::size_t i = 0; i < c.params.size(); ++i) {
      target += (i ? "&" : "?") + c.params[i].first + "=" + encode(c.params[i].second);
    }
    INFO(target);
    std::vector<std::string> args = {"search", "--db", s.db, "--json"};
    args.insert(args.end(), c.cli.begin(), c.cli.end());
    auto cli = run_lanyard(args);
    REQUIRE(cli.exit_code == 0);
    auto r = s.get(target);
    REQUIRE(r);
    CHECK(r->status == 200);
    CHECK(without_took(r->body) == without_took(cli.out));
  }
  SECTION("upcoming, with the same today") {
    auto cli =
        run_lanyard({"search", "--db", s.db, "--json", "--upcoming"}, {"LANYARD_TODAY=2025-06-01"});
    auto r = s.get("/api/search?upcoming=1&today=2025-06-01");
    CHECK(without_took(r->body) == without_took(cli.out));
  }
}

TEST_CASE("http: /api/doc and /api/facets are `lanyard show --json` and `lanyard facets --json`",
          "[http]") {
  Served s;
  auto show = run_lanyard({"show", "--db", s.db, "--json", "_talks/compilers-berlin.md"});
  REQUIRE(show.exit_code == 0);
  CHECK(s.get("/api/doc?id=_talks/compilers-berlin.md")->body == show.out);
  auto facets = run_lanyard({"facets", "--db", s.db, "--json"});
  REQUIRE(facets.exit_code == 0);
  CHECK(s.get("/api/facets")->body == facets.out);
}

TEST_CASE("http: /api/suggest completes titles, speakers, places and topics", "[http]") {
  Served s;
  auto kinds = [&](const std::string& q) {
    auto j = nlohmann::json::parse(s.get("/api/suggest?q=" + encode(q))->body);
    std::vector<std::string> out;
    for (const auto& v : j["suggestions"])
      out.push_back(v["kind"].get<std::string>() + ":" + v["text"].get<std::string>());
    return out;
  };
  using Catch::Matchers::VectorContains;
  CHECK_THAT(kinds("ada"), VectorContains(std::string("speaker:Ada Lovelace")));
  CHECK_THAT(kinds("Par"), VectorContains(std::string("place:Paris")));
  CHECK_THAT(kinds("fuzzing your comp"),
             VectorContains(std::string("title:fuzzing your compiler")));
  CHECK_THAT(kinds("ll"), VectorContains(std::string("topic:llm")));
  CHECK(kinds("").empty());
  CHECK(kinds("zzzz").empty());
  auto limited = nlohmann::json::parse(s.get("/api/suggest?q=p&limit=2")->body);
  CHECK(limited["suggestions"].size() <= 2);
}

TEST_CASE("http: bad requests are JSON errors with a 4xx status", "[http]") {
  Served s;
  struct Case {
    std::string method, target;
    int status;
    std::string code;
  };
  const std::vector<Case> cases = {
      {"GET", "/api/search?limit=0", 400, "bad_request"},
      {"GET", "/api/search?limit=101", 400, "bad_request"},
      {"GET", "/api/search?offset=10001", 400, "bad_request"},
      {"GET", "/api/search?sort=title", 400, "bad_request"},
      {"GET", "/api/search?from=2024-13", 400, "bad_request"},
      {"GET", "/api/search?radius=5", 400, "bad_request"},
      {"GET", "/api/search?bogus=1", 400, "bad_request"},
      {"GET", "/api/search?upcoming=maybe", 400, "bad_request"},
      {"GET", "/api/search?q=" + std::string(2000, 'a'), 414, "uri_too_long"},
      {"GET", "/api/search?q=" + std::string(9000, 'a'), 414, "uri_too_long"},
      {"GET", "/api/doc", 400, "bad_request"},
      {"GET", "/api/doc?id=_events/nope.md", 404, "not_found"},
      {"GET", "/api/suggest?q=a&limit=500", 400, "bad_request"},
      {"GET", "/api/facets?x=1", 400, "bad_request"},
      {"GET", "/api/nope", 404, "not_found"},
      {"GET", "/nope.html", 404, "not_found"},
      {"GET", "/../secret.txt", 404, "not_found"},
      {"GET", "/%2e%2e/secret.txt", 404, "not_found"},
      {"GET", "/%2E%2E%2Fsecret.txt", 404, "not_found"},
      {"GET", "/..%2fsecret.txt", 404, "not_found"},
      {"GET", "/%252e%252e/secret.txt", 404, "not_found"},
      {"GET", "/..%5csecret.txt", 404, "not_found"},
      {"GET", "//etc/passwd", 404, "not_found"},
      {"GET", "/%2fetc%2fpasswd", 404, "not_found"},
      {"GET", "/escape.txt", 404, "not_found"},
      {"GET", "/index.html%00.txt", 404, "not_found"},
      {"POST", "/api/search", 405, "method_not_allowed"},
      {"DELETE", "/", 405, "method_not_allowed"},
      {"PUT", "/api/doc?id=x", 405, "method_not_allowed"},
  };
  for (const auto& c : cases) {
    INFO(c.method << " " << c.target.substr(0, 80));
    httplib::Result r = c.method == "GET"    ? s.client->Get(c.target.c_str())
                        : c.method == "POST" ? s.client->Post(c.target.c_str(), "", "text/plain")
                        : c.method == "PUT"  ? s.client->Put(c.target.c_str(), "", "text/plain")
                                             : s.client->Delete(c.target.c_str());
    REQUIRE(r);
    CHECK(r->status == c.status);
    CHECK(r->get_header_value("Content-Type") == "application/json; charset=utf-8");
    auto j = nlohmann::json::parse(r->body, nullptr, false);
    REQUIRE(j.is_object());
    CHECK(j["error"]["code"] == c.code);
    CHECK(j["error"]["message"].is_string());
    if (c.status == 405) CHECK(r->get_header_value("Allow") == "GET, HEAD");
  }
  auto big = s.client->Post("/api/search", std::string(100 * 1024, 'x'), "text/plain");
  REQUIRE(big);
  CHECK(big->status == 413);
  // The server is still up.
  CHECK(s.get("/healthz")->status == 200);
}

TEST_CASE("http: CORS headers only with a CORS origin", "[http]") {
  Served s("https://talks.example.org");
  auto r = s.get("/api/search?q=pytorch");
  CHECK(r->get_header_value("Access-Control-Allow-Origin") == "https://talks.example.org");
  auto pre = s.client->Options("/api/search");
  REQUIRE(pre);
  CHECK(pre->status == 204);
  CHECK(pre->get_header_value("Access-Control-Allow-Methods") == "GET, HEAD");
}

TEST_CASE("http: the ICS feed has one VEVENT per dated hit, with exclusive DTEND and LOCATION",
          "[http]") {
  Served s;
  auto search = nlohmann::json::parse(s.get("/api/search?q=pytorch&limit=100")->body);
  auto r = s.get("/api/events.ics?q=pytorch");
  REQUIRE(r);
  REQUIRE(r->status == 200);
  const std::string& ics = r->body;
  // Every line ends in CRLF and is at most 75 octets; unfold, then parse.
  std::vector<std::string> lines;
  std::size_t pos = 0;
  while (pos < ics.size()) {
    auto end = ics.find("\r\n", pos);
    REQUIRE(end != std::string::npos);
    std::string line = ics.substr(pos, end - pos);
    CHECK(line.size() <= 75);
    CHECK(line.find('\n') == std::string::npos);
    if (!line.empty() && line.front() == ' ') {
      REQUIRE_FALSE(lines.empty());
      lines.back() += line.substr(1);
    } else {
      lines.push_back(line);
    }
    pos = end + 2;
  }
  std::vector<std::string> stack;
  std::size_t events = 0;
  std::map<std::string, std::map<std::string, std::string>> by_uid;
  std::map<std::string, std::string> current;
  for (const auto& line : lines) {
    auto colon = line.find(':');
    REQUIRE(colon != std::string::npos);
    std::string name = line.substr(0, colon), value = line.substr(colon + 1);
    if (name == "BEGIN") {
      stack.push_back(value);
      if (value == "VEVENT") current.clear();
    } else if (name == "END") {
      REQUIRE_FALSE(stack.empty());
      CHECK(stack.back() == value);
      stack.pop_back();
      if (value == "VEVENT") {
        ++events;
        by_uid[current["UID"]] = current;
      }
    } else {
      current[name] = value;
    }
  }
  CHECK(stack.empty());
  std::size_t dated = 0;
  for (const auto& h : search["hits"]) dated += h["date"].is_string() ? 1 : 0;
  CHECK(events == dated);
  CHECK(events >= 2);
  auto ptc = by_uid.at("_events/ptc-2025.md@lanyard");
  CHECK(ptc["DTSTART;VALUE=DATE"] == "20251022");
  CHECK(ptc["DTEND;VALUE=DATE"] == "20251024");
  CHECK(ptc["LOCATION"] == "San Francisco\\, California\\, United States");
  CHECK(ptc["SUMMARY"] == "PyTorch Conference 2025");
  CHECK(ptc["URL"] == "https://events.example.org/_events/ptc-2025/");
  CHECK(ptc.count("DTSTAMP") == 1);
  auto day = by_uid.at("_events/pt-day-china-2025.md@lanyard");
  CHECK(day["DTSTART;VALUE=DATE"] == "20250607");
  CHECK(day["DTEND;VALUE=DATE"] == "20250608");
  CHECK(day["LOCATION"] == "Beijing\\, China");
  auto bad = s.get("/api/events.ics?limit=0");
  CHECK(bad->status == 400);
}

TEST_CASE("http: /metrics counts requests by route and status and reports the index", "[http]") {
  Served s;
  s.get("/api/search?q=pytorch");
  s.get("/api/search?limit=0");
  s.get("/no/such/page");
  // A request is counted when its access-log line is written, which httplib
  // does just after sending the response: give the last one a moment.
  std::string m;
  for (int i = 0; i < 100; ++i) {
    m = s.get("/metrics")->body;
    if (m.find("lanyard_http_request_duration_seconds_bucket{route=\"/api/search\",le=\"+Inf\"} "
               "2\n") != std::string::npos &&
        m.find("route=\"static\",status=\"404\"} 1\n") != std::string::npos) {
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  CHECK(m.find("lanyard_http_requests_total{route=\"/api/search\",status=\"200\"} 1\n") !=
        std::string::npos);
  CHECK(m.find("lanyard_http_errors_total{route=\"/api/search\",status=\"400\"} 1\n") !=
        std::string::npos);
  CHECK(m.find("lanyard_http_errors_total{route=\"static\",status=\"404\"} 1\n") !=
        std::string::npos);
  CHECK(
      m.find(
          "lanyard_http_request_duration_seconds_bucket{route=\"/api/search\",le=\"+Inf\"} 2\n") !=
      std::string::npos);
  CHECK(m.find("lanyard_index_documents " +
               std::to_string(lanyard::testing::fixture_docs().size()) + "\n") !=
        std::string::npos);
  CHECK(m.find("lanyard_index_last_reload_timestamp_seconds ") != std::string::npos);
}

// Regression: `lanyard serve` searched without the gazetteer, so location
// aliases and --near place names that `lanyard search` resolves found nothing.
TEST_CASE("http: location aliases and near place names resolve as in the CLI", "[http]") {
  auto gazetteer = lanyard::core::Gazetteer::load();
  REQUIRE(gazetteer);
  Served s("", *gazetteer);
  auto alias = nlohmann::json::parse(s.get("/api/search?location=usa")->body);
  auto full = nlohmann::json::parse(s.get("/api/search?location=united%20states")->body);
  CHECK(alias["total"].get<int>() > 0);
  CHECK(alias["total"] == full["total"]);
  auto near = s.get("/api/search?near=Paris&radius=50");
  CHECK(near->status == 200);
  CHECK(nlohmann::json::parse(near->body)["total"].get<int>() > 0);
}
