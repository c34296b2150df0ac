// Test fixture for the facet tests: a gazetteer that knows a handful of
// places, and the record Lanyard builds from a file's text.
#pragma once

#include <catch2/catch.hpp>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/place.h"
#include "core/text.h"
#include "indexer/front_matter.h"
#include "indexer/record.h"

namespace lanyard::indexer::facet_fixture {

// A gazetteer that knows a handful of places, by exact (case-insensitive) text,
// as the real one is specified to resolve them (core/place.h).
class FakeGazetteer final : public core::Gazetteer {
 public:
  FakeGazetteer() {
    add("paris, france", "Paris", "", "France", "FR");
    add("paris", "Paris", "", "France", "FR");
    add("beijing, china", "Beijing", "", "China", "CN");
    add("zhongguancun exhibition center, beijing, china", "Beijing", "", "China", "CN",
        "Zhongguancun Exhibition Center");
    add("new orleans", "New Orleans", "Louisiana", "United States", "US");
    add("new orleans, louisiana (usa) at generations hall | virtual option as well", "New Orleans",
        "Louisiana", "United States", "US", "Generations Hall", true);
    add("nairobi, kenya", "Nairobi", "", "Kenya", "KE");
    add("icc sydney, sydney, australia", "Sydney", "New South Wales", "Australia", "AU",
        "ICC Sydney");
    add("san francisco", "San Francisco", "California", "United States", "US");
    add("pittsburgh, pa", "Pittsburgh", "Pennsylvania", "United States", "US");
    add("malmö, sweden", "Malmö", "", "Sweden", "SE");
    add("berlin, germany", "Berlin", "", "Germany", "DE");
    add("berlin", "Berlin", "", "Germany", "DE");
    add("chicago", "Chicago", "Illinois", "United States", "US");
    add("au", "", "", "Australia", "AU");
    add("la", "Los Angeles", "California", "United States", "US");
    add("springfield", "Springfield", "Illinois", "United States", "US");
    add("north bay", "North Bay", "Ontario", "Canada", "CA");
    add("bay", "Bay", "Laguna", "Philippines", "PH");
    add("summit", "Summit", "New Jersey", "United States", "US");
    add("de", "", "Delaware", "United States", "US");
    add("york", "York", "England", "United Kingdom", "GB");
    add("new york city", "New York City", "New York", "United States", "US");
    add("santa fe", "Santa Fe", "Santa Fe", "Argentina", "AR");
    add("moscow", "Moscow", "Moscow", "Russia", "RU");
    add("kyiv", "Kyiv", "", "Ukraine", "UA");
    add("texas", "", "Texas", "United States", "US");
    add("shanghai", "Shanghai", "", "China", "CN");
    add("san diego, ca", "San Diego", "California", "United States", "US");
    add("san diego, california", "San Diego", "California", "United States", "US");
    add("montreal", "Montreal", "Quebec", "Canada", "CA");
    add("basel", "Basel", "", "Switzerland", "CH");
    add("india", "", "", "India", "IN");
    add("us", "", "", "United States", "US");
    add("san jose", "San Jose", "California", "United States", "US");
    add("durham", "Durham", "North Carolina", "United States", "US");
    add("vancouver", "Vancouver", "British Columbia", "Canada", "CA");
    add("vancouver, b.c.", "Vancouver", "British Columbia", "Canada", "CA");
    add("b.c", "", "British Columbia", "Canada", "CA");
    add("seattle", "Seattle", "Washington", "United States", "US");
    add("shanghai, china", "Shanghai", "", "China", "CN");
    add("chicago, illinois", "Chicago", "Illinois", "United States", "US");
    add("st. louis, mo", "St. Louis", "Missouri", "United States", "US");
    ambiguous_ = {"san jose", "durham", "vancouver"};
    keys_["moscow"] = {"moscow", "moscow oblast"};
    keys_["springfield"] = {"springfield", "springfield, missouri"};
    keys_["new york"] = {"new york city", "new york"};
    online_["online"] = true;
    online_["virtual"] = true;
  }

  std::optional<core::PlaceMatch> resolve(std::string_view text) const override {
    std::string key = core::ascii_lower(core::collapse_spaces(text));
    if (online_.count(key)) return core::PlaceMatch{std::nullopt, true, false};
    auto it = places_.find(key);
    if (it == places_.end()) return std::nullopt;
    return it->second;
  }

  std::vector<std::string> location_keys(std::string_view text) const override {
    std::string key = core::ascii_lower(text);
    if (auto it = keys_.find(key); it != keys_.end()) return it->second;
    auto m = resolve(text);
    if (!m || !m->place) return {};
    if (!m->place->city.empty()) return {core::ascii_lower(m->place->city)};
    return {core::ascii_lower(m->place->region.empty() ? m->place->country : m->place->region)};
  }

  bool ambiguous_city(std::string_view name) const override {
    return ambiguous_.count(core::ascii_lower(name)) > 0;
  }

 private:
  void add(std::string key, std::string city, std::string region, std::string country,
           std::string code, std::string venue = "", bool online = false) {
    core::Place p;
    p.venue = std::move(venue);
    p.city = std::move(city);
    p.region = std::move(region);
    p.country = std::move(country);
    p.country_code = std::move(code);
    places_[key] = core::PlaceMatch{p, online, true};
  }
  std::map<std::string, core::PlaceMatch> places_;
  std::map<std::string, std::vector<std::string>> keys_;
  std::map<std::string, bool> online_;
  std::set<std::string> ambiguous_;
};

// The record Lanyard builds from `text` at repo path `id` in `collection`.
inline Record record_of(const std::string& collection, const std::string& id,
                        const std::string& text, const core::Gazetteer* gazetteer,
                        const Config& config = {}, const SiteInfo& site = {}) {
  SourceFile file;
  file.id = id;
  file.path = id;
  file.collection = collection;
  file.rel_path = id;
  file.in_collection = true;
  auto parsed = parse_front_matter(text);
  REQUIRE(parsed);
  return build_record(file, std::move(*parsed), config, site, gazetteer);
}

inline std::string city_of(const Record& r) { return r.facets.place ? r.facets.place->city : "-"; }
inline std::string country_of(const Record& r) {
  return r.facets.place ? r.facets.place->country : "-";
}

// One row of a place table: a file's text and the place and attendance expected.
struct PlaceCase {
  std::string what;
  std::string collection;
  std::string text;
  std::string city;     // "-" = no place
  std::string country;  // "-" = no place, "" = a city whose country is open
  Attendance attendance;
  std::string site_description = "";  // SiteInfo::description of the file's site
};

inline void check_places(const std::vector<PlaceCase>& cases, const core::Gazetteer& gazetteer) {
  for (const auto& c : cases) {
    INFO(c.what);
    SiteInfo site;
    site.description = c.site_description;
    Record r = record_of(c.collection, "_" + c.collection + "/x.md", c.text, &gazetteer, {}, site);
    CHECK(city_of(r) == c.city);
    CHECK(country_of(r) == c.country);
    CHECK(r.facets.attendance == c.attendance);
  }
}

}  // namespace lanyard::indexer::facet_fixture
