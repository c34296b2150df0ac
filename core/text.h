// Small text helpers shared by the indexer and the query side. Pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lanyard::core {

// True when bytes are well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF).
// On false, *bad_offset (if given) is the offset of the first bad byte.
bool is_valid_utf8(std::string_view bytes, std::size_t* bad_offset = nullptr);

// The longest prefix of at most max_bytes that does not split a UTF-8 sequence.
std::string_view utf8_truncate(std::string_view text, std::size_t max_bytes);

// Decodes the UTF-8 sequence at text[i] and advances i past it; a bad byte
// gives U+FFFD and advances by one.
char32_t next_code_point(std::string_view text, std::size_t& i);

// Han, Hangul, kana and the other scripts Xapian indexes by n-grams
// (FLAG_CJK_NGRAM) rather than by words.
bool is_cjk(char32_t cp);

// ASCII letters lowercased; other bytes unchanged (so UTF-8 stays intact).
std::string ascii_lower(std::string_view text);

// Leading and trailing ASCII whitespace removed.
std::string_view trim(std::string_view text);

// Runs of whitespace collapsed to one space, trimmed.
std::string collapse_spaces(std::string_view text);

// A URL slug: ASCII letters and digits lowercased, other ASCII runs to one '-',
// non-ASCII UTF-8 kept as is. "Summer Hackathon 2020!" -> "summer-hackathon-2020".
std::string slugify(std::string_view text);

// 1-based line number of byte offset in text.
int line_of_offset(std::string_view text, std::size_t offset);

// 64-bit FNV-1a: a stable content fingerprint (not cryptographic).
std::uint64_t fnv1a64(std::string_view bytes);

std::vector<std::string> split(std::string_view text, char separator);
std::string join(const std::vector<std::string>& parts, std::string_view separator);

}  // namespace lanyard::core
