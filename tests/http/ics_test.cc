#include "query/http/ics.h"

#include <catch2/catch.hpp>

#include "query/http/routes.h"
#include "tests/test_util.h"

using namespace lanyard::query;
using namespace lanyard::query::http;

TEST_CASE("ics: TEXT values escape backslash, comma, semicolon and newlines", "[http]") {
  const std::pair<std::string, std::string> cases[] = {
      {"Paris, France", "Paris\\, France"},
      {"a;b", "a\\;b"},
      {"back\\slash", "back\\\\slash"},
      {"line\nbreak", "line\\nbreak"},
      {"crlf\r\nbreak", "crlf\\nbreak"},
      {"bell\x07", "bell"},
      {"深度学习", "深度学习"},
  };
  for (const auto& [in, want] : cases) {
    INFO(in);
    CHECK(ics_escape(in) == want);
  }
}

TEST_CASE("ics: lines fold at 75 octets without splitting a UTF-8 character", "[http]") {
  std::string ascii = "DESCRIPTION:" + std::string(200, 'x');
  std::string folded = ics_line(ascii);
  std::string unfolded;
  std::size_t pos = 0;
  while (pos < folded.size()) {
    auto end = folded.find("\r\n", pos);
    REQUIRE(end != std::string::npos);
    std::string line = folded.substr(pos, end - pos);
    CHECK(line.size() <= 75);
    unfolded += pos == 0 ? line : line.substr(1);
    if (pos > 0) CHECK(line.front() == ' ');
    pos = end + 2;
  }
  CHECK(unfolded == ascii);
  std::string cjk = "SUMMARY:";
  for (int i = 0; i < 40; ++i) cjk += "深";
  std::string f = ics_line(cjk);
  std::size_t start = 0;
  while (start < f.size()) {
    auto end = f.find("\r\n", start);
    std::string line = f.substr(start, end - start);
    CHECK(line.size() <= 75);
    // Every line starts at a character boundary (not a continuation byte).
    std::size_t first = start == 0 ? 0 : 1;
    CHECK((static_cast<unsigned char>(line[first]) & 0xC0) != 0x80);
    start = end + 2;
  }
}

TEST_CASE("ics: DTEND is the day after the end date, across months and years", "[http]") {
  Hit one;
  one.id = "_events/a.md";
  one.title = "A";
  one.date = "2024-12-30";
  one.end_date = "2024-12-31";
  Hit undated;
  undated.id = "about.md";
  std::size_t n = 0;
  std::string ics = events_ics({one, undated}, IcsOptions{}, &n);
  CHECK(n == 1);
  CHECK(ics.find("DTSTART;VALUE=DATE:20241230\r\n") != std::string::npos);
  CHECK(ics.find("DTEND;VALUE=DATE:20250101\r\n") != std::string::npos);
  CHECK(ics.find("UID:_events/a.md@lanyard\r\n") != std::string::npos);
}

TEST_CASE("static: paths resolve inside the web folder only", "[http]") {
  lanyard::testing::TempDir dir;
  dir.write("web/index.html", "<p>hi</p>");
  dir.write("web/css/site.css", "p{}");
  dir.write("secret.txt", "secret");
  std::filesystem::create_symlink(dir.path() / "secret.txt", dir.path() / "web" / "link.txt");
  auto root = std::filesystem::canonical(dir.path() / "web");
  const std::pair<std::string, bool> cases[] = {
      {"/", true},
      {"/index.html", true},
      {"/css/site.css", true},
      {"/css/", false},
      {"/../secret.txt", false},
      {"/css/../../secret.txt", false},
      {"//etc/passwd", false},
      {"/link.txt", false},
      {"/missing.html", false},
      {std::string("/index.html\0.txt", 16), false},
      {"/..\\secret.txt", false},
  };
  for (const auto& [path, found] : cases) {
    INFO(path);
    CHECK(resolve_static(root, path).has_value() == found);
  }
}
