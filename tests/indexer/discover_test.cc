#include "indexer/discover.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>

#include "indexer/config.h"
#include "tests/test_util.h"

using namespace lanyard::indexer;
using lanyard::testing::TempDir;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> ids(const Discovery& d) {
  std::vector<std::string> out;
  for (const auto& f : d.files) out.push_back(f.id);
  return out;
}

const SourceFile& find(const Discovery& d, const std::string& id) {
  auto it =
      std::find_if(d.files.begin(), d.files.end(), [&](const SourceFile& f) { return f.id == id; });
  REQUIRE(it != d.files.end());
  return *it;
}

}  // namespace

TEST_CASE("glob: '*' stays in a folder, '**' crosses folders", "[indexer][config]") {
  struct Case {
    const char* pattern;
    const char* path;
    bool match;
  };
  std::vector<Case> cases = {
      {"_talks/**", "_talks/a/b.md", true},
      {"_talks/*", "_talks/a/b.md", false},
      {"_talks/*", "_talks/b.md", true},
      {"**/*.md", "x.md", true},
      {"**/*.md", "a/b/x.md", true},
      {"*.md", "a/x.md", false},
      {"_posts/20?4-*", "_posts/2024-x.md", true},
      {"**/drafts/**", "a/drafts/b/c.md", true},
      {"content/**/index.md", "content/index.md", true},
      {"a?c", "a/c", false},
  };
  for (const auto& c : cases) {
    INFO(c.pattern << " vs " << c.path);
    CHECK(glob_match(c.pattern, c.path) == c.match);
  }
}

TEST_CASE("discover: Jekyll collections, Hugo content and Eleventy _content",
          "[indexer][discover]") {
  TempDir repo;
  for (const char* f : {"_posts/2022-9-14-a.md",
                        "_events/ce1.md",
                        "_talks/pycon/t.md",
                        "_schedule/talks/x.md",
                        "about.md",
                        "README.markdown",
                        "2024/src/_content/posts/p.md",
                        "hugo/content/blog/h.md",
                        "_drafts/d.md",
                        "notes.txt",
                        "_layouts/l.md",
                        "_site/out.md",
                        "node_modules/m/readme.md",
                        ".git/x.md",
                        "vendor/v.md",
                        "_data/d.md",
                        "_posts/img.png",
                        "hugo/archetypes/default.md",
                        "hugo/themes/t/exampleSite/content/x.md",
                        "hugo/layouts/partials/p.md"}) {
    repo.write(f, "---\ntitle: x\n---\n");
  }
  Discovery d = discover(repo.path(), Config{});
  CHECK(ids(d) ==
        std::vector<std::string>{"2024/src/_content/posts/p.md", "README.markdown", "_drafts/d.md",
                                 "_events/ce1.md", "_posts/2022-9-14-a.md", "_schedule/talks/x.md",
                                 "_talks/pycon/t.md", "about.md", "hugo/content/blog/h.md"});
  CHECK(find(d, "_posts/2022-9-14-a.md").collection == "posts");
  CHECK(find(d, "_schedule/talks/x.md").collection == "schedule");
  CHECK(find(d, "_schedule/talks/x.md").rel_path == "talks/x.md");
  CHECK(find(d, "_talks/pycon/t.md").rel_path == "pycon/t.md");
  const SourceFile& eleventy = find(d, "2024/src/_content/posts/p.md");
  CHECK(eleventy.collection == "posts");
  CHECK(eleventy.site == "2024");
  CHECK(eleventy.rel_path == "p.md");
  CHECK(find(d, "hugo/content/blog/h.md").site == "hugo");
  CHECK(find(d, "_drafts/d.md").in_drafts);
  CHECK_FALSE(find(d, "about.md").in_collection);
}

