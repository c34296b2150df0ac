// TOML front matter between "+++" lines (Hugo, Zola): indexer/front_matter_toml.cc
// through parse_front_matter, and whole TOML documents through parse_data.
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

// A file whose front matter is `toml`, followed by a one-line body.
std::string with_toml(const std::string& toml) { return "+++\n" + toml + "\n+++\nBody\n"; }

TEST_CASE("toml front matter: '+++' blocks split into fields and body", "[indexer][front_matter]") {
  check_split({
      // Hugo's simplest form; a UTF-8 BOM
      {"+++\ntitle = \"Meetup\"\n+++\nBody\n", true, {{"title", "Meetup"}}, "Body\n", 4},
      {"\xEF\xBB\xBF+++\ntitle = \"Meetup\"\n+++\nBody\n",
       true,
       {{"title", "Meetup"}},
       "Body\n",
       4},
      // CRLF: the body keeps its CRLFs
      {"+++\r\ntitle = \"Hello\"\r\ndate = \"2021-02-15T19:00:00+01:00\"\r\n+++\r\nBody\r\n",
       true,
       {{"title", "Hello"}, {"date", "2021-02-15T19:00:00+01:00"}},
       "Body\r\n",
       5},
      // an empty line right after "+++" (eurorust/content/_index.md)
      {"+++\n\n[extra]\ncity = \"Graz\"\n+++\nBody",
       true,
       {{"extra", {{"city", "Graz"}}}},
       "Body",
       6},
      // trailing blanks after the delimiters; the closing one last, with no newline
      {"+++ \t\ntitle = \"x\"\n+++  \r\nBody\n", true, {{"title", "x"}}, "Body\n", 4},
      {"+++\ntitle = \"x\"\n+++", true, {{"title", "x"}}, "", 4},
      {"+++\r\ntitle = \"x\"\r\n+++\r", true, {{"title", "x"}}, "", 4},
      // empty, or only comments and blank lines
      {"+++\n+++\nBody", true, json::object(), "Body", 3},
      {"+++\n# note\n\n+++\nBody", true, json::object(), "Body", 5},
      // later "+++" and "---" lines stay in the body
      {"+++\ntitle = \"x\"\n+++\nIntro\n+++\n---\nMore\n",
       true,
       {{"title", "x"}},
       "Intro\n+++\n---\nMore\n",
       4},
      // tabs as indentation (eurorust/content/2022/_index.md)
      {"+++\ntemplate=\"2022/index.html\"\n\n[extra.section.speakers]\n\ttitle = \"Ours\"\n+++\n",
       true,
       {{"template", "2022/index.html"},
        {"extra", {{"section", {{"speakers", {{"title", "Ours"}}}}}}}},
       "",
       7},
  });
}

TEST_CASE("toml front matter: a first line that is not exactly '+++' opens none",
          "[indexer][front_matter]") {
  const std::vector<std::string> inputs = {
      "++++\ntitle = \"x\"\n++++\n",
      "+++ title = \"x\"\n+++\n",
      "Intro\n+++\ntitle = \"x\"\n+++\n",
      " +++\ntitle = \"x\"\n+++\n",
  };
  for (const auto& input : inputs) check_split({{input, false, json::object(), input, 1}});
}

