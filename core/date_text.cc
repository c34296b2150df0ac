#include "core/date_text.h"

#include <algorithm>
#include <array>
#include <utility>

namespace lanyard::core::date_text {
namespace {

// A step of a matcher: the value read and the index of the token after it.
struct Step {
  int value = 0;
  std::size_t next = 0;
};

// "1st", "2nd", French "1er"/"1re", Spanish/Portuguese "1º"/"1ª" and "1°".
constexpr auto kOrdinals = std::to_array<std::string_view>(
    {"st", "nd", "rd", "th", "er", "re", "\xC2\xBA", "\xC2\xAA", "\xC2\xB0"});

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// A multi-byte UTF-8 sequence the tokenizer treats specially: the byte length
// and ' ' (whitespace) or '-' (a dash), or length 0.
std::pair<std::size_t, char> unicode_symbol(std::string_view s, std::size_t i) {
  auto starts = [&](std::string_view bytes) { return s.substr(i, bytes.size()) == bytes; };
  if (starts("\xC2\xA0")) return {2, ' '};                           // no-break space
  for (std::string_view space : {"\xE2\x80\x89", "\xE2\x80\xAF"}) {  // thin, narrow no-break
    if (starts(space)) return {3, ' '};
  }
  // U+2010..U+2014 hyphens and dashes, U+2212 minus sign.
  if (i + 2 < s.size() && s[i] == '\xE2' && s[i + 1] == '\x80' && s[i + 2] >= '\x90' &&
      s[i + 2] <= '\x94') {
    return {3, '-'};
  }
  if (starts("\xE2\x88\x92")) return {3, '-'};
  if (starts("\xE3\x80\x9C") || starts("\xEF\xBD\x9E")) return {3, '~'};  // 〜 ～
  if (starts("\xEF\xBC\x88")) return {3, '('};                            // （
  if (starts("\xEF\xBC\x89")) return {3, ')'};                            // ）
  return {0, 0};
}

// The first byte of a CJK or Hangul character (U+3040..U+D7FF: kana,
// ideographs, Hangul syllables), each a word of its own.
bool is_cjk_lead(std::string_view s, std::size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  return c >= 0xE3 && c <= 0xED && i + 2 < s.size() && unicode_symbol(s, i).first == 0 &&
         !(c == 0xE3 &&
           static_cast<unsigned char>(s[i + 1]) == 0x80);  // U+3000..U+303F: punctuation
}

bool is_word_byte(std::string_view s, std::size_t i) {
  char c = s[i];
  return is_ascii_alpha(c) || (static_cast<unsigned char>(c) >= 0x80 &&
                               unicode_symbol(s, i).first == 0 && !is_cjk_lead(s, i));
}

// A number glued to digits by '.' or ':' ("1.0", "10:30") or a thousands comma
// ("2,500") is a version, time or count, not a day or year.
bool is_part_of_bigger_number(const Tokens& t, std::size_t i) {
  bool joins_next = glued(t, i + 1) && glued(t, i + 2) && is_number(t, i + 2, 1, 99) &&
                    (is_punct(t, i + 1, '.') || is_punct(t, i + 1, ':') ||
                     (is_punct(t, i + 1, ',') && t[i + 2].text.size() == 3));
  bool joins_previous = i >= 2 && glued(t, i) && glued(t, i - 1) && is_number(t, i - 2, 1, 99) &&
                        (is_punct(t, i - 1, '.') || is_punct(t, i - 1, ':'));
  return joins_next || joins_previous;
}

// What may follow the dot of a German day: a month, or a range to another day.
bool german_day_dot_ends(const Tokens& t, std::size_t i) {
  const Token* tok = token_at(t, i);
  if (!tok) return false;
  if (tok->kind == TokenKind::punct) return tok->symbol == '-' || tok->symbol == '~';
  return tok->kind == TokenKind::word && (month_word(tok->text) || range_word(tok->text) ||
                                          day_joiner_word(tok->text));  // "13. und 14. Juli"
}

std::optional<Step> day_at(const Tokens& t, std::size_t i) {
  if (!is_number(t, i, 1, 2) || t[i].value < 1 || t[i].value > 31) return std::nullopt;
  if (is_part_of_bigger_number(t, i)) return std::nullopt;
  std::size_t next = i + 1;
  if (glued(t, next) && t[next].kind == TokenKind::word) {
    if (index_in(t[next].text, kOrdinals) < 0) return std::nullopt;  // "7am", "5G"
    ++next;
  } else if (glued(t, next) && is_punct(t, next, ':') && glued(t, next + 1) &&
             (is_word(t, next + 1, "e") || is_word(t, next + 1, "a"))) {
    next += 2;  // Swedish "7:e mars", "1:a maj"
  } else if (glued(t, next) && is_punct(t, next, '.') && german_day_dot_ends(t, next + 1)) {
    ++next;  // German "3. Oktober", "3.-5. Oktober", "3. bis 5."; not "10.09" or "November 3."
  }
  return Step{t[i].value, next};
}

std::optional<Step> year_at(const Tokens& t, std::size_t i) {
  if (!is_number(t, i, 4, 4) || t[i].value < 1000) return std::nullopt;
  if (is_part_of_bigger_number(t, i)) return std::nullopt;
  if (glued(t, i + 1) && t[i + 1].kind == TokenKind::word) return std::nullopt;  // "2025s"
  return Step{t[i].value, i + 1};
}

std::optional<Step> month_at(const Tokens& t, std::size_t i, Casing casing) {
  const Token* tok = token_at(t, i);
  if (!tok || tok->kind != TokenKind::word || tok->text.size() > 12) return std::nullopt;
  auto month = month_word(tok->text);
  if (!month) return std::nullopt;
  if (casing == Casing::capitalised && month->english &&
      !(tok->text[0] >= 'A' && tok->text[0] <= 'Z')) {
    return std::nullopt;
  }
  std::size_t next = i + 1;
  // "Dec." and "Sept." but not "May." ending a sentence.
  if (month->abbreviated && glued(t, next) && is_punct(t, next, '.')) ++next;
  return Step{month->month, next};
}

// "Saturday," "Sat." before a date; returns the index after it.
std::optional<std::size_t> weekday_at(const Tokens& t, std::size_t i, Casing casing) {
  const Token* tok = token_at(t, i);
  if (!tok || tok->kind != TokenKind::word || !weekday_word(tok->text)) return std::nullopt;
  if (casing == Casing::capitalised && !(tok->text[0] >= 'A' && tok->text[0] <= 'Z')) {
    return std::nullopt;
  }
  std::size_t next = i + 1;
  if (glued(t, next) && is_punct(t, next, '.')) ++next;
  if (is_punct(t, next, ',')) ++next;
  return next;
}

// "2025-06-07", "2025-6-7", "2025/06/07": the separators are the same ASCII
// character and nothing separates the parts.
std::optional<DateMatch> iso_date_at(const Tokens& t, std::size_t i) {
  if (!is_number(t, i, 4, 4) || t[i].value < 1000) return std::nullopt;
  const Token* sep = token_at(t, i + 1);
  // "2025-06-07", "2025/06/07", "2020.2.22" (year first: never ambiguous).
  if (!sep || (sep->text != "-" && sep->text != "/" && sep->text != ".")) return std::nullopt;
  for (std::size_t k = i + 1; k <= i + 4; ++k) {
    if (!glued(t, k)) return std::nullopt;
  }
  if (!is_number(t, i + 2, 1, 2) || t[i + 3].text != sep->text || !is_number(t, i + 4, 1, 2)) {
    return std::nullopt;
  }
  PartialDate date{t[i].value, t[i + 2].value, t[i + 4].value};
  return DateMatch{date, date, i, i + 5};
}

// "15/10/2020", "10.09.2025", "1.6.2018", "15-10-2020": day (or month),
// separator, month (or day), the same separator, a four-digit year, nothing
// between them. Dots mean day first; otherwise a number over 12 or the order
// decides, and with neither the date is ambiguous and not read.
std::optional<DateMatch> numeric_date_at(const Tokens& t, std::size_t i, DayOrder order) {
  if (!is_number(t, i, 1, 2) || i + 4 >= t.size()) return std::nullopt;
  const Token& sep = t[i + 1];
  if (sep.kind != TokenKind::punct ||
      (sep.symbol != '.' && sep.symbol != '/' && sep.symbol != '-')) {
    return std::nullopt;
  }
  for (std::size_t k = i + 1; k <= i + 4; ++k) {
    if (!glued(t, k)) return std::nullopt;
  }
  if (!is_number(t, i + 2, 1, 2) || t[i + 3].kind != TokenKind::punct ||
      t[i + 3].symbol != sep.symbol) {
    return std::nullopt;
  }
  // The year is glued to the month by the separator, so year_at's "part of a
  // bigger number" check does not apply; only what follows it does ("1.6.2018.5").
  if (!is_number(t, i + 4, 4, 4) || t[i + 4].value < 1000) return std::nullopt;
  if (glued(t, i + 5) && (t[i + 5].kind == TokenKind::word ||
                          ((is_punct(t, i + 5, '.') || is_punct(t, i + 5, sep.symbol)) &&
                           is_number(t, i + 6, 1, 9) && glued(t, i + 6)))) {
    return std::nullopt;
  }
  auto year = std::optional<Step>(Step{t[i + 4].value, i + 5});
  int a = t[i].value, b = t[i + 2].value;
  bool day_first =
      sep.symbol == '.' || a > 12 || a == b || (b <= 12 && order == DayOrder::day_first);
  bool month_first = sep.symbol != '.' && (b > 12 || (a <= 12 && order == DayOrder::month_first));
  if (day_first == month_first) return std::nullopt;
  PartialDate date{year->value, day_first ? b : a, day_first ? a : b};
  if (date.month < 1 || date.month > 12 || date.day < 1 ||
      date.day > days_in_month(date.year, date.month)) {
    return std::nullopt;
  }
  return DateMatch{date, date, i, year->next};
}

bool is_cjk_word(const Tokens& t, std::size_t i, std::string_view character) {
  return i < t.size() && t[i].kind == TokenKind::word && t[i].text == character;
}

constexpr std::string_view kNian = "\xE5\xB9\xB4";   // 年
constexpr std::string_view kYue = "\xE6\x9C\x88";    // 月
constexpr std::string_view kRi = "\xE6\x97\xA5";     // 日
constexpr std::string_view kHao = "\xE5\x8F\xB7";    // 号 (Chinese day)
constexpr std::string_view kNyeon = "\xEB\x85\x84";  // 년 (Korean year)
constexpr std::string_view kWol = "\xEC\x9B\x94";    // 월 (Korean month)
constexpr std::string_view kIl = "\xEC\x9D\xBC";     // 일 (Korean day)

// After a CJK day, a weekday in parentheses: "(木)", "（土）", "(周三)".
std::size_t skip_cjk_weekday(const Tokens& t, std::size_t i) {
  if (!is_punct(t, i, '(')) return i;
  std::size_t k = i + 1;
  while (k < t.size() && k < i + 4 && t[k].kind == TokenKind::word) ++k;
  return is_punct(t, k, ')') ? k + 1 : i;
}

// "2024年10月3日", "10月3日" (no year), "2024年10月3日(木)".
std::optional<DateMatch> cjk_date_at(const Tokens& t, std::size_t i) {
  std::size_t k = i;
  std::optional<int> year;
  if (is_number(t, k, 4, 4) && (is_cjk_word(t, k + 1, kNian) || is_cjk_word(t, k + 1, kNyeon))) {
    year = t[k].value;
    k += 2;
  }
  bool month = is_cjk_word(t, k + 1, kYue) || is_cjk_word(t, k + 1, kWol);
  if (!is_number(t, k, 1, 2) || !month || !is_number(t, k + 2, 1, 2)) return std::nullopt;
  if (!is_cjk_word(t, k + 3, kRi) && !is_cjk_word(t, k + 3, kHao) && !is_cjk_word(t, k + 3, kIl))
    return std::nullopt;
  PartialDate date{year, t[k].value, t[k + 2].value};
  if (date.month < 1 || date.month > 12 || date.day < 1 ||
      date.day > days_in_month(date.year, date.month)) {
    return std::nullopt;
  }
  return DateMatch{date, date, i, skip_cjk_weekday(t, k + 4)};
}

// The end of a CJK range after its separator: "5日", "10月5日", "2024年10月5日".
std::optional<DateMatch> cjk_range_end_at(const Tokens& t, std::size_t i,
                                          const PartialDate& start) {
  if (auto full = cjk_date_at(t, i)) return full;
  if (!is_number(t, i, 1, 2) ||
      !(is_cjk_word(t, i + 1, kRi) || is_cjk_word(t, i + 1, kHao) || is_cjk_word(t, i + 1, kIl))) {
    return std::nullopt;
  }
  PartialDate end{start.year, start.month, t[i].value};
  return DateMatch{end, end, i, skip_cjk_weekday(t, i + 2)};
}

// The optional ", 2025" or " 2025" after a month and day.
void take_year(const Tokens& t, DateMatch& match) {
  std::size_t k = match.next;
  if (is_punct(t, k, ',')) ++k;
  if (k < t.size() && t[k].kind == TokenKind::word && of_word(t[k].text) && year_at(t, k + 1)) ++k;
  if (auto year = year_at(t, k)) {
    match.start.year = year->value;
    match.end.year = year->value;
    match.next = year->next;
  }
}

// "Dec-19-2013", "19-Dec-2013", "19/Dec/2013": one word, always with a year.
std::optional<DateMatch> hyphenated_date_at(const Tokens& t, std::size_t i, Casing casing) {
  const Token* sep = token_at(t, i + 1);
  if (!sep || (sep->text != "-" && sep->text != "/")) return std::nullopt;
  for (std::size_t k = i + 1; k <= i + 4; ++k) {
    if (!glued(t, k)) return std::nullopt;
  }
  if (t[i + 3].text != sep->text) return std::nullopt;
  bool month_first = t[i].kind == TokenKind::word;
  std::size_t month_index = month_first ? i : i + 2;
  std::size_t day_index = month_first ? i + 2 : i;
  auto month = month_at(t, month_index, casing);
  auto day = day_at(t, day_index);
  auto year = year_at(t, i + 4);
  if (!month || month->next != month_index + 1 || !day || day->next != day_index + 1 || !year) {
    return std::nullopt;
  }
  PartialDate date{year->value, month->value, day->value};
  return DateMatch{date, date, i, year->next};
}

// "June 7", "Dec. 2nd, 2022", "7 May 2025", "7th of May".
std::optional<DateMatch> human_date_at(const Tokens& t, std::size_t i, Casing casing) {
  if (auto match = hyphenated_date_at(t, i, casing)) return match;
  PartialDate date;
  std::size_t next = 0;
  if (auto month = month_at(t, i, casing)) {
    // "October, 13 - Thursday" (a schedule's field): a comma after the month, not in prose.
    std::size_t at = month->next;
    if (casing == Casing::any && is_punct(t, at, ',') && day_at(t, at + 1)) ++at;
    auto day = day_at(t, at);
    if (!day) return std::nullopt;
    date = PartialDate{std::nullopt, month->value, day->value};
    next = day->next;
  } else if (auto day = day_at(t, i)) {
    std::size_t k = day->next;
    if (t.size() > k && t[k].kind == TokenKind::word && of_word(t[k].text)) ++k;
    auto month2 = month_at(t, k, casing);
    if (!month2) return std::nullopt;
    date = PartialDate{std::nullopt, month2->value, day->value};
    next = month2->next;
  } else {
    return std::nullopt;
  }
  if (date.day > days_in_month(std::nullopt, date.month)) return std::nullopt;
  DateMatch match{date, date, i, next};
  take_year(t, match);
  return match;
}

}  // namespace

// A range separator; "and" / "&" only join days of one month ("December 1 & 2").
std::optional<std::size_t> range_separator_at(const Tokens& t, std::size_t i, bool day_list) {
  if (is_punct(t, i, '-') || is_punct(t, i, '~')) return i + 1;
  const Token* tok = token_at(t, i);
  bool word = tok && tok->kind == TokenKind::word;
  if (day_list && (is_punct(t, i, '&') || (word && day_joiner_word(tok->text)))) return i + 1;
  if (word && range_word(tok->text)) return i + 1;
  // Japanese "から" (from ... to): two kana.
  if (word && tok->text == "\xE3\x81\x8B" && is_word(t, i + 1, "\xE3\x82\x89")) return i + 2;
  return std::nullopt;
}

int days_in_month(std::optional<int> year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month != 2 || !year) return kDays[static_cast<std::size_t>(month) - 1];
  bool leap = (*year % 4 == 0 && *year % 100 != 0) || *year % 400 == 0;
  return leap ? 29 : 28;
}

