#include "indexer/front_matter.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tests/indexer/front_matter_fixture.h"

namespace lanyard::indexer {
namespace {

using namespace std::string_literals;  // "...\0..."s keeps the NUL
using namespace front_matter_fixture;
using nlohmann::json;

// A file whose front matter is `yaml`, followed by a one-line body.
std::string with_front_matter(const std::string& yaml) { return "---\n" + yaml + "\n---\nBody\n"; }

TEST_CASE("front matter: BOM, CRLF and mixed line endings", "[indexer][front_matter]") {
  check_split({
      {"---\ntitle: Hello\n---\nBody\n", true, {{"title", "Hello"}}, "Body\n", 4},
      {"\xEF\xBB\xBF---\ntitle: Hello\n---\nBody\n", true, {{"title", "Hello"}}, "Body\n", 4},
      // no CR in values; the body keeps its CRLFs
      {"---\r\ntitle: Hello\r\ndate: Jun 7, 2025\r\n---\r\nBody\r\nMore\r\n",
       true,
       {{"title", "Hello"}, {"date", "Jun 7, 2025"}},
       "Body\r\nMore\r\n",
       5},
      {"---\r\nname: 21c\nlocation: 1 Main St\r\n---\nBody\r\nMore\n",
       true,
       {{"name", "21c"}, {"location", "1 Main St"}},
       "Body\r\nMore\n",
       5},
      {"---\r\nabstract: |\r\n  one\r\n  two\r\n---\r\n",
       true,
       {{"abstract", "one\ntwo\n"}},
       "",
       6},
  });
}

TEST_CASE("front matter: closing delimiter on the last line without a newline",
          "[indexer][front_matter]") {
  check_split({
      {"---\ntitle: ButterCMS\n---", true, {{"title", "ButterCMS"}}, "", 4},
      {"---\r\ntitle: ButterCMS\r\n---\r", true, {{"title", "ButterCMS"}}, "", 4},
      {"---\ntitle: ButterCMS\n--- ", true, {{"title", "ButterCMS"}}, "", 4},
  });
}

TEST_CASE("front matter: '...' closes, trailing blanks after delimiters are allowed",
          "[indexer][front_matter]") {
  check_split({
      {"---\ntitle: Hello\n...\nBody\n", true, {{"title", "Hello"}}, "Body\n", 4},
      {"---  \ntitle: Hello\n--- \t \nBody\n", true, {{"title", "Hello"}}, "Body\n", 4},
      {"---\na: 1\n---\n\n\nBody", true, {{"a", 1}}, "\n\nBody", 4},
  });
}

TEST_CASE("front matter: later '---' lines stay in the body", "[indexer][front_matter]") {
  check_split({
      // a horizontal rule
      {"---\ntitle: Hello\n---\nIntro\n\n---\n\nMore\n",
       true,
       {{"title", "Hello"}},
       "Intro\n\n---\n\nMore\n",
       4},
      // an rST section underline made of dashes, then a "---" line
      {"---\ntitle: Talk\n---\nOverview\n--------\n\nText\n---\n",
       true,
       {{"title", "Talk"}},
       "Overview\n--------\n\nText\n---\n",
       4},
  });
}

TEST_CASE("front matter: a file without an opening '---' is all body", "[indexer][front_matter]") {
  const std::vector<std::string> inputs = {
      "# PyTorch Adds New Community Projects\n\nText\n",
      "\xEF\xBB\xBF# Title\n",
      "Intro\n---\ntitle: x\n---\n",
      "----\ntitle: x\n----\n",
      "--- title: x\n---\n",
      "",
  };
  for (const auto& input : inputs) check_split({{input, false, json::object(), input, 1}});
}

TEST_CASE("front matter: empty front matter is an empty object", "[indexer][front_matter]") {
  check_split({
      {"---\n---\n", true, json::object(), "", 3},
      {"---\n---", true, json::object(), "", 3},
      {"---\n  \n---\nBody", true, json::object(), "Body", 4},
      {"---\n# only a comment\n\n---\nBody", true, json::object(), "Body", 5},
  });
}

TEST_CASE("front matter: scalars are typed like YAML 1.2, quoted ones stay strings",
          "[indexer][front_matter]") {
  const std::vector<ValueCase> cases = {
      {"company: ", "company", nullptr},
      {"author:", "author", nullptr},
      {"poster: ~", "poster", nullptr},
      {"draft: true", "draft", true},
      {"draft: False", "draft", false},
      {"year: 2024", "year", 2024},
      {"offset: -7", "offset", -7},
      {"rating: 4.5", "rating", 4.5},
      {"scale: 1e3", "scale", 1000.0},
      {"date: 2022-10-17 08:00:00-07:00", "date", "2022-10-17 08:00:00-07:00"},
      {"date: 2022-10-13", "date", "2022-10-13"},
      {"date: Jun 7, 2025", "date", "Jun 7, 2025"},
      {"date: February 19", "date", "February 19"},
      {"time: 10:30", "time", "10:30"},  // not YAML 1.1 sexagesimal 630
      {"title: \"2024\"", "title", "2024"},
      {"title: '2024'", "title", "2024"},
      {"draft: 'true'", "draft", "true"},
      {"poster: \"\"", "poster", ""},
      {"title: 'It''s'", "title", "It's"},
      {"title: \"say \\\"hi\\\"\"", "title", "say \"hi\""},
      {"title: !!str &t 'tagged'", "title", "tagged"},
      {"country: NO", "country", "NO"},  // YAML 1.1 would say false
      {"answer: yes", "answer", "yes"},
      {"zip: 01234", "zip", "01234"},
      {"id: 123456789012345678901234567890", "id", "123456789012345678901234567890"},
      {"limit: .inf", "limit", ".inf"},
      {"n: !!int 42", "n", 42},
      {"s: !!str 42", "s", "42"},
      {"b: !!binary aGVsbG8=", "b", "aGVsbG8="},
      {"x: !custom 7", "x", "7"},
      {"obj: !!python/object:foo.Bar {x: 1}", "obj", {{"x", 1}}},
      {"cmd: !!python/object/apply:os.system [ls]", "cmd", {"ls"}},
      {"tags: [open-source, AI]", "tags", {"open-source", "AI"}},
      {"tags: []", "tags", json::array()},
      {"social: {github: octocat, mastodon: '@a@b.social'}",
       "social",
       {{"github", "octocat"}, {"mastodon", "@a@b.social"}}},
      {"abstract: |\n  line one\n  line two", "abstract", "line one\nline two\n"},
      {"abstract: >\n  folded\n  text", "abstract", "folded text\n"},
      {"escaped: \"a\\0b\"", "escaped", "a\0b"s},
      {"title: \"\xF0\x9F\x8E\x89 PyTorch Docathon H1 2023 Wrap-up \xF0\x9F\x8E\x89\"", "title",
       "\xF0\x9F\x8E\x89 PyTorch Docathon H1 2023 Wrap-up \xF0\x9F\x8E\x89"},
      // keycap 1 = "1" U+FE0F U+20E3
      {"title: 1\xEF\xB8\x8F\xE2\x83\xA3 Opening", "title", "1\xEF\xB8\x8F\xE2\x83\xA3 Opening"},
      // U+2011 NON-BREAKING HYPHEN
      {"title: Multi\xE2\x80\x91"
       "Accelerator",
       "title",
       "Multi\xE2\x80\x91"
       "Accelerator"},
      {"title: bpmappers\xE3\x81\xAE\xE7\xB4\xB9\xE4\xBB\x8B", "title",
       "bpmappers\xE3\x81\xAE\xE7\xB4\xB9\xE4\xBB\x8B"},
      {"city: Malm\xC3\xB6", "city", "Malm\xC3\xB6"},
      // keys are the text as written
      {"2024: x", "2024", "x"},
      {"true: x", "true", "x"},
      {"? [a, b]\n: pair", "[\"a\",\"b\"]", "pair"},
      // aliases are expanded
      {"base: &b {room: A, floor: 2}\nuse: *b", "use", {{"room", "A"}, {"floor", 2}}},
      {"year: &y 2024\nagain: *y", "again", 2024},
      {"base: &b [x]\n<<: *b", "<<", {"x"}},  // YAML 1.1 merge keys are not merged
  };
  check_values(cases, with_front_matter);
}

TEST_CASE("front matter: block mappings and lists nest as objects and arrays",
          "[indexer][front_matter]") {
  std::string input = with_front_matter(
      "name: Ada\nsocial:\n  github: ada\n  links:\n    - https://a.example\n"
      "    - https://b.example\ntalks:\n  - title: One\n    year: 2023\n");
  INFO(input);
  auto parsed = parse_front_matter(input);
  REQUIRE(parsed);
  CHECK(parsed->fields == json::parse(R"({"name": "Ada",
      "social": {"github": "ada", "links": ["https://a.example", "https://b.example"]},
      "talks": [{"title": "One", "year": 2023}]})"));
}

TEST_CASE("front matter: the last of duplicate keys wins", "[indexer][front_matter]") {
  const std::vector<ValueCase> cases = {
      {"title: first\ntitle: second", "title", "second"},
      {"title: first\nyear: 1\ntitle: second", "title", "second"},
      {"social: {a: 1, a: 2}", "social", {{"a", 2}}},
      {"social: {a: 1}\nsocial: {b: 2}", "social", {{"b", 2}}},
  };
  check_values(cases, with_front_matter);
}

TEST_CASE("front matter: bad front matter is an error naming the file line",
          "[indexer][front_matter]") {
  const std::string invalid = "invalid YAML front matter";
  const std::string deep = "front matter too deeply nested";
  const std::string not_map = "front matter is not a mapping";
  const std::string unterminated = "unterminated front matter";
  const std::vector<ErrorCase> cases = {
      {"---\ntitle: x\nBody text\n", "line 1: " + unterminated, unterminated},
      {"---\n", "line 1: " + unterminated, unterminated},
      {"---", "line 1: " + unterminated, unterminated},
      {"\xEF\xBB\xBF---\r\ntitle: x\r\n", "line 1: " + unterminated, unterminated},
      // an unquoted ": " inside a value
      {"---\ncategory: live-stream\ntitle: MLOps\n"
       "company: The Fundamentals of MLOps for R&D: Orchestration, Deployment\n---\nBody\n",
       "line 4: " + invalid + ": ", invalid},
      {"\xEF\xBB\xBF---\r\ntitle: MLOps\r\n\r\ncompany: R&D: Orchestration\r\n---\r\n",
       "line 4: " + invalid + ": ", invalid},
      // yaml-cpp lets an open quote at the end swallow the lines after it
      {"---\ntitle: \"unclosed\nyear: 2024\n---\n", "line 2: " + invalid + ": unclosed \" quote",
       invalid},
      {"---\na: 1\ntitle: 'It''s open\nyear: 2024\n---\n",
       "line 3: " + invalid + ": unclosed ' quote", invalid},
      {"---\ntitle: !!str &t \"open \\\"\n---\n", "line 2: " + invalid + ": unclosed \" quote",
       invalid},
      {"---\na: *nowhere\n---\n", "line 2: " + invalid + ": ", invalid},
      {"---\na: 1\n--- b\n---\n", "line 3: " + invalid + ": more than one YAML document", invalid},
      // bytes YAML does not allow
      {"---\ntitle: a\0b\n---\n"s, "line 2: " + invalid + ": NUL byte", invalid},
      {"---\n\0a: 1\n---\n"s, "line 2: " + invalid + ": NUL byte", invalid},
      {"---\na: 1\ntitle: a\x04z\n---\n", "line 3: " + invalid + ": control character U+0004",
       invalid},
      {"---\ntitle: caf\xE9\n---\n", "line 2: " + invalid + ": not valid UTF-8", invalid},
      {"---\n\xFF\xFE"
       "a: 1\n---\n",
       "line 2: " + invalid + ": not valid UTF-8", invalid},
      {"---\na: \xED\xA0\x80\n---\n", "line 2: " + invalid + ": not valid UTF-8", invalid},
      // not a mapping
      {"---\n- a\n- b\n---\n", "line 2: " + not_map, not_map},
      {"---\njust a sentence\n---\n", "line 2: " + not_map, not_map},
      {"---\n\"quoted\"\n---\n", "line 2: " + not_map, not_map},
      // nesting: flow, block, indentation; a self-referencing anchor is a cycle
      {with_front_matter("a: " + repeat("[", 10000) + repeat("]", 10000)), "line 2: " + deep, deep},
      {with_front_matter("a: " + repeat("{a: ", 10000) + repeat("}", 10000)), "line 2: " + deep,
       deep},
      {with_front_matter("a:\n  " + repeat("- ", 10000) + "x"), "line ", deep},
      {with_front_matter(repeat("[", 10000)), "line 2: " + deep, deep},
      {with_front_matter("a: " + repeat("[", 70) + repeat("]", 70)), "line 2: " + deep, deep},
      {with_front_matter("a: &a [1, *a]"), "line 2: " + deep, deep},
      {with_front_matter("a: &a {b: *a}"), "line 2: " + deep, deep},
  };
  check_errors(cases);
}

TEST_CASE("front matter: an error's line is a field, the line its message names",
          "[indexer][front_matter]") {
  const std::vector<std::pair<std::string, int>> cases = {
      {"---\ntitle: x\nBody text\n", 1},
      {"---\ncategory: a\ntitle: b\ncompany: R&D: Orchestration\n---\n", 4},
      {"---\n- a\n---\n", 2},
      {"---\na: 1\ntitle: a\x04z\n---\n", 3},
  };
  for (const auto& [input, line] : cases) {
    INFO(input);
    auto parsed = parse_front_matter(input);
    REQUIRE_FALSE(parsed);
    CHECK(parsed.error().line == line);
    CHECK_THAT(parsed.error().message, Catch::StartsWith("line " + std::to_string(line) + ": "));
  }
}

TEST_CASE("front matter: an error's detail is a field, the message is line, reason and detail",
          "[indexer][front_matter]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"---\ntitle: x\nBody text\n", "no closing \"---\" or \"...\" line"},
      {"---\na: 1\ntitle: a\x04z\n---\n", "control character U+0004"},
      {"+++\ntitle = \"Bad\"\ndate = \n+++\nBody\n", ""},
  };
  for (const auto& [input, detail] : cases) {
    INFO(input);
    auto parsed = parse_front_matter(input);
    REQUIRE_FALSE(parsed);
    const auto& e = parsed.error();
    if (!detail.empty()) CHECK(e.detail == detail);
    CHECK_FALSE(e.reason.empty());
    std::string expected = "line " + std::to_string(e.line) + ": " + e.reason;
    if (!e.detail.empty()) expected += ": " + e.detail;
    CHECK(e.message == expected);
  }
}

