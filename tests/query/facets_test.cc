#include "query/facets.h"

#include <xapian.h>

#include <catch2/catch.hpp>
#include <map>
#include <random>
#include <set>

#include "core/schema.h"
#include "core/text.h"
#include "query/query_builder.h"
#include "query/searcher.h"
#include "tests/query/fixture.h"
#include "tests/test_util.h"

using lanyard::core::Date;
using lanyard::query::SearchRequest;
namespace slot = lanyard::core::schema::slot;

namespace {

using Counts = std::map<std::string, std::size_t>;

// Everything the brute force needs from one document, read from its terms and
// values independently of query/facets.cc.
struct Doc {
  std::set<std::string> terms;
  std::string date, end, label, country, topics, online;
};

Doc read_doc(const Xapian::Document& d) {
  Doc doc;
  for (auto t = d.termlist_begin(); t != d.termlist_end(); ++t) doc.terms.insert(*t);
  doc.date = d.get_value(slot::kDate);
  doc.end = d.get_value(slot::kEndDate);
  doc.label = d.get_value(slot::kLocationLabel);
  doc.country = d.get_value(slot::kCountry);
  doc.topics = d.get_value(slot::kTopics);
  doc.online = d.get_value(slot::kOnline);
  return doc;
}

bool any_term(const Doc& d, const std::string& prefix, const std::vector<std::string>& values) {
  for (const auto& v : values) {
    if (d.terms.count(prefix + lanyard::core::ascii_lower(v))) return true;
  }
  return false;
}

// Does d pass every filter of r except the facet `skip` (core::kFacets row)?
bool passes(const Doc& d, const SearchRequest& r, int skip) {
  if (skip != 0 && !r.locations.empty() && !any_term(d, "XLOC", r.locations)) return false;
  if (skip != 1 && !r.countries.empty() && !any_term(d, "XCOUNTRY", r.countries)) return false;
  if (skip != 2 && !r.topics.empty() && !any_term(d, "XTOPIC", r.topics)) return false;
  if (skip != 5 && r.online && d.online != "online" && d.online != "hybrid") return false;
  std::string end = d.end.empty() ? d.date : d.end;
  if (r.from && (d.date.empty() || end < std::to_string(r.from->yyyymmdd()))) return false;
  if (r.to && (d.date.empty() || d.date > std::to_string(r.to->yyyymmdd()))) return false;
  return true;
}

void add(std::vector<Counts>& counts, const Doc& d, int only) {
  auto bump = [&](int facet, const std::string& key) {
    if ((only < 0 || only == facet) && !key.empty()) ++counts[static_cast<std::size_t>(facet)][key];
  };
  bump(0, d.label);
  bump(1, d.country);
  std::set<std::string> topics;
  for (const auto& t : lanyard::core::split(d.topics, '\x1f')) {
    if (!t.empty()) topics.insert(t);
  }
  for (const auto& t : topics) bump(2, t);
  if (d.date.size() == 8) {
    bump(3, d.date.substr(0, 4));
    bump(4, d.date.substr(0, 4) + "-" + d.date.substr(4, 2));
  }
  bump(5, d.online);
}

template <typename T>
const T& pick(std::mt19937& rng, const std::vector<T>& v) {
  return v[std::uniform_int_distribution<std::size_t>(0, v.size() - 1)(rng)];
}

}  // namespace

