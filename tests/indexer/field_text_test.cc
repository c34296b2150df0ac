#include "indexer/field_text.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "indexer/config.h"

using lanyard::indexer::FieldNames;
using lanyard::indexer::searchable_text;
using lanyard::indexer::searchable_value;
using nlohmann::json;

namespace {

std::vector<std::string> texts(const std::string& front_matter_json) {
  return searchable_text(json::parse(front_matter_json), FieldNames{}.searchable);
}

}  // namespace

// In the order of the names (nlohmann::json objects are sorted).
TEST_CASE(
    "field text: the listed fields' strings, at the top and inside extra, params, location, venue",
    "[indexer][field_text]") {
  struct Case {
    std::string fields;
    std::vector<std::string> text;
  };
  const std::vector<Case> cases = {
      {R"({"title": "T", "location": "Lausanne, Switzerland", "layout": "event"})",
       {"Lausanne, Switzerland"}},
      {R"({"abstract": "Async views.", "summary": "", "level": "Beginner", "track": ["Web", "Data"]})",
       {"Async views.", "Beginner", "Web", "Data"}},
      // KCD: the place as an object; every string in it counts, its URL does not.
      {R"({"location": {"countrycode": "ca", "country": "Canada", "city": "Montréal",
           "url": "https://www.google.com/maps/place/x", "venue": "École de technologie supérieure"}})",
       {"Montréal", "Canada", "ca", "École de technologie supérieure"}},
      {R"({"venue": {"name": "Generations Hall", "address": {"street": "310 Andrew Higgins Dr", "zip": 70130}}})",
       {"310 Andrew Higgins Dr", "Generations Hall"}},
      // Zola and Hugo: listed names inside extra / params only.
      {R"({"extra": {"company": "Bearcove", "handle": "fasterthanlime", "bio": "Builds things."}})",
       {"Builds things.", "Bearcove"}},
      {R"({"params": {"subtitle": "A day of talks", "author_slug": "ada"}, "description": "Top"})",
       {"Top", "A day of talks"}},
      {R"({"extra": {"params": {"teaser": "Nested"}}})", {"Nested"}},
      // Not listed, or no text: nothing.
      {R"({"social": {"company": "x"}, "sponsors": [{"level": "gold"}], "slug": "a-b-c", "year": 2024})",
       {}},
      {R"({"description": null, "summary": 42, "abstract": true})", {}},
      {"[]", {}},
  };
  for (const auto& c : cases) {
    INFO(c.fields);
    CHECK(texts(c.fields) == c.text);
  }
}

TEST_CASE("field text: names match ignoring case, '_' and '-'", "[indexer][field_text]") {
  for (const std::string name : {"subtitle", "subTitle", "sub_title", "Sub-Title", "SUBTITLE"}) {
    INFO(name);
    CHECK(texts(json{{name, "Edge ML"}}.dump()) == std::vector<std::string>{"Edge ML"});
  }
  CHECK(texts(R"({"Job_Title": "Engineer", "speaker-bio": "x"})") ==
        std::vector<std::string>{"Engineer"});
}

TEST_CASE("field text: HTML and Markdown are reduced to the text they show",
          "[indexer][field_text]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"<p>Amos builds <strong>speech recognition</strong> in Rust.</p>",
       "Amos builds speech recognition in Rust."},
      {"Fish &amp; chips", "Fish & chips"},
      {"A **bold** [link](https://example.org/x) and `code`", "A bold link and code"},
      {"<p>One</p>\n<p>Two</p>", "One Two"},
      {"<script>alert(1)</script>Safe", "Safe"},
      {"Slides at https://example.org/s and www.example.org", "Slides at and"},
  };
  for (const auto& [value, text] : cases) {
    INFO(value);
    CHECK(texts(json{{"description", value}}.dump()) == std::vector<std::string>{text});
  }
}

TEST_CASE("field text: URLs, paths, slugs, ids and numbers are not searchable values",
          "[indexer][field_text]") {
  const std::vector<std::pair<std::string, bool>> cases = {
      {"Lausanne", true},
      {"Salon A-E", true},
      {"hands-on", true},
      {"AI/ML", true},
      {"Room 101", true},
      {"t2", true},
      {"https://example.org/venue", false},
      {"www.example.org", false},
      {"mailto:team@example.org", false},
      {"team@example.org", false},
      {"/images/venue.png", false},
      {"ets.png", false},
      {"speakers/ada.webp", false},
      {"assets/img/logo", false},
      {"pycon-2024-keynote", false},
      {"talk_slot_3", false},
      {"5f3a9b2c0d1e4f67", false},
      {"2024", false},
      {"2024-05-06", false},
      {"10:30 - 11:15", false},
      {"+41 21 693 11 11", false},
      {"   ", false},
  };
  for (const auto& [value, searchable] : cases) {
    INFO(value);
    CHECK(searchable_value(value) == searchable);
  }
}

TEST_CASE("field text: values are taken until they hold kMaxFieldTextBytes",
          "[indexer][field_text]") {
  json many = json::array();
  for (int i = 0; i < 20000; ++i) many.push_back("*Salon* number " + std::to_string(i));
  auto text = searchable_text(json{{"room", many}}, FieldNames{}.searchable);
  std::size_t bytes = 0;
  for (const auto& t : text) bytes += t.size();
  CHECK(text.front() == "Salon number 0");
  CHECK(bytes >= lanyard::indexer::kMaxFieldTextBytes);
  CHECK(bytes < lanyard::indexer::kMaxFieldTextBytes + 64);
}
