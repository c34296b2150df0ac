// The peers harness's query lines mapped onto an index's own filter values.
#include "bench/filter_map.h"

#include <xapian.h>

#include <catch2/catch.hpp>

using lanyard::bench::FilterMap;
using lanyard::bench::slug;

namespace {

// An in-memory index with the boolean terms FilterMap reads.
Xapian::Database index_with_terms() {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  Xapian::Document doc;
  for (const char* t :
       {"XLOCdurham", "XLOCunited states", "XLOCsan diego", "XLOCsan", "XTOPICweb development",
        "XTOPICpython", "Kdjangocon", "Ksystem architecture"}) {
    doc.add_boolean_term(t);
  }
  db.add_document(doc);
  return db;
}

}  // namespace

TEST_CASE("slug matches the harness's lib/corpus.py slug()") {
  CHECK(slug("Durham, NC, USA") == "durham-nc-usa");
  CHECK(slug("  Web Development ") == "web-development");
  CHECK(slug("-_snake_case_-") == "snake_case");
  CHECK(slug("E-commerce") == "e-commerce");
  CHECK(slug("!!!") == "");
}

TEST_CASE("free words are runs of word characters, lowercased") {
  FilterMap map(index_with_terms());
  auto q = map.parse("Django  c++ snake_case foo:bar");
  CHECK(q.words == "django c snake_case foo bar");
  CHECK(q.locations.empty());
  CHECK(q.unmapped.empty());
}

TEST_CASE("location slugs map to the longest indexed place they start with") {
  FilterMap map(index_with_terms());
  CHECK(map.parse("x location:durham-nc-usa").locations == std::vector<std::string>{"durham"});
  CHECK(map.parse("location:san-diego-ca-usa").locations == std::vector<std::string>{"san diego"});
  CHECK(map.parse("loc:United-States").locations == std::vector<std::string>{"united states"});
  CHECK(map.parse("location:online").online);
  // "durhamville" is not "durham" followed by a '-' boundary.
  auto missing = map.parse("location:durhamville");
  CHECK(missing.locations == std::vector<std::string>{"durhamville"});
  CHECK(missing.unmapped == std::vector<std::string>{"location:durhamville"});
}

TEST_CASE("topic slugs map to taxonomy topics, then to tags, else stay unmapped") {
  FilterMap map(index_with_terms());
  CHECK(map.parse("topic:web-development").topics == std::vector<std::string>{"web development"});
  auto tag = map.parse("shirts topic:system-architecture");
  CHECK(tag.topics.empty());
  CHECK(tag.tags == std::vector<std::string>{"system architecture"});
  CHECK(tag.words == "shirts");
  auto none = map.parse("topic:knitting");
  CHECK(none.topics == std::vector<std::string>{"knitting"});
  CHECK(none.unmapped == std::vector<std::string>{"topic:knitting"});
}

TEST_CASE("year filters become a year, and a malformed one is a word") {
  FilterMap map(index_with_terms());
  auto q = map.parse("pycon year:2024");
  REQUIRE(q.year);
  CHECK(*q.year == 2024);
  CHECK(q.words == "pycon");
  CHECK_FALSE(map.parse("year:soon").year);
}