TEST_CASE("facets: counts equal a brute-force recount for random queries and selections",
          "[query]") {
  lanyard::testing::TempDir dir;
  lanyard::testing::write_fixture_index(dir.path() / "db");
  auto searcher = lanyard::query::Searcher::open(dir.path() / "db");
  REQUIRE(searcher);
  Xapian::Database db((dir.path() / "db").string());
  std::map<Xapian::docid, Doc> docs;
  for (auto p = db.postlist_begin(""); p != db.postlist_end(""); ++p)
    docs[*p] = read_doc(db.get_document(*p));
  lanyard::query::QueryBuilder builder(db, nullptr);

  const std::vector<std::string> words = {"",
                                          "",
                                          "pytorch",
                                          "talks",
                                          "compilers",
                                          "the",
                                          "paris",
                                          "llm",
                                          "machine learning",
                                          "community",
                                          "in",
                                          "days",
                                          "zeppelin talks"};
  const std::vector<std::string> places = {"paris",      "san francisco", "united states",
                                           "california", "tokyo",         "mars"};
  const std::vector<std::string> countries = {"France", "united states", "Japan", "Canada"};
  const std::vector<std::string> topics = {"llm", "compilers", "pytorch", "machine learning",
                                           "web"};
  std::mt19937 rng(20251023);
  for (int round = 0; round < 150; ++round) {
    SearchRequest r;
    r.query = pick(rng, words);
    std::uniform_int_distribution<int> coin(0, 3);
    for (int i = coin(rng); i > 1; --i) r.locations.push_back(pick(rng, places));
    for (int i = coin(rng); i > 1; --i) r.countries.push_back(pick(rng, countries));
    for (int i = coin(rng); i > 0; --i) r.topics.push_back(pick(rng, topics));
    r.online = coin(rng) == 0;
    if (coin(rng) == 0) r.from = Date{2025, 1, 1};
    if (coin(rng) == 0) r.to = Date{2025, 12, 31};
    r.facet_limit = 0;
    r.limit = 100;
    INFO("round " << round << " query '" << r.query << "' locations " << r.locations.size()
                  << " countries " << r.countries.size() << " topics " << r.topics.size()
                  << " online " << r.online);
    auto result = (*searcher)->search(r);
    REQUIRE(result);
    if (result->correction_applied) continue;

    // The documents the words match, as the searcher parsed them.
    std::set<Xapian::docid> text_match;
    auto parsed = builder.parse(r.query, {result->relaxed ? lanyard::query::DefaultOp::any_word
                                                          : lanyard::query::DefaultOp::all_words,
                                          false, false});
    Xapian::Enquire enquire(db);
    enquire.set_query(parsed.query.empty() ? lanyard::query::match_all() : parsed.query);
    auto mset = enquire.get_mset(0, db.get_doccount());
    for (auto it = mset.begin(); it != mset.end(); ++it) text_match.insert(*it);

    std::vector<Counts> expected(6);
    std::size_t total = 0;
    for (const auto& [id, doc] : docs) {
      if (!text_match.count(id)) continue;
      if (passes(doc, r, -1)) ++total, add(expected, doc, -1);
    }
    // A selected facet is counted without its own filter.
    const std::pair<int, bool> selected[] = {{0, !r.locations.empty()},
                                             {1, !r.countries.empty()},
                                             {2, !r.topics.empty()},
                                             {5, r.online}};
    for (const auto& [facet, on] : selected) {
      if (!on) continue;
      expected[static_cast<std::size_t>(facet)].clear();
      for (const auto& [id, doc] : docs) {
        if (text_match.count(id) && passes(doc, r, facet)) add(expected, doc, facet);
      }
    }
    CHECK(result->total == total);
    CHECK(result->total_exact);
    for (std::size_t f = 0; f < 6; ++f) {
      INFO("facet " << lanyard::core::kFacets[f].name);
      Counts got;
      for (const auto& v : result->facets[f]) got[v.value] = v.count;
      CHECK(got == expected[f]);
    }
  }
}

TEST_CASE("facets: values are ordered by count, ties by value, and cut to the limit", "[query]") {
  std::map<std::string, std::size_t> counts = {{"b", 2}, {"a", 2}, {"c", 5}, {"d", 1}};
  auto top = lanyard::query::top_values(counts, 3);
  REQUIRE(top.size() == 3);
  CHECK(top[0] == lanyard::query::FacetValue{"c", 5});
  CHECK(top[1] == lanyard::query::FacetValue{"a", 2});
  CHECK(top[2] == lanyard::query::FacetValue{"b", 2});
  CHECK(lanyard::query::top_values(counts, 0).size() == 4);
}

TEST_CASE("facets: the whole index's facets", "[query]") {
  lanyard::testing::TempDir dir;
  lanyard::testing::write_fixture_index(dir.path() / "db");
  auto searcher = lanyard::query::Searcher::open(dir.path() / "db");
  REQUIRE(searcher);
  auto facets = (*searcher)->facets(0);
  REQUIRE(facets);
  std::map<std::string, std::size_t> online;
  for (const auto& v : (*facets)[5]) online[v.value] = v.count;
  CHECK(online ==
        std::map<std::string, std::size_t>{{"hybrid", 2}, {"in-person", 6}, {"online", 1}});
  CHECK((*facets)[2].front() == lanyard::query::FacetValue{"llm", 3});
}

