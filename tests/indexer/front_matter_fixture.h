// Table checks shared by the front-matter tests of each format
// (front_matter_test.cc, front_matter_toml_test.cc, front_matter_json_test.cc).
#pragma once

#include <catch2/catch.hpp>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "indexer/front_matter.h"

namespace lanyard::indexer::front_matter_fixture {

inline std::string repeat(std::string_view piece, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += piece;
  return out;
}

// A file split into its front matter and body.
struct SplitCase {
  std::string input;
  bool has_front_matter;
  nlohmann::json fields;
  std::string body;
  int body_line;
};

inline void check_split(const std::vector<SplitCase>& cases) {
  for (const auto& c : cases) {
    INFO(c.input);
    auto parsed = parse_front_matter(c.input);
    REQUIRE(parsed);
    CHECK(parsed->has_front_matter == c.has_front_matter);
    CHECK(parsed->fields == c.fields);
    CHECK(parsed->body == c.body);
    CHECK(parsed->body_line == c.body_line);
  }
}

// One value of the front matter `wrap(text)`, with its JSON type.
struct ValueCase {
  std::string text;  // one or more lines of front matter
  std::string key;   // a top-level key
  nlohmann::json expected;
};

inline void check_values(const std::vector<ValueCase>& cases,
                         const std::function<std::string(const std::string&)>& wrap) {
  for (const auto& c : cases) {
    std::string input = wrap(c.text);
    INFO(input);
    auto parsed = parse_front_matter(input);
    REQUIRE(parsed);
    REQUIRE(parsed->fields.contains(c.key));
    const nlohmann::json& value = parsed->fields.at(c.key);
    CHECK(value == c.expected);
    CHECK(value.type() == c.expected.type());  // 2024 == 2024.0 in nlohmann::json
    CHECK_NOTHROW(parsed->fields.dump());
  }
}

// A file whose front matter is an error.
struct ErrorCase {
  std::string input;
  std::string message_start;  // "line N: <reason>"
  std::string reason;
  int line = 0;  // Error::line; 0: not checked
};

inline void check_errors(const std::vector<ErrorCase>& cases) {
  for (const auto& c : cases) {
    INFO(c.input.substr(0, 200));
    auto parsed = parse_front_matter(c.input);
    REQUIRE_FALSE(parsed);
    CHECK(parsed.error().code == core::ErrorCode::invalid_input);
    CHECK(parsed.error().reason == c.reason);
    if (c.line > 0) CHECK(parsed.error().line == c.line);
    CHECK_THAT(parsed.error().message, Catch::StartsWith(c.message_start));
  }
}

}  // namespace lanyard::indexer::front_matter_fixture
