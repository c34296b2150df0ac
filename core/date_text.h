// Internal to core/date*.cc: the tokenizer and token matchers behind the date
// parsers in core/date.h (date_text.cc: the tokenizer and dates;
// date_time_text.cc: times of day; date_names.cc: the words). Not part of
// lanyard_core's interface; include it only from core/date*.cc and tests of
// these internals.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "core/date.h"

namespace lanyard::core::date_text {

enum class TokenKind { word, number, punct };

struct Token {
  TokenKind kind = TokenKind::punct;
  std::string_view text;     // a view into the tokenized text; it must outlive the token
  std::size_t offset = 0;    // byte offset of text in the tokenized text
  bool space_before = true;  // whitespace or the start of the text comes before it
  int value = 0;             // numbers: the decimal value, saturated at 999999
  char symbol = 0;           // punct: the ASCII character; every dash and minus is '-'
};
using Tokens = std::vector<Token>;

// Words are runs of ASCII letters and non-ASCII bytes ("Malmö"), numbers runs of
// ASCII digits ("2nd" is a number then a word), anything else is one punct token.
// EN/EM dashes, hyphens and the minus sign are '-' puncts, the wave dash and
// full-width tilde '~' puncts, full-width parentheses '(' and ')'; each CJK
// character is a word of its own ("2024年10月3日" is 2024 年 10 月 3 日);
// non-breaking and thin spaces count as whitespace.
Tokens tokenize(std::string_view text);

// English month names must be capitalised in prose ("you may join" is not May).
enum class Casing { any, capitalised };

// core/date_names.cc: the words of dates in English, Spanish, French, German,
// Portuguese, Italian and Dutch (case ignored, accents as written or not).
struct MonthWord {
  int month = 0;             // 1..12
  bool english = false;      // an English name: must be capitalised in prose
  bool abbreviated = false;  // may take a dot ("Dec.", "janv.", "Okt.")
};
std::optional<MonthWord> month_word(std::string_view word);
bool weekday_word(std::string_view word);     // "Monday", "lundi", "Donnerstag", "sábado", ...
bool day_joiner_word(std::string_view word);  // "and", "y", "et", "e", "und": "3 y 4 de mayo"
bool range_word(std::string_view word);       // "to", "through", "al", "au", "bis", "a", "至"
bool of_word(std::string_view word);
// A token that may trail a date in a field: a weekday, ',' or '.' ("Oct. 10th, Thursday").
bool is_weekday_or_comma(
    const Token& token);  // "of", "de", "del": "7th of May", "3 de octubre de 2024"

// A date or range starting at tokens[begin] and ending before tokens[next]. The
// parts have not been checked against a year yet; end == start for one day.
struct DateMatch {
  PartialDate start;
  PartialDate end;
  std::size_t begin = 0;
  std::size_t next = 0;
};

// One date at tokens[i], with an optional leading weekday: ISO "2025-6-7" or
// "2025/06/07", "Jun 7, 2025", "Dec. 2nd 2022", "7 May 2025", "7th of May",
// "June 7" (no year). Does not consume a trailing comma when no year follows.
// Numeric dates that do not start with the year ("15/10/2020", "10.09.2025")
// are read day first when written with dots, and with '/' or '-' when the first
// number is over 12 or order says so.
std::optional<DateMatch> single_date_at(const Tokens& tokens, std::size_t i, Casing casing,
                                        DayOrder order = DayOrder::unknown);

// The readings of a date or range at tokens[i], most specific first: a range of
// two dates ("Feb 25 - Mar 4, 2025", then nothing else), or a day range in one
// month ("Jun 10 - 17", "7-9 May 2025", "December 1 & 2") then the first date
// alone. Empty when no date starts at i.
std::vector<DateMatch> date_matches_at(const Tokens& tokens, std::size_t i, Casing casing,
                                       DayOrder order = DayOrder::unknown);

// The index after a time of day that follows a date: "T23:30:00Z",
// " 11:30:00-04:00", " 12:00:00 -0500", ", 12 PM PST", " at 7:30am PT",
// ", 11AM PT / 2PM ET", ", 13:00 ~ 18:00". Nullopt when no time starts at i.
std::optional<std::size_t> time_suffix_at(const Tokens& tokens, std::size_t i);

// Token predicates the matchers of date_text.cc and date_time_text.cc share.
// ASCII case-insensitive comparison with a lower-case word, without allocating:
// find_dates calls it for every word of a corpus.
inline bool equals_folded(std::string_view word, std::string_view lower_word) {
  if (word.size() != lower_word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower_word[i]) return false;
  }
  return true;
}

inline const Token* token_at(const Tokens& t, std::size_t i) {
  return i < t.size() ? &t[i] : nullptr;
}

inline bool is_punct(const Tokens& t, std::size_t i, char symbol) {
  const Token* tok = token_at(t, i);
  return tok && tok->kind == TokenKind::punct && tok->symbol == symbol;
}

inline bool is_word(const Tokens& t, std::size_t i, std::string_view lower_word) {
  const Token* tok = token_at(t, i);
  return tok && tok->kind == TokenKind::word && equals_folded(tok->text, lower_word);
}

inline bool is_number(const Tokens& t, std::size_t i, std::size_t min_digits,
                      std::size_t max_digits) {
  const Token* tok = token_at(t, i);
  return tok && tok->kind == TokenKind::number && tok->text.size() >= min_digits &&
         tok->text.size() <= max_digits;
}

inline bool glued(const Tokens& t, std::size_t i) { return i < t.size() && !t[i].space_before; }

// The index of `word` in `names` (lower case), case ignored; -1 when absent.
template <std::size_t N>
int index_in(std::string_view word, const std::array<std::string_view, N>& names) {
  for (std::size_t i = 0; i < N; ++i) {
    if (equals_folded(word, names[i])) return static_cast<int>(i);
  }
  return -1;
}

// A range separator at tokens[i] ('-', '~', "to", "bis", "から"; "and"/"&"
// only when day_list): the index after it.
std::optional<std::size_t> range_separator_at(const Tokens& tokens, std::size_t i, bool day_list);

// Days in the month; February has 29 when year is nullopt (some year has it).
int days_in_month(std::optional<int> year, int month);

}  // namespace lanyard::core::date_text
