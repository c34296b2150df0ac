// The hostile-input corpus (tests/data/hostile/, one file per attack, expected
// outcomes in EXPECTED.tsv) indexed together with our good corpus/ and with
// files only a test can make: a 20 MB one-line body, 120,000 tags, symlink
// loops, links out of the repo, a FIFO, an unreadable file, an over-long path.
// Every bad file is skipped with its stated reason or indexed safely; every
// good file is indexed; nothing crashes (ASan+UBSan in CI). docs/reliability.md.
#include <sys/stat.h>
#include <unistd.h>
#include <xapian.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "core/text.h"
#include "indexer/pipeline.h"
#include "query/searcher.h"
#include "tests/test_util.h"

using namespace lanyard::indexer;
using lanyard::testing::TempDir;
namespace fs = std::filesystem;

namespace {

const fs::path kHostile = fs::path(LANYARD_SOURCE_DIR) / "tests/data/hostile";

// EXPECTED.tsv: file <TAB> "indexed" or the skip reason <TAB> what it tries.
std::map<std::string, std::string> expected_outcomes() {
  std::ifstream in(kHostile / "EXPECTED.tsv");
  REQUIRE(in);
  std::map<std::string, std::string> out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    auto cells = lanyard::core::split(line, '\t');
    REQUIRE(cells.size() >= 2);
    out[cells[0]] = cells[1];
  }
  return out;
}

IndexReport index_repo(const fs::path& repo, const fs::path& db) {
  IndexOptions options;
  options.repo = repo;
  options.db = db;
  options.threads = 2;
  auto report = run_index(options);
  if (!report) FAIL(report.error().message);
  return *report;
}

// Files only a test can make, under _talks/generated/, with their outcomes.
std::map<std::string, std::string> write_generated(const fs::path& repo, const TempDir& outside) {
  fs::path dir = repo / "_talks/generated";
  fs::create_directories(dir);
  std::map<std::string, std::string> expect;
  std::ofstream(dir / "huge-one-line.md") << "---\ntitle: Huge\n---\n"
                                          << std::string(20u << 20, 'x') << "\n";
  expect["huge-one-line.md"] = "file too large";
  std::ostringstream tags;
  tags << "---\ntitle: Many tags\ntags: [";
  for (int i = 0; i < 120000; ++i) tags << (i ? "," : "") << 't' << i;
  std::ofstream(dir / "many-tags.md") << tags.str() << "]\n---\nToo many nodes.\n";
  expect["many-tags.md"] = "front matter too large";
  fs::create_symlink("self-loop.md", dir / "self-loop.md");
  expect["self-loop.md"] = "symlink loop";
  fs::create_symlink("missing.md", dir / "dangling.md");
  expect["dangling.md"] = "broken symlink";
  std::ofstream(outside.path() / "secret.md") << "---\ntitle: secret\n---\nroot:x:0:0\n";
  fs::create_symlink(outside.path() / "secret.md", dir / "secret-outside.md");
  expect["secret-outside.md"] = "symlink outside the repo";
  fs::create_directory_symlink("..", dir / "loop");         // a folder loop: a warning, no file
  REQUIRE(::mkfifo((dir / "fifo.md").c_str(), 0644) == 0);  // not a regular file: never opened
  std::ofstream(dir / "unreadable.md") << "---\ntitle: Unreadable\n---\n";
  ::chmod((dir / "unreadable.md").c_str(), 0);
  expect["unreadable.md"] = ::geteuid() == 0 ? "indexed" : "unreadable";  // root reads anything
  std::string dotted = "+++\ntitle = \"Dotted\"\na";  // toml++ alone overflows the stack
  for (int i = 0; i < 100000; ++i) dotted += ".a";
  std::ofstream(dir / "toml-dotted-key-100000.md") << dotted << " = 1\n+++\n";
  expect["toml-dotted-key-100000.md"] = "front matter too deeply nested";
  std::string long_name = std::string(220, 'n') + ".md";
  std::ofstream(dir / long_name) << "---\ntitle: Long path\n---\n";
  expect[long_name] = "path too long";
  return expect;
}

void copy_good(const fs::path& repo) {
  fs::copy(fs::path(LANYARD_SOURCE_DIR) / "corpus", repo, fs::copy_options::recursive);
}

}  // namespace

