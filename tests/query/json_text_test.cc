#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "query/json.h"
#include "query/searcher.h"
#include "tests/query/fixture.h"
#include "tests/test_util.h"

using lanyard::query::Hit;
using lanyard::query::SearchRequest;
using lanyard::query::SearchResult;

namespace {

std::string dumped(const SearchResult& r) {
  return lanyard::query::to_json(r).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

TEST_CASE("json text: search results over the fixture give the bytes the JSON tree dumps",
          "[query]") {
  lanyard::testing::TempDir dir;
  lanyard::testing::write_fixture_index(dir.path() / "db");
  auto searcher = lanyard::query::Searcher::open(dir.path() / "db");
  REQUIRE(searcher);
  std::vector<std::string> queries = {"",
                                      "pytorch",
                                      "compilers & kernels",
                                      "\"pytorch conference\"",
                                      "pytroch",
                                      "tensor OR paris",
                                      "topic:llm",
                                      "深度学习",
                                      "year:2025",
                                      "nothing-matches-this"};
  for (const auto& q : queries) {
    for (bool snippets : {true, false}) {
      SearchRequest r;
      r.query = q;
      r.snippets = snippets;
      r.limit = 100;
      r.today = lanyard::core::Date{2025, 10, 23};
      auto result = (*searcher)->search(r);
      REQUIRE(result);
      INFO(q);
      CHECK(lanyard::query::to_json_text(*result) == dumped(*result));
    }
  }
}

TEST_CASE("json text: escapes, bad bytes, numbers and optional keys match nlohmann's dump",
          "[query]") {
  SearchResult r;
  r.query = "quote \" back \\ tab \t nl \n cr \r bs \b ff \f ctl \x01\x1f del \x7f é 🎉";
  r.total = 12345678901ull;
  r.total_exact = false;
  r.took_ms = 12.3456;
  r.corrected_query = "bad \xff\xfe bytes \xc3";
  r.correction_applied = true;
  r.missing_shards = {"shard-a", "b\"c"};
  Hit h;
  h.id = "_posts/a.md";
  h.title = "T\xe2\x80";  // cut mid-character
  h.url = "https://x.org/?a=1&b=<2>";
  h.date = "2025-01-02";
  h.location =
      nlohmann::json{{"city", "Malmö"}, {"country", 3}, {"online", true}, {"extra", {1, 2}}};
  h.topics = {"llm", ""};
  h.snippet = "<mark>x</mark> …";
  h.score = 0.926;
  h.title_html = "";
  h.distance_km = 1234.567;
  r.hits.push_back(h);
  Hit bare;
  bare.score = 1.0;
  r.hits.push_back(bare);
  Hit no_label = bare;
  no_label.location = nlohmann::json{{"label", nullptr}};
  no_label.score = 0.005;
  r.hits.push_back(no_label);
  r.facets[0] = {{"Paris, France", 3}, {"", 0}};
  r.facets[3] = {{"2025", 7}};
  CHECK(lanyard::query::to_json_text(r) == dumped(r));
  r.took_ms = 0;
  r.facets.resize(2);  // fewer lists than facets: the rest print empty
  CHECK(lanyard::query::to_json_text(r) == dumped(r));
  CHECK(lanyard::query::to_json_text(SearchResult{}) == dumped(SearchResult{}));
}