TEST_CASE("toml front matter: values become JSON, dates and times ISO strings",
          "[indexer][front_matter]") {
  const std::vector<ValueCase> cases = {
      {"title = \"Meetup on 15 February 2021\"", "title", "Meetup on 15 February 2021"},
      {"title = 'C:\\no\\escapes'", "title", "C:\\no\\escapes"},
      {"title = \"caf\\u00E9 \\\"quoted\\\"\"", "title", "caf\xC3\xA9 \"quoted\""},
      {"about = \"\"\"\nline one\nline two\"\"\"", "about", "line one\nline two"},
      {"about = '''\nraw \\n text'''", "about", "raw \\n text"},
      {"escaped = \"a\\u0000b\"", "escaped", "a\0b"s},
      {"meetupID = 265912839", "meetupID", 265912839},
      {"offset = -7", "offset", -7},
      {"big = 1_000_000", "big", 1000000},
      {"mask = 0xff", "mask", 255},
      {"rating = 4.5", "rating", 4.5},
      {"scale = 1e3", "scale", 1000.0},
      {"limit = inf", "limit", "inf"},  // JSON has no infinity or NaN
      {"limit = -inf", "limit", "-inf"},
      {"ratio = nan", "ratio", "nan"},
      {"canceled = true", "canceled", true},
      {"draft = false", "draft", false},
      {"day = 2024-10-10", "day", "2024-10-10"},
      {"at = 10:30:00", "at", "10:30:00"},
      {"at = 10:30:00.25", "at", "10:30:00.25"},
      {"start = 2021-02-15T19:00:00+01:00", "start", "2021-02-15T19:00:00+01:00"},
      {"start = 2021-02-15 19:00:00-04:30", "start", "2021-02-15T19:00:00-04:30"},
      {"start = 1979-05-27T07:32:00Z", "start", "1979-05-27T07:32:00Z"},
      {"start = 1979-05-27T00:32:00.999999-07:00", "start", "1979-05-27T00:32:00.999999-07:00"},
      {"local = 1979-05-27T07:32:00", "local", "1979-05-27T07:32:00"},
      {"date = \"2021-02-15T19:00:00+01:00\"", "date", "2021-02-15T19:00:00+01:00"},
      {"speakers = [\"predrag-gruevski\", \"ana\"]", "speakers", {"predrag-gruevski", "ana"}},
      {"tags = []", "tags", json::array()},
      {"mixed = [1, \"two\", 3.5, true]", "mixed", {1, "two", 3.5, true}},
      {"matrix = [[1, 2], [3]]", "matrix", {{1, 2}, {3}}},
      {"days = [2024-10-10, 2024-10-11]", "days", {"2024-10-10", "2024-10-11"}},
      {"location = { city = \"Vienna\", country = \"AT\" }",
       "location",
       {{"city", "Vienna"}, {"country", "AT"}}},
      {"extra.city = \"Graz\"\nextra.online = false",
       "extra",
       {{"city", "Graz"}, {"online", false}}},
      {"\"quoted key\" = 1", "quoted key", 1},
      {"2024 = \"a year as a key\"", "2024", "a year as a key"},
      {"[extra]\ndescription = \"<p>Talk</p>\"\nvenue = \"main\"",
       "extra",
       {{"description", "<p>Talk</p>"}, {"venue", "main"}}},
      {"[extra]\n\tlocation = \"22 Rue\"\n[extra.links]\n\tslides = \"https://s\"",
       "extra",
       {{"location", "22 Rue"}, {"links", {{"slides", "https://s"}}}}},
      {"[[extra.sponsors.premier_partners]]\n\ttitle=\"rust_foundation\"\n\timage_format=\"png\"\n"
       "\n[[extra.sponsors.premier_partners]]\n\ttitle=\"ferrocene\"\n"
       "[[extra.sponsors.partners]]\n\ttitle=\"google\"",
       "extra",
       {{"sponsors",
         {{"premier_partners",
           {{{"title", "rust_foundation"}, {"image_format", "png"}}, {{"title", "ferrocene"}}}},
          {"partners", {{{"title", "google"}}}}}}}},
      {"[[talks]]\ntitle = \"One\"\n[talks.room]\nname = \"A\"\n[[talks]]\ntitle = \"Two\"",
       "talks",
       {{{"title", "One"}, {"room", {{"name", "A"}}}}, {{"title", "Two"}}}},
  };
  check_values(cases, with_toml);
}

