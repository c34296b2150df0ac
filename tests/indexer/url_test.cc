#include "indexer/url.h"

#include <catch2/catch.hpp>

#include "tests/test_util.h"

using namespace lanyard::indexer;
using lanyard::core::Date;

namespace {

SourceFile file(std::string collection, std::string rel, bool in_collection = true) {
  SourceFile f;
  f.collection = std::move(collection);
  f.rel_path = std::move(rel);
  f.id = f.rel_path;
  f.in_collection = in_collection;
  return f;
}

}  // namespace

TEST_CASE("url: Jekyll defaults, permalinks and site config", "[indexer][url]") {
  SiteInfo jekyll;
  SiteInfo hugo;
  hugo.generator = Generator::hugo;
  SiteInfo configured;
  configured.base_url = "https://events.example.org";
  configured.permalinks["events"] = "/events/:name/";
  configured.post_permalink = "pretty";

  struct Case {
    SourceFile file;
    std::optional<std::string> permalink;
    std::optional<Date> date;
    std::vector<std::string> categories;
    const SiteInfo* site;
    std::string expected;
  };
  std::vector<Case> cases = {
      {file("posts", "2022-9-14-anouncing-x.md"),
       {},
       Date{2022, 9, 14},
       {},
       &jekyll,
       "/2022/09/14/anouncing-x.html"},
      {file("posts", "2022-9-14-anouncing-x.md"),
       {},
       Date{2022, 9, 14},
       {"news"},
       &jekyll,
       "/news/2022/09/14/anouncing-x.html"},
      {file("posts", "2020-7-20-Accelerating Training.md"),
       {},
       Date{2020, 7, 20},
       {},
       &jekyll,
       "/2020/07/20/Accelerating%20Training.html"},
      {file("events", "ce13.md"), {}, {}, {}, &jekyll, "/events/ce13.html"},
      {file("talks", "pycon-2019/t.md"), {}, {}, {}, &jekyll, "/talks/pycon-2019/t.html"},
      {file("events", "ce13.md"), std::string("/my/link/"), {}, {}, &jekyll, "/my/link/"},
      // Hostile or broken input (tests/data/hostile): no other host through
      // "//", no "javascript:" scheme, no ":year" left when the date is unknown.
      {file("events", "x.md"),
       std::string("//evil.example.com/phish"),
       {},
       {},
       &jekyll,
       "/evil.example.com/phish"},
      {file("events", "x.md"),
       std::string("javascript:alert(1)"),
       {},
       {},
       &jekyll,
       "/javascript:alert(1)"},
      {file("posts", "no-date.md"), {}, {}, {}, &jekyll, "/no-date.html"},
      {file("events", "ce13.md"), std::string("about"), {}, {}, &jekyll, "/about"},
      {file("events", "ce13.md"),
       {},
       {},
       {},
       &configured,
       "https://events.example.org/events/ce13/"},
      {file("posts", "2025-1-2-x.md"),
       {},
       Date{2025, 1, 2},
       {},
       &configured,
       "https://events.example.org/2025/01/02/x/"},
      {file("blog", "h.md"), {}, {}, {}, &hugo, "/blog/h/"},
      {file("blog", "bundle/index.md"), {}, {}, {}, &hugo, "/blog/bundle/"},
      {file("2024", "_index.md"), {}, {}, {}, &hugo, "/2024/"},
      {file("pages", "_index.md"), {}, {}, {}, &hugo, "/"},
      {file("", "about.md", false), {}, {}, {}, &jekyll, "/about.html"},
      {file("", "docs/index.md", false), {}, {}, {}, &jekyll, "/docs"},
  };
  for (const auto& c : cases) {
    INFO(c.file.rel_path << " -> " << c.expected);
    UrlInput in;
    in.file = &c.file;
    in.permalink = c.permalink;
    in.date = c.date;
    in.categories = c.categories;
    CHECK(derive_url(in, *c.site) == c.expected);
  }
}

TEST_CASE("url: lanyard.yml base URL and pattern override the site", "[indexer][url]") {
  SourceFile f = file("talks", "ev/t.md");
  UrlInput in;
  in.file = &f;
  in.configured_base_url = "https://x.org/";
  in.configured_pattern = "/v/:path/";
  CHECK(derive_url(in, SiteInfo{}) == "https://x.org/v/ev/t/");
}

TEST_CASE("url: a site's _config.yml gives url, baseurl and collection permalinks",
          "[indexer][url]") {
  lanyard::testing::TempDir site;
  site.write("_config.yml",
             "url: https://ex.org\nbaseurl: /conf\npermalink: /blog/:year/:title/\n"
             "collections:\n  events:\n    output: true\n    permalink: /e/:name/\n");
  SiteInfo info = load_site_info(site.path());
  CHECK(info.base_url == "https://ex.org/conf");
  CHECK(info.post_permalink == "/blog/:year/:title/");
  CHECK(info.permalinks.at("events") == "/e/:name/");
  site.write("_config.yml", "url: [unclosed\n");
  CHECK(load_site_info(site.path()).base_url.empty());
}
