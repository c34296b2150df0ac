#include "core/stop_words.h"

#include <algorithm>

#include "core/accents.h"
#include "core/text.h"

namespace lanyard::core {

std::vector<std::string> parse_stop_words(std::string_view text) {
  std::vector<std::string> words;
  for (const auto& line : split(text, '\n')) {
    std::string_view trimmed = trim(line);
    if (trimmed.empty() || trimmed.front() == '#') continue;
    for (const auto& word : split(collapse_spaces(ascii_lower(trimmed)), ' ')) {
      if (word.empty()) continue;
      words.push_back(word);
      if (has_accents(word)) words.push_back(fold_accents(word));
    }
  }
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

const std::vector<std::string>& stop_words() {
  static const std::vector<std::string> words = parse_stop_words(builtin_stop_words_text());
  return words;
}

bool is_stop_word(std::string_view word) {
  const auto& words = stop_words();
  return std::binary_search(words.begin(), words.end(), word);
}

}  // namespace lanyard::core