TEST_CASE("front matter: nesting by indentation deeper than max_depth is an error",
          "[indexer][front_matter]") {
  std::string yaml;
  for (int level = 0; level < 100; ++level) yaml += std::string(2 * level, ' ') + "a:\n";
  yaml += std::string(200, ' ') + "x";
  auto parsed = parse_front_matter(with_front_matter(yaml));
  REQUIRE_FALSE(parsed);
  CHECK(parsed.error().reason == "front matter too deeply nested");
  CHECK_THAT(parsed.error().message, Catch::StartsWith("line 66: "));
}

TEST_CASE("front matter: an alias bomb stops at max_nodes without being expanded",
          "[indexer][front_matter]") {
  std::string yaml = "a: &a [x, x, x, x, x, x, x, x, x]\n";
  std::string previous = "a";
  for (std::string name : {"b", "c", "d", "e", "f", "g", "h", "i"}) {
    yaml += name + ": &" + name + " [" + repeat("*" + previous + ", ", 8) + "*" + previous + "]\n";
    previous = name;
  }
  INFO(yaml);
  auto parsed = parse_front_matter(with_front_matter(yaml));  // 9^9 nodes when expanded
  REQUIRE_FALSE(parsed);
  CHECK(parsed.error().reason == "front matter too large");
  CHECK_THAT(parsed.error().message, Catch::StartsWith("line "));
}