Tokens tokenize(std::string_view text) {
  Tokens tokens;
  bool space = true;
  std::size_t i = 0;
  while (i < text.size()) {
    auto [symbol_length, symbol] = unicode_symbol(text, i);
    if (is_ascii_space(text[i]) || symbol == ' ') {
      space = true;
      i += symbol == ' ' ? symbol_length : 1;
      continue;
    }
    Token tok;
    tok.offset = i;
    tok.space_before = space;
    std::size_t end = i + 1;
    if (is_digit(text[i])) {
      tok.kind = TokenKind::number;
      for (end = i; end < text.size() && is_digit(text[end]); ++end) {
        tok.value = std::min(tok.value * 10 + (text[end] - '0'), 999999);
      }
    } else if (is_cjk_lead(text, i)) {
      tok.kind = TokenKind::word;
      end = i + 3;
    } else if (is_word_byte(text, i)) {
      tok.kind = TokenKind::word;
      while (end < text.size() && is_word_byte(text, end)) ++end;
    } else if (symbol != 0) {
      tok.symbol = symbol;
      end = i + symbol_length;
    } else {
      tok.symbol = text[i];
    }
    tok.text = text.substr(i, end - i);
    tokens.push_back(tok);
    space = false;
    i = end;
  }
  return tokens;
}

