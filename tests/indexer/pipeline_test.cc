#include "indexer/pipeline.h"

#include <sys/stat.h>
#include <unistd.h>
#include <xapian.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>

#include "core/schema.h"
#include "query/searcher.h"
#include "tests/test_util.h"

using namespace lanyard::indexer;
using lanyard::testing::TempDir;
namespace fs = std::filesystem;

namespace {

IndexReport index(const TempDir& repo, const fs::path& db, bool rebuild = false) {
  IndexOptions options;
  options.repo = repo.path();
  options.db = db;
  options.rebuild = rebuild;
  auto report = run_index(options);
  if (!report) FAIL(report.error().message);
  CHECK(report->files == report->added + report->updated + report->unchanged + report->skipped);
  return *report;
}

nlohmann::json stored(const fs::path& db, const std::string& id) {
  Xapian::Database x(db.string());
  auto post = x.postlist_begin("Q" + id);
  REQUIRE(post != x.postlist_end("Q" + id));
  return lanyard::query::hit_from_document(x.get_document(*post)).stored;  // the fields and "text"
}

// ../shared/corpora/NAME indexed into `db`; nullopt, with a warning, when the
// corpora are not on this machine.
std::optional<IndexReport> index_shared_corpus(const char* name, const fs::path& db) {
  auto corpora = lanyard::testing::shared_corpora();
  if (!corpora) {
    WARN("SKIPPED: ../shared/corpora not found (set LANYARD_SHARED); real-corpus test not run");
    return std::nullopt;
  }
  IndexOptions options;
  options.repo = *corpora / name;
  options.db = db;
  auto r = run_index(options);
  REQUIRE(r);
  return *r;
}

void write_good(const TempDir& repo) {
  repo.write("_events/paris.md",
             "---\ntitle: PyTorch Day Paris\ndate: May 7, 2025\ncategory: "
             "event\n---\n**Location**: Paris, France\n");
  repo.write("_posts/2022-9-14-hello.md",
             "---\nlayout: post\ntitle: Hello\nauthor:\n---\nA post about compilers.\n");
  repo.write("_posts/2019-5-8-no-front-matter.md", "# Community Projects\n\nText.\n");
  repo.write("_talks/pycon/t.md",
             "---\ntitle: Fast Inference\ndate: 2019-05-03\nevent: PyCon US 2019\nspeakers: [Ada "
             "Lovelace]\ntags: [inference]\n---\n");
}

}  // namespace

TEST_CASE("pipeline: a repo is indexed with titles, URLs and dates", "[indexer][pipeline]") {
  TempDir repo, db;
  write_good(repo);
  IndexReport r = index(repo, db.path() / "idx");
  CHECK(r.added == 4);
  CHECK(r.skipped == 0);
  auto post = stored(db.path() / "idx", "_posts/2022-9-14-hello.md");
  CHECK(post["title"] == "Hello");
  CHECK(post["published"] == "2022-09-14");
  CHECK(post["url"] == "/2022/09/14/hello.html");
  auto plain = stored(db.path() / "idx", "_posts/2019-5-8-no-front-matter.md");
  CHECK(plain["title"] == "Community Projects");
  CHECK(plain["published"] == "2019-05-08");
  auto talk = stored(db.path() / "idx", "_talks/pycon/t.md");
  CHECK(talk["speakers"] == nlohmann::json::array({"Ada Lovelace"}));
  CHECK(talk["fields"]["event"] == "PyCon US 2019");
  auto event = stored(db.path() / "idx", "_events/paris.md");
  CHECK(event["published"] == "2025-05-07");
}

TEST_CASE("pipeline: a second run writes nothing; edits and deletes are exact",
          "[indexer][pipeline]") {
  TempDir repo, db;
  write_good(repo);
  fs::path idx = db.path() / "idx";
  index(repo, idx);
  IndexReport again = index(repo, idx);
  CHECK(again.unchanged == 4);
  CHECK(again.added + again.updated + again.removed == 0);
  Xapian::Database before(idx.string());
  auto revision = before.get_revision();

  repo.write("_events/paris.md", "---\ntitle: PyTorch Day Paris (moved)\n---\nNow online.\n");
  fs::remove(repo.path() / "_talks/pycon/t.md");
  IndexReport changed = index(repo, idx);
  CHECK(changed.updated == 1);
  CHECK(changed.removed == 1);
  CHECK(changed.unchanged == 2);
  CHECK(stored(idx, "_events/paris.md")["title"] == "PyTorch Day Paris (moved)");
  Xapian::Database after(idx.string());
  CHECK(after.get_doccount() == 3);
  CHECK(after.get_revision() > revision);

  // Same bytes, new mtime (a fresh clone): unchanged, nothing written.
  std::string bytes = "---\ntitle: PyTorch Day Paris (moved)\n---\nNow online.\n";
  repo.write("_events/paris.md", bytes);
  IndexReport touched = index(repo, idx);
  CHECK(touched.unchanged == 3);
  CHECK(touched.updated == 0);
}

