// Golden JSON: the documented output shape for each feature, compared with
// tests/data/query/*.json. LANYARD_UPDATE_GOLDEN=1 rewrites the files (review
// the diff before committing them).
#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "query/json.h"
#include "query/searcher.h"
#include "tests/query/fixture.h"
#include "tests/test_util.h"

using lanyard::core::Date;
using lanyard::query::SearchRequest;

namespace {

std::filesystem::path golden_dir() {
  return std::filesystem::path(LANYARD_SOURCE_DIR) / "tests/data/query";
}

void check_golden(const std::string& name, nlohmann::ordered_json actual) {
  if (actual.contains("took_ms")) actual["took_ms"] = 0;
  std::string text = actual.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  auto file = golden_dir() / (name + ".json");
  const char* update = std::getenv("LANYARD_UPDATE_GOLDEN");
  if (update && *update) {
    std::ofstream(file, std::ios::binary) << text;
    return;
  }
  std::ifstream in(file, std::ios::binary);
  INFO(file.string());
  REQUIRE(in);
  std::stringstream expected;
  expected << in.rdbuf();
  CHECK(text == expected.str());
}

}  // namespace

TEST_CASE("golden: search JSON for each feature", "[query]") {
  lanyard::testing::TempDir dir;
  lanyard::testing::write_fixture_index(dir.path() / "db");
  auto searcher = lanyard::query::Searcher::open(dir.path() / "db");
  REQUIRE(searcher);
  auto request = [](const std::string& q) {
    SearchRequest r;
    r.query = q;
    r.today = Date{2025, 10, 23};
    r.limit = 3;
    r.facet_limit = 3;
    return r;
  };
  std::vector<std::pair<std::string, SearchRequest>> cases;
  cases.emplace_back("browse", request(""));
  cases.emplace_back("words_snippets", request("compilers kernels"));
  auto filtered = request("");
  filtered.locations = {"paris", "tokyo"};
  filtered.topics = {"compilers"};
  cases.emplace_back("filters_disjunctive_facets", filtered);
  cases.emplace_back("spelling_applied", request("pytorh"));
  cases.emplace_back("relaxed", request("pytorch zeppelin"));
  cases.emplace_back("synonym", request("ptc"));
  cases.emplace_back("fields_and_dates", request("topic:llm date:2025..2025"));
  auto upcoming = request("");
  upcoming.upcoming = true;
  upcoming.sort = lanyard::query::SortOrder::date;
  cases.emplace_back("upcoming_by_date", upcoming);
  auto near = request("");
  near.near = lanyard::query::NearFilter{"48.85,2.35", 48.85, 2.35, 1000};
  near.sort = lanyard::query::SortOrder::distance;
  cases.emplace_back("near_distance", near);
  auto partial = request("tensor summ");
  partial.partial = true;
  cases.emplace_back("partial", partial);
  cases.emplace_back("cjk_mixed", request("pytorch 深度学习"));
  for (const auto& [name, r] : cases) {
    INFO(name);
    auto result = (*searcher)->search(r);
    REQUIRE(result);
    check_golden(name, lanyard::query::to_json(*result));
  }
  auto doc = (*searcher)->document("_events/ptc-2025.md");
  REQUIRE(doc);
  check_golden("show", lanyard::query::document_json(*doc));
  auto facets = (*searcher)->facets(0);
  REQUIRE(facets);
  check_golden("facets", lanyard::query::facets_json(*facets));
}
