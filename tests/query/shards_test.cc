// Sharded indexes (core/shards.h, query/shards.h, docs/scale-out.md): the
// layout the indexer writes, the stub Lanyard reads, and that a sharded index
// answers exactly as one database. Remote shards with live xapian-tcpsrv
// servers are checked by scripts/shard-check (a CTest).
#include "core/shards.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <set>

#include "indexer/pipeline.h"
#include "query/json.h"
#include "query/searcher.h"
#include "query/shards.h"
#include "tests/query/fixture.h"
#include "tests/test_util.h"

namespace fs = std::filesystem;
using lanyard::core::Date;
using lanyard::query::Searcher;
using lanyard::query::SearchRequest;
using lanyard::query::ShardOptions;
using lanyard::testing::TempDir;
namespace shards = lanyard::core::shards;

namespace {

std::string answer(Searcher& s, const std::string& q,
                   std::optional<lanyard::query::SortOrder> sort = {}) {
  SearchRequest r;
  r.query = q;
  r.today = Date{2025, 10, 23};
  r.sort = sort;
  auto result = s.search(r);
  REQUIRE(result);
  auto j = lanyard::query::to_json(*result);
  j.erase("took_ms");
  return j.dump();
}

std::unique_ptr<Searcher> open(const fs::path& db, const ShardOptions& o = {}) {
  auto s = Searcher::open(db, nullptr, o);
  INFO(db.string());
  REQUIRE(s);
  return std::move(*s);
}

}  // namespace

TEST_CASE("shards: a document's shard is a stable hash of its id, spread over every shard",
          "[shards]") {
  CHECK(shards::shard_of("_posts/a.md", 4) == shards::shard_of("_posts/a.md", 4));
  CHECK(shards::shard_of("_posts/a.md", 1) == 0);
  std::vector<int> per(4);
  for (int i = 0; i < 1000; ++i) ++per[shards::shard_of("_talks/t" + std::to_string(i) + ".md", 4)];
  for (int n : per) CHECK(n > 180);
  CHECK(shards::shard_dir(3) == "shard-03");
}

TEST_CASE("shards: a stub's lines become local paths and remote shards with their timeouts",
          "[shards]") {
  TempDir d;
  d.write("c.stub",
          "# comment\nauto lexicon\nremote 10.0.0.1:7100 timeout=900 connect_timeout=300\r\n"
          "remote [::1]:7101\nauto /abs/shard\n");
  ShardOptions o;
  o.timeout_ms = 1234;
  auto specs = lanyard::query::read_stub(d.path() / "c.stub", o);
  REQUIRE(specs);
  REQUIRE(*specs);
  const auto& s = **specs;
  REQUIRE(s.size() == 4);
  CHECK(!s[0].remote);
  CHECK(s[0].path == d.path() / "lexicon");
  CHECK(s[1].remote);
  CHECK(s[1].host == "10.0.0.1");
  CHECK(s[1].port == 7100);
  CHECK(s[1].timeout_ms == 900);
  CHECK(s[1].connect_timeout_ms == 300);
  CHECK(s[2].host == "::1");
  CHECK(s[2].timeout_ms == 1234);
  CHECK(s[2].connect_timeout_ms == o.connect_timeout_ms);
  CHECK(s[3].path == "/abs/shard");

  d.write("bad.stub", "auto a\nremote 10.0.0.1:7100 timeout=soon\n");
  auto bad = lanyard::query::read_stub(d.path() / "bad.stub", o);
  REQUIRE(!bad);
  CHECK(bad.error().message.find("bad.stub:2:") != std::string::npos);

  lanyard::testing::write_fixture_index(d.path() / "plain");
  auto plain = lanyard::query::read_stub(d.path() / "plain", o);
  REQUIRE(plain);
  CHECK(!*plain);
}

