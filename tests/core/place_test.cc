#include "core/place.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "core/place_fold.h"
#include "core/text.h"
#include "tests/test_util.h"

using namespace lanyard::core;
namespace fs = std::filesystem;

namespace {

bool contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

// The JSON's city ("San Francisco, CA", "Kraków") names the resolved one: the
// same folded name, or a name location_keys() maps to it ("Kiev" -> "kyiv").
bool same_city(const Gazetteer& g, const std::string& json_city, const std::string& resolved) {
  const std::string head = split(json_city, ',').front();
  return fold_place_key(head) == fold_place_key(resolved) ||
         contains(g.location_keys(head), ascii_lower(resolved));
}

std::shared_ptr<const Gazetteer> gazetteer() {
  auto g = Gazetteer::load();
  if (!g) FAIL(g.error().message);
  return *g;
}

struct Case {
  std::string text;
  std::string label;  // expected Place::label(); empty: no place
  std::string venue = {};
  bool online = false;
};

void check_cases(const Gazetteer& g, const std::vector<Case>& cases) {
  for (const auto& c : cases) {
    INFO(c.text);
    auto m = g.resolve(c.text);
    if (c.label.empty() && !c.online) {
      CHECK_FALSE(m.has_value());
      if (m && m->place) INFO("got " << m->place->label());
      continue;
    }
    REQUIRE(m.has_value());
    CHECK(m->online == c.online);
    CHECK(m->in_person == !c.label.empty());
    CHECK((m->place ? m->place->label() : std::string()) == c.label);
    CHECK((m->place ? m->place->venue : std::string()) == c.venue);
  }
}

}  // namespace

TEST_CASE("place: locations as the real corpora write them", "[place]") {
  auto g = gazetteer();
  check_cases(*g, {
                      {"Paris, France", "Paris, France"},
                      {"Beijing, China", "Beijing, China"},
                      {"Bei Jing Shi", "Beijing, China"},
                      {"北京市", "Beijing, China"},
                      {"上海", "Shanghai, China"},
                      {"Shanghai, China", "Shanghai, China"},
                      {"Los Angeles, CA", "Los Angeles, California, United States"},
                      {"San Francisco, CA", "San Francisco, California, United States"},
                      {"San Francisco", "San Francisco, California, United States"},
                      {"Berlin, Germany", "Berlin, Germany"},
                      {"Vancouver, B.C.", "Vancouver, British Columbia, Canada"},
                      {"Singapore", "Singapore, Singapore"},
                      {"Seoul, South Korea", "Seoul, South Korea"},
                      {"Seoul, Republic of Korea", "Seoul, South Korea"},
                      {"서울", "Seoul, South Korea"},
                      {"Pune, India", "Pune, India"},
                      {"Pittsburgh, PA", "Pittsburgh, Pennsylvania, United States"},
                      {"Philadelphia, PA", "Philadelphia, Pennsylvania, United States"},
                      {"New York City", "New York City, New York, United States"},
                      {"NYC", "New York City, New York, United States"},
                      {"New York, NY", "New York City, New York, United States"},
                      {"Nashville, TN", "Nashville, Tennessee, United States"},
                      {"Honolulu, HI", "Honolulu, Hawaii, United States"},
                      {"Malmö, Sweden", "Malmö, Sweden"},
                      {"Malmo, Sweden", "Malmö, Sweden"},
                      {"Kraków, Poland", "Kraków, Poland"},
                      {"Krakow", "Kraków, Poland"},
                      {"Wrocław, Poland", "Wrocław, Poland"},
                      {"São Paulo, Brazil", "São Paulo, Brazil"},
                      {"Sao Paulo", "São Paulo, Brazil"},
                      {"München", "Munich, Germany"},
                      {"Köln, Deutschland", "Cologne, Germany"},
                      {"東京都", "Tokyo, Japan"},
                      {"Москва", "Moscow, Russia"},
                      {"Dubai, UAE", "Dubai, United Arab Emirates"},
                      {"Austin, TX", "Austin, Texas, United States"},
                      {"Durham, NC", "Durham, North Carolina, United States"},
                      {"Durham, England", "Durham, England, United Kingdom"},
                      {"Toronto, ON", "Toronto, Ontario, Canada"},
                      {"Melbourne VIC", "Melbourne, Victoria, Australia"},
                      {"Washington, DC", "Washington, District of Columbia, United States"},
                      {"Portland, OR", "Portland, Oregon, United States"},
                      {"Portland, Maine", "Portland, Maine, United States"},
                      {"Paris, Texas", "Paris, Texas, United States"},
                      {"Kansas City, KS", "Kansas City, Kansas, United States"},
                      {"Bay Area", "San Francisco, California, United States"},
                      {"SF", "San Francisco, California, United States"},
                      {"U.S.A.", "United States"},
                      {"France", "France"},
                      {"California", "California, United States"},
                      {"Edinburgh, Scotland", "Edinburgh, Scotland, United Kingdom"},
                      {"London, U.K.", "London, England, United Kingdom"},
                      {"Amsterdam, Holland", "Amsterdam, Netherlands"},
                      {"Brasil", "Brazil"},  // "Python Brasil 2018"
                      {"Recife, Brasil", "Recife, Brazil"},
                      {"Prague, Czech Republic", "Prague, Czechia"},
                      {"Pocono Manor, PA, U.S.A.", "Pocono Manor, Pennsylvania, United States"},
                      {"Reading, UK", "Reading, England, United Kingdom"},
                      {"Reading, PA", "Reading, Pennsylvania, United States"},
                      {"Nice, France", "Nice, France"},
                      {"Victoria, BC", "Victoria, British Columbia, Canada"},
                      {"Chicago, IL 60611", "Chicago, Illinois, United States"},
                      {"Chicago, IL 60602, United States", "Chicago, Illinois, United States"},
                      {"75001 Paris, France", "Paris, France"},
                  });
}

