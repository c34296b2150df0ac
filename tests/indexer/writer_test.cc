#include "indexer/writer.h"

#include <xapian.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "core/schema.h"
#include "core/shards.h"
#include "tests/test_util.h"

using lanyard::indexer::IndexWriter;
using lanyard::testing::TempDir;
namespace fs = std::filesystem;
namespace schema = lanyard::core::schema;

namespace {

// order: also the order slot ("date\x1fid", as indexer/document.cc writes it).
Xapian::Document doc_for(const std::string& id, const std::string& word, bool order = false) {
  Xapian::Document doc;
  doc.add_boolean_term(schema::boolean_term(schema::prefix::kId, id));
  doc.add_term(word);
  doc.add_value(schema::slot::kFingerprint, "fp-" + id);
  if (order)
    doc.add_value(schema::slot::kOrder, std::string("20240501") + schema::kListSeparator + id);
  return doc;
}

// Writes count documents "d0".."d{count-1}" through one writer and commits;
// ordered: which of them carry the order slot.
void write_docs(IndexWriter& writer, std::size_t count, bool (*ordered)(std::size_t) = nullptr) {
  for (std::size_t i = 0; i < count; ++i) {
    std::string id = "d" + std::to_string(i);
    Xapian::Document doc = doc_for(id, "word" + std::to_string(i % 7), ordered && ordered(i));
    REQUIRE(writer.replace(id, doc));
  }
  REQUIRE(writer.commit());
}

bool has_index(const fs::path& dir) {
  return fs::exists(dir / "iamglass") || fs::exists(dir / lanyard::core::shards::kStubFile);
}

}  // namespace

TEST_CASE("writer: a first build is written aside and appears whole at commit",
          "[indexer][writer]") {
  TempDir tmp;
  fs::path db = tmp.path() / "deep" / "er" / "idx";  // parents that do not exist yet
  {
    auto writer = IndexWriter::open(db);
    REQUIRE(writer);
    Xapian::Document doc = doc_for("a", "alpha");
    REQUIRE((*writer)->replace("a", doc));
    CHECK_FALSE(has_index(db));  // readers see no half-built index
    CHECK(fs::exists(tmp.path() / "deep" / "er" / "idx.building"));
    REQUIRE((*writer)->commit());
  }
  CHECK(has_index(db));
  CHECK_FALSE(fs::exists(tmp.path() / "deep" / "er" / "idx.building"));
  CHECK(Xapian::Database(db.string()).get_doccount() == 1);
}

TEST_CASE("writer: a first build that never commits leaves nothing behind", "[indexer][writer]") {
  TempDir tmp;
  fs::path db = tmp.path() / "idx";
  {
    auto writer = IndexWriter::open(db);
    REQUIRE(writer);
    Xapian::Document doc = doc_for("a", "alpha");
    REQUIRE((*writer)->replace("a", doc));
  }
  CHECK_FALSE(fs::exists(db));
  CHECK_FALSE(fs::exists(tmp.path() / "idx.building"));
}

TEST_CASE("writer: an empty folder (also with a trailing slash) takes a first build",
          "[indexer][writer]") {
  TempDir tmp;
  fs::create_directories(tmp.path() / "idx");
  auto writer = IndexWriter::open(tmp.path().string() + "/idx/");
  REQUIRE(writer);
  write_docs(**writer, 3);
  writer->reset();
  CHECK(Xapian::Database((tmp.path() / "idx").string()).get_doccount() == 3);
  CHECK_FALSE(fs::exists(tmp.path() / "idx.building"));
}

TEST_CASE("writer: a stale .building folder from a killed first build is replaced",
          "[indexer][writer]") {
  TempDir tmp;
  tmp.write("idx.building/leftover.txt", "from a run that was killed");
  {
    Xapian::WritableDatabase stale((tmp.path() / "idx.building").string(),
                                   Xapian::DB_CREATE_OR_OPEN);
    stale.add_document(doc_for("stale", "old"));
    stale.commit();
  }
  auto writer = IndexWriter::open(tmp.path() / "idx");
  REQUIRE(writer);
  write_docs(**writer, 2);
  writer->reset();
  Xapian::Database db((tmp.path() / "idx").string());
  CHECK(db.get_doccount() == 2);
  CHECK(db.term_exists("Qd0"));
  CHECK_FALSE(db.term_exists("Qstale"));
}