TEST_CASE("discover: a plain page belongs to the nearest folder holding a site config",
          "[indexer][discover]") {
  TempDir repo;
  repo.write("2024/_config.yml", "title: Conf\n");
  repo.write("2024/location/index.md", "---\ntitle: Venue\n---\n");
  repo.write("2024/_talks/t.md", "---\ntitle: T\n---\n");
  repo.write("notes/n.md", "---\ntitle: N\n---\n");
  Discovery d = discover(repo.path(), Config{});
  CHECK(find(d, "2024/location/index.md").site == "2024");
  CHECK(find(d, "2024/location/index.md").rel_path == "location/index.md");
  CHECK(find(d, "2024/_talks/t.md").site == "2024");
  CHECK(find(d, "notes/n.md").site == "");
}

TEST_CASE("discover: include and exclude globs from the config", "[indexer][discover]") {
  TempDir repo;
  for (const char* f : {"_posts/a.md", "_posts/old/b.md", "_events/c.md"}) repo.write(f, "x");
  Config config;
  config.include = {"_posts/**"};
  config.exclude = {"_posts/old/**"};
  CHECK(ids(discover(repo.path(), config)) == std::vector<std::string>{"_posts/a.md"});
}

TEST_CASE("discover: symlink loops and broken links are reported, not followed forever",
          "[indexer][discover]") {
  TempDir repo;
  repo.write("_posts/a.md", "x");
  fs::create_directory_symlink("..", repo.path() / "_posts" / "loop");
  fs::create_symlink("self.md", repo.path() / "_posts" / "self.md");
  fs::create_symlink("missing.md", repo.path() / "_posts" / "broken.md");
  Discovery d = discover(repo.path(), Config{});
  CHECK(ids(d) == std::vector<std::string>{"_posts/a.md"});
  std::vector<std::string> reasons;
  for (const auto& s : d.skipped) reasons.push_back(s.id + " " + s.reason);
  CHECK(std::count(reasons.begin(), reasons.end(), "_posts/self.md symlink loop") == 1);
  CHECK(std::count(reasons.begin(), reasons.end(), "_posts/broken.md broken symlink") == 1);
  CHECK(std::count(reasons.begin(), reasons.end(), "_posts/loop symlink loop") == 1);
}

TEST_CASE("discover: symlinks leading out of the repo are not followed", "[indexer][discover]") {
  // A content repo must not publish /etc/passwd or ~/.ssh through a link.
  TempDir repo, outside;
  outside.write("secret.md", "---\ntitle: secret\n---\n");
  outside.write("notes/private.md", "---\ntitle: private\n---\n");
  repo.write("_posts/a.md", "x");
  repo.write(".shared/b.md", "x");  // a hidden folder: reached only through the link
  fs::create_symlink(outside.path() / "secret.md", repo.path() / "_posts" / "secret.md");
  fs::create_directory_symlink(outside.path() / "notes", repo.path() / "_posts" / "notes");
  fs::create_symlink("a.md", repo.path() / "_posts" / "inside.md");  // inside: followed
  fs::create_directory_symlink("../.shared",
                               repo.path() / "_posts" / "shared");  // inside: followed
  Discovery d = discover(repo.path(), Config{});
  CHECK(ids(d) ==
        std::vector<std::string>{"_posts/a.md", "_posts/inside.md", "_posts/shared/b.md"});
  std::vector<std::string> reasons;
  for (const auto& s : d.skipped)
    reasons.push_back(s.id + " " + s.reason + (s.is_file ? " file" : " folder"));
  CHECK(std::count(reasons.begin(), reasons.end(),
                   "_posts/secret.md symlink outside the repo file") == 1);
  CHECK(std::count(reasons.begin(), reasons.end(),
                   "_posts/notes symlink outside the repo folder") == 1);
}

TEST_CASE("discover: a file's path is the root joined with its id, with or without a trailing '/'",
          "[indexer][discover]") {
  TempDir repo;
  repo.write("_posts/a.md", "x");
  repo.write("_posts/.md", "a name, not an extension");
  repo.write("_posts/B.MD", "x");
  repo.write("_posts/c.md.txt", "x");
  for (const std::string& root : {repo.path().string(), repo.path().string() + "/"}) {
    INFO(root);
    Discovery d = discover(root, Config{});
    CHECK(ids(d) == std::vector<std::string>{"_posts/B.MD", "_posts/a.md"});
    CHECK(find(d, "_posts/a.md").path == repo.path().string() + "/_posts/a.md");
  }
}
