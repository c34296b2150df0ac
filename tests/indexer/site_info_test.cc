#include "indexer/site_info.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "tests/test_util.h"

namespace lanyard::indexer {
namespace {

using nlohmann::json;

using Files = std::vector<std::pair<std::string, std::string>>;  // path in the site -> bytes

struct Case {
  std::string what;
  Files files;
  // What load_site_info gives, as JSON: generator, config_file, base_url, name,
  // description (absent = ""), and "config_at": {JSON pointer: value in SiteInfo::config}.
  std::string want;
};

const char* generator_name(Generator g) {
  switch (g) {
    case Generator::jekyll:
      return "jekyll";
    case Generator::hugo:
      return "hugo";
    case Generator::zola:
      return "zola";
    case Generator::eleventy:
      return "eleventy";
  }
  return "?";
}

json summary(const SiteInfo& info, const json& want) {
  json got = {{"generator", generator_name(info.generator)}};
  for (const auto& [key, value] : {std::pair{"config_file", info.config_file},
                                   {"base_url", info.base_url},
                                   {"name", info.name},
                                   {"description", info.description}}) {
    if (!value.empty()) got[key] = value;
  }
  const json config_at = want.value("config_at", json::object());
  for (const auto& [pointer, value] : config_at.items()) {
    got["config_at"][pointer] = info.config.value(json::json_pointer(pointer), json());
  }
  return got;
}

void check_sites(const std::vector<Case>& cases) {
  for (const auto& c : cases) {
    INFO(c.what);
    testing::TempDir site;
    for (const auto& [path, bytes] : c.files) site.write(path, bytes);
    json want = json::parse(c.want);
    CHECK(summary(load_site_info(site.path()), want) == want);
  }
}

const std::pair<std::string, std::string> kContent = {"content/_index.md", "+++\n+++\n"};

TEST_CASE("site info: each generator's config file, in each format", "[indexer][site_info]") {
  check_sites({
      {"Jekyll _config.yml",
       {{"_config.yml",
         "title: PyCon\ndescription: In Pittsburgh\nurl: https://ex.org\n"
         "baseurl: /conf\nlocation: Pittsburgh, PA\n"}},
       R"({"generator": "jekyll", "config_file": "_config.yml", "base_url": "https://ex.org/conf",
           "name": "PyCon", "description": "In Pittsburgh",
           "config_at": {"/location": "Pittsburgh, PA"}})"},
      {"Jekyll _config.toml",
       {{"_config.toml", "title = \"PyCon\"\nurl = \"https://ex.org\"\nbaseurl = \"/conf/\"\n"}},
       R"({"generator": "jekyll", "config_file": "_config.toml", "base_url": "https://ex.org/conf",
           "name": "PyCon"})"},
      {"Hugo config.toml (gograz)",
       {kContent,
        {"config.toml",
         "baseurl = \"http://gograz.org\"\nlanguageCode = \"en-us\"\n"
         "title = \"Go User Group Graz\"\ntheme = \"gograz\"\n"}},
       R"({"generator": "hugo", "config_file": "config.toml", "base_url": "http://gograz.org",
           "name": "Go User Group Graz", "config_at": {"/languageCode": "en-us"}})"},
      {"Hugo hugo.toml, baseURL and params",
       {kContent,
        {"hugo.toml",
         "baseURL = 'https://gocon.jp/2022spring/'\ntitle = 'Go Conference'\n"
         "[params]\n  description = 'Online'\n  date = 2022-04-23\n"}},
       R"({"generator": "hugo", "config_file": "hugo.toml", "base_url": "https://gocon.jp/2022spring",
           "name": "Go Conference", "description": "Online",
           "config_at": {"/params/date": "2022-04-23"}})"},
      {"Hugo hugo.yaml",
       {kContent, {"hugo.yaml", "baseURL: https://kcd.io/\ntitle: KCD\nparams:\n  city: Berlin\n"}},
       R"({"generator": "hugo", "config_file": "hugo.yaml", "base_url": "https://kcd.io",
           "name": "KCD", "config_at": {"/params/city": "Berlin"}})"},
      {"Hugo config.yml",
       {kContent, {"config.yml", "baseurl: https://a.org/\ntitle: A\n"}},
       R"({"generator": "hugo", "config_file": "config.yml", "base_url": "https://a.org",
           "name": "A"})"},
      {"Hugo hugo.json",
       {kContent, {"hugo.json", R"({"baseURL": "https://j.org/", "title": "J",
                                   "params": {"description": "JSON config"}})"}},
       R"({"generator": "hugo", "config_file": "hugo.json", "base_url": "https://j.org",
           "name": "J", "description": "JSON config"})"},
      {"Hugo config.json",
       {kContent, {"config.json", R"({"BaseURL": "https://c.org", "title": "C"})"}},
       R"({"generator": "hugo", "config_file": "config.json", "base_url": "https://c.org",
           "name": "C"})"},
      {"Hugo's config folder",
       {kContent,
        {"config/_default/hugo.toml", "baseURL = \"https://d.org/\"\ntitle = \"D\"\n"},
        {"config/production/hugo.toml", "baseURL = \"https://prod.org/\"\n"}},
       R"({"generator": "hugo", "config_file": "config/_default/hugo.toml",
           "base_url": "https://d.org", "name": "D"})"},
      {"Hugo's config folder, config.yaml",
       {kContent, {"config/_default/config.yaml", "baseurl: https://e.org\ntitle: E\n"}},
       R"({"generator": "hugo", "config_file": "config/_default/config.yaml",
           "base_url": "https://e.org", "name": "E"})"},
      {"Zola config.toml (eurorust)",
       {kContent,
        {"config.toml",
         "base_url = \"https://eurorust.eu\"\ntitle = \"EuroRust\"\n"
         "description = \"The Rust conference\"\n\n[extra]\n\tcity = \"Vienna\"\n"}},
       R"({"generator": "zola", "config_file": "config.toml", "base_url": "https://eurorust.eu",
           "name": "EuroRust", "description": "The Rust conference",
           "config_at": {"/extra/city": "Vienna"}})"},
      {"Eleventy _data/site.json",
       {{"_content/index.md", "---\n---\n"},
        {"_data/site.json", R"({"domain": "https://2025.djangocon.us", "description": "D"})"}},
       R"({"generator": "eleventy", "config_file": "_data/site.json",
           "name": "https://2025.djangocon.us", "description": "D"})"},
      {"Eleventy src/_data/site.json, title over name",
       {{".eleventy.js", ""}, {"src/_data/site.json", R"({"name": "n", "title": "Refresh DC"})"}},
       R"({"generator": "eleventy", "config_file": "src/_data/site.json", "name": "Refresh DC",
           "config_at": {"/name": "n"}})"},
      {"no config at all", {}, R"({"generator": "jekyll"})"},
  });
}