TEST_CASE("writer: a first build over many parts, lanes and merge tiers keeps every document",
          "[indexer][writer]") {
  TempDir tmp;
  const std::size_t count = 200;
  lanyard::indexer::PartOptions parts;
  parts.part_docs = 5;  // a part closes every second batch of 7 (3 or 4 per lane)
  parts.fan_in = 3;     // ~14 parts per lane: three tiers
  parts.lanes = 2;
  for (std::size_t shards : {0, 3}) {
    fs::path db = tmp.path() / ("idx" + std::to_string(shards));
    auto writer = IndexWriter::open(db, shards, parts);
    REQUIRE(writer);
    std::vector<std::string> ids;
    std::vector<Xapian::Document> docs;
    for (std::size_t i = 0; i < count; ++i) {
      ids.push_back("d" + std::to_string(i));
      docs.push_back(doc_for(ids.back(), "word" + std::to_string(i % 7), true));
      docs.back().add_term("conference");
      if (i % 2 == 0) docs.back().add_term("alpha");
      if (i % 5 == 0) docs.back().add_term("gamma");
    }
    for (std::size_t from = 0; from < count; from += 7) {
      std::vector<IndexWriter::Upsert> batch;
      for (std::size_t i = from; i < std::min(count, from + 7); ++i)
        batch.push_back({&ids[i], &docs[i]});
      REQUIRE((*writer)->replace_all(batch));
    }
    (*writer)->set_metadata("lanyard.test", "kept");
    REQUIRE((*writer)->commit());
    writer->reset();
    CHECK_FALSE(fs::exists(tmp.path() / ("idx" + std::to_string(shards) + ".building")));
    fs::path open_path = shards ? db / lanyard::core::shards::kStubFile : db;
    Xapian::Database x(open_path.string());
    CHECK(x.get_doccount() == count);
    CHECK(x.get_termfreq("word3") == (count + 3) / 7);
    for (const auto& id : ids) CHECK(x.get_termfreq("Q" + id) == 1);
    CHECK(x.get_metadata("lanyard.test") == "kept");
    // The spelling table (written at commit) reaches the merged index, each
    // word counted once per document over all 29 batches.
    CHECK(x.get_spelling_suggestion("conferance") == "conference");
    std::map<std::string, Xapian::doccount> spelling;
    for (auto w = x.spellings_begin(); w != x.spellings_end(); ++w) spelling[*w] = w.get_termfreq();
    CHECK(spelling == std::map<std::string, Xapian::doccount>{
                          {"alpha", count / 2}, {"conference", count}, {"gamma", count / 5}});
    // The next run opens it in place, in one transaction, and knows every fingerprint.
    auto again = IndexWriter::open(db, shards);
    REQUIRE(again);
    REQUIRE((*again)->existing().size() == count);
    CHECK((*again)->existing().at("d42") == "fp-d42");
    CHECK((*again)->existing().at("d199") == "fp-d199");
  }
}

TEST_CASE("writer: an existing index is updated in place and a killed run leaves it as it was",
          "[indexer][writer]") {
  TempDir tmp;
  fs::path db = tmp.path() / "idx";
  {
    auto writer = IndexWriter::open(db);
    REQUIRE(writer);
    write_docs(**writer, 5);
  }
  {
    auto writer = IndexWriter::open(db);
    REQUIRE(writer);
    Xapian::Document doc = doc_for("new", "fresh");
    REQUIRE((*writer)->replace("new", doc));
    REQUIRE((*writer)->remove("d0"));
    CHECK_FALSE(fs::exists(tmp.path() / "idx.building"));
  }  // never committed: the transaction is cancelled
  Xapian::Database x(db.string());
  CHECK(x.get_doccount() == 5);
  CHECK(x.term_exists("Qd0"));
  CHECK_FALSE(x.term_exists("Qnew"));
}

TEST_CASE("writer: fingerprints are read back with or without the order slot on every document",
          "[indexer][writer]") {
  TempDir tmp;
  bool (*all)(std::size_t) = [](std::size_t) { return true; };
  bool (*some)(std::size_t) = [](std::size_t i) { return i % 3 != 0; };
  for (auto ordered : {all, some}) {
    fs::path db = tmp.path() / (ordered == all ? "all" : "some");
    {
      auto writer = IndexWriter::open(db);
      REQUIRE(writer);
      write_docs(**writer, 50, ordered);
    }
    auto again = IndexWriter::open(db);
    REQUIRE(again);
    REQUIRE((*again)->existing().size() == 50);
    for (std::size_t i = 0; i < 50; ++i) {
      std::string id = "d" + std::to_string(i);
      CHECK((*again)->existing().at(id) == "fp-" + id);
    }
  }
}
