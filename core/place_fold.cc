#include "core/place_fold.h"

#include <cstdint>
#include <vector>

#include "core/accents.h"
#include "core/text.h"

namespace lanyard::core {

namespace {

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
  return cp == '\'' || cp == '.' || cp == 0x2018 || cp == 0x2019 || cp == 0x02BC || cp == 0x02BB ||
         cp == 0x00B4 || cp == '`';
}

// One code point folded onto out.
void fold_code_point(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    const char c = static_cast<char>(cp);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
      out += c;
    else if (c >= 'A' && c <= 'Z')
      out += static_cast<char>(c - 'A' + 'a');
    else if (!is_apostrophe(cp))
      out += ' ';
    return;
  }
  if (is_apostrophe(cp)) return;
  if (std::string_view base = latin_base(cp); !base.empty()) {
    out += base;  // Latin letters lose their accents (core/accents.h)
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
  for (std::size_t i = 0; i + 1 < kept.size(); ++i)
    kept[i] = std::string(expand_abbreviation(kept[i]));
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
