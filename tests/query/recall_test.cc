// Search finds what a page says, wherever it says it: in front-matter fields
// (nested ones too), in the place the indexer resolved, with or without its
// accents, and whether or not it has the small words of the query. A small
// repo indexed by the real pipeline, with the real gazetteer.
#include <algorithm>
#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <vector>

#include "core/place.h"
#include "indexer/pipeline.h"
#include "query/searcher.h"
#include "tests/test_util.h"

using namespace lanyard;
using lanyard::testing::TempDir;

namespace {

const std::string kSwiss = "_events/swiss-summit.md";
const std::string kMontreal = "content/events/2020-montreal/_index.md";
const std::string kAmos = "content/speakers/amos.md";
const std::string kPackaging = "_talks/packaging.md";
const std::string kPhrase = "_talks/phrase.md";
const std::string kZurich = "_posts/2024-01-10-zurich-meetup.md";
const std::string kZurichPlain = "_posts/2024-01-11-zurich-plain.md";
const std::string kLyon = "_posts/2024-02-01-lyon.md";
const std::string kCfp = "_posts/2024-03-01-cfp.md";
const std::string kCjk = "_posts/2024-03-02-cjk.md";
const std::string kMeetup = "_posts/2024-03-03-meetup.md";

void write_repo(const TempDir& repo) {
  repo.write(
      kSwiss,
      "---\ntitle: Swiss Python Summit\nlocation: Lausanne\nvenue: EPFL Rolex Learning Center\n"
      "date: 2025-09-12\n---\nA day of talks and workshops.\n");
  repo.write(
      kMontreal,
      "---\ntitle: Kubernetes Community Day\ndate: '2020-09-15'\nlocation:\n  countrycode: ca\n"
      "  country: Canada\n  city: Montréal\n  url: https://www.google.com/maps/place/ets\n"
      "  venue: École de technologie supérieure\nmap: ets.png\n---\nCloud native talks.\n");
  repo.write(kAmos,
             "---\ntitle: 'Speaker: Amos Wenger'\nextra:\n  company: Bearcove\n  speaker_image: "
             "/images/amos.webp\n"
             "  bio: <p>Amos builds <strong>speech recognition</strong> in Rust.</p>\n---\n");
  repo.write(kPackaging,
             "---\ntitle: Python packaging\nlevel: Beginner\n---\nTalks on packaging, with "
             "newcomers in mind.\n");
  repo.write(kPhrase, "---\ntitle: Welcome\n---\nOur talks for beginners start at nine.\n");
  repo.write(kZurich,
             "---\ntitle: Zürich Meetup\n---\nWe meet in Zürich for a multilingüe evening of "
             "lightning talks.\n");
  repo.write(
      kZurichPlain,
      "---\ntitle: Zurich Meetup\n---\nWe meet in Zurich for an evening of lightning talks.\n");
  repo.write(kLyon, "---\ntitle: Conférence Python\n---\nUne journée autour de Python à Lyon.\n");
  repo.write(kCfp, "---\ntitle: Submit\n---\nThe CFP closes in March.\n");
  repo.write(kCjk, "---\ntitle: 深度学习\n---\n深度学习 workshop for beginners.\n");
  repo.write(kMeetup, "---\ntitle: Python meetup\n---\nMonthly, in Los Angeles.\n");
}

struct Index {
  TempDir work;
  std::filesystem::path db;
  std::shared_ptr<const core::Gazetteer> gazetteer;
};

Index* index() {
  static std::unique_ptr<Index> built = [] {
    auto i = std::make_unique<Index>();
    auto g = core::Gazetteer::load();
    REQUIRE(g);
    i->gazetteer = *g;
    TempDir repo;
    write_repo(repo);
    indexer::IndexOptions o;
    o.repo = repo.path();
    o.db = i->db = i->work.path() / "db";
    o.gazetteer = i->gazetteer;
    auto report = indexer::run_index(o);
    REQUIRE(report);
    REQUIRE(report->skipped == 0);
    return i;
  }();
  return built.get();
}

query::SearchResult search(const std::string& q, bool partial = false) {
  auto searcher = query::Searcher::open(index()->db, index()->gazetteer);
  REQUIRE(searcher);
  query::SearchRequest r;
  r.query = q;
  r.partial = partial;
  r.limit = 20;
  auto result = (*searcher)->search(r);
  REQUIRE(result);
  return *result;
}

std::vector<std::string> ids(const query::SearchResult& r) {
  std::vector<std::string> out;
  for (const auto& h : r.hits) out.push_back(h.id);
  return out;
}

bool has(const query::SearchResult& r, const std::string& id) {
  auto v = ids(r);
  return std::find(v.begin(), v.end(), id) != v.end();
}

struct Case {
  std::string query;
  std::vector<std::string> found;      // among the hits, not relaxed to any word
  std::vector<std::string> not_found;  // none of these
};

void check(const std::vector<Case>& cases) {
  for (const auto& c : cases) {
    INFO(c.query);
    auto r = search(c.query);
    INFO("hits: " << Catch::Detail::stringify(ids(r)));
    CHECK_FALSE(r.relaxed);
    for (const auto& id : c.found) CHECK(has(r, id));
    for (const auto& id : c.not_found) CHECK_FALSE(has(r, id));
  }
}

}  // namespace