TEST_CASE("pipeline: a rename is one removal and one addition", "[indexer][pipeline]") {
  TempDir repo, db;
  write_good(repo);
  fs::path idx = db.path() / "idx";
  index(repo, idx);
  fs::rename(repo.path() / "_events/paris.md", repo.path() / "_events/paris-2025.md");
  IndexReport r = index(repo, idx);
  CHECK(r.added == 1);
  CHECK(r.removed == 1);
}

TEST_CASE("pipeline: bad files are skipped with a reason and the run goes on",
          "[indexer][pipeline]") {
  TempDir repo, db;
  write_good(repo);
  repo.write("_events/bad-yaml.md",
             "---\ntitle: x\ntags:\n- a\ncompany: MLOps for R&D: Orchestration\n---\nBody\n");
  repo.write("_events/latin1.md", "---\ntitle: caf\xe9\n---\n");
  repo.write("_events/binary.md", std::string("---\ntitle: x\n---\n\0\0\0", 19));
  repo.write("_events/utf16.md", "\xff\xfe-\0-\0-\0");
  repo.write("_events/unterminated.md", "---\ntitle: x\nbody without end\n");
  repo.write("_drafts/draft.md", "---\ntitle: d\n---\n");
  repo.write("_posts/2024-1-1-unpublished.md", "---\ntitle: d\npublished: false\n---\n");
  repo.write("plain.md", "# Just a readme\n");
  IndexReport r = index(repo, db.path() / "idx");
  CHECK(r.added == 4);
  CHECK(r.skipped == 8);
  CHECK(r.skipped_by_reason["invalid YAML front matter"] == 1);
  CHECK(r.skipped_by_reason["not UTF-8"] == 2);
  CHECK(r.skipped_by_reason["binary file"] == 1);
  CHECK(r.skipped_by_reason["unterminated front matter"] == 1);
  CHECK(r.skipped_by_reason["draft"] == 2);
  CHECK(r.skipped_by_reason["no front matter (plain page)"] == 1);
  for (const auto& s : r.skipped_files) {
    INFO(s.id << ": " << s.reason << ": " << s.message);
    CHECK_FALSE(s.message.empty());
    if (s.id == "_events/bad-yaml.md") CHECK(s.line == 5);
    if (s.id == "_events/latin1.md") CHECK(s.line == 2);
  }
}

TEST_CASE("pipeline: flat key: value front matter that YAML rejects is indexed with a warning",
          "[indexer][pipeline]") {
  TempDir repo, db;
  write_good(repo);
  repo.write(
      "_events/episode_27.md",
      "---\ncategory: live-stream\ntitle: Episode 27\ncompany: The Fundamentals of MLOps for R&D: "
      "Orchestration\ndate: December 8, 2021\n---\n");
  fs::path idx = db.path() / "idx";
  IndexReport r = index(repo, idx);
  CHECK(r.skipped == 0);
  CHECK(stored(idx, "_events/episode_27.md")["title"] == "Episode 27");
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0].starts_with("_events/episode_27.md: line 4: invalid YAML front matter ("));
  CHECK(r.warnings[0].find("plain \"key: value\" lines") != std::string::npos);
}

TEST_CASE("pipeline: a file that turns bad keeps its last good version, a draft is removed",
          "[indexer][pipeline]") {
  TempDir repo, db;
  write_good(repo);
  fs::path idx = db.path() / "idx";
  index(repo, idx);
  repo.write("_events/paris.md", "---\ntitle: [unclosed\n---\n");
  repo.write("_talks/pycon/t.md", "---\ntitle: t\ndraft: true\n---\n");
  IndexReport r = index(repo, idx);
  CHECK(r.skipped == 2);
  CHECK(r.removed == 1);
  CHECK(stored(idx, "_events/paris.md")["title"] == "PyTorch Day Paris");
  CHECK(Xapian::Database(idx.string()).get_doccount() == 3);
  CHECK(r.documents == 3);
  for (const auto& s : r.skipped_files) {
    INFO(s.id);
    CHECK(s.kept_previous == (s.id == "_events/paris.md"));
    CHECK(s.message.find("last indexed version") == std::string::npos);
  }
}

