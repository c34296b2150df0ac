// Searcher's guard around reads: a read that races a writer is retried on the
// latest revision, and whatever was read from the old one goes with it.
#include "query/searcher.h"

#include <xapian.h>

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "core/schema.h"
#include "tests/query/fixture.h"
#include "tests/test_util.h"

using lanyard::testing::FixtureDoc;
using lanyard::testing::TempDir;

namespace {

// Enough documents that the tables have more than their root block (a reader
// keeps its root blocks in memory, so only deeper blocks can be overwritten).
std::vector<FixtureDoc> filler(const std::string& tag, const std::string& country, int n) {
  std::vector<FixtureDoc> docs;
  for (int i = 0; i < n; ++i) {
    std::string k = tag + std::to_string(i);
    docs.push_back({"_events/" + k + ".md",
                    "Filler " + k,
                    "Words " + k + " w" + k + "x and more " + tag + " text " + k,
                    "2025-01-02",
                    "",
                    "Town" + k,
                    "",
                    country,
                    std::nullopt,
                    "online",
                    {"t" + k},
                    {}});
  }
  return docs;
}

std::size_t count_of(const std::vector<lanyard::query::FacetValue>& values,
                     const std::string& value) {
  for (const auto& v : values) {
    if (v.value == value) return v.count;
  }
  return 0;
}

}  // namespace

TEST_CASE("searcher: a reopen inside document() drops the old revision's facet columns",
          "[query]") {
  TempDir dir;
  const auto db = dir.path() / "db";
  auto docs = lanyard::testing::fixture_docs();
  for (auto& d : filler("a", "Germany", 300)) docs.push_back(d);
  lanyard::testing::write_fixture_index(db, docs);

  auto opened = lanyard::query::Searcher::open(db);
  REQUIRE(opened);
  auto& searcher = **opened;
  REQUIRE(searcher.facets(0));  // the facet columns of this revision are read
  // A reader at the same revision, reading what document() reads.
  Xapian::Database probe(db.string());
  const std::string id = "_events/ptc-2025.md";
  auto read_like_document = [&] {
    const std::string term =
        lanyard::core::schema::boolean_term(lanyard::core::schema::prefix::kId, id);
    auto post = probe.postlist_begin(term);
    REQUIRE(post != probe.postlist_end(term));
    (void)lanyard::query::hit_from_document(probe.get_document(*post));
  };
  read_like_document();

  // A writer commits until the blocks that revision reads are reused: a read
  // there now throws DatabaseModifiedError. Each round adds 300 events in
  // Atlantis.
  bool overwritten = false;
  int added = 0;
  for (int round = 0; round < 8 && !overwritten; ++round) {
    lanyard::testing::write_fixture_index(
        db, filler("r" + std::to_string(round) + "-", "Atlantis", 300));
    added += 300;
    try {
      read_like_document();
    } catch (const Xapian::DatabaseModifiedError&) {
      overwritten = true;
    }
  }
  REQUIRE(overwritten);

  // document() meets the same error, reopens at the latest revision and reads again.
  auto hit = searcher.document(id);
  REQUIRE(hit);
  CHECK(hit->title == "PyTorch Conference 2025");
  // It is at the latest revision now, so refresh() sees nothing new ...
  auto refreshed = searcher.refresh();
  REQUIRE(refreshed);
  CHECK_FALSE(*refreshed);
  // ... and the facets must be those of the revision it reopened at, not the
  // columns read before.
  auto facets = searcher.facets(0);
  REQUIRE(facets);
  const auto country = lanyard::core::facet_position(lanyard::core::Facet::country);
  CHECK(count_of((*facets)[country], "Atlantis") == static_cast<std::size_t>(added));
}
