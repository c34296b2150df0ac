// Query stop words: the small function words of data/stopwords.txt (English,
// French, German, Spanish, Portuguese and Italian; compiled in), which a query
// may leave out (query/query_builder.cc; the index keeps every word). Pure
// functions, thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lanyard::core {

// The words of a stop word list: whitespace-separated, lines starting with '#'
// skipped, ASCII lowercased, each also in its accent-folded form ("à" and "a",
// core/accents.h), so that a query and its folded form drop the same words.
// Sorted, no duplicates.
std::vector<std::string> parse_stop_words(std::string_view text);

// The text of data/stopwords.txt as built into Lanyard.
std::string_view builtin_stop_words_text();

// parse_stop_words(builtin_stop_words_text()), parsed once.
const std::vector<std::string>& stop_words();

// Whether word, lowercase, is one of stop_words().
bool is_stop_word(std::string_view word);

}  // namespace lanyard::core
