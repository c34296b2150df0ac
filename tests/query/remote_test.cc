// The searcher over Xapian's remote backend (xapian-tcpsrv) gives the same
// hits, totals and facet counts as over the local database. Remote matching
// cannot run a MatchSpy of ours, so this is the path that counts with
// Xapian's own ValueCountMatchSpy.
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <thread>

#include "query/json.h"
#include "query/searcher.h"
#include "tests/query/fixture.h"
#include "tests/test_util.h"

extern char** environ;

namespace {

using lanyard::query::Searcher;
using lanyard::query::SearchRequest;
using lanyard::testing::free_port;

constexpr const char* kTcpServer = "/usr/bin/xapian-tcpsrv";

// xapian-tcpsrv serving one database on 127.0.0.1 for the test's lifetime.
struct TcpServer {
  pid_t pid = 0;
  int port = free_port();
  explicit TcpServer(const std::string& db) {
    std::string p = std::to_string(port);
    std::vector<std::string> args = {kTcpServer, "--interface", "127.0.0.1", "--port", p, db};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    // Its own process group: on SIGTERM the server signals its whole group.
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
    posix_spawnattr_setpgroup(&attr, 0);
    posix_spawn_file_actions_t quiet;  // it logs every connection on stdout
    posix_spawn_file_actions_init(&quiet);
    posix_spawn_file_actions_addopen(&quiet, 1, "/dev/null", O_WRONLY, 0);
    int rc = posix_spawn(&pid, kTcpServer, &quiet, &attr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&quiet);
    posix_spawnattr_destroy(&attr);
    REQUIRE(rc == 0);
  }
  ~TcpServer() {
    kill(-pid, SIGTERM);
    waitpid(pid, nullptr, 0);
  }
};

std::string without_time(const lanyard::query::SearchResult& r) {
  auto j = lanyard::query::to_json(r);
  j.erase("took_ms");
  return j.dump();
}

}  // namespace

TEST_CASE("search: a remote database gives the local database's hits and facet counts",
          "[query][remote]") {
  if (access(kTcpServer, X_OK) != 0) {
    WARN("skipped: " << kTcpServer << " is not installed (Debian package xapian-tools)");
    return;
  }
  lanyard::testing::TempDir dir;
  lanyard::testing::write_fixture_index(dir.path() / "db");
  TcpServer server((dir.path() / "db").string());
  std::string stub = (dir.path() / "remote.stub").string();
  std::ofstream(stub) << "remote 127.0.0.1:" << server.port << "\n";

  auto local = Searcher::open(dir.path() / "db");
  REQUIRE(local);
  std::unique_ptr<Searcher> remote;
  auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (!remote && std::chrono::steady_clock::now() < give_up) {  // until the server listens
    auto opened = Searcher::open(stub);
    if (opened)
      remote = std::move(*opened);
    else
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  REQUIRE(remote);

  std::vector<SearchRequest> requests(6);
  requests[0].query = "compilers";
  requests[1].query = "";  // browse: every document, newest first
  requests[2].locations = {"paris", "berlin"};
  requests[2].topics = {"compilers"};
  requests[3].query = "pytorch conference";
  requests[3].sort = lanyard::query::SortOrder::date;
  requests[4].from = lanyard::core::Date{2025, 1, 1};
  requests[4].online = true;
  requests[5].query = "tensor summ";
  requests[5].partial = true;
  for (auto& r : requests) {
    INFO(r.query);
    r.today = lanyard::core::Date{2025, 10, 23};
    r.facet_limit = 0;
    auto a = (*local)->search(r);
    auto b = remote->search(r);
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->total > 0);
    CHECK(without_time(*a) == without_time(*b));
  }
  auto fa = (*local)->facets(0);
  auto fb = remote->facets(0);
  REQUIRE(fa);
  REQUIRE(fb);
  CHECK(*fa == *fb);
}

TEST_CASE("search: completions and facets go on without a remote shard that died",
          "[query][remote]") {
  if (access(kTcpServer, X_OK) != 0) {
    WARN("skipped: " << kTcpServer << " is not installed (Debian package xapian-tools)");
    return;
  }
  lanyard::testing::TempDir dir;
  lanyard::testing::write_fixture_index(dir.path() / "idx", 2);
  auto dying = std::make_unique<TcpServer>((dir.path() / "idx" / "shard-01").string());
  std::string stub = (dir.path() / "cluster.stub").string();
  std::ofstream(stub) << "auto idx/lexicon\nauto idx/shard-00\nremote 127.0.0.1:" << dying->port
                      << " timeout=2000 connect_timeout=500\n";
  std::unique_ptr<Searcher> s;
  auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (!s && std::chrono::steady_clock::now() < give_up) {
    auto opened = Searcher::open(stub);
    if (opened && (*opened)->missing_shards().empty())
      s = std::move(*opened);
    else
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  REQUIRE(s);
  auto before = s->suggest("py", 5);
  REQUIRE(before);
  CHECK_FALSE(before->empty());
  dying.reset();  // the shard server is gone
  auto after = s->suggest("py", 5);
  INFO((after ? "" : after.error().message));
  REQUIRE(after);
  auto facets = s->facets(0);
  INFO((facets ? "" : facets.error().message));
  REQUIRE(facets);
  CHECK(s->missing_shards().size() == 1);
}