TEST_CASE("front matter: limits are options", "[indexer][front_matter]") {
  std::string input = with_front_matter("tags: [a, b, c, d, e, f]\nsocial: {x: {y: 1}}");
  INFO(input);
  CHECK(parse_front_matter(input));
  auto too_many = parse_front_matter(input, FrontMatterLimits{.max_nodes = 10});
  REQUIRE_FALSE(too_many);
  CHECK(too_many.error().reason == "front matter too large");
  auto aliased = parse_front_matter(with_front_matter("a: &a [1, 2, 3]\nb: *a\nc: *a"),
                                    FrontMatterLimits{.max_nodes = 12});
  REQUIRE_FALSE(aliased);
  CHECK(aliased.error().reason == "front matter too large");
  CHECK_THAT(aliased.error().message, Catch::StartsWith("line 4: "));
  auto too_deep = parse_front_matter(input, FrontMatterLimits{.max_depth = 2});
  REQUIRE_FALSE(too_deep);
  CHECK(too_deep.error().reason == "front matter too deeply nested");
  CHECK_THAT(too_deep.error().message, Catch::StartsWith("line 3: "));
}

TEST_CASE("front matter: brackets that open no collection do not count as nesting",
          "[indexer][front_matter]") {
  const std::string brackets = repeat("[", 100);
  const std::vector<std::string> inputs = {
      with_front_matter("title: '" + brackets + "'"),
      with_front_matter("title: \"" + brackets + " \\\" " + brackets + "\""),
      with_front_matter("title: It''s " + brackets),
      with_front_matter("title: x # " + brackets),
      with_front_matter("# " + brackets + "\ntitle: x"),
      with_front_matter("abstract: |\n  " + brackets + "\n\n  " + brackets + "\ntitle: x"),
      with_front_matter("a: " + repeat("[", 60) + repeat("]", 60)),
      with_front_matter("tags: ['" + brackets + "', \"" + brackets + "\"]"),
  };
  for (const auto& input : inputs) {
    INFO(input);
    CHECK(parse_front_matter(input));
  }
}