TEST_CASE(
    "facets: a date range narrowed by the month terms matches what the dates say, long events too",
    "[query]") {
  // Events of up to 24 months carry a month term for each month they span, so
  // the searcher may look the range up by those terms; a longer one makes the
  // index fall back to reading every match's dates.
  for (bool long_event : {false, true}) {
    INFO("with an event of 36 months: " << long_event);
    lanyard::testing::TempDir dir;
    auto fixture = lanyard::testing::fixture_docs();
    if (long_event) {
      fixture.push_back({"_events/residency-2022.md",
                         "Research Residency",
                         "A residency that runs for three years.",
                         "2022-03-01",
                         "2025-02-28",
                         "Paris",
                         "",
                         "France",
                         std::nullopt,
                         "in-person",
                         {"research"},
                         {}});
    }
    lanyard::testing::write_fixture_index(dir.path() / "db", fixture);
    Xapian::Database db((dir.path() / "db").string());
    CHECK(lanyard::query::FacetIndex::build(db)->date_terms_cover_spans() == !long_event);
    auto searcher = lanyard::query::Searcher::open(dir.path() / "db");
    REQUIRE(searcher);
    std::map<std::string, Doc> docs;
    for (auto p = db.postlist_begin(""); p != db.postlist_end(""); ++p) {
      Xapian::Document d = db.get_document(*p);
      auto id = d.termlist_begin();
      id.skip_to("Q");
      REQUIRE(id != d.termlist_end());
      docs[(*id).substr(1)] = read_doc(d);
    }
    const std::vector<Date> days = {{2021, 6, 1},   {2022, 3, 1},   {2023, 5, 15},  {2024, 12, 1},
                                    {2024, 12, 12}, {2024, 12, 31}, {2025, 1, 1},   {2025, 2, 28},
                                    {2025, 6, 7},   {2025, 10, 22}, {2025, 10, 23}, {2025, 12, 31},
                                    {2027, 2, 28},  {2031, 1, 1}};
    std::size_t found = 0;
    for (const auto& from : days) {
      for (const auto& to : days) {
        SearchRequest r;
        r.from = from;
        r.to = to;
        r.limit = 100;
        r.snippets = false;
        INFO("from " << from.iso() << " to " << to.iso());
        auto result = (*searcher)->search(r);
        REQUIRE(result);
        std::set<std::string> got, expected;
        for (const auto& h : result->hits) got.insert(h.id);
        for (const auto& [id, d] : docs) {
          if (passes(d, r, -1)) expected.insert(id);
        }
        CHECK(got == expected);
        CHECK(result->total == expected.size());
        if (long_event && got.count("_events/residency-2022.md")) ++found;
      }
    }
    if (long_event) CHECK(found > 0);  // its last months lie past its terms, and are found
  }
}

TEST_CASE("facets: the whole index counted without a match leaves out deleted documents",
          "[query]") {
  // The whole index (facets(), a page with no words and no filter, and the
  // selected facet of a page with no words) is counted from the facet index
  // alone; a deleted document must not count there either.
  lanyard::testing::TempDir dir;
  lanyard::testing::write_fixture_index(dir.path() / "db");
  std::map<Xapian::docid, Doc> docs;
  {
    Xapian::WritableDatabase w((dir.path() / "db").string());
    for (auto p = w.postlist_begin(""); p != w.postlist_end(""); ++p)
      docs[*p] = read_doc(w.get_document(*p));
    Xapian::docid gone = 0;
    for (const auto& [id, doc] : docs) {
      if (!doc.label.empty() && !doc.topics.empty() && !doc.online.empty()) gone = id;
    }
    REQUIRE(gone != 0);
    w.delete_document(gone);
    w.commit();
    docs.erase(gone);
  }
  std::vector<Counts> expected(6);
  for (const auto& [id, doc] : docs) add(expected, doc, -1);
  auto searcher = lanyard::query::Searcher::open(dir.path() / "db");
  REQUIRE(searcher);
  auto counts = [](const std::vector<lanyard::query::FacetValue>& values) {
    Counts c;
    for (const auto& v : values) c[v.value] = v.count;
    return c;
  };
  auto whole = (*searcher)->facets(0);
  REQUIRE(whole);
  SearchRequest all;
  all.facet_limit = 0;
  auto page = (*searcher)->search(all);
  REQUIRE(page);
  CHECK(page->total == docs.size());
  SearchRequest one_topic = all;
  one_topic.topics = {"llm"};
  auto selected = (*searcher)->search(one_topic);
  REQUIRE(selected);
  for (std::size_t f = 0; f < 6; ++f) {
    INFO("facet " << lanyard::core::kFacets[f].name);
    CHECK(counts((*whole)[f]) == expected[f]);
    CHECK(counts(page->facets[f]) == expected[f]);
  }
  CHECK(counts(selected->facets[2]) == expected[2]);
}
