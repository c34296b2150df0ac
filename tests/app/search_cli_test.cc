#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "tests/test_util.h"

using lanyard::testing::run_lanyard;
using lanyard::testing::TempDir;

namespace {

struct Indexed {
  TempDir repo, db;
  std::string dbdir;
  Indexed() : dbdir((db.path() / "idx").string()) {
    repo.write("_events/pt-day.md",
               "---\ntitle: PyTorch Day Beijing\nstart_date: 2025-06-07\ntags: [community]\n---\n"
               "PyTorch Day brings the community to Beijing & friends.\n");
    repo.write("_events/compilers.md",
               "---\ntitle: Compiler Days\nstart_date: 2024-09-25\nend_date: "
               "2024-09-27\n---\nKernels and compilers.\n");
    repo.write("_posts/2024-3-5-cfp.md",
               "---\ntitle: Call for Proposals\n---\nSend us your compiler talks.\n");
    auto r = run_lanyard({"index", "--db", dbdir, repo.path().string()});
    REQUIRE(r.exit_code == 0);
  }
};

}  // namespace

TEST_CASE("cli search: --json prints the documented keys in order", "[query][cli]") {
  Indexed w;
  auto r = run_lanyard({"search", "--db", w.dbdir, "--json", "compilers"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  auto j = nlohmann::ordered_json::parse(r.out);
  std::vector<std::string> keys;
  for (const auto& [k, v] : j.items()) keys.push_back(k);
  CHECK(keys ==
        std::vector<std::string>{"query", "total", "total_exact", "took_ms", "hits", "facets"});
  REQUIRE(j["hits"].size() == 2);
  std::vector<std::string> hit_keys;
  for (const auto& [k, v] : j["hits"][0].items()) hit_keys.push_back(k);
  CHECK(std::vector<std::string>(hit_keys.begin(), hit_keys.begin() + 11) ==
        std::vector<std::string>{"id", "title", "url", "date", "end_date", "published", "location",
                                 "topics", "speakers", "snippet", "score"});
  std::vector<std::string> facet_keys;
  for (const auto& [k, v] : j["facets"].items()) facet_keys.push_back(k);
  CHECK(facet_keys ==
        std::vector<std::string>{"location", "country", "topic", "year", "month", "online"});
}

TEST_CASE("cli search: a correction appears in corrected_query", "[query][cli]") {
  Indexed w;
  auto r = run_lanyard({"search", "--db", w.dbdir, "--json", "compilrs"});
  REQUIRE(r.exit_code == 0);
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["corrected_query"] == "compilers");
  CHECK(j["correction_applied"] == true);
  CHECK(j["total"] == 2);
}

TEST_CASE("cli search: no results exit 0, bad options and a missing index exit 2", "[query][cli]") {
  Indexed w;
  auto none = run_lanyard({"search", "--db", w.dbdir, "--json", "xylophone"});
  CHECK(none.exit_code == 0);
  CHECK(nlohmann::json::parse(none.out)["total"] == 0);
  const std::vector<std::vector<std::string>> bad = {{"--sort", "title"},
                                                     {"--limit", "0"},
                                                     {"--limit", "101"},
                                                     {"--offset", "10001"},
                                                     {"--from", "2024-13"},
                                                     {"--radius", "5"},
                                                     {"--near", "Xyzzyville Qwerty"},
                                                     {"--bogus"}};
  for (const auto& extra : bad) {
    std::vector<std::string> args = {"search", "--db", w.dbdir};
    args.insert(args.end(), extra.begin(), extra.end());
    auto r = run_lanyard(args);
    INFO(extra[0]);
    CHECK(r.exit_code == 2);
    CHECK_FALSE(r.err.empty());
  }
  auto missing = run_lanyard({"search", "--db", (w.db.path() / "none").string(), "x"});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("no index") != std::string::npos);
}

TEST_CASE("cli search: the listing has title, date, URL and snippet, no colour off a terminal",
          "[query][cli]") {
  Indexed w;
  auto r = run_lanyard({"search", "--db", w.dbdir, "beijing"}, {"COLUMNS=80"});
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("1 result for \"beijing\"") != std::string::npos);
  CHECK(r.out.find("PyTorch Day Beijing") != std::string::npos);
  CHECK(r.out.find("2025-06-07") != std::string::npos);
  CHECK(r.out.find("Beijing & friends") != std::string::npos);  // HTML unescaped
  CHECK(r.out.find('\033') == std::string::npos);
  auto browse =
      run_lanyard({"search", "--db", w.dbdir, "--from", "2024", "--to", "2024-12", "--json"});
  REQUIRE(browse.exit_code == 0);
  CHECK(nlohmann::json::parse(browse.out)["total"] == 2);
}

