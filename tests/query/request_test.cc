#include "query/request.h"

#include <catch2/catch.hpp>

using lanyard::core::Date;
using lanyard::query::parse_date_span;
using lanyard::query::parse_search_request;
using lanyard::query::SortOrder;
using Params = std::multimap<std::string, std::string>;

TEST_CASE("request: date spans cover a whole year, month or day", "[query]") {
  struct Case {
    const char* text;
    Date first, last;
  };
  const Case cases[] = {
      {"2024", {2024, 1, 1}, {2024, 12, 31}},       {"2024-02", {2024, 2, 1}, {2024, 2, 29}},
      {"2023-02", {2023, 2, 1}, {2023, 2, 28}},     {"2024-09-15", {2024, 9, 15}, {2024, 9, 15}},
      {" 2025-12 ", {2025, 12, 1}, {2025, 12, 31}},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto span = parse_date_span(c.text);
    REQUIRE(span);
    CHECK(span->first == c.first);
    CHECK(span->last == c.last);
  }
  for (const char* bad :
       {"", "24", "2024-13", "2024-02-30", "2024-", "june", "2024-1-1-1", "20240101"}) {
    INFO(bad);
    CHECK_FALSE(parse_date_span(bad));
  }
}

TEST_CASE("request: parameters fill the request; repeated filters accumulate", "[query]") {
  auto r = parse_search_request(Params{{"q", "pytorch"},
                                       {"q", "day"},
                                       {"location", "Paris"},
                                       {"location", "nyc"},
                                       {"country", "France"},
                                       {"topic", "llm"},
                                       {"from", "2024-09"},
                                       {"to", "2024"},
                                       {"upcoming", ""},
                                       {"online", "true"},
                                       {"sort", "-date"},
                                       {"limit", "25"},
                                       {"offset", "50"},
                                       {"partial", "1"},
                                       {"today", "2025-01-02"},
                                       {"facet_limit", "3"},
                                       {"attendance", "in-person"},
                                       {"attendance", "Online"}});
  REQUIRE(r);
  CHECK(r->query == "pytorch day");
  CHECK(r->locations == std::vector<std::string>{"Paris", "nyc"});
  CHECK(r->countries == std::vector<std::string>{"France"});
  CHECK(r->from == Date{2024, 9, 1});
  CHECK(r->to == Date{2024, 12, 31});
  CHECK(r->upcoming);
  CHECK(r->online);
  CHECK(r->sort == SortOrder::date_desc);
  CHECK(r->limit == 25);
  CHECK(r->offset == 50);
  CHECK(r->partial);
  CHECK(r->today == Date{2025, 1, 2});
  CHECK(r->facet_limit == 3);
  CHECK(r->attendance == std::vector<std::string>{"in-person", "online"});
}

TEST_CASE("request: near takes LAT,LON or a place name, and a radius", "[query]") {
  auto ll =
      parse_search_request(Params{{"near", "48.85, 2.35"}, {"radius", "10"}, {"sort", "distance"}});
  REQUIRE(ll);
  REQUIRE(ll->near);
  CHECK(ll->near->lat == Approx(48.85));
  CHECK(ll->near->lon == Approx(2.35));
  CHECK(ll->near->radius_km == 10);
  auto place = parse_search_request(Params{{"near", "Paris"}});
  REQUIRE(place);
  CHECK(place->near->place == "Paris");
  CHECK_FALSE(place->near->lat);
  CHECK(place->near->radius_km == 50);
}