TEST_CASE("pipeline: a bad file never indexed before is skipped with nothing kept",
          "[indexer][pipeline]") {
  TempDir repo, db;
  write_good(repo);
  repo.write("_events/bad.md", "---\ntitle: [unclosed\n---\n");
  IndexReport r = index(repo, db.path() / "idx");
  REQUIRE(r.skipped == 1);
  CHECK_FALSE(r.skipped_files[0].kept_previous);
  CHECK(r.documents == 4);
}

TEST_CASE("pipeline: huge and unreadable files are skipped", "[indexer][pipeline]") {
  TempDir repo, db;
  repo.write("_posts/2024-1-1-ok.md", "---\ntitle: ok\n---\n");
  repo.write("_posts/2024-1-2-huge.md", "---\ntitle: big\n---\n" + std::string(2u << 20, 'a'));
  repo.write("_posts/2024-1-3-locked.md", "---\ntitle: locked\n---\n");
  ::chmod((repo.path() / "_posts/2024-1-3-locked.md").c_str(), 0);
  IndexOptions options;
  options.repo = repo.path();
  options.db = db.path() / "idx";
  options.config.max_file_bytes = 1u << 20;
  auto r = run_index(options);
  REQUIRE(r);
  CHECK(r->skipped_by_reason["file too large"] == 1);
  // root reads everything: the unreadable case only shows for other users.
  if (::geteuid() != 0) CHECK(r->skipped_by_reason["unreadable"] == 1);
  CHECK(r->files == 3);
}

TEST_CASE("pipeline: --rebuild re-indexes everything", "[indexer][pipeline]") {
  TempDir repo, db;
  write_good(repo);
  fs::path idx = db.path() / "idx";
  index(repo, idx);
  IndexReport r = index(repo, idx, true);
  CHECK(r.updated == 4);
  CHECK(r.unchanged == 0);
}

TEST_CASE("pipeline: a locked index is an error, nothing is written", "[indexer][pipeline]") {
  TempDir repo, db;
  write_good(repo);
  fs::path idx = db.path() / "idx";
  index(repo, idx);
  Xapian::WritableDatabase holder(idx.string(), Xapian::DB_OPEN);
  IndexOptions options;
  options.repo = repo.path();
  options.db = idx;
  auto r = run_index(options);
  REQUIRE_FALSE(r);
  CHECK(r.error().code == lanyard::core::ErrorCode::locked);
  CHECK(r.error().message.find("locked") != std::string::npos);
}

TEST_CASE("pipeline: real corpora are indexed and the numbers add up",
          "[indexer][pipeline][corpora]") {
  for (const char* name : {"pytorch-site", "djangocon-us"}) {
    INFO(name);
    TempDir db;
    const fs::path idx = db.path() / "idx";
    auto r = index_shared_corpus(name, idx);
    if (!r) return;
    const fs::path repo = *lanyard::testing::shared_corpora() / name;
    std::size_t md = 0;
    for (auto it = fs::recursive_directory_iterator(repo); it != fs::recursive_directory_iterator();
         ++it) {
      auto ext = it->path().extension();
      if (it->is_regular_file() && (ext == ".md" || ext == ".markdown")) ++md;
    }
    CHECK(r->files == md);
    CHECK(r->files == r->added + r->skipped);
    CHECK(r->added > md * 8 / 10);
    CHECK(Xapian::Database(idx.string()).get_doccount() == r->added);
  }
}

// Regression: each batch slot was a copy of one FileOutcome{} (then named Prepared), so every slot
// shared one Xapian document whose reference count is not atomic; worker
// threads overwrote slots at once and LeakSanitizer caught the lost count.
TEST_CASE("pipeline: many files prepared on several threads share no Xapian object",
          "[indexer][pipeline]") {
  TempDir repo, db;
  for (int i = 0; i < 1500; ++i) {
    repo.write("_posts/2024-1-1-p" + std::to_string(i) + ".md",
               "---\ntitle: Post " + std::to_string(i) + "\n---\nText.\n");
  }
  IndexOptions options;
  options.repo = repo.path();
  options.db = db.path() / "idx";
  options.threads = 4;
  auto r = run_index(options);
  REQUIRE(r);
  CHECK(r->added == 1500);
}

