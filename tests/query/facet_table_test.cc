// core::kFacets is the one list of facets: every row must reach the search
// JSON, /api/facets and the docs that describe them.
#include "core/facet_table.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "query/json.h"
#include "query/searcher.h"
#include "tests/query/fixture.h"
#include "tests/test_util.h"

using lanyard::core::kFacets;
using lanyard::testing::TempDir;

namespace {

std::string read_doc(const std::string& rel) {
  std::ifstream in(std::filesystem::path(LANYARD_SOURCE_DIR) / rel, std::ios::binary);
  REQUIRE(in);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::string> keys(const nlohmann::ordered_json& object) {
  std::vector<std::string> out;
  for (const auto& item : object.items()) out.push_back(item.key());
  return out;
}

std::vector<std::string> table_names() {
  std::vector<std::string> out;
  for (const auto& def : kFacets) out.push_back(def.name);
  return out;
}

}  // namespace

TEST_CASE("facet table: every facet is counted and reaches the search JSON, in table order",
          "[query]") {
  TempDir dir;
  lanyard::testing::write_fixture_index(dir.path() / "db");
  auto searcher = lanyard::query::Searcher::open(dir.path() / "db");
  REQUIRE(searcher);
  lanyard::query::SearchRequest browse;  // no words: every document, every facet counted
  auto result = (*searcher)->search(browse);
  REQUIRE(result);
  auto json = nlohmann::ordered_json::parse(lanyard::query::to_json_text(*result));
  REQUIRE(json.contains("facets"));
  CHECK(keys(json["facets"]) == table_names());
  // The fixture fills every facet: a row whose slot nothing writes, or that
  // is not counted, comes out empty.
  for (const auto& def : kFacets) {
    INFO("facet " << def.name);
    CHECK_FALSE(json["facets"][def.name].empty());
  }
  auto whole = (*searcher)->facets(0);
  REQUIRE(whole);
  CHECK(keys(lanyard::query::facets_json(*whole)) == table_names());
}

TEST_CASE("facet table: docs/http_api.md and docs/schema.md describe every facet", "[query]") {
  const std::string api = read_doc("docs/http_api.md");
  const std::string schema = read_doc("docs/schema.md");
  for (const auto& def : kFacets) {
    INFO("facet " << def.name);
    // The JSON of /api/search and /api/facets lists it.
    CHECK(api.find("\"" + std::string(def.name) + "\":[") != std::string::npos);
    // The schema's facet table has its row: name, slot and filter prefix.
    std::string row = "| `" + std::string(def.name) + "` | " + std::to_string(def.slot) + " | ";
    auto at = schema.find(row);
    CHECK(at != std::string::npos);
    if (at != std::string::npos) {
      std::string line = schema.substr(at, schema.find('\n', at) - at);
      CHECK(line.find("`" + std::string(def.prefix) + "`") != std::string::npos);
    }
  }
}