TEST_CASE("toml front matter: bad front matter is an error naming the file line",
          "[indexer][front_matter]") {
  const std::string invalid = "invalid TOML front matter";
  const std::string unterminated = "unterminated front matter";
  const std::string deep = "front matter too deeply nested";
  const std::vector<ErrorCase> cases = {
      {"+++\ntitle = \"x\"\nBody text\n", "line 1: " + unterminated + ": no closing \"+++\"",
       unterminated, 1},
      {"+++\n", "line 1: " + unterminated, unterminated, 1},
      {"+++", "line 1: " + unterminated, unterminated, 1},
      {"\xEF\xBB\xBF+++\r\ntitle = \"x\"\r\n", "line 1: " + unterminated, unterminated, 1},
      {"+++\ntitle = \"x\"\nyear = \n+++\nBody\n", "line 3: " + invalid + ": ", invalid, 3},
      {"+++\r\n\r\ntitle = x\r\n+++\r\n", "line 3: " + invalid + ": ", invalid, 3},
      {"+++\na = 1\na = 2\n+++\n", "line 3: " + invalid + ": ", invalid, 3},  // a duplicate key
      {"+++\ntitle: YAML in TOML\n+++\n", "line 2: " + invalid + ": ", invalid, 2},
      {"+++\n[extra]\nx = 1\n[extra]\n+++\n", "line 4: " + invalid + ": ", invalid, 4},
      {"+++\ntitle = \"unclosed\nyear = 2024\n+++\n", "line 2: " + invalid + ": ", invalid, 2},
      {"+++\ntitle = \"a\0b\"\n+++\n"s, "line 2: " + invalid + ": NUL byte", invalid, 2},
      {"+++\na = 1\ntitle = \"a\x04z\"\n+++\n", "line 3: " + invalid + ": control character U+0004",
       invalid, 3},
      {"+++\ntitle = \"caf\xE9\"\n+++\n", "line 2: " + invalid + ": not valid UTF-8", invalid, 2},
      {with_toml("a = " + repeat("[", 70) + repeat("]", 70)), "line 2: " + deep, deep, 2},
      {with_toml("a = " + repeat("[", 10000) + repeat("]", 10000)), "line 2: " + deep, deep, 2},
      {with_toml("a = " + repeat("{b = ", 10000) + "1" + repeat("}", 10000)), "line 2: " + deep,
       deep, 2},
      {with_toml("x = 1\na" + repeat(".a", 200000) + " = 1"), "line 3: " + deep, deep, 3},
      // an escaped quote inside a multi-line string does not end it early
      {with_toml("about = \"\"\"a \\\"\"\" b\"\"\"\na" + repeat(".a", 200000) + " = 1"),
       "line 3: " + deep, deep, 3},
      {with_toml("[a" + repeat(".a", 200000) + "]\nx = 1"), "line 2: " + deep, deep, 2},
      {with_toml("[[a" + repeat(".\"a\"", 70) + "]]"), "line 2: " + deep, deep, 2},
  };
  check_errors(cases);
}

TEST_CASE("toml front matter: limits count keys and values", "[indexer][front_matter]") {
  std::string input = with_toml("tags = [\"a\", \"b\", \"c\", \"d\"]\n[extra]\nx = { y = 1 }");
  INFO(input);
  CHECK(parse_front_matter(input));
  auto too_many = parse_front_matter(input, FrontMatterLimits{.max_nodes = 8});
  REQUIRE_FALSE(too_many);
  CHECK(too_many.error().reason == "front matter too large");
  CHECK(too_many.error().line > 1);
  auto too_deep = parse_front_matter(input, FrontMatterLimits{.max_depth = 2});
  REQUIRE_FALSE(too_deep);
  CHECK(too_deep.error().reason == "front matter too deeply nested");
  CHECK(too_deep.error().line == 4);
}

TEST_CASE("toml front matter: brackets in strings and comments are not nesting",
          "[indexer][front_matter]") {
  const std::string brackets = repeat("[", 100) + repeat("{", 100);
  const std::vector<std::string> inputs = {
      with_toml("title = \"" + brackets + "\""),
      with_toml("title = '" + brackets + "'"),
      with_toml("title = \"\"\"\n" + brackets + "\n\"\"\""),
      with_toml("title = '''\n" + brackets + "\n'''"),
      with_toml("title = \"a \\\" " + brackets + "\""),
      with_toml("# " + brackets + "\ntitle = \"x\""),
      with_toml("title = \"x\" # " + brackets),
      with_toml("url = \"https://a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.a.b.c.d.e.f."
                "g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p\""),
      with_toml("\"a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.a.b.c.d.e.f.g.h.i.j.k.l."
                "m.n.o.p.q.r.s.t.u.v.w.x.y.z.a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p\" = 1"),
      with_toml("a = " + repeat("[", 60) + repeat("]", 60)),
  };
  for (const auto& input : inputs) {
    INFO(input);
    CHECK(parse_front_matter(input));
  }
}

TEST_CASE("parse_data: a whole TOML document, as site configs are read",
          "[indexer][front_matter]") {
  auto config = parse_data(
      "baseURL = \"https://gograz.org/\"\ntitle = \"Go User Group Graz\"\n\n[params]\n"
      "\tdescription = \"Monthly meetups\"\n\tdate = 2022-04-23\n",
      DataFormat::toml);
  REQUIRE(config);
  CHECK(*config == json::parse(R"({"baseURL": "https://gograz.org/", "title": "Go User Group Graz",
      "params": {"description": "Monthly meetups", "date": "2022-04-23"}})"));
  auto bad = parse_data("a = 1\nb = \n", DataFormat::toml);
  REQUIRE_FALSE(bad);
  CHECK(bad.error().reason == "invalid TOML front matter");
  CHECK(bad.error().line == 2);
  CHECK(parse_data("", DataFormat::toml).value() == json::object());
}

}  // namespace
}  // namespace lanyard::indexer
