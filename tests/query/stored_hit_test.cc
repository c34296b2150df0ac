#include <catch2/catch.hpp>

#include <string>

#include <xapian.h>

#include "query/stored_hit.h"
#include "tests/query/fixture.h"
#include "tests/test_util.h"

using lanyard::query::Hit;
using lanyard::query::hit_from_document;
using lanyard::query::hit_summary_from_document;

namespace {

// What a search hit shows must not depend on which reader read it.
void check_same(const Xapian::Document& doc) {
  Hit whole = hit_from_document(doc);
  Hit summary = hit_summary_from_document(doc);
  CHECK(summary.id == whole.id);
  CHECK(summary.title == whole.title);
  CHECK(summary.url == whole.url);
  CHECK(summary.date == whole.date);
  CHECK(summary.end_date == whole.end_date);
  CHECK(summary.published == whole.published);
  CHECK(summary.location == whole.location);
  CHECK(summary.topics == whole.topics);
  CHECK(summary.speakers == whole.speakers);
  CHECK(summary.text == whole.text);
  CHECK(summary.stored.is_null());
  CHECK(whole.stored.is_object());
}

Xapian::Document with_data(const std::string& data) {
  Xapian::Document doc;
  doc.set_data(data);
  return doc;
}

}  // namespace

TEST_CASE("stored hit: a search hit reads what the whole document reads, for every fixture document", "[query]") {
  lanyard::testing::TempDir dir;
  lanyard::testing::write_fixture_index(dir.path() / "db");
  Xapian::Database db((dir.path() / "db").string());
  REQUIRE(db.get_doccount() == lanyard::testing::fixture_docs().size());
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    Xapian::Document doc = db.get_document(*it);
    INFO(doc.get_data().substr(0, 200));
    check_same(doc);
    CHECK_FALSE(hit_summary_from_document(doc).id.empty());
  }
}

TEST_CASE("stored hit: escapes, topic objects, numbers, the older layout and bad JSON read alike", "[query]") {
  std::string fields =
      R"({"id":"a\"b.md","title":"Caf\u00e9 \ud83c\udf89 \\ talk","url":"https://x.org/a","date":"2025-01-02",)"
      R"("end_date":null,"published":7,"fields":{"deep":[1,{"x":[true,null]}],"title":"not this one"},)"
      R"("location":{"city":"Malm\u00f6","lat":55.6,"n":-3,"big":18446744073709551615,"online":true,"venue":null},)"
      R"("topics":["llm",{"name":"compilers","slug":"c"},{"slug":"no-name"},3],"speakers":["Ada",null,"Grace"]})";
  SECTION("schema 4: the text after a NUL") { check_same(with_data(fields + std::string(1, '\0') + "body \xc3\xa9")); }
  SECTION("schema 3: the text in the JSON") {
    std::string old = fields;
    old.insert(old.size() - 1, R"(,"text":"the \"body\"")");
    check_same(with_data(old));
    CHECK(hit_summary_from_document(with_data(old)).text == "the \"body\"");
  }
  SECTION("what each reader makes of it") {
    Hit h = hit_summary_from_document(with_data(fields));
    CHECK(h.id == "a\"b.md");
    CHECK(h.title == "Caf\xc3\xa9 \xf0\x9f\x8e\x89 \\ talk");
    CHECK_FALSE(h.end_date);
    CHECK_FALSE(h.published);
    CHECK(h.location["city"] == "Malm\xc3\xb6");
    CHECK(h.topics == std::vector<std::string>{"llm", "compilers"});
    CHECK(h.speakers == std::vector<std::string>{"Ada", "Grace"});
  }
  SECTION("bad JSON: both give an empty hit") {
    check_same(with_data(R"({"id":"a.md","title":)"));
    check_same(with_data("not json at all"));
    check_same(with_data(std::string("\0body", 5)));
    CHECK(hit_summary_from_document(with_data(std::string("\0body", 5))).text == "body");
  }
}