std::optional<DateMatch> single_date_at(const Tokens& tokens, std::size_t i, Casing casing,
                                        DayOrder order) {
  std::size_t start = weekday_at(tokens, i, casing).value_or(i);
  auto match = iso_date_at(tokens, start);
  if (!match) match = cjk_date_at(tokens, start);
  if (!match) match = numeric_date_at(tokens, start, order);
  if (!match) match = human_date_at(tokens, start, casing);
  if (match) match->begin = i;
  return match;
}

// "7-9 May 2025", "del 3 al 5 de octubre", "3. bis 5. Oktober 2024",
// "10.–12.09.2025": a day, a separator, then a day-first date.
std::optional<DateMatch> day_range_at(const Tokens& t, std::size_t i, Casing casing,
                                      DayOrder order) {
  auto day = day_at(t, i);
  // "12, 13 y 14 de julio", "3, 4 and 5 May": a list of following days, then
  // the last date (never "3, 10 and 17 May", a series of single days).
  std::optional<Step> listed = day;
  while (listed && is_punct(t, listed->next, ',')) {
    auto following = day_at(t, listed->next + 1);
    if (!following || following->value != listed->value + 1) break;
    listed = following;
  }
  auto sep = day ? range_separator_at(t, listed->next, true) : std::nullopt;
  auto last = sep ? single_date_at(t, *sep, casing, order) : std::nullopt;
  if (!last) return std::nullopt;
  std::size_t core = weekday_at(t, *sep, casing).value_or(*sep);
  bool day_first = is_number(t, core, 1, 2) && !cjk_date_at(t, core);
  if (!day_first || day->value > last->start.day) return std::nullopt;
  PartialDate start{last->start.year, last->start.month, day->value};
  return DateMatch{start, last->end, i, last->next};
}