TEST_CASE("site info: the first config found wins, the generator's own first",
          "[indexer][site_info]") {
  check_sites({
      {"hugo.toml before config.toml",
       {kContent, {"hugo.toml", "title = \"new\"\n"}, {"config.toml", "title = \"old\"\n"}},
       R"({"generator": "hugo", "config_file": "hugo.toml", "name": "new"})"},
      {"the root before config/_default",
       {kContent, {"config.yaml", "title: root\n"}, {"config/_default/hugo.toml", "title = 'dir'"}},
       R"({"generator": "hugo", "config_file": "config.yaml", "name": "root"})"},
      {"a Hugo site's config before a stray _config.yml",
       {kContent, {"config.toml", "title = \"Hugo\"\n"}, {"_config.yml", "title: Jekyll\n"}},
       R"({"generator": "hugo", "config_file": "config.toml", "name": "Hugo"})"},
      {"a Jekyll site (no content/) reads _config.yml first",
       {{"_config.yml", "title: Jekyll\n"}, {"config.toml", "title = \"Other\"\n"}},
       R"({"generator": "jekyll", "config_file": "_config.yml", "name": "Jekyll"})"},
      {"without content/, config.toml alone is still read",
       {{"config.toml", "title = \"T\"\nbase_url = \"https://z.org\"\n"}},
       R"({"generator": "jekyll", "config_file": "config.toml", "base_url": "https://z.org",
           "name": "T"})"},
      {"site.json names the site when the config does not",
       {{"_config.yml", "url: https://x.org\n"}, {"_data/site.json", R"({"title": "From JSON"})"}},
       R"({"generator": "jekyll", "config_file": "_config.yml", "base_url": "https://x.org",
           "name": "From JSON", "config_at": {"/url": "https://x.org"}})"},
  });
}

TEST_CASE("site info: a broken config is ignored, never an error", "[indexer][site_info]") {
  check_sites({
      {"bad YAML",
       {{"_config.yml", "url: [unclosed\n"}},
       R"({"generator": "jekyll", "config_file": "_config.yml"})"},
      {"bad TOML, no later file read",
       {kContent, {"hugo.toml", "title = \n"}, {"config.toml", "title = \"later\"\n"}},
       R"({"generator": "hugo", "config_file": "hugo.toml"})"},
      {"bad JSON",
       {kContent, {"hugo.json", "{\"title\": }"}},
       R"({"generator": "hugo", "config_file": "hugo.json"})"},
      {"a JSON list",
       {kContent, {"config.json", "[1, 2]"}},
       R"({"generator": "hugo", "config_file": "config.json"})"},
      {"a YAML list",
       {{"_config.yml", "- a\n- b\n"}},
       R"({"generator": "jekyll", "config_file": "_config.yml"})"},
      {"a number as title",
       {{"_config.yml", "title: 2024\nurl: https://x.org\n"}},
       R"({"generator": "jekyll", "config_file": "_config.yml", "base_url": "https://x.org",
           "name": "2024", "config_at": {"/title": 2024}})"},
  });
}

}  // namespace
}  // namespace lanyard::indexer
