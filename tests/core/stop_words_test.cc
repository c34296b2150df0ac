#include "core/stop_words.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using lanyard::core::is_stop_word;
using lanyard::core::parse_stop_words;

TEST_CASE("stop words: a list's words are lowercased and folded too, comments skipped",
          "[core][stop]") {
  auto words = parse_stop_words("# comment with words\nThe  for\n\n  à für de\n# the end\n");
  CHECK(words == std::vector<std::string>{"a", "de", "for", "fur", "für", "the", "à"});
}

TEST_CASE("stop words: the shipped list has the small words of six languages, not names or places",
          "[core][stop]") {
  const std::vector<std::pair<std::string, bool>> cases = {
      {"the", true},   {"for", true},   {"of", true},    {"and", true},  {"de", true},
      {"la", true},    {"les", true},   {"à", true},     {"a", true},    {"und", true},
      {"für", true},   {"fur", true},   {"el", true},    {"para", true}, {"da", true},
      {"della", true}, {"è", true},     {"e", true},     {"us", false},  {"it", false},
      {"who", false},  {"may", false},  {"will", false}, {"ai", false},  {"os", false},
      {"uber", false}, {"über", false}, {"mit", false},  {"est", false}, {"python", false},
      {"The", false},  // callers lowercase first
  };
  for (const auto& [word, stop] : cases) {
    INFO(word);
    CHECK(is_stop_word(word) == stop);
  }
}
