#include "core/place_fold.h"

#include <cstdint>
#include <vector>

#include "core/text.h"

namespace lanyard::core {

namespace {

// ASCII bases of U+00C0..U+017F; '?' marks the letters needing two (see two_letter_base).
constexpr std::string_view kLatin1 =
    "aaaaaa?ceeeeiiiidnooooo ouuuuy??aaaaaa?ceeeeiiiidnooooo ouuuuy?y";
constexpr std::string_view kLatinExtA =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii??jjkkkllllllllllnnnnnnnnnoooo"
    "oo??rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
static_assert(kLatin1.size() == 0x40 && kLatinExtA.size() == 0x80);

std::string_view two_letter_base(char32_t cp) {
  switch (cp) {
    case 0xC6: case 0xE6: return "ae";
    case 0xDE: case 0xFE: return "th";
    case 0xDF: return "ss";
    case 0x132: case 0x133: return "ij";
    case 0x152: case 0x153: return "oe";
    default: return " ";
  }
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool is_apostrophe(char32_t cp) {
  return cp == '\'' || cp == '.' || cp == 0x2018 || cp == 0x2019 || cp == 0x02BC ||
         cp == 0x02BB || cp == 0x00B4 || cp == '`';
}

// One code point folded onto out.
void fold_code_point(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    const char c = static_cast<char>(cp);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
    else if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
    else if (!is_apostrophe(cp)) out += ' ';
    return;
  }
  if (is_apostrophe(cp)) return;
  if (cp >= 0xC0 && cp <= 0xFF) {
    const char base = kLatin1[cp - 0xC0];
    out += base == '?' ? two_letter_base(cp) : std::string_view(&base, 1);
  } else if (cp >= 0x100 && cp <= 0x17F) {
    const char base = kLatinExtA[cp - 0x100];
    out += base == '?' ? two_letter_base(cp) : std::string_view(&base, 1);
  } else if (cp >= 0x218 && cp <= 0x21B) {
    out += cp < 0x21A ? 's' : 't';  // Romanian Ș ș Ț ț
  } else if (cp >= 0x410 && cp <= 0x42F) {
    append_utf8(out, cp + 0x20);  // Cyrillic capitals
  } else if (cp >= 0x400 && cp <= 0x40F) {
    append_utf8(out, cp + 0x50);
  } else if (cp >= 0x391 && cp <= 0x3A9) {
    append_utf8(out, cp + 0x20);  // Greek capitals
  } else if (cp == 0xFFFD || cp == 0xA0 || cp == 0x3000 || (cp >= 0x2000 && cp <= 0x206F) ||
             cp == 0xFF0C || cp == 0x3001 || cp == 0x00D7 || cp == 0x00F7) {
    out += ' ';  // spaces, dashes, general punctuation, CJK commas
  } else {
    append_utf8(out, cp);
  }
}

// Abbreviations spelled both ways in place names; only rewritten before another word
// so that "MT" (Montana) stays a code.
std::string_view expand_abbreviation(std::string_view word) {
  if (word == "st") return "saint";
  if (word == "ste") return "sainte";
  if (word == "ft") return "fort";
  if (word == "mt") return "mount";
  return word;
}

std::string finish(const std::string& spaced, bool drop_digit_words) {
  std::vector<std::string> words = split(collapse_spaces(spaced), ' ');
  std::vector<std::string> kept;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (w.empty()) continue;
    if (drop_digit_words && w.find_first_of("0123456789") != std::string::npos) continue;
    kept.push_back(w);
  }
  for (std::size_t i = 0; i + 1 < kept.size(); ++i) kept[i] = std::string(expand_abbreviation(kept[i]));
  return join(kept, " ");
}

}  // namespace

std::string fold_place_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) fold_code_point(out, next_code_point(text, i));
  return finish(out, false);
}

std::string fold_place_key(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) fold_code_point(out, next_code_point(text, i));
  return finish(out, true);
}

}  // namespace lanyard::core
