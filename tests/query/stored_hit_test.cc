#include "query/stored_hit.h"

#include <xapian.h>

#include <catch2/catch.hpp>
#include <string>

#include "core/compress.h"
#include "core/schema.h"
#include "indexer/document.h"
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

TEST_CASE(
    "stored hit: a search hit reads what the whole document reads, for every fixture document",
    "[query]") {
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

TEST_CASE("stored hit: escapes, topic objects, numbers, the older layout and bad JSON read alike",
          "[query]") {
  std::string fields =
      R"({"id":"a\"b.md","title":"Caf\u00e9 \ud83c\udf89 \\ talk","url":"https://x.org/a","date":"2025-01-02",)"
      R"("end_date":null,"published":7,"fields":{"deep":[1,{"x":[true,null]}],"title":"not this one"},)"
      R"("location":{"city":"Malm\u00f6","lat":55.6,"n":-3,"big":18446744073709551615,"online":true,"venue":null},)"
      R"("topics":["llm",{"name":"compilers","slug":"c"},{"slug":"no-name"},3],"speakers":["Ada",null,"Grace"]})";
  SECTION("schema 4: the text after a NUL") {
    check_same(with_data(fields + std::string(1, '\0') + "body \xc3\xa9"));
  }
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

TEST_CASE(
    "search: a hit's body is stored compressed in its value slot, and older layouts still read",
    "[query]") {
  // Schema 6: no document data; the fields' JSON, a NUL and the body as one
  // zstd frame in kStored; a body that is not valid UTF-8 stays in the JSON.
  // Schema 5 (the JSON as data, the body as a frame in kBody), schema 4
  // (fields, NUL, body as data) and schema 3 (the body in the JSON) still read.
  using lanyard::core::schema::slot::kBody;
  using lanyard::core::schema::slot::kStored;
  lanyard::indexer::Record r;
  r.id = "_posts/2025-06-07-talk.md";
  r.title = "Compilers in Paris";
  r.body.text = "A talk about compilers \xc3\xa9t\xc3\xa9 and \"quotes\".";
  Xapian::TermGenerator tg = lanyard::indexer::make_term_generator();
  Xapian::Document doc = lanyard::indexer::build_document(r, "fp", tg);
  CHECK(doc.get_data().empty());  // nothing for Xapian to inflate
  CHECK(doc.get_value(kBody).empty());
  auto stored = lanyard::core::decompress_text(doc.get_value(kStored));  // a zstd frame
  REQUIRE(stored);
  auto [fields, body] = lanyard::core::schema::split_stored_data(*stored);
  CHECK(fields.starts_with("{"));
  CHECK(fields.find("A talk about") == std::string::npos);
  CHECK(body == std::optional<std::string_view>(r.body.text));
  lanyard::query::Hit hit = lanyard::query::hit_from_document(doc);
  CHECK(hit.title == "Compilers in Paris");
  CHECK(hit.text == r.body.text);
  CHECK(hit.stored.value("text", "") == r.body.text);
  CHECK(lanyard::query::hit_summary_from_document(doc).text == r.body.text);

  r.body.text = "bad \xff bytes";
  Xapian::Document bad = lanyard::indexer::build_document(r, "fp", tg);
  auto bad_stored = lanyard::core::decompress_text(bad.get_value(kStored));
  REQUIRE(bad_stored);
  CHECK(bad_stored->find('\0') == std::string::npos);
  CHECK(lanyard::query::hit_from_document(bad).stored.value("text", "") ==
        "bad \xef\xbf\xbd bytes");
  CHECK(lanyard::query::hit_summary_from_document(bad).text == "bad \xef\xbf\xbd bytes");

  Xapian::Document v5;
  v5.set_data(R"({"id":"a.md","title":"Five"})");
  v5.add_value(kBody, lanyard::core::compress_text("the fifth body"));
  CHECK(lanyard::query::hit_from_document(v5).title == "Five");
  CHECK(lanyard::query::hit_from_document(v5).stored.value("text", "") == "the fifth body");
  CHECK(lanyard::query::hit_summary_from_document(v5).text == "the fifth body");
  Xapian::Document damaged;
  damaged.add_value(kStored, "not a frame");
  CHECK(lanyard::query::hit_summary_from_document(damaged).id.empty());
  CHECK(lanyard::query::hit_from_document(damaged).stored.value("text", "x").empty());
  Xapian::Document v4;
  v4.set_data(std::string(R"({"id":"a.md","title":"Four"})") + '\0' + "the body");
  CHECK(lanyard::query::hit_from_document(v4).stored.value("text", "") == "the body");
  CHECK(lanyard::query::hit_summary_from_document(v4).text == "the body");
  Xapian::Document old;
  old.set_data(R"({"id":"a.md","title":"Old","text":"the body"})");
  lanyard::query::Hit old_hit = lanyard::query::hit_from_document(old);
  CHECK(old_hit.title == "Old");
  CHECK(old_hit.stored.value("text", "") == "the body");
  CHECK(lanyard::query::hit_summary_from_document(old).text == "the body");
}
