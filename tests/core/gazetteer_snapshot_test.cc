#include "core/gazetteer_snapshot.h"

#include <catch2/catch.hpp>
#include <string>

#include "core/gazetteer_data.h"
#include "core/place_aliases.h"

using namespace lanyard::core;

namespace {

GazetteerData small_tables() {
  GazetteerData d;
  d.cities.push_back({"Durham", "North Carolina", "US", 35.99, -78.9, 278993});
  d.cities.push_back({"Durham", "England", "GB", 54.78, -1.57, 48069});
  d.cities.push_back({"北京", "Beijing", "CN", 39.9, 116.4, 18960744});
  d.city_by_key["durham"] = {0, 1};
  d.city_by_key["bei jing"] = {2};
  d.abbrev_city_by_key["bj"] = {2};
  d.region_by_key["nc"] = {RegionRef{"US", "North Carolina", true, true}};
  d.region_by_key["england"] = {RegionRef{"GB", "England", true, false},
                                RegionRef{"US", "England", false, false}};
  d.country_by_key["usa"] = {"US", true};
  d.country_by_key["china"] = {"CN", false};
  d.country_name = {{"CN", "China"}, {"US", "United States"}};
  d.part_of = {{"HK", "CN"}, {"MO", "CN"}};
  d.online_phrases = {"virtual option as well"};
  d.online_words = {"zoom"};
  d.ignored = {"tbd", "worldwide"};
  d.gates = {{"reading", WordGate::common}, {"victoria", WordGate::evidence}};
  return d;
}

}  // namespace

TEST_CASE("gazetteer snapshot: tables come back whole and encode to the same bytes",
          "[core][gazetteer]") {
  const std::string bytes = encode_gazetteer(small_tables());
  auto back = decode_gazetteer(bytes);
  REQUIRE(back);
  CHECK(encode_gazetteer(*back) == bytes);
  CHECK(back->cities.size() == 3);
  CHECK(back->cities[2].name == "北京");
  CHECK(back->cities[0].longitude == -78.9);
  CHECK(back->cities[1].population == 48069);
  CHECK(back->city_by_key.at("durham") == std::vector<std::uint32_t>{0, 1});
  CHECK(back->region_by_key.at("england").size() == 2);
  CHECK(back->region_by_key.at("nc")[0] == RegionRef{"US", "North Carolina", true, true});
  CHECK(back->country_by_key.at("usa").abbrev);
  CHECK(back->country_label("US") == "United States");
  CHECK(back->country_covers("CN", "MO"));
  CHECK(back->gate("victoria") == WordGate::evidence);
  CHECK(back->ignored.count("worldwide") == 1);
}

TEST_CASE("gazetteer snapshot: cut-short, padded or out-of-range bytes are refused",
          "[core][gazetteer]") {
  const std::string bytes = encode_gazetteer(small_tables());
  for (std::size_t n = 0; n < bytes.size(); ++n) {
    INFO(n);
    CHECK_FALSE(decode_gazetteer(bytes.substr(0, n)));
  }
  auto padded = decode_gazetteer(bytes + "x");
  REQUIRE_FALSE(padded);
  CHECK(padded.error().message ==
        "gazetteer snapshot: bytes left over at byte " + std::to_string(bytes.size()));
  CHECK_FALSE(decode_gazetteer("LYGZ\x02" + bytes.substr(5)));  // another format version
  GazetteerData bad = small_tables();
  bad.city_by_key["durham"].push_back(3);  // no city 3
  CHECK_FALSE(decode_gazetteer(encode_gazetteer(bad)));
  for (std::size_t at = 0; at < bytes.size();
       ++at) {  // damaged bytes: an error or tables, never a crash
    std::string flipped = bytes;
    flipped[at] = static_cast<char>(flipped[at] ^ 0xa5);
    auto decoded = decode_gazetteer(flipped);
    if (decoded) CHECK(decoded->cities.size() <= 3);
  }
}

TEST_CASE("gazetteer snapshot: the built-in one is what libgeonames and data/places.tsv give now",
          "[core][gazetteer]") {
  auto records = parse_place_aliases(builtin_place_aliases());
  REQUIRE(records);
  auto built = build_gazetteer_data(*records);
  REQUIRE(built);
  CHECK(built->cities.size() > 24000);
  const std::string snapshot(builtin_gazetteer_snapshot());
  CHECK(encode_gazetteer(*built) == snapshot);
  auto decoded = decode_gazetteer(snapshot);
  REQUIRE(decoded);
  CHECK(encode_gazetteer(*decoded) == snapshot);
}
