#include "core/accents.h"

#include <xapian.h>

#include "core/text.h"

namespace lanyard::core {

namespace {

// Lowercase ASCII bases of U+00C0..U+017F; '?' marks the letters with two
// (two_letter_base), ' ' the two signs that are no letters (× and ÷).
constexpr std::string_view kLatin1 =
    "aaaaaa?ceeeeiiiidnooooo ouuuuy??aaaaaa?ceeeeiiiidnooooo ouuuuy?y";
constexpr std::string_view kLatinExtA =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii??jjkkkllllllllllnnnnnnnnnoooo"
    "oo??rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
static_assert(kLatin1.size() == 0x40 && kLatinExtA.size() == 0x80);

std::string_view two_letter_base(char32_t cp) {
  switch (cp) {
    case 0xC6:
    case 0xE6:
      return "ae";
    case 0xDE:
    case 0xFE:
      return "th";
    case 0xDF:
      return "ss";
    case 0x132:
    case 0x133:
      return "ij";
    case 0x152:
    case 0x153:
      return "oe";
    default:
      return "";
  }
}

bool continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

}  // namespace

std::string_view latin_base(char32_t cp) {
  std::string_view table;
  char32_t first = 0;
  if (cp >= 0xC0 && cp <= 0xFF) {
    table = kLatin1, first = 0xC0;
  } else if (cp >= 0x100 && cp <= 0x17F) {
    table = kLatinExtA, first = 0x100;
  } else if (cp >= 0x218 && cp <= 0x21B) {
    return cp < 0x21A ? "s" : "t";  // Romanian Ș ș Ț ț
  } else {
    return {};
  }
  std::string_view base = table.substr(cp - first, 1);
  if (base == "?") return two_letter_base(cp);
  return base == " " ? std::string_view() : base;
}

bool has_accents(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    const unsigned char c = s[i], next = s[i + 1];
    if (c < 0xC3 || c > 0xCD || !continuation(next)) continue;
    if (c == 0xC3 && next != 0x97 && next != 0xB7) return true;  // U+00C0..U+00FF but × ÷
    if (c == 0xC4 || c == 0xC5 || c == 0xCC) return true;        // U+0100..U+017F, U+0300..U+033F
    if (c == 0xC8 && next >= 0x98 && next <= 0x9B) return true;  // U+0218..U+021B
    if (c == 0xCD && next <= 0xAF) return true;                  // U+0340..U+036F
  }
  return false;
}

std::string fold_accents(std::string_view text) {
  if (!has_accents(text)) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    const char32_t cp = next_code_point(text, i);
    if (cp >= 0x300 && cp <= 0x36F) continue;  // a combining mark: the letter before stays
    std::string_view base = latin_base(cp);
    if (base.empty()) {
      out.append(text.substr(start, i - start));
      continue;
    }
    const bool capital = Xapian::Unicode::tolower(cp) != static_cast<unsigned>(cp);
    out += capital ? static_cast<char>(base[0] - 'a' + 'A') : base[0];
    out.append(base.substr(1));
  }
  return out;
}

}  // namespace lanyard::core