TEST_CASE(
    "recall: front-matter text fields are searchable, nested ones too, without markup or URLs",
    "[query][recall]") {
  check({
      {"rolex learning center", {kSwiss}, {}},   // venue
      {"ecole technologie", {kMontreal}, {}},    // location.venue, unaccented
      {"montréal", {kMontreal}, {}},             // location.city
      {"speech recognition rust", {kAmos}, {}},  // extra.bio, HTML
      {"bearcove", {kAmos}, {}},                 // extra.company
      {"beginner packaging", {kPackaging}, {}},  // level (the body says "newcomers")
  });
  for (const std::string q : {"strong", "maps", "webp", "google"}) {  // tags, URLs, image paths
    INFO(q);
    auto r = search(q);
    CHECK_FALSE(has(r, kAmos));
    CHECK_FALSE(has(r, kMontreal));
  }
}

TEST_CASE("recall: a document's place names are words of it", "[query][recall]") {
  check({
      {"lausanne", {kSwiss}, {}},
      {"switzerland", {kSwiss}, {}},  // only the gazetteer says so
      {"suisse", {kSwiss}, {}},       // the country's other names
      {"python switzerland", {kSwiss}, {}},
      {"canada", {kMontreal}, {}},
  });
}

TEST_CASE("recall: stop words are optional, unless quoted or all the query has",
          "[query][recall]") {
  check({
      {"talks for beginners", {kPackaging, kPhrase}, {}},
      {"the talks of beginners", {kPackaging, kPhrase}, {}},
      {"la conférence python", {kLyon}, {}},
      {"conference de python à lyon", {kLyon}, {}},
      {"\"talks for beginners\"", {kPhrase}, {kPackaging}},  // a phrase keeps them
      {"+for beginners", {kPhrase}, {kPackaging}},           // so does a required word
      {"call for proposals", {kCfp}, {}},                    // a synonym of "cfp"
      {"python LA", {kMeetup}, {kLyon}},  // in capitals, an acronym with synonyms
      {"la python", {kLyon, kMeetup}, {}},
      {"深度学习 for beginners", {kCjk}, {}},
  });
  // Stop words alone are searched as they are.
  auto only = search("for");
  CHECK(has(only, kPhrase));
  CHECK_FALSE(has(only, kPackaging));
  // No page has both: they were searched (then either one, relaxed), not
  // dropped, which would list every page.
  auto two = search("de la");
  CHECK(two.relaxed);
  CHECK(has(two, kLyon));
  CHECK_FALSE(has(two, kZurich));
}

TEST_CASE("recall: stop words do not break spelling, partial words or relaxing",
          "[query][recall]") {
  auto typo = search("talks for beginers");
  CHECK(typo.corrected_query == "talks for beginners");
  CHECK(has(typo, kPackaging));
  auto typing = search("talks for begin", true);
  CHECK(has(typing, kPackaging));
  CHECK(has(typing, kPhrase));
  auto relaxed = search("talks for zeppelins");
  CHECK(relaxed.relaxed);
  CHECK(has(relaxed, kPhrase));
}

TEST_CASE("recall: accents fold both ways, and the same spelling ranks first", "[query][recall]") {
  check({
      {"zurich", {kZurich, kZurichPlain}, {}},
      {"zürich", {kZurich, kZurichPlain}, {}},
      {"Zürich", {kZurich, kZurichPlain}, {}},
      {"ZURICH", {kZurich, kZurichPlain}, {}},
      {"multilingue", {kZurich}, {}},
      {"montreal", {kMontreal}, {}},
      {"conference", {kLyon}, {}},
      {"\"zurich meetup\"", {kZurich, kZurichPlain}, {}},
      {"\"zürich meetup\"", {kZurich, kZurichPlain}, {}},
      {"title:zurich", {kZurich, kZurichPlain}, {}},
      {"talks -zürich", {kPhrase}, {kZurich, kZurichPlain}},
  });
  CHECK(ids(search("zürich")).front() == kZurich);
  CHECK(ids(search("zürich meetup")).front() == kZurich);
  CHECK(ids(search("zurich")).size() == 2);
  for (const std::string q : {"zur", "zür"}) {
    INFO(q);
    auto r = search(q, true);
    CHECK(has(r, kZurich));
    CHECK(has(r, kZurichPlain));
  }
}

TEST_CASE("recall: an unaccented query marks the accented word in snippets and titles",
          "[query][recall]") {
  auto r = search("zurich multilingue");
  REQUIRE(r.hits.size() == 1);
  CHECK(r.hits[0].title_html == "<mark>Zürich</mark> Meetup");
  CHECK(r.hits[0].snippet.find("<mark>Zürich</mark>") != std::string::npos);
  CHECK(r.hits[0].snippet.find("<mark>multilingüe</mark>") != std::string::npos);
}
