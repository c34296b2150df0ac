// Hits of equal relevance: newest first, then by id, on every page, in one
// database and over shards. Many posts of the same text tie exactly.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <string>
#include <vector>

#include "query/searcher.h"
#include "tests/query/fixture.h"
#include "tests/test_util.h"

using lanyard::query::Searcher;
using lanyard::query::SearchRequest;
using lanyard::testing::FixtureDoc;
using lanyard::testing::TempDir;

namespace {

// 150 posts that tie (the same words, the same length; more than the ranking
// keeps before it first prunes), written oldest first so that document
// numbers run against the wanted order; five share one date, so their ids
// decide. Three posts say "walrus" more often and rank above them.
std::vector<FixtureDoc> tied_posts() {
  std::vector<FixtureDoc> docs;
  for (int i = 0; i < 150; ++i) {
    int day = i < 5 ? 1 : i - 3;  // 1 (five times), then 2..146
    FixtureDoc d;
    char date[16];
    std::snprintf(date, sizeof date, "2024-%02d-%02d", 1 + day / 28, 1 + day % 28);
    d.id = "_posts/" + std::string(date) + "-tie-" + std::to_string(1000 + (i * 37) % 150) + ".md";
    d.title = "Meetup notes";
    d.text = "Notes about the walrus colony and its keepers.";
    d.start = date;
    docs.push_back(d);
  }
  for (int i = 0; i < 3; ++i) {
    FixtureDoc d;
    d.id = "_posts/2023-05-0" + std::to_string(i + 1) + "-walrus-" + std::to_string(i) + ".md";
    d.title = "Walrus walrus";
    d.text = "The walrus, the walrus and the walrus again.";
    d.start = "2023-05-0" + std::to_string(i + 1);
    docs.push_back(d);
  }
  return docs;
}

std::vector<std::string> ids(Searcher& s, const std::string& q, std::size_t offset,
                             std::size_t limit) {
  SearchRequest r;
  r.query = q;
  r.offset = offset;
  r.limit = limit;
  r.today = lanyard::core::Date{2025, 1, 1};
  auto result = s.search(r);
  REQUIRE(result);
  std::vector<std::string> out;
  for (const auto& h : result->hits) out.push_back(h.id);
  return out;
}

std::unique_ptr<Searcher> open(const std::filesystem::path& db) {
  auto s = Searcher::open(db);
  REQUIRE(s);
  return std::move(*s);
}

}  // namespace

TEST_CASE("rank order: equal scores are newest first then by id, on every page and over shards",
          "[query]") {
  TempDir d;
  auto docs = tied_posts();
  lanyard::testing::write_fixture_index(d.path() / "one", docs);
  lanyard::testing::write_fixture_index(d.path() / "three", docs, 3);
  auto one = open(d.path() / "one");
  auto three = open(d.path() / "three");

  auto all = ids(*one, "walrus", 0, 100);
  auto rest = ids(*one, "walrus", 100, 100);
  all.insert(all.end(), rest.begin(), rest.end());
  REQUIRE(all.size() == 153);
  // The three stronger posts first; then the ties by date and id, descending
  // (ids begin with the date).
  for (std::size_t i = 0; i < 3; ++i) CHECK(all[i].find("-walrus-") != std::string::npos);
  for (std::size_t i = 4; i < all.size(); ++i) {
    INFO(i);
    CHECK(all[i - 1] > all[i]);
  }
  std::string newest_tie;
  for (const auto& doc : docs) {
    if (doc.id.find("-tie-") != std::string::npos) newest_tie = std::max(newest_tie, doc.id);
  }
  CHECK(all[3] == newest_tie);

  // Pages of every size cut the same order, wherever a page boundary falls
  // inside the run of ties.
  for (std::size_t limit : {1, 2, 3, 4, 7, 10, 16}) {
    std::vector<std::string> paged;
    for (std::size_t offset = 0; offset < all.size(); offset += limit) {
      auto page = ids(*one, "walrus", offset, limit);
      paged.insert(paged.end(), page.begin(), page.end());
    }
    INFO(limit);
    CHECK(paged == all);
    CHECK(ids(*three, "walrus", 5, limit) == ids(*one, "walrus", 5, limit));
  }
  CHECK(ids(*three, "walrus", 0, 100) == std::vector<std::string>(all.begin(), all.begin() + 100));
}