TEST_CASE(
    "hostile: every bad file is skipped with its reason or indexed safely, every good one indexed",
    "[indexer][hostile]") {
  TempDir good_repo, repo, outside, db;
  copy_good(good_repo.path());
  const IndexReport good_report = index_repo(good_repo.path(), db.path() / "good");
  const std::size_t good = good_report.documents;  // corpus/ has drafts and plain pages: skipped
  REQUIRE(good > 0);

  copy_good(repo.path());
  auto expect = expected_outcomes();
  fs::create_directories(repo.path() / "_talks/hostile");
  std::size_t files = 0;
  for (const auto& entry : fs::directory_iterator(kHostile)) {
    if (entry.path().extension() != ".md") continue;
    ++files;
    INFO(entry.path().filename());
    CHECK(expect.count(entry.path().filename().string()) == 1);
    fs::copy_file(entry.path(), repo.path() / "_talks/hostile" / entry.path().filename(),
                  fs::copy_options::none);
  }
  CHECK(files == expect.size());
  CHECK(files >= 30);
  std::map<std::string, std::string> outcomes;  // id -> expected
  for (const auto& [name, outcome] : expect) outcomes["_talks/hostile/" + name] = outcome;
  for (const auto& [name, outcome] : write_generated(repo.path(), outside))
    outcomes["_talks/generated/" + name] = outcome;

  IndexReport r = index_repo(repo.path(), db.path() / "idx");
  std::map<std::string, std::string> got;
  for (const auto& s : r.skipped_files) {
    CHECK_FALSE(s.message.empty());
    got[s.id] = s.reason;
  }
  std::size_t indexed = 0;
  for (const auto& [id, want] : outcomes) {
    INFO(id);
    if (want == "indexed") {
      ++indexed;
      CHECK(got.count(id) == 0);
    } else {
      CHECK(got[id] == want);
    }
  }
  // Every good file and every safely indexed bad one, nothing else.
  CHECK(r.documents == good + indexed);
  CHECK(r.skipped == good_report.skipped + outcomes.size() - indexed);
  CHECK(Xapian::Database((db.path() / "idx").string()).get_doccount() == good + indexed);
  bool loop_warned = std::any_of(r.warnings.begin(), r.warnings.end(), [](const std::string& w) {
    return w.starts_with("_talks/generated/loop");
  });
  CHECK(loop_warned);
  CHECK(r.skipped_by_reason["symlink outside the repo"] == 1);

  // A second run over the same files: nothing changes, nothing breaks.
  IndexReport again = index_repo(repo.path(), db.path() / "idx");
  CHECK(again.added + again.updated + again.removed == 0);
  CHECK(again.documents == r.documents);
}

TEST_CASE("hostile: what is indexed from bad files is safe to show", "[indexer][hostile]") {
  TempDir repo, db;
  for (const auto& entry : fs::directory_iterator(kHostile)) {
    if (entry.path().extension() == ".md") {
      fs::create_directories(repo.path() / "_talks");
      fs::copy_file(entry.path(), repo.path() / "_talks" / entry.path().filename());
    }
  }
  index_repo(repo.path(), db.path() / "idx");
  Xapian::Database x((db.path() / "idx").string());
  REQUIRE(x.get_doccount() > 0);
  for (auto it = x.postlist_begin(""); it != x.postlist_end(""); ++it) {
    nlohmann::json j = lanyard::query::hit_from_document(x.get_document(*it)).stored;
    INFO(j["id"]);
    CHECK(j["title"].is_string());
    CHECK_FALSE(j["title"].get<std::string>().empty());
    std::string url = lanyard::core::ascii_lower(j["url"].get<std::string>());
    // A path on the site, or an http(s) URL an author wrote: never another
    // scheme (javascript:) or a protocol-relative "//host".
    bool path = url.starts_with("/") && !url.starts_with("//");
    CHECK((path || url.starts_with("http://") || url.starts_with("https://")));
    CHECK(url.find(":year") == std::string::npos);
    std::string text = j["text"].get<std::string>();
    CHECK(lanyard::core::is_valid_utf8(text, nullptr));
    for (const char* gone : {"alert('body')", "display:none", "onerror", "<script", "<d", "v>"}) {
      CHECK(text.find(gone) == std::string::npos);
    }
  }
}

namespace {

// Bytes a terminal acts on: C0 controls but newline, DEL, C1 (UTF-8 C2 80..9F),
// bidi overrides and isolates (E2 80 AA..AE, E2 81 A6..A9).
bool has_terminal_controls(const std::string& s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    auto n = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
    auto t = i + 2 < s.size() ? static_cast<unsigned char>(s[i + 2]) : 0;
    if ((c < 0x20 && c != '\n') || c == 0x7F || (c == 0xC2 && n >= 0x80 && n <= 0x9F) ||
        (c == 0xE2 &&
         ((n == 0x80 && t >= 0xAA && t <= 0xAE) || (n == 0x81 && t >= 0xA6 && t <= 0xA9)))) {
      return true;
    }
  }
  return false;
}

}  // namespace

TEST_CASE("hostile: the CLI never prints a document's terminal escapes",
          "[indexer][hostile][cli]") {
  // Before: `lanyard search escape` printed ESC[31m from a body, and a YAML
  // "\e]0;..." title could retitle the terminal.
  TempDir repo, db;
  fs::create_directories(repo.path() / "_talks");
  for (const char* name : {"control-chars-in-body.md", "title-terminal-escapes.md",
                           "bidi-zero-width.md", "toml-terminal-escapes.md"}) {
    fs::copy_file(kHostile / name, repo.path() / "_talks" / name);
  }
  std::string idx = (db.path() / "idx").string();
  REQUIRE(lanyard::testing::run_lanyard({"index", "--db", idx, repo.path().string()}).exit_code ==
          0);
  std::vector<std::vector<std::string>> commands = {
      {"search", "--db", idx},
      {"search", "--db", idx, "escape"},
      {"search", "--db", idx, "clear screen"},
      {"facets", "--db", idx},
      {"show", "--db", idx, "_talks/control-chars-in-body.md"},
      {"show", "--db", idx, "_talks/title-terminal-escapes.md"},
      {"show", "--db", idx, "_talks/bidi-zero-width.md"},
      {"show", "--db", idx, "_talks/toml-terminal-escapes.md"}};
  for (const auto& args : commands) {
    auto run = lanyard::testing::run_lanyard(args, {"NO_COLOR=1"});
    INFO(args[0] << " " << args.back() << ": " << run.out << run.err);
    CHECK(run.exit_code == 0);
    CHECK_FALSE(run.out.empty());
    CHECK_FALSE(has_terminal_controls(run.out));
  }
}
