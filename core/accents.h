// Accent folding: Latin letters with diacritics to their ASCII base letters,
// so that "zurich" finds "Zürich" and "montreal" finds "Montréal". The
// indexer adds the folded form of every accented word next to it, the query
// builder searches the folded query too (docs/schema.md). Pure functions,
// thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace lanyard::core {

// The ASCII base of a Latin letter with a diacritic, or of a Latin ligature or
// special letter, lowercase: "e" for é and É, "ss" for ß, "ae" for æ, "o" for
// ø, "l" for ł, "th" for þ. Covers Latin-1 Supplement (U+00C0..U+00FF), Latin
// Extended-A (U+0100..U+017F) and the Romanian Ș ș Ț ț (U+0218..U+021B).
// Empty for every other code point (ASCII, other scripts, × and ÷).
std::string_view latin_base(char32_t cp);

// text with each letter latin_base knows replaced by its base, capitalised
// when the letter is a capital (É -> E, Æ -> Ae), and combining diacritical
// marks (U+0300..U+036F) dropped. Every other byte is kept as it was (ASCII,
// other scripts, invalid UTF-8), so query syntax and case survive:
// "Zürich" -> "Zurich", "multilingüe" -> "multilingue", "Straße" -> "Strasse".
// Never longer than text.
std::string fold_accents(std::string_view text);

// Whether fold_accents(text) differs from text: a scan of the bytes for the
// lead bytes of those letters and marks, without decoding.
bool has_accents(std::string_view text);

}  // namespace lanyard::core
