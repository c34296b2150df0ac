#include "indexer/html_text.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>

namespace lanyard::indexer {
namespace {

constexpr auto npos = std::string_view::npos;

// Length of the whitespace character at s[i], 0 if it is none. U+00A0 counts:
// it is what &nbsp; decodes to and nobody searches for it.
std::size_t space_at(std::string_view s, std::size_t i) {
  switch (s[i]) {
    case ' ':
    case '\t':
    case '\n':
    case '\r':
    case '\f':
    case '\v':
      return 1;
    default:
      break;
  }
  return s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0' ? 2 : 0;
}

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }
bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
char to_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return to_lower(x) == y; });
}

void append_utf8(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// What browsers show for &#128;..&#159;: the Windows-1252 characters, as the
// HTML standard says; 0 where 1252 has a hole.
constexpr std::array<char16_t, 32> kWindows1252 = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

char32_t sanitize_code_point(std::uint32_t cp) {
  if (cp >= 0x80 && cp <= 0x9F) cp = kWindows1252[cp - 0x80];
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0xFFFD;
  if (cp < 0x20 && cp != '\t' && cp != '\n') return ' ';
  return cp;
}

struct NamedEntity {
  std::string_view name;
  std::string_view text;
};

// The references seen in conference content; the full HTML5 list has 2,231.
constexpr NamedEntity kNamedEntities[] = {
    {"amp", "&"},      {"lt", "<"},        {"gt", ">"},     {"quot", "\""},  {"apos", "'"},
    {"nbsp", " "},     {"ensp", " "},      {"emsp", " "},   {"thinsp", " "}, {"shy", ""},
    {"zwj", "\u200D"}, {"zwnj", "\u200C"}, {"copy", "©"},   {"reg", "®"},    {"trade", "™"},
    {"hellip", "…"},   {"mdash", "—"},     {"ndash", "–"},  {"minus", "−"},  {"lsquo", "‘"},
    {"rsquo", "’"},    {"sbquo", "‚"},     {"ldquo", "“"},  {"rdquo", "”"},  {"bdquo", "„"},
    {"laquo", "«"},    {"raquo", "»"},     {"lsaquo", "‹"}, {"rsaquo", "›"}, {"bull", "•"},
    {"middot", "·"},   {"deg", "°"},       {"plusmn", "±"}, {"times", "×"},  {"divide", "÷"},
    {"frac12", "½"},   {"frac14", "¼"},    {"frac34", "¾"}, {"euro", "€"},   {"pound", "£"},
    {"yen", "¥"},      {"cent", "¢"},      {"sect", "§"},   {"para", "¶"},   {"dagger", "†"},
    {"Dagger", "‡"},   {"prime", "′"},     {"Prime", "″"},  {"larr", "←"},   {"rarr", "→"},
    {"uarr", "↑"},     {"darr", "↓"},      {"harr", "↔"},   {"hearts", "♥"}, {"check", "✓"},
    {"star", "☆"},     {"iexcl", "¡"},     {"iquest", "¿"}, {"aacute", "á"}, {"eacute", "é"},
    {"iacute", "í"},   {"oacute", "ó"},    {"uacute", "ú"}, {"agrave", "à"}, {"egrave", "è"},
    {"ccedil", "ç"},   {"ntilde", "ñ"},    {"auml", "ä"},   {"ouml", "ö"},   {"uuml", "ü"},
    {"szlig", "ß"},    {"Auml", "Ä"},      {"Ouml", "Ö"},   {"Uuml", "Ü"},   {"Eacute", "É"},
    {"oslash", "ø"},   {"aring", "å"},     {"aelig", "æ"},
};

// Decodes the reference at s[amp] ('&'). Returns the bytes consumed, 0 when
// it is not a reference we know (the '&' is then literal text).
std::size_t decode_reference(std::string_view s, std::size_t amp, std::string& out) {
  constexpr std::size_t kMaxReference = 32;
  std::size_t end = amp + 1;
  while (end < s.size() && end - amp < kMaxReference && (is_alnum(s[end]) || s[end] == '#')) ++end;
  if (end >= s.size() || s[end] != ';' || end == amp + 1) return 0;
  std::string_view body = s.substr(amp + 1, end - amp - 1);
  if (body[0] != '#') {
    for (const NamedEntity& entity : kNamedEntities) {
      if (entity.name == body) {
        out.append(entity.text);
        return end + 1 - amp;
      }
    }
    return 0;
  }
  const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
  std::string_view digits = body.substr(hex ? 2 : 1);
  if (digits.empty() || digits.size() > 8) return 0;
  std::uint32_t cp = 0;
  for (char c : digits) {
    int value = is_digit(c) ? c - '0' : hex && is_alpha(c) ? to_lower(c) - 'a' + 10 : 99;
    if (value >= (hex ? 16 : 10)) return 0;
    cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(value);
  }
  append_utf8(sanitize_code_point(cp), out);
  return end + 1 - amp;
}

// Elements whose content a reader never sees as text on the page.
bool is_dropped_element(std::string_view name) {
  static constexpr std::string_view kDropped[] = {"script", "style", "iframe",  "template",
                                                  "video",  "audio", "noscript"};
  return std::find(std::begin(kDropped), std::end(kDropped), name) != std::end(kDropped);
}

// Elements that begin and end on a line of their own.
bool starts_line(std::string_view name) {
  static constexpr std::string_view kLineTags[] = {
      "address", "article", "aside", "blockquote", "br",  "caption",  "center",     "dd",
      "details", "dialog",  "div",   "dl",         "dt",  "fieldset", "figcaption", "figure",
      "footer",  "form",    "h1",    "h2",         "h3",  "h4",       "h5",         "h6",
      "header",  "hr",      "li",    "main",       "nav", "ol",       "p",          "pre",
      "section", "table",   "ul",    "option"};
  return std::find(std::begin(kLineTags), std::end(kLineTags), name) != std::end(kLineTags);
}

}  // namespace

