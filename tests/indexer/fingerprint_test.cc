#include "indexer/fingerprint.h"

#include <catch2/catch.hpp>
#include <optional>
#include <string>
#include <vector>

using lanyard::indexer::Fingerprint;

TEST_CASE("fingerprint: formats as version:size:mtime:hash, byte for byte as stored",
          "[indexer][fingerprint]") {
  Fingerprint f{"v7:00000000000000ab.0123456789abcdef", 2048, 1717171717123456789LL, 0xfeedULL};
  CHECK(f.format() ==
        "v7:00000000000000ab.0123456789abcdef:2048:1717171717123456789:000000000000feed");
}

TEST_CASE("fingerprint: parse gives back what format wrote", "[indexer][fingerprint]") {
  const std::vector<Fingerprint> cases = {
      {"v7:00000000000000ab.0123456789abcdef", 2048, 1717171717123456789LL, 0xfeedULL},
      {"v1:0000000000000000.0000000000000000", 0, 0, 0},
      {"v12:ffffffffffffffff.ffffffffffffffff", 1, -1500000000LL, 0xffffffffffffffffULL},
  };
  for (const auto& f : cases) {
    INFO(f.format());
    auto parsed = Fingerprint::parse(f.format());
    REQUIRE(parsed);
    CHECK(*parsed == f);
    CHECK(parsed->format() == f.format());
  }
}

TEST_CASE("fingerprint: text that is not one parses as nothing", "[indexer][fingerprint]") {
  for (const char* text : {"", "fp-a.md", "12:34:abcd", ":1:2:0000000000000001", "v1:x:1:2:zz",
                           "v1:x:1:y:00", "v1:x:one:2:0000000000000001", "v1:x:1:2:"}) {
    INFO(text);
    CHECK_FALSE(Fingerprint::parse(text));
  }
}

TEST_CASE(
    "fingerprint: same stat means version, size and mtime; same content means version and hash",
    "[indexer][fingerprint]") {
  Fingerprint a{"v7:aa.bb", 10, 500, 0x1234};
  Fingerprint touched = a;
  touched.mtime_ns = 900;
  Fingerprint edited = a;
  edited.content_hash = 0x9999;
  Fingerprint other_version = a;
  other_version.version_tag = "v7:aa.cc";
  CHECK(a.same_stat(a));
  CHECK_FALSE(a.same_stat(touched));
  CHECK(a.same_content(touched));
  CHECK_FALSE(a.same_content(edited));
  CHECK_FALSE(a.same_stat(other_version));
  CHECK_FALSE(a.same_content(other_version));
}
