#include "core/text.h"

#include <catch2/catch.hpp>

#include "core/schema.h"

using namespace lanyard::core;

TEST_CASE("text: UTF-8 validation accepts text and rejects malformed bytes", "[core][text]") {
  struct Case {
    std::string bytes;
    bool valid;
    std::size_t bad_offset;
  };
  std::vector<Case> cases = {
      {"plain ascii", true, 0},
      {"Malmö, 北京, 🎉, 1️⃣", true, 0},
      {"bad \xff byte", false, 4},
      {"overlong \xc0\xaf", false, 9},
      {"surrogate \xed\xa0\x80", false, 10},
      {"truncated \xe4\xb8", false, 10},
      {"past max \xf4\x90\x80\x80", false, 9},
      {"", true, 0},
  };
  for (const auto& c : cases) {
    INFO(c.bytes);
    std::size_t bad = 0;
    CHECK(is_valid_utf8(c.bytes, &bad) == c.valid);
    if (!c.valid) CHECK(bad == c.bad_offset);
  }
}

TEST_CASE("text: truncation never splits a UTF-8 sequence", "[core][text]") {
  CHECK(utf8_truncate("abc", 10) == "abc");
  CHECK(utf8_truncate("ab北京", 4) == "ab");
  CHECK(utf8_truncate("ab北京", 5) == "ab北");
}

TEST_CASE("text: slugs, trimming and collapsing", "[core][text]") {
  CHECK(slugify("Summer Hackathon 2020!") == "summer-hackathon-2020");
  CHECK(slugify("  Durham, NC, USA ") == "durham-nc-usa");
  CHECK(slugify("Malmö") == "malmö");
  CHECK(trim("  a b \r\n") == "a b");
  CHECK(collapse_spaces(" a \t b\n\nc ") == "a b c");
  CHECK(split("a,b,,c", ',') == std::vector<std::string>{"a", "b", "", "c"});
  CHECK(line_of_offset("a\nb\nc", 4) == 3);
}

TEST_CASE("text: ascii_lower changes A-Z only, every other byte as it was", "[core][text]") {
  std::string all;
  for (int b = 0; b < 256; ++b) all += static_cast<char>(b);
  // Long enough for the vectorised loop, with a tail that is not.
  std::string text = all + all + "Ab\xc3\x89Z";
  std::string lower = lanyard::core::ascii_lower(text);
  REQUIRE(lower.size() == text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    unsigned char want = c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c + 32) : c;
    INFO("byte " << i << " = " << int(c));
    CHECK(static_cast<unsigned char>(lower[i]) == want);
  }
  CHECK(lanyard::core::ascii_lower("").empty());
  CHECK(lanyard::core::ascii_lower("Lanyard CONF \xc3\x89t\xc3\xa9") ==
        "lanyard conf \xc3\x89t\xc3\xa9");
}

TEST_CASE("schema: boolean terms get Omega's colon and fit Xapian's limit", "[core][schema]") {
  CHECK(schema::boolean_term("XCITY", "paris") == "XCITYparis");
  CHECK(schema::boolean_term("XCITY", "Paris") == "XCITY:Paris");
  CHECK(schema::boolean_term("Q", "_posts/A.md") == "Q_posts/A.md");
  std::string long_value(1000, 'x');
  CHECK(schema::boolean_term("K", long_value).size() <= schema::kMaxTermBytes);
}