TEST_CASE("shards: an index in 3 shards answers every search as one database does", "[shards]") {
  TempDir d;
  lanyard::testing::write_fixture_index(d.path() / "one");
  lanyard::testing::write_fixture_index(d.path() / "three", 3);
  CHECK(fs::exists(d.path() / "three" / shards::kStubFile));
  CHECK(fs::exists(d.path() / "three" / "shard-02"));
  auto one = open(d.path() / "one");
  auto three = open(d.path() / "three");
  auto three_by_stub = open(d.path() / "three" / shards::kStubFile);
  CHECK(three->document_count() == one->document_count());
  // Words, phrases, filters, a typo (spelling from the lexicon), a synonym,
  // browse and date sorts (ties broken by the order slot, not document numbers).
  for (std::string q : {"", "tensor", "paris", "llm inference", "\"tensor compilers\"", "pytorh",
                        "ml", "topic:llm", "year:2025", "conference -paris"}) {
    INFO(q);
    CHECK(answer(*three, q) == answer(*one, q));
    CHECK(answer(*three_by_stub, q) == answer(*one, q));
    CHECK(answer(*three, q, lanyard::query::SortOrder::date) ==
          answer(*one, q, lanyard::query::SortOrder::date));
  }
  // A wildcard is expanded in each shard on its own (Xapian 1.4), so its
  // weights differ: the same matches and facets, another order.
  auto strip_hits = [](std::string j) {
    return j.substr(0, j.find("\"hits\"")) + j.substr(j.find("\"facets\""));
  };
  CHECK(strip_hits(answer(*three, "compil*")) == strip_hits(answer(*one, "compil*")));
  auto f1 = one->facets(0), f3 = three->facets(0);
  REQUIRE(f1);
  REQUIRE(f3);
  CHECK(*f1 == *f3);
}

TEST_CASE("shards: re-indexing updates and deletes each file in the shard that holds it",
          "[shards]") {
  TempDir repo, out;
  for (int i = 0; i < 12; ++i) {
    repo.write("_posts/2025-01-0" + std::to_string(1 + i % 9) + "-p" + std::to_string(i) + ".md",
               "---\ntitle: Post " + std::to_string(i) + "\n---\nBody of post number " +
                   std::to_string(i) + ".\n");
  }
  lanyard::indexer::IndexOptions o;
  o.repo = repo.path();
  o.db = out.path() / "db";
  o.shards = 3;
  auto first = lanyard::indexer::run_index(o);
  REQUIRE(first);
  CHECK(first->added == 12);
  repo.write("_posts/2025-01-01-p0.md", "---\ntitle: Post 0\n---\nNow about walruses.\n");
  fs::remove(repo.path() / "_posts/2025-01-02-p1.md");
  o.shards = 0;  // the folder says how many
  auto second = lanyard::indexer::run_index(o);
  REQUIRE(second);
  CHECK(second->updated == 1);
  CHECK(second->removed == 1);
  CHECK(second->unchanged == 10);
  std::size_t total = 0;
  for (int i = 0; i < 3; ++i)
    total += Xapian::Database((o.db / shards::shard_dir(i)).string()).get_doccount();
  CHECK(total == 11);
  CHECK(Xapian::Database((o.db / shards::kLexiconDir).string()).get_doccount() == 0);
  auto s = open(o.db);
  CHECK(answer(*s, "walruses").find("\"total\":1,") != std::string::npos);
  CHECK(answer(*s, "number").find("\"total\":10,") != std::string::npos);

  o.shards = 5;
  auto other_count = lanyard::indexer::run_index(o);
  REQUIRE(!other_count);
  CHECK(other_count.error().message.find("has 3 shards") != std::string::npos);
  lanyard::testing::write_fixture_index(out.path() / "single");
  o.db = out.path() / "single";
  o.shards = 2;
  auto single = lanyard::indexer::run_index(o);
  REQUIRE(!single);
  CHECK(single.error().message.find("one database") != std::string::npos);
}

TEST_CASE(
    "shards: a remote shard that cannot be reached is named in a partial result, or fails the "
    "search",
    "[shards]") {
  TempDir d;
  lanyard::testing::write_fixture_index(d.path() / "idx", 2);
  int port = lanyard::testing::free_port();
  std::string name = "127.0.0.1:" + std::to_string(port);
  d.write("cluster.stub", "auto idx/lexicon\nauto idx/shard-00\nauto idx/shard-01\nremote " + name +
                              " timeout=500 connect_timeout=200\n");
  auto s = open(d.path() / "cluster.stub");
  CHECK(s->missing_shards() == std::vector<std::string>{name});
  std::string j = answer(*s, "");
  CHECK(j.find("\"partial\":true,\"missing_shards\":[\"" + name + "\"]") != std::string::npos);
  CHECK(answer(*s, "tensor").find("\"total\":0,") == std::string::npos);

  ShardOptions strict;
  strict.allow_partial = false;
  auto failed = Searcher::open(d.path() / "cluster.stub", nullptr, strict);
  REQUIRE(!failed);
  CHECK(failed.error().message.find(name) != std::string::npos);
}
