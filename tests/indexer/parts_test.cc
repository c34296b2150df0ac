#include "indexer/parts.h"

#include <xapian.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "tests/test_util.h"

using lanyard::indexer::PartBuilder;
using lanyard::indexer::PartOptions;
using lanyard::testing::TempDir;
namespace fs = std::filesystem;

namespace {

Xapian::Document doc_for(std::size_t i) {
  Xapian::Document doc;
  doc.add_boolean_term("Qd" + std::to_string(i));
  doc.add_term("word" + std::to_string(i % 5));
  doc.add_value(1, "v" + std::to_string(i));
  return doc;
}

}  // namespace

TEST_CASE("parts: tiers are merged as they fill, and the last merge keeps every document",
          "[indexer][parts]") {
  TempDir tmp;
  fs::create_directories(tmp.path() / "parts");
  PartOptions options;
  options.part_docs = 2;
  options.fan_in = 3;
  options.lanes = 2;
  PartBuilder parts(tmp.path() / "parts", 1, options);
  const std::size_t count = 97;
  std::size_t most = 0;
  for (std::size_t batch = 0; batch * 4 < count; ++batch) {
    for (std::size_t lane = 0; lane < 2; ++lane) {
      for (std::size_t i = batch * 4 + lane * 2; i < std::min(count, batch * 4 + lane * 2 + 2);
           ++i) {
        parts.add(0, lane, batch, doc_for(i));
      }
      parts.end_batch(0, lane);
    }
    most = std::max(most, parts.parts(0));
  }
  CHECK(parts.documents() == count);
  // 48 parts of 2 documents without the merges; with them, at most two of
  // each level (1, 3, 9, 27 parts of 2) per lane, plus the open one.
  CHECK(most <= 2 * (2 * 4 + 1));
  {
    Xapian::WritableDatabase base((tmp.path() / "base").string(), Xapian::DB_CREATE_OR_OVERWRITE);
    base.add_spelling("conference", 3);
    base.set_metadata("kept", "yes");
    base.commit();
  }
  parts.finish(0, (tmp.path() / "base").string(), tmp.path() / "out");
  Xapian::Database out((tmp.path() / "out").string());
  CHECK(out.get_doccount() == count);
  CHECK(out.get_termfreq("word2") == count / 5 + (count % 5 > 2 ? 1 : 0));
  CHECK(out.get_metadata("kept") == "yes");
  CHECK(out.get_spelling_suggestion("conferense") == "conference");
  for (std::size_t i = 0; i < count; ++i) {
    auto post = out.postlist_begin("Qd" + std::to_string(i));
    REQUIRE(post != out.postlist_end("Qd" + std::to_string(i)));
    CHECK(out.get_document(*post).get_value(1) == "v" + std::to_string(i));
  }
  // Merged parts are gone from the folder; only the merge result remains.
  CHECK(fs::exists(tmp.path() / "out" / "iamglass"));
}

TEST_CASE("parts: more parts than one merge may open are merged in runs first, in order",
          "[indexer][parts]") {
  TempDir tmp;
  fs::create_directories(tmp.path() / "parts");
  PartOptions options;
  options.part_docs = 1;
  options.fan_in = PartBuilder::kMaxSources;  // no tier fills: 80 parts of one document
  options.lanes = 2;
  PartBuilder parts(tmp.path() / "parts", 1, options);
  const std::size_t count = 80;
  for (std::size_t i = 0; i < count; ++i) {
    parts.add(0, i % 2, i / 2, doc_for(i));  // batch i / 2: lane 0 takes 2b, lane 1 takes 2b + 1
    parts.end_batch(0, i % 2);
  }
  REQUIRE(parts.parts(0) == count);
  { Xapian::WritableDatabase base((tmp.path() / "base").string(), Xapian::DB_CREATE_OR_OVERWRITE); }
  parts.finish(0, (tmp.path() / "base").string(), tmp.path() / "out");
  Xapian::Database out((tmp.path() / "out").string());
  REQUIRE(out.get_doccount() == count);
  // Documents are numbered part by part in (batch, lane) order: here, as added.
  for (std::size_t i = 0; i < count; ++i) {
    auto post = out.postlist_begin("Qd" + std::to_string(i));
    REQUIRE(post != out.postlist_end("Qd" + std::to_string(i)));
    CHECK(*post == i + 1);
  }
}