TEST_CASE("place: venues are the parts left before or after the place", "[place]") {
  auto g = gazetteer();
  check_cases(
      *g,
      {
          {"213 W Institute Pl, Chicago, IL 60610, United States",
           "Chicago, Illinois, United States", "213 W Institute Pl"},
          {"ICC Sydney, Sydney, Australia", "Sydney, New South Wales, Australia", "ICC Sydney"},
          {"New Orleans, Louisiana (USA) at Generations Hall",
           "New Orleans, Louisiana, United States", "Generations Hall"},
          {"Tiki Town Adventure Golf (3114 Mission Blvd, San Diego)",
           "San Diego, California, United States", "Tiki Town Adventure Golf, 3114 Mission Blvd"},
          {"Zhongguancun Exhibition Center, Beijing, China", "Beijing, China",
           "Zhongguancun Exhibition Center"},
      });
}

TEST_CASE("place: online markers, alone or beside a place", "[place]") {
  auto g = gazetteer();
  check_cases(*g, {
                      {"Online", "", "", true},
                      {"Virtual", "", "", true},
                      {"Online, worldwide", "", "", true},
                      {"Livestream", "", "", true},
                      {"Webinar (Zoom)", "", "", true},
                      {"📍 Online", "", "", true},
                      {"New Orleans, Louisiana (USA) at Generations Hall | Virtual option as well",
                       "New Orleans, Louisiana, United States", "Generations Hall", true},
                      {"Paris, France / Online", "Paris, France", "", true},
                      {"Berlin (hybrid)", "Berlin, Germany", "", true},
                  });
}

TEST_CASE("place: words that are not places give nothing", "[place]") {
  auto g = gazetteer();
  check_cases(
      *g,
      {
          {"", ""},
          {"   ", ""},
          {"TBD", ""},
          {"TBA", ""},
          {"Room 101", ""},
          {"Main Hall", ""},
          {"Sauganash Ballroom", ""},
          {"Junior Ballroom", ""},
          {"Private Dining Room", ""},
          {"Salon A-E", ""},
          {"The Fundamentals of MLOps", ""},
          {"The Fundamentals of MLOps for R&D: Orchestration, Automation, Reproducibility", ""},
          {"West Lawn at the Marriott (on the other side of the pool from the Marriott restaurant)",
           ""},
          {"621 Foster Street", ""},
          {"506 N. Mangum St., Suite 102", ""},
          {"4125 Durham-Chapell Hill Blvd", ""},
          {"112 W. Main St", ""},
          {"3000 Upas St", ""},
          {"reading", ""},
          {"nice", ""},
          {"mobile", ""},
          {"split", ""},
          {"of", ""},
          {"normal", ""},
          {"Victoria", ""},
          {"Aurora", ""},
          {"Georgia", ""},
          {"Jersey", ""},
          {"in", ""},
          {"or", ""},
          {"me", ""},
          {"la", ""},
          {"us", ""},
          {"\xff\xfe broken", ""},
      });
}

TEST_CASE("place: common words count when written as a place", "[place]") {
  auto g = gazetteer();
  check_cases(*g, {
                      {"Reading", "Reading, England, United Kingdom"},
                      {"Nice", "Nice, France"},
                      {"Mobile, AL", "Mobile, Alabama, United States"},
                      {"Split, Croatia", "Split, Croatia"},
                      {"Aurora, CO", "Aurora, Colorado, United States"},
                      {"Normal, IL", "Normal, Illinois, United States"},
                      {"Atlanta, Georgia", "Atlanta, Georgia, United States"},
                      {"Tbilisi, Georgia", "Tbilisi, Georgia"},
                  });
}

TEST_CASE("place: fold_place_text ignores case, accents and punctuation", "[place]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"São Paulo", "sao paulo"},
      {"U.S.A.", "usa"},
      {"St. Louis", "saint louis"},
      {"MT", "mt"},
      {"Łódź", "lodz"},
      {"Straße", "strasse"},
      {"Москва", "москва"},
      {"北京市", "北京市"},
      {"  New   York ", "new york"},
      {"Île-de-France", "ile de france"},
      {"Kraków", "krakow"},
      {"Ra’s", "ras"},
  };
  for (const auto& [in, out] : cases) {
    INFO(in);
    CHECK(fold_place_text(in) == out);
  }
  CHECK(fold_place_key("Chicago, IL 60611") == "chicago il");
}