std::string decode_html_entities(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t amp = text.find('&', i);
    out.append(text.substr(i, amp == npos ? npos : amp - i));
    if (amp == npos) break;
    const std::size_t used = decode_reference(text, amp, out);
    if (used == 0) out.push_back('&');
    i = amp + std::max<std::size_t>(used, 1);
  }
  return out;
}

void TextWriter::append(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (const std::size_t n = space_at(text, i)) {
      pending_space_ = true;
      i += n;
      continue;
    }
    std::size_t j = i + 1;
    while (j < text.size() && space_at(text, j) == 0) ++j;
    flush_separator();
    out_.append(text.substr(i, j - i));
    i = j;
  }
}

void TextWriter::break_line() {
  if (single_line_) {
    pending_space_ = true;
  } else if (pending_newlines_ < 1) {
    pending_newlines_ = 1;
  }
}

void TextWriter::break_block() {
  if (single_line_) {
    pending_space_ = true;
  } else {
    pending_newlines_ = 2;
  }
}

void TextWriter::flush_separator() {
  if (!out_.empty()) {
    if (pending_newlines_ > 0) {
      out_.append(static_cast<std::size_t>(pending_newlines_), '\n');
    } else if (pending_space_) {
      out_.push_back(' ');
    }
  }
  pending_newlines_ = 0;
  pending_space_ = false;
}

void HtmlText::feed(std::string_view html, TextWriter& out) {
  std::size_t i = 0;
  while (i < html.size()) {
    if (hiding()) {
      // Raw text: only the matching end tag means anything here.
      const std::size_t close = html.find("</", i);
      if (close == npos) return;
      const std::string_view name = html.substr(close + 2, skip_until_.size());
      const std::size_t after = close + 2 + name.size();
      if (iequals(name, skip_until_) && (after >= html.size() || !is_alnum(html[after]))) {
        skip_until_.clear();
        const std::size_t gt = html.find('>', after);
        i = gt == npos ? html.size() : gt + 1;
      } else {
        i = close + 2;
      }
      continue;
    }
    const std::size_t lt = html.find('<', i);
    text(html.substr(i, lt == npos ? npos : lt - i), out);
    if (lt == npos) return;
    i = markup(html, lt, out);
  }
}

