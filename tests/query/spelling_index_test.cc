#include "query/spelling_index.h"

#include <xapian.h>

#include <catch2/catch.hpp>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "query/searcher.h"
#include "tests/query/fixture.h"
#include "tests/test_util.h"

using lanyard::query::SpellingIndex;
using lanyard::testing::TempDir;
namespace fs = std::filesystem;

namespace {

// A spelling table of every lowercase word of our sample repo (corpus/), with
// how often each occurs, plus a few non-ASCII words.
Xapian::Database corpus_spelling_table(const fs::path& where) {
  std::map<std::string, unsigned> words;
  for (const auto& entry :
       fs::recursive_directory_iterator(fs::path(LANYARD_SOURCE_DIR) / "corpus")) {
    if (entry.path().extension() != ".md") continue;
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    std::string word;
    for (char c : text.str() + " ") {
      if (std::isalpha(static_cast<unsigned char>(c))) {
        word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      } else {
        if (word.size() >= 2 && word.size() <= 32) ++words[word];
        word.clear();
      }
    }
  }
  for (const char* w : {"café", "cafés", "naïve", "zürich", "münchen", "straße", "ünter"})
    words[w] += 3;
  Xapian::WritableDatabase db(where.string(), Xapian::DB_CREATE_OR_OPEN);
  for (const auto& [w, n] : words) db.add_spelling(w, n);
  db.commit();
  return Xapian::Database(where.string());
}

// Words one or two edits away: each kind of edit at a random place.
std::vector<std::string> typos(const std::string& w, std::mt19937& rng) {
  std::vector<std::string> out = {w};
  auto at = [&](std::size_t n) { return rng() % n; };
  auto letter = [&] { return static_cast<char>('a' + rng() % 26); };
  std::string d = w;
  d.erase(at(d.size()), 1);
  std::string s = w;
  s[at(s.size())] = letter();
  std::string t = w;
  std::swap(t[at(t.size() - 1)], t[t.size() - 1]);
  std::string i = w;
  i.insert(at(i.size() + 1), 1, letter());
  std::string two = s;
  two.erase(at(two.size()), 1);
  for (auto* v : {&d, &s, &t, &i, &two}) out.push_back(*v);
  return out;
}

}  // namespace

TEST_CASE("spelling index: the same suggestions as Xapian's spelling table", "[query][spelling]") {
  TempDir dir;
  Xapian::Database db = corpus_spelling_table(dir.path() / "db");
  auto index = SpellingIndex::build(db);
  REQUIRE(index->word_count() > 1000);
  std::mt19937 rng(7);
  std::size_t compared = 0, suggested = 0, k = 0;
  for (auto it = db.spellings_begin(); it != db.spellings_end(); ++it, ++k) {
    const std::string w = *it;
    if (k % 3 != 0 || w.size() < 3) continue;
    for (const std::string& probe : typos(w, rng)) {
      if (!SpellingIndex::answers(probe)) continue;
      for (unsigned max_edits : {1u, 2u, 3u}) {
        INFO(probe << " within " << max_edits);
        const std::string xapian = db.get_spelling_suggestion(probe, max_edits);
        CHECK(index->suggest(probe, max_edits) == xapian);
        ++compared;
        suggested += xapian.empty() ? 0 : 1;
      }
    }
  }
  CHECK(compared > 10000);
  CHECK(suggested >
        compared / 4);  // most typos have an answer: the comparison is not of empty strings
  for (const std::string probe :
       {"cafe", "naive", "zurich", "munchen", "strasse", "cafées", "qqqqqq"}) {
    INFO(probe);
    CHECK(index->suggest(probe) == db.get_spelling_suggestion(probe));
  }
}

TEST_CASE("spelling index: short words and bytes that are not UTF-8 are left to Xapian",
          "[query][spelling]") {
  CHECK_FALSE(SpellingIndex::answers("ve"));
  CHECK_FALSE(SpellingIndex::answers("nas"));
  CHECK_FALSE(SpellingIndex::answers("été"));  // five bytes, three letters
  CHECK(SpellingIndex::answers("café"));
  CHECK(SpellingIndex::answers("docx"));
  CHECK_FALSE(SpellingIndex::answers("tou\xc2te"));
}

TEST_CASE("spelling index: searches use it after a few lookups and drop it when the index changes",
          "[query][spelling]") {
  TempDir dir;
  lanyard::testing::write_fixture_index(dir.path() / "db");
  auto searcher = lanyard::query::Searcher::open(dir.path() / "db");
  REQUIRE(searcher);
  auto corrected = [&](const std::string& q) {
    lanyard::query::SearchRequest r;
    r.query = q;
    auto result = (*searcher)->search(r);
    REQUIRE(result);
    return result->corrected_query.value_or("");
  };
  const std::string first = corrected("compilrs");
  CHECK_FALSE(first.empty());
  for (unsigned i = 0; i < 2 * lanyard::query::QueryBuilder::kLookupsBeforeIndex; ++i)
    CHECK(corrected("compilrs") == first);
  {
    Xapian::WritableDatabase w((dir.path() / "db").string(), Xapian::DB_OPEN);
    w.remove_spelling(first, 1000000);
    w.commit();
  }
  REQUIRE((*searcher)->refresh());
  // A spelling index of the old revision would still offer the word.
  CHECK(corrected("compilrs") != first);
}

TEST_CASE(
    "searcher: warm() reads the facet columns and the spelling index of the open revision at once",
    "[query][spelling]") {
  TempDir dir;
  lanyard::testing::write_fixture_index(dir.path() / "db");
  auto cold = lanyard::query::Searcher::open(dir.path() / "db");
  auto warm = lanyard::query::Searcher::open(dir.path() / "db");
  REQUIRE(cold);
  REQUIRE(warm);
  CHECK_FALSE((*warm)->is_warm());
  REQUIRE((*warm)->warm());
  CHECK((*warm)->is_warm());
  // The same answers as a Searcher that reads them on the way.
  for (const char* q : {"compilrs", "pytorch", "beijng conference", ""}) {
    lanyard::query::SearchRequest r;
    r.query = q;
    auto a = (*cold)->search(r);
    auto b = (*warm)->search(r);
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->corrected_query == b->corrected_query);
    CHECK(a->total == b->total);
    CHECK(a->facets == b->facets);
  }
  {
    Xapian::WritableDatabase w((dir.path() / "db").string(), Xapian::DB_OPEN);
    w.add_spelling("warmword", 3);
    w.commit();
  }
  REQUIRE((*warm)->refresh());
  CHECK_FALSE((*warm)->is_warm());  // a new revision: read again
  REQUIRE((*warm)->warm());
  CHECK((*warm)->is_warm());
}
