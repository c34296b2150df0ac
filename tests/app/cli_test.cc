#include <xapian.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/test_util.h"

using lanyard::testing::run_lanyard;
using lanyard::testing::TempDir;

namespace {

void write_repo(const TempDir& repo) {
  repo.write(
      "_events/a.md",
      "---\ntitle: PyTorch Day Beijing\ndate: Jun 7, 2025\n---\n**Location:** Beijing, China\n");
  repo.write("_events/b.md",
             "---\ntitle: Django Sprint\ntags:\n- sprint\ncompany: R&D: Orchestration\n---\n");
  repo.write("_posts/2024-3-5-compilers.md",
             "---\ntitle: Compilers in Kraków\n---\nA compiler talk.\n");
}

}  // namespace

TEST_CASE("cli: index --json prints one report object whose numbers add up", "[app][cli]") {
  TempDir repo, db;
  write_repo(repo);
  std::string dbdir = (db.path() / "idx").string();
  auto r = run_lanyard({"index", "--db", dbdir, "--json", repo.path().string()});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["files"] == 3);
  CHECK(j["added"] == 2);
  CHECK(j["skipped"] == 1);
  CHECK(j["skipped_by_reason"]["invalid YAML front matter"] == 1);
  CHECK(j.contains("seconds"));
  CHECK(r.err.find("_events/b.md:5: skipped: invalid YAML front matter") != std::string::npos);

  auto again = run_lanyard({"index", "--db", dbdir, "--json", repo.path().string()});
  auto j2 = nlohmann::json::parse(again.out);
  CHECK(j2["unchanged"] == 2);
  CHECK(j2["added"] == 0);
}

TEST_CASE("cli: index warns about front matter it read as plain key: value lines", "[app][cli]") {
  TempDir repo, db;
  repo.write("_events/episode.md",
             "---\ntitle: Episode 27\ncompany: MLOps for R&D: Orchestration\n---\n");
  auto r = run_lanyard(
      {"index", "--db", (db.path() / "idx").string(), "--strict", repo.path().string()});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.err.find("warning: _events/episode.md: line 3: invalid YAML front matter (") !=
        std::string::npos);
}

TEST_CASE("cli: exit codes are 0, 1 with --strict, 2 for errors", "[app][cli]") {
  TempDir repo, db;
  write_repo(repo);
  std::string dbdir = (db.path() / "idx").string();
  CHECK(run_lanyard({"index", "--db", dbdir, "--strict", repo.path().string()}).exit_code == 1);
  CHECK(run_lanyard({"index", "--db", dbdir, repo.path().string()}).exit_code == 0);
  auto missing = run_lanyard({"index", "--db", dbdir, (repo.path() / "nope").string()});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("not a folder") != std::string::npos);
  CHECK(run_lanyard({"index", "--bogus", repo.path().string()}).exit_code == 2);
  CHECK(run_lanyard({"search", "--db", (db.path() / "none").string(), "x"}).exit_code == 2);
  // An index path that cannot be a database (a plain file stands in for a
  // read-only disk, which root ignores): exit 2 with a message.
  repo.write("not-a-db", "x");
  auto unwritable =
      run_lanyard({"index", "--db", (repo.path() / "not-a-db").string(), repo.path().string()});
  CHECK(unwritable.exit_code == 2);
  CHECK(unwritable.err.find("cannot open the index for writing") != std::string::npos);
  {
    Xapian::WritableDatabase holder(dbdir, Xapian::DB_OPEN);
    auto locked = run_lanyard({"index", "--db", dbdir, repo.path().string()});
    CHECK(locked.exit_code == 2);
    CHECK(locked.err.find("locked") != std::string::npos);
  }
}

TEST_CASE("cli: LANYARD_DB is the default index and search finds what was indexed", "[app][cli]") {
  TempDir repo, db;
  write_repo(repo);
  std::string env = "LANYARD_DB=" + (db.path() / "envdb").string();
  REQUIRE(run_lanyard({"index", repo.path().string()}, {env}).exit_code == 0);
  auto r = run_lanyard({"search", "--json", "compiler"}, {env});
  REQUIRE(r.exit_code == 0);
  auto j = nlohmann::json::parse(r.out);
  REQUIRE(j["hits"].size() == 1);
  CHECK(j["hits"][0]["id"] == "_posts/2024-3-5-compilers.md");
}

TEST_CASE("cli: a bad lanyard.yml is reported with its line", "[app][cli]") {
  TempDir repo, db;
  write_repo(repo);
  repo.write("lanyard.yml", "include: [\"_posts/**\"]\nbogus_key: 1\n");
  auto r = run_lanyard({"index", "--db", (db.path() / "idx").string(), repo.path().string()});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("lanyard.yml:2: unknown key 'bogus_key'") != std::string::npos);
}

TEST_CASE("cli: serve --cache-mb takes 0 to 65536 megabytes and names itself when refusing a value",
          "[app][cli]") {
  TempDir db;
  std::string missing =
      (db.path() / "none").string();  // so that an accepted value fails fast, on the index
  for (const char* bad : {"-1", "lots", "1.5", "", "65537", "99999999999999999999"}) {
    INFO("--cache-mb=" << bad);
    auto r = run_lanyard(
        {"serve", "--db", missing, "--listen", "127.0.0.1:0", std::string("--cache-mb=") + bad});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("--cache-mb") != std::string::npos);
  }
  for (const char* good : {"0", "64", "65536"}) {
    INFO("--cache-mb " << good);
    auto r = run_lanyard({"serve", "--db", missing, "--listen", "127.0.0.1:0", "--cache-mb", good});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("--cache-mb") == std::string::npos);
  }
}
