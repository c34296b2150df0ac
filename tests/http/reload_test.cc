// The server over an index built by the real `lanyard index` from Markdown:
// reindexing while searches run, new documents seen without a restart, and
// the real binary stopping cleanly on SIGTERM.
#include <httplib.h>
#include <netinet/in.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <csignal>
#include <nlohmann/json.hpp>
#include <thread>

#include "query/http/server.h"
#include "tests/test_util.h"

extern char** environ;

using lanyard::testing::free_port;
using lanyard::testing::run_lanyard;
using lanyard::testing::TempDir;

namespace {

std::string event(const std::string& title, const std::string& date, const std::string& body) {
  return "---\ntitle: " + title + "\nstart_date: " + date + "\n---\n" + body + "\n";
}

struct Repo {
  TempDir repo, db;
  std::string dbdir;
  Repo() : dbdir((db.path() / "idx").string()) {
    for (int i = 0; i < 12; ++i) {
      repo.write(
          "_events/e" + std::to_string(i) + ".md",
          event("Compiler Days " + std::to_string(i), "2025-0" + std::to_string(1 + i % 9) + "-10",
                "Kernels, compilers and autotuning, edition " + std::to_string(i) + "."));
    }
    auto r = run_lanyard({"index", "--db", dbdir, repo.path().string()});
    REQUIRE(r.exit_code == 0);
  }
  lanyard::testing::RunResult reindex(bool rebuild) {
    std::vector<std::string> args = {"index", "--db", dbdir, repo.path().string()};
    if (rebuild) args.insert(args.begin() + 1, "--rebuild");
    return run_lanyard(args);
  }
};

}  // namespace

TEST_CASE("http: a reindex while searches run fails no request and shows up within a second",
          "[http]") {
  Repo w;
  lanyard::query::http::ServerOptions o;
  o.db = w.dbdir;
  o.port = 0;
  o.threads = 2;
  auto server = lanyard::query::http::Server::start(o);
  REQUIRE(server);
  int port = (*server)->port();

  std::atomic<bool> done{false};
  std::atomic<int> requests{0}, failures{0};
  std::vector<std::thread> searchers;
  for (int t = 0; t < 2; ++t) {
    searchers.emplace_back([&, t] {
      httplib::Client c("127.0.0.1", port);
      const char* targets[] = {"/api/search?q=compilers&limit=5", "/api/facets",
                               "/api/search?q=kern&partial=1", "/api/suggest?q=com",
                               "/api/events.ics?q=compilers"};
      for (int i = t; !done; ++i) {
        auto r = c.Get(targets[i % 5]);
        ++requests;
        if (!r || r->status != 200) {
          ++failures;
          continue;
        }
        if (i % 5 == 0) {
          auto j = nlohmann::json::parse(r->body);
          if (j["total"].get<int>() < 12 || j["hits"].size() != 5)
            ++failures;  // never a half-written index
        }
      }
    });
  }
  for (int round = 0; round < 4; ++round) {
    w.repo.write("_events/extra" + std::to_string(round) + ".md",
                 event("Compiler Night " + std::to_string(round),
                       "2025-11-0" + std::to_string(round + 1), "Compilers after dark."));
    auto r = w.reindex(round % 2 == 1);
    REQUIRE(r.exit_code == 0);
  }
  done = true;
  for (auto& t : searchers) t.join();
  INFO(requests.load() << " requests");
  CHECK(requests > 20);
  CHECK(failures == 0);

  // A new document is found within a second of the index run that adds it,
  // also by a search the result cache answers (found nothing, asked again).
  httplib::Client c("127.0.0.1", port);
  REQUIRE(c.Get("/api/search?q=zebra"));
  auto cached = c.Get("/api/search?q=zebra");
  REQUIRE(cached);
  CHECK(cached->get_header_value("X-Lanyard-Cache") == "hit");
  CHECK(nlohmann::json::parse(cached->body)["total"] == 0);
  // Asked over and over while the index run goes on, so that the server has
  // looked at the index a moment before the run ends.
  std::atomic<bool> stop{false};
  std::thread repeat([&] {
    httplib::Client c2("127.0.0.1", port);
    while (!stop) c2.Get("/api/search?q=zebra");
  });
  w.repo.write("_events/zebra.md", event("Zebra Conference", "2026-02-02", "Stripes."));
  auto indexed = w.reindex(false);
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(1);
  int total = 0;
  while (std::chrono::steady_clock::now() < deadline) {
    auto r = c.Get("/api/search?q=zebra");
    REQUIRE(r);
    total = nlohmann::json::parse(r->body)["total"].get<int>();
    if (total == 1) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  stop = true;
  repeat.join();
  REQUIRE(indexed.exit_code == 0);
  CHECK(total == 1);
  auto m = c.Get("/metrics");
  CHECK(m->body.find("lanyard_index_documents 17\n") != std::string::npos);
}

TEST_CASE("http: `lanyard serve` answers, logs each request, and exits 0 on SIGTERM", "[http]") {
  Repo w;
  int port = free_port();
  TempDir logs;
  std::string log = (logs.path() / "err").string();
  std::string listen = "127.0.0.1:" + std::to_string(port);
  std::vector<std::string> args = {LANYARD_BINARY, "serve", "--db",      w.dbdir,
                                   "--listen",     listen,  "--threads", "2"};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 2, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  pid_t pid = 0;
  REQUIRE(posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) == 0);
  posix_spawn_file_actions_destroy(&actions);

  httplib::Client c("127.0.0.1", port);
  bool up = false;
  // Starting under ASan on a loaded machine can take many seconds.
  auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (!up && std::chrono::steady_clock::now() < give_up) {
    auto r = c.Get("/healthz");
    up = r && r->status == 200;
    if (!up) std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  REQUIRE(up);
  auto r = c.Get("/api/search?q=compilers");
  REQUIRE(r);
  CHECK(r->status == 200);
  // A search in flight when SIGTERM arrives still gets its answer.
  std::thread inflight([&] {
    httplib::Client c2("127.0.0.1", port);
    auto r2 = c2.Get("/api/search?q=autotuning&limit=100");
    CHECK((r2 && r2->status == 200));
  });
  // Long enough for the request to be accepted on a loaded machine (a
  // connection still in the listen backlog at SIGTERM is refused, not dropped).
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  kill(pid, SIGTERM);
  inflight.join();
  int status = 0;
  REQUIRE(waitpid(pid, &status, 0) == pid);
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  std::ifstream in(log);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(text.find("GET /api/search 200 ") != std::string::npos);
  CHECK(text.find("results=") != std::string::npos);
}