// The second date of a range after the first: "- Mar 4, 2025", "/2025-04-12"
// (an ISO 8601 interval), "〜5日" or "至10月5日" after a CJK date.
std::optional<DateMatch> range_end_at(const Tokens& t, const DateMatch& first, std::size_t core,
                                      Casing casing, DayOrder order) {
  if (cjk_date_at(t, core)) {
    auto sep = range_separator_at(t, first.next, false);
    return sep ? cjk_range_end_at(t, *sep, first.start) : std::nullopt;
  }
  if (iso_date_at(t, core) && is_punct(t, first.next, '/') && glued(t, first.next) &&
      glued(t, first.next + 1)) {
    return iso_date_at(t, first.next + 1);
  }
  auto sep = range_separator_at(t, first.next, false);
  return sep ? single_date_at(t, *sep, casing, order) : std::nullopt;
}

std::vector<DateMatch> date_matches_at(const Tokens& t, std::size_t i, Casing casing,
                                       DayOrder order) {
  std::vector<DateMatch> out;
  auto first = single_date_at(t, i, casing, order);
  if (!first) {
    if (auto range = day_range_at(t, i, casing, order)) out.push_back(*range);
    return out;
  }
  std::size_t core = weekday_at(t, i, casing).value_or(i);
  // Two dates: when they disagree ("Jan 2, 2025 - Dec 30, 2024") the text is
  // wrong, so the first date alone is not offered either.
  if (auto last = range_end_at(t, *first, core, casing, order)) {
    out.push_back(DateMatch{first->start, last->end, i, last->next});
    return out;
  }
  // "Jun 10 - 17, 2025", "June 4-20th": only after a month-first date with no year.
  bool month_first = !first->start.year && month_at(t, core, casing);
  auto sep = month_first ? range_separator_at(t, first->next, true) : std::nullopt;
  auto day = sep ? day_at(t, *sep) : std::nullopt;
  if (day && day->value >= first->start.day) {
    DateMatch range{first->start, PartialDate{std::nullopt, first->start.month, day->value}, i,
                    day->next};
    take_year(t, range);  // sets both years: one month, one year
    out.push_back(range);
  }
  out.push_back(*first);
  return out;
}

}  // namespace lanyard::core::date_text
