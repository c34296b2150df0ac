#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "query/searcher.h"
#include "tests/query/fixture.h"
#include "tests/test_util.h"

using lanyard::query::SearchRequest;
using lanyard::testing::FixtureDoc;

namespace {

// 60 posts about compilers ("compile", "compilers"), one that says "compiled",
// one that says "pythom" next to 60 that say "python".
std::vector<FixtureDoc> docs() {
  std::vector<FixtureDoc> out;
  for (int i = 0; i < 60; ++i) {
    FixtureDoc d;
    d.id = "_posts/c" + std::to_string(i) + ".md";
    d.title = "Talk " + std::to_string(i);
    d.text = "How to compile code with compilers and python.";
    out.push_back(d);
  }
  FixtureDoc rare;
  rare.id = "_posts/rare.md";
  rare.title = "Rare";
  rare.text = "The code was compiled once. A pythom typo.";
  out.push_back(rare);
  return out;
}

}  // namespace

TEST_CASE(
    "spelling: a rare form of a word the index knows well is not a typo; a rare word of its own is",
    "[query]") {
  lanyard::testing::TempDir dir;
  lanyard::testing::write_fixture_index(dir.path() / "db", docs());
  auto searcher = lanyard::query::Searcher::open(dir.path() / "db");
  REQUIRE(searcher);
  auto search = [&](const std::string& q, bool in_1999 = false) {
    SearchRequest r;
    r.query = q;
    if (in_1999) r.from = lanyard::core::Date{1999, 1, 1}, r.to = lanyard::core::Date{1999, 12, 31};
    auto result = (*searcher)->search(r);
    REQUIRE(result);
    return *result;
  };
  // "compiled" is in one post, but its stem in 61: it matches them all, and
  // "compile", 60 times commoner, is no correction of it.
  auto inflected = search("compiled");
  CHECK(inflected.total == 61);
  CHECK_FALSE(inflected.corrected_query);
  // When the query finds nothing (no post from 1999), every rare word is
  // looked up, and "compile" is offered.
  auto none = search("compiled", true);
  CHECK(none.total == 0);
  REQUIRE(none.corrected_query);
  CHECK(*none.corrected_query == "compile");
  // "pythom" is in one post and so is its stem: a typo of "python".
  auto typo = search("pythom");
  CHECK(typo.total == 1);
  REQUIRE(typo.corrected_query);
  CHECK(*typo.corrected_query == "python");
  CHECK_FALSE(typo.correction_applied);
}