TEST_CASE("pipeline: old Mac line endings (a lone CR) still give front matter",
          "[indexer][pipeline]") {
  TempDir repo, db;
  repo.write(
      "_posts/2024-05-01-old-mac.md",
      "---\rtitle: Written on a Classic Mac\rtags: [retro]\r---\rA talk about **System 7**.\r");
  repo.write("_posts/2024-05-02-windows.md",
             "---\r\ntitle: Written on Windows\r\n---\r\nBody.\r\n");
  IndexReport r = index(repo, db.path() / "idx");
  CHECK(r.added == 2);
  CHECK(r.skipped == 0);
  auto mac = stored(db.path() / "idx", "_posts/2024-05-01-old-mac.md");
  CHECK(mac["title"] == "Written on a Classic Mac");
  CHECK(mac["text"].get<std::string>().find("System 7") != std::string::npos);
  CHECK(stored(db.path() / "idx", "_posts/2024-05-02-windows.md")["title"] == "Written on Windows");
}

TEST_CASE("pipeline: a Hugo site's TOML and JSON front matter are fields, never body text",
          "[indexer][pipeline]") {
  TempDir repo, db;
  repo.write("config.toml", "baseURL = \"https://gograz.org/\"\ntitle = \"Go User Group Graz\"\n");
  repo.write(
      "content/meetup/2021-02-15.md",
      "+++\r\ntitle = \"Meetup on 15 February 2021\"\r\ndate = \"2021-02-15T19:00:00+01:00\"\r\n"
      "location = \"Online\"\r\n+++\r\nWe meet on Jitsi.\r\n");
  repo.write("content/_index.md",
             "+++\n\n[[extra.onsite_partner_sponsors]]\n  title=\"Modal\"\n+++\n");
  repo.write("content/talks/json.md",
             "{\n  \"title\": \"A JSON Talk\",\n  \"tags\": [\"go\"]\n}\nAbout JSON.\n");
  repo.write("content/talks/bad.md", "+++\ntitle = \"Bad\"\ndate = \n+++\nBody\n");
  repo.write("content/talks/draft.md", "+++\ntitle = \"Draft\"\ndraft = true\n+++\n");
  repo.write("about.md", "+++\ntitle = \"About\"\n+++\nA plain page with TOML front matter.\n");
  repo.write("notes.md", "{\"title\": \"Notes\"}\nA plain page with JSON front matter.\n");
  fs::path idx = db.path() / "idx";
  IndexReport r = index(repo, idx);
  CHECK(r.added == 5);
  CHECK(r.skipped == 2);
  CHECK(r.skipped_by_reason["invalid TOML front matter"] == 1);
  CHECK(r.skipped_by_reason["draft"] == 1);
  for (const auto& s : r.skipped_files) {
    if (s.id == "content/talks/bad.md") {
      CHECK(s.line == 3);
      CHECK_FALSE(s.message.starts_with("line "));
      CHECK_FALSE(s.message.starts_with("invalid TOML"));
    }
  }
  auto meetup = stored(idx, "content/meetup/2021-02-15.md");
  CHECK(meetup["title"] == "Meetup on 15 February 2021");
  CHECK(meetup["published"] == "2021-02-15");
  CHECK(meetup["url"] == "https://gograz.org/meetup/2021-02-15/");
  CHECK(meetup["fields"]["location"] == "Online");
  CHECK(meetup["text"].get<std::string>().find("title =") == std::string::npos);
  CHECK(meetup["text"].get<std::string>().find("+++") == std::string::npos);
  auto sponsors = stored(idx, "content/_index.md");
  CHECK(sponsors["fields"]["extra"]["onsite_partner_sponsors"][0]["title"] == "Modal");
  CHECK(sponsors["text"].get<std::string>().find("Modal") == std::string::npos);
  CHECK(stored(idx, "content/talks/json.md")["title"] == "A JSON Talk");
  CHECK(stored(idx, "about.md")["title"] == "About");
  CHECK(stored(idx, "notes.md")["title"] == "Notes");
}

TEST_CASE("pipeline: real Hugo and Zola sites: TOML front matter is never body text",
          "[indexer][pipeline][corpora]") {
  for (const char* name : {"gograz", "eurorust"}) {
    INFO(name);
    TempDir db;
    auto r = index_shared_corpus(name, db.path() / "idx");
    if (!r) return;
    CHECK(r->skipped == r->skipped_by_reason["draft"]);  // gograz's welcome.md
    Xapian::Database x((db.path() / "idx").string());
    CHECK(x.get_doccount() == r->added);
    for (auto it = x.postlist_begin(""); it != x.postlist_end(""); ++it) {
      nlohmann::json j = lanyard::query::hit_from_document(x.get_document(*it)).stored;
      INFO(j["id"]);
      std::string text = "\n" + j["text"].get<std::string>();
      CHECK(text.find("\n+++") == std::string::npos);
      CHECK(text.find("title =") == std::string::npos);
      CHECK(text.find("[extra") == std::string::npos);
    }
  }
}