// Consumes the markup at html[lt] ('<') and returns where text resumes.
std::size_t HtmlText::markup(std::string_view html, std::size_t lt, TextWriter& out) {
  const std::string_view rest = html.substr(lt);
  if (rest.starts_with("<!--")) {
    const std::size_t end = html.find("-->", lt + 4);
    return end == npos ? html.size() : end + 3;
  }
  const char next = rest.size() > 1 ? rest[1] : '\0';
  const char after_slash = rest.size() > 2 ? rest[2] : '\0';
  if (next == '!' || next == '?') {  // <!DOCTYPE>, <![CDATA[...]]>, <?php ... ?>
    const std::size_t end = html.find('>', lt + 2);
    return end == npos ? html.size() : end + 1;
  }
  if (is_alpha(next) || (next == '/' && is_alpha(after_slash))) return tag(html, lt, out);
  out.append("<");  // "a < b" in prose
  return lt + 1;
}

// Parses a start or end tag at html[lt]. Quoted attribute values may hold '>'.
std::size_t HtmlText::tag(std::string_view html, std::size_t lt, TextWriter& out) {
  std::size_t i = lt + 1;
  const bool closing = html[i] == '/';
  if (closing) ++i;
  std::string name;
  for (; i < html.size() && (is_alnum(html[i]) || html[i] == '-'); ++i)
    name.push_back(to_lower(html[i]));
  std::string_view alt;
  bool self_closing = false;
  while (i < html.size() && html[i] != '>') {
    const char c = html[i];
    if (is_html_space(c) || c == '/') {
      self_closing = c == '/';
      ++i;
      continue;
    }
    self_closing = false;
    const std::size_t attr = i;
    while (i < html.size() && !is_html_space(html[i]) && html[i] != '=' && html[i] != '>' &&
           html[i] != '/') {
      ++i;
    }
    const std::string_view attr_name = html.substr(attr, std::max<std::size_t>(i - attr, 1));
    if (i == attr) ++i;  // a stray '=' where a name belongs
    while (i < html.size() && is_html_space(html[i])) ++i;
    if (i >= html.size() || html[i] != '=') continue;
    ++i;
    while (i < html.size() && is_html_space(html[i])) ++i;
    std::string_view value;
    if (i < html.size() && (html[i] == '"' || html[i] == '\'')) {
      const std::size_t end = html.find(html[i], i + 1);
      if (end == npos) return html.size();  // unterminated quote: the tag runs to the end
      value = html.substr(i + 1, end - i - 1);
      i = end + 1;
    } else {
      const std::size_t start = i;
      while (i < html.size() && !is_html_space(html[i]) && html[i] != '>') ++i;
      value = html.substr(start, i - start);
    }
    if (iequals(attr_name, "alt")) alt = value;
  }
  if (i >= html.size()) return html.size();  // unterminated tag
  element(name, closing, self_closing, out);
  if (name == "img" && !alt.empty()) {
    out.append(" ");
    out.append(decode_html_entities(alt));
    out.append(" ");
  }
  return i + 1;
}

void HtmlText::element(std::string_view name, bool closing, bool self_closing, TextWriter& out) {
  if (!closing && !self_closing && is_dropped_element(name)) {
    skip_until_ = name;
    return;
  }
  if (name == "tr") {
    cells_in_row_ = 0;
    out.break_line();
  } else if (name == "td" || name == "th") {
    if (!closing && cells_in_row_++ > 0) out.append(" | ");
    if (closing) out.append(" ");
  } else if (starts_line(name)) {
    if (name == "pre") pre_depth_ = std::max(0, pre_depth_ + (closing ? -1 : 1));
    out.break_line();
  } else if (name == "img") {
    out.append(" ");
  }
}

void HtmlText::text(std::string_view raw, TextWriter& out) const {
  std::string decoded;
  std::string_view visible = raw;
  if (raw.find('&') != npos) {
    decoded = decode_html_entities(raw);
    visible = decoded;
  }
  if (pre_depth_ == 0) {
    out.append(visible);
    return;
  }
  for (std::size_t nl = visible.find('\n'); nl != npos; nl = visible.find('\n')) {
    out.append(visible.substr(0, nl));
    out.break_line();
    visible.remove_prefix(nl + 1);
  }
  out.append(visible);
}

}  // namespace lanyard::indexer