TEST_CASE("request: bad values are errors that name the parameter", "[query]") {
  const std::pair<Params, const char*> cases[] = {
      {{{"limit", "0"}}, "limit"},
      {{{"limit", "101"}}, "limit"},
      {{{"offset", "10001"}}, "offset"},
      {{{"offset", "-1"}}, "offset"},
      {{{"sort", "title"}}, "sort"},
      {{{"from", "2024-13"}}, "from"},
      {{{"to", "soon"}}, "to"},
      {{{"upcoming", "maybe"}}, "upcoming"},
      {{{"radius", "-5"}}, "radius"},
      {{{"radius", "5"}}, "radius needs near"},
      {{{"sort", "distance"}}, "distance"},
      {{{"from", "2025"}, {"to", "2024"}}, "after"},
      {{{"bogus", "1"}}, "bogus"},
      {{{"near", " "}}, "near"},
      {{{"attendance", "remote"}}, "attendance"},
  };
  for (const auto& [params, needle] : cases) {
    INFO(needle);
    auto r = parse_search_request(params);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == lanyard::core::ErrorCode::invalid_input);
    CHECK(r.error().message.find(needle) != std::string::npos);
  }
}

TEST_CASE("request: invalid UTF-8 and control characters are refused in every parameter",
          "[query]") {
  // fuzz/search_request.cc found Xapian's QueryParser leaking on a q holding
  // invalid UTF-8 and a NUL byte; such text never reaches it now.
  for (const Params& params : {Params{{"q", std::string("OR%\xff\x97%\0"
                                                        "0\x02\xe3\xb8\xb0t",
                                                        13)}},
                               Params{{"q", "caf\xe9"}}, Params{{"q", std::string("a\0b", 3)}},
                               Params{{"location", "Par\x1bis"}}, Params{{"topic", "x\x7f"}}}) {
    auto r = parse_search_request(params);
    REQUIRE_FALSE(r);
    CHECK(r.error().message.starts_with("parameter '" + params.begin()->first + "': "));
  }
  // One rule with the HTTP server (check_parameter): tab, CR and LF are control characters too.
  for (const char* text : {"python\tcafé", "a\nb", "a\r\nb"}) {
    INFO(text);
    CHECK_FALSE(parse_search_request({{"q", text}}));
  }
  auto ok = parse_search_request({{"q", "北京 python café"}, {"location", "Malmö"}});
  REQUIRE(ok);
  CHECK(ok->query == "北京 python café");
}

TEST_CASE("request: suggest and doc requests take their own parameters, each at most once",
          "[query]") {
  using lanyard::query::parse_doc_request;
  using lanyard::query::parse_suggest_request;
  auto plain = parse_suggest_request({{"q", "py"}});
  REQUIRE(plain);
  CHECK(plain->query == "py");
  CHECK(plain->limit == lanyard::query::kSuggestDefaultLimit);
  auto most = parse_suggest_request({{"q", "py"}, {"limit", "20"}});
  REQUIRE(most);
  CHECK(most->limit == 20);
  const std::pair<Params, std::string> bad[] = {
      {{{"limit", "0"}}, "limit '0': expected a number from 1 to 20"},
      {{{"limit", "21"}}, "limit '21': expected a number from 1 to 20"},
      {{{"q", "a"}, {"q", "b"}}, "q given more than once"},
      {{{"q", "a"}, {"sort", "date"}}, "unknown parameter 'sort'"},
      {{{"q", "a\tb"}}, "parameter 'q': control characters are not allowed"},
  };
  for (const auto& [params, message] : bad) {
    INFO(message);
    auto r = parse_suggest_request(params);
    REQUIRE_FALSE(r);
    CHECK(r.error().message == message);
  }
  auto doc = parse_doc_request({{"id", "_events/x.md"}});
  REQUIRE(doc);
  CHECK(doc->id == "_events/x.md");
  CHECK_FALSE(parse_doc_request({}));
  CHECK_FALSE(parse_doc_request({{"id", ""}}));
  CHECK_FALSE(parse_doc_request({{"id", "a"}, {"id", "b"}}));
  CHECK_FALSE(parse_doc_request({{"id", "a"}, {"q", "b"}}));
}

TEST_CASE("request: a caller's default limit applies only when no limit is given", "[query]") {
  auto feed = parse_search_request({}, {.default_limit = 100});
  REQUIRE(feed);
  CHECK(feed->limit == 100);
  auto given = parse_search_request({{"limit", "5"}}, {.default_limit = 100});
  REQUIRE(given);
  CHECK(given->limit == 5);
}