TEST_CASE("place: location_keys names what a filter text stands for", "[place]") {
  auto g = gazetteer();
  const std::vector<std::pair<std::string, std::vector<std::string>>> cases = {
      {"usa", {"united states"}},
      {"U.S.A.", {"united states"}},
      {"nyc", {"new york city"}},
      {"new york", {"new york city", "new york"}},
      {"bay area", {"san francisco"}},
      {"Beijing", {"beijing", "beijing municipality"}},
      {"北京", {"beijing"}},
      {"uk", {"united kingdom"}},
      {"holland", {"holland", "netherlands"}},  // Holland, Michigan too
      {"sf", {"san francisco"}},
      {"online", {"online"}},
      {"no such place xyz", {}},
      {"", {}},
  };
  for (const auto& [text, keys] : cases) {
    INFO(text);
    CHECK(g->location_keys(text) == keys);
  }
}

TEST_CASE("place: label and keys of a place", "[place]") {
  CHECK(Place{"", "Beijing", "Beijing Municipality", "China", "CN", {}, {}}.label() ==
        "Beijing, China");
  CHECK(Place{"", "Pittsburgh", "Pennsylvania", "United States", "US", {}, {}}.label() ==
        "Pittsburgh, Pennsylvania, United States");
  CHECK(Place{"", "", "", "France", "FR", {}, {}}.label() == "France");
  CHECK(Place{"", "", "Bavaria", "Germany", "DE", {}, {}}.label() == "Bavaria, Germany");
  CHECK(place_keys(Place{"Hall", "São Paulo", "", "Brazil", "BR", {}, {}}) ==
        std::vector<std::string>{"são paulo", "brazil"});
}

TEST_CASE("place: cities carry GeoNames coordinates; countries none", "[place]") {
  auto g = gazetteer();
  auto m = g->resolve("Beijing, China");
  REQUIRE(m);
  REQUIRE(m->place);
  CHECK(m->place->country_code == "CN");
  REQUIRE(m->place->latitude);
  CHECK(*m->place->latitude == Approx(39.9).margin(0.2));
  CHECK(*m->place->longitude == Approx(116.4).margin(0.2));
  auto f = g->resolve("France");
  REQUIRE(f);
  REQUIRE(f->place);
  CHECK_FALSE(f->place->latitude.has_value());
}

TEST_CASE("place: a user's alias table extends the built-in one", "[place]") {
  auto g = Gazetteer::load("city\tUS\tDurham\tBull City\n");
  REQUIRE(g);
  auto m = (*g)->resolve("Bull City");
  REQUIRE(m);
  REQUIRE(m->place);
  CHECK(m->place->label() == "Durham, North Carolina, United States");
  auto bad = Gazetteer::load("planet\tMars\n");
  REQUIRE_FALSE(bad);
  CHECK(bad.error().code == ErrorCode::invalid_input);
  CHECK(bad.error().message.find("unknown kind 'planet'") != std::string::npos);
  auto missing = Gazetteer::load("city\tUS\tAtlantis\tLost City\n");
  REQUIRE_FALSE(missing);
  CHECK(missing.error().code == ErrorCode::invalid_input);
}

TEST_CASE("place: tech-conferences city/country pairs resolve to the same city and country",
          "[place]") {
  const auto corpora = lanyard::testing::shared_corpora();
  if (!corpora) {
    WARN("SKIPPED: ../shared/corpora is absent (set LANYARD_SHARED)");
    return;
  }
  auto g = gazetteer();
  std::size_t total = 0, same = 0;
  std::map<std::string, int> failures;  // "city, country -> label" -> records
  for (const auto& entry : fs::recursive_directory_iterator(*corpora / "tech-conferences")) {
    if (entry.path().extension() != ".json") continue;
    std::ifstream in(entry.path());
    const auto records = nlohmann::json::parse(in, nullptr, false);
    if (!records.is_array()) continue;
    for (const auto& r : records) {
      if (!r.contains("city") || !r.contains("country") || !r["city"].is_string() ||
          !r["country"].is_string())
        continue;
      const std::string city = r["city"], country = r["country"];
      const std::string text = city + ", " + country;
      ++total;
      auto m = g->resolve(text);
      // "Scotland" names the region of the resolved place.
      const auto country_keys = g->location_keys(country);
      const bool ok = m && m->place && same_city(*g, city, m->place->city) &&
                      (contains(country_keys, ascii_lower(m->place->country)) ||
                       contains(country_keys, ascii_lower(m->place->region)));
      if (ok)
        ++same;
      else
        ++failures[text + " -> " + (m && m->place ? m->place->label() : "nothing")];
    }
  }
  std::string report;
  for (const auto& [text, n] : failures) report += "  " + std::to_string(n) + "x " + text + "\n";
  WARN("tech-conferences: " << same << " of " << total << " city/country pairs agree ("
                            << (total ? 100.0 * same / total : 0) << "%); failures:\n"
                            << report);
  REQUIRE(total > 5000);
  CHECK(same >= total * 98 / 100);
}