TEST_CASE("front matter: a 1 MB front matter parses", "[indexer][front_matter]") {
  std::string yaml;
  for (int i = 0; i < 10000; ++i) {
    yaml += "key" + std::to_string(i) + ": " + std::string(90, 'v') + "\n";
  }
  yaml += "description: \"" + std::string(100000, 'd') + "\"";
  REQUIRE(yaml.size() > 1000000);
  auto parsed = parse_front_matter(with_front_matter(yaml));
  REQUIRE(parsed);
  CHECK(parsed->fields.size() == 10001);
  CHECK(parsed->fields["key9999"] == std::string(90, 'v'));
  CHECK(parsed->body_line == 10004);
}

}  // namespace
}  // namespace lanyard::indexer

namespace lanyard::indexer {
namespace {

TEST_CASE("front matter: flat key: value lines are recovered when YAML rejects them",
          "[indexer][front_matter]") {
  struct Case {
    std::string what, input;
    bool recovered;
    std::string company;  // the recovered `company` value
  };
  const std::vector<Case> cases = {
      {"a second ': ' in a value",
       "---\ncategory: live-stream\ncompany: MLOps for R&D: Orchestration\n---\nBody\n", true,
       "MLOps for R&D: Orchestration"},
      {"CRLF, a BOM, blank and comment lines",
       "\xEF\xBB\xBF---\r\ntitle: T\r\n\r\n# note\r\ncompany: R&D: "
       "Orchestration\r\n---\r\nBody\r\n",
       true, "R&D: Orchestration"},
      {"a list item is YAML proper", "---\ntags:\n- a\ncompany: R&D: x\n---\n", false, ""},
      {"an indented line is YAML proper", "---\nspeaker:\n  name: A\ncompany: R&D: x\n---\n", false,
       ""},
      {"an unclosed flow sequence", "---\ntitle: [unclosed\n---\n", false, ""},
      {"an unclosed quote", "---\ntitle: \"unclosed\n---\n", false, ""},
      {"no closing delimiter", "---\ncompany: R&D: x\n", false, ""},
      {"no front matter", "Just text: here\n", false, ""},
  };
  for (const auto& c : cases) {
    INFO(c.what);
    auto r = recover_flat_front_matter(c.input);
    REQUIRE(r.has_value() == c.recovered);
    if (!r) continue;
    CHECK(r->has_front_matter);
    CHECK(r->fields["company"] == c.company);
    CHECK(r->body.starts_with("Body"));
  }
}

}  // namespace
}  // namespace lanyard::indexer
