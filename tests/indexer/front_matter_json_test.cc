// JSON front matter (Hugo: a JSON object at the top of the file):
// indexer/front_matter_json.cc through parse_front_matter, and whole JSON
// documents through parse_data.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "indexer/front_matter.h"
#include "tests/indexer/front_matter_fixture.h"

namespace lanyard::indexer {
namespace {

using namespace std::string_literals;  // "...\0..."s keeps the NUL
using namespace front_matter_fixture;
using nlohmann::json;

TEST_CASE("json front matter: the object at the top is the front matter, the rest the body",
          "[indexer][front_matter]") {
  check_split({
      {"{\"title\": \"Hello\", \"year\": 2024}\nBody\n",
       true,
       {{"title", "Hello"}, {"year", 2024}},
       "Body\n",
       2},
      // nested, over lines
      {"{\n  \"title\": \"Hello\",\n  \"tags\": [\"a\"],\n  \"social\": {\"github\": "
       "\"x\"}\n}\n\nBody",
       true,
       {{"title", "Hello"}, {"tags", {"a"}}, {"social", {{"github", "x"}}}},
       "\nBody",
       6},
      // a BOM and blank lines first; CRLF
      {"\xEF\xBB\xBF\n  {\"title\": \"x\"}\nBody", true, {{"title", "x"}}, "Body", 3},
      {"{\r\n\"title\": \"x\"\r\n}\r\nBody\r\n", true, {{"title", "x"}}, "Body\r\n", 4},
      // after the closing brace: blanks, text on its line, nothing
      {"{\"a\": 1}  \t\nBody", true, {{"a", 1}}, "Body", 2},
      {"{\"a\": 1} rest\nBody", true, {{"a", 1}}, " rest\nBody", 1},
      {"{\"a\": 1}", true, {{"a", 1}}, "", 2},
      {"{}\nBody", true, json::object(), "Body", 2},
      // braces and quotes inside strings; escapes
      {"{\"title\": \"a } b { \\\" }\"}\n{ not json\n",
       true,
       {{"title", "a } b { \" }"}},
       "{ not json\n",
       2},
      {"{\"city\": \"Malm\\u00f6\", \"path\": \"a\\\\\"}\n",
       true,
       {{"city", "Malm\xC3\xB6"}, {"path", "a\\"}},
       "",
       2},
      // typed values; the last of duplicate keys wins
      {"{\"n\": -7, \"x\": 4.5, \"ok\": true, \"none\": null}\n",
       true,
       {{"n", -7}, {"x", 4.5}, {"ok", true}, {"none", nullptr}},
       "",
       2},
      {"{\"title\": \"first\", \"title\": \"second\"}\n", true, {{"title", "second"}}, "", 2},
  });
}

TEST_CASE("json front matter: text that does not open a JSON object is all body",
          "[indexer][front_matter]") {
  const std::vector<std::string> inputs = {
      "{% include header.html %}\n# Title\n",  // Liquid
      "{{< youtube id >}}\n",                  // a Hugo shortcode
      "{:toc}\n",                              // a kramdown attribute list
      "{ not json }\n",
      "[1, 2]\n",
      "\"just a string\"\n",
      "Text {\"a\": 1}\n",
  };
  for (const auto& input : inputs) check_split({{input, false, json::object(), input, 1}});
}

TEST_CASE("json front matter: bad front matter is an error naming the file line",
          "[indexer][front_matter]") {
  const std::string invalid = "invalid JSON front matter";
  const std::string unterminated = "unterminated front matter";
  const std::string deep = "front matter too deeply nested";
  const std::vector<ErrorCase> cases = {
      {"{\n\"title\": \"x\",\n\"year\": ,\n}\nBody\n", "line 3: " + invalid + ": ", invalid, 3},
      {"{\"a\": 1,}\nBody\n", "line 1: " + invalid + ": ", invalid, 1},
      {"\n\n{\"a\": 1\n\"b\": 2}\n", "line 4: " + invalid + ": ", invalid, 4},
      {"{\"title\": 'single'}\n", "line 1: " + invalid + ": ", invalid, 1},
      {"{\"title\": \"x\nBody\n", "line 1: " + invalid + ": ", invalid, 1},  // a raw newline
      {"{\"title\": \"x\"\nBody text\n", "line 2: " + invalid + ": ", invalid, 2},
      {"{\"title\": \"x\",\n\"year\": 2024\n", "line 1: " + unterminated + ": ", unterminated, 1},
      {"{\"a\": 1e400}\n", "line 1: " + invalid + ": a number too large", invalid, 1},
      {"{\n\"a\":\n-1e400}\n", "line 3: " + invalid + ": a number too large", invalid, 3},
      {"{\"title\": \"a\0b\"}\n"s, "line 1: " + invalid + ": ", invalid, 1},
      {"{\n\"title\": \"caf\xE9\"}\n", "line 2: " + invalid + ": ", invalid, 2},
      {"{\"a\": " + repeat("[", 70) + repeat("]", 70) + "}", "line 1: " + deep, deep, 1},
      {"{\"a\":\n" + repeat("{\"a\": ", 100000) + "1" + repeat("}", 100001), "line 2: " + deep,
       deep, 2},
  };
  check_errors(cases);
}

TEST_CASE("json front matter: limits count keys and values", "[indexer][front_matter]") {
  const std::string input =
      "{\"tags\": [\"a\", \"b\", 3, true],\n\"social\": {\"x\": {\"y\": null}}}\n";
  CHECK(parse_front_matter(input));
  auto too_many = parse_front_matter(input, FrontMatterLimits{.max_nodes = 8});
  REQUIRE_FALSE(too_many);
  CHECK(too_many.error().reason == "front matter too large");
  CHECK(too_many.error().line == 2);
  auto too_deep = parse_front_matter(input, FrontMatterLimits{.max_depth = 2});
  REQUIRE_FALSE(too_deep);
  CHECK(too_deep.error().reason == "front matter too deeply nested");
  CHECK(too_deep.error().line == 2);
}

TEST_CASE("parse_data: a whole JSON document must be one object", "[indexer][front_matter]") {
  auto config = parse_data("{\"title\": \"EuroRust\", \"extra\": {\"city\": \"Vienna\"}}\n",
                           DataFormat::json);
  REQUIRE(config);
  CHECK(*config == json{{"title", "EuroRust"}, {"extra", {{"city", "Vienna"}}}});
  const std::vector<ErrorCase> cases = {
      {"[1, 2]\n", "line 1: front matter is not a mapping", "front matter is not a mapping", 1},
      {"\n\"text\"", "line 2: front matter is not a mapping", "front matter is not a mapping", 2},
      {"{\"a\": 1}\n{\"b\": 2}\n", "line 2: invalid JSON front matter", "invalid JSON front matter",
       2},
      {"{\"a\": 1", "line 1: invalid JSON front matter", "invalid JSON front matter", 1},
  };
  for (const auto& c : cases) {
    INFO(c.input);
    auto parsed = parse_data(c.input, DataFormat::json);
    REQUIRE_FALSE(parsed);
    CHECK(parsed.error().reason == c.reason);
    CHECK(parsed.error().line == c.line);
    CHECK_THAT(parsed.error().message, Catch::StartsWith(c.message_start));
  }
}

TEST_CASE("parse_data: a whole YAML document, typed as front matter is",
          "[indexer][front_matter]") {
  auto config =
      parse_data("title: PyCon\nyear: 2024\nparams:\n  location: Pittsburgh\n", DataFormat::yaml);
  REQUIRE(config);
  CHECK(*config ==
        json{{"title", "PyCon"}, {"year", 2024}, {"params", {{"location", "Pittsburgh"}}}});
  auto bad = parse_data("title: x\nurl: [unclosed\n", DataFormat::yaml);
  REQUIRE_FALSE(bad);
  CHECK(bad.error().reason == "invalid YAML front matter");
  CHECK(parse_data("", DataFormat::yaml).value() == json::object());
}

}  // namespace
}  // namespace lanyard::indexer