TEST_CASE("cli show and facets", "[query][cli]") {
  Indexed w;
  auto show = run_lanyard({"show", "--db", w.dbdir, "--json", "_events/compilers.md"});
  REQUIRE(show.exit_code == 0);
  auto j = nlohmann::json::parse(show.out);
  CHECK(j["title"] == "Compiler Days");
  CHECK(j["end_date"] == "2024-09-27");
  CHECK(j.contains("fields"));
  auto missing = run_lanyard({"show", "--db", w.dbdir, "_events/nope.md"});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("no document") != std::string::npos);
  auto facets = run_lanyard({"facets", "--db", w.dbdir, "--json"});
  REQUIRE(facets.exit_code == 0);
  auto f = nlohmann::json::parse(facets.out);
  CHECK(f["year"].size() == 2);
  std::map<std::string, int> topics;
  for (const auto& t : f["topic"]) topics[t["value"].get<std::string>()] = t["count"].get<int>();
  CHECK(topics["community"] == 1);            // from the front matter's tags
  CHECK(topics["calls for proposals"] == 1);  // inferred from the post's title
}

TEST_CASE("cli search: --upcoming reads today from LANYARD_TODAY", "[query][cli]") {
  Indexed w;
  auto before = run_lanyard({"search", "--db", w.dbdir, "--json", "--upcoming"},
                            {"LANYARD_TODAY=2024-09-27"});
  REQUIRE(before.exit_code == 0);
  CHECK(nlohmann::json::parse(before.out)["total"] == 2);  // Compiler Days ends that day
  auto after = run_lanyard({"search", "--db", w.dbdir, "--json", "--upcoming"},
                           {"LANYARD_TODAY=2024-09-28"});
  REQUIRE(after.exit_code == 0);
  CHECK(nlohmann::json::parse(after.out)["total"] == 1);
  auto bad = run_lanyard({"search", "--db", w.dbdir, "--upcoming"}, {"LANYARD_TODAY=tomorrow"});
  CHECK(bad.exit_code == 2);
}

// The hostile document of corpus/ (markup in its title, a speaker and its body):
// the HTML fields of the JSON hold no tag but <mark>, the plain fields keep
// the text as written. The page (tests/web) relies on both.
TEST_CASE("cli search: markup in a title or body comes back escaped, only <mark> is HTML",
          "[query][cli]") {
  const std::string rel = "_talks/webinars/escaping-html-in-talk-titles.md";
  std::ifstream in(std::filesystem::path(LANYARD_SOURCE_DIR) / "corpus" / rel, std::ios::binary);
  REQUIRE(in);
  std::stringstream bytes;
  bytes << in.rdbuf();
  TempDir repo, db;
  repo.write(rel, bytes.str());
  auto dbdir = (db.path() / "idx").string();
  REQUIRE(run_lanyard({"index", "--db", dbdir, repo.path().string()}).exit_code == 0);
  for (const char* q : {"escaping titles", "onerror body", "script alert"}) {
    INFO(q);
    auto r = run_lanyard({"search", "--db", dbdir, "--json", q});
    REQUIRE(r.exit_code == 0);
    auto j = nlohmann::json::parse(r.out);
    REQUIRE(j["hits"].size() == 1);
    const auto& hit = j["hits"][0];
    CHECK_THAT(hit["title"].get<std::string>(), Catch::Contains("<script>alert('title')</script>"));
    CHECK_THAT(hit["speakers"][0].get<std::string>(),
               Catch::Contains("<img src=x onerror=alert('speaker')>"));
    for (const char* field : {"title_html", "snippet"}) {
      std::string html = hit[field];
      INFO(field << ": " << html);
      std::string rest = std::regex_replace(html, std::regex("</?mark>"), "");
      CHECK(rest.find('<') == std::string::npos);
      CHECK(rest.find('>') == std::string::npos);
    }
    std::string title =
        std::regex_replace(hit["title_html"].get<std::string>(), std::regex("</?mark>"), "");
    CHECK_THAT(title, Catch::Contains("&lt;script&gt;alert('title')&lt;/script&gt;"));
  }
}
