// Times of day after a date: "T23:30:00Z", " 11:30:00-04:00", ", 12 PM PST",
// " at 7:30am PT" (time_suffix_at in core/date_text.h). Dates are not indexed
// by their time: the matchers only find where a date's text ends.
#include <array>
#include <optional>
#include <string_view>

#include "core/date_text.h"

namespace lanyard::core::date_text {
namespace {

constexpr auto kZones = std::to_array<std::string_view>(
    {"utc", "gmt", "pt",  "pst",  "pdt",  "et",   "est",  "edt", "ct",  "cst",  "cdt",
     "mt",  "mst", "mdt", "cet",  "cest", "bst",  "ist",  "jst", "kst", "aest", "aedt",
     "sgt", "hkt", "wet", "west", "eet",  "eest", "akst", "hst", "brt", "nzst", "nzdt"});

std::optional<std::size_t> am_pm_at(const Tokens& t, std::size_t i) {
  if (is_word(t, i, "am") || is_word(t, i, "pm")) return i + 1;
  if ((is_word(t, i, "a") || is_word(t, i, "p")) && is_punct(t, i + 1, '.') &&
      is_word(t, i + 2, "m")) {
    return is_punct(t, i + 3, '.') ? i + 4 : i + 3;  // "a.m."
  }
  return std::nullopt;
}

// "11:30", "11:30:00.123", "7:30am", "11AM", "12 PM".
std::optional<std::size_t> clock_at(const Tokens& t, std::size_t i) {
  if (!is_number(t, i, 1, 2)) return std::nullopt;
  int hour = t[i].value;
  std::size_t next = i + 1;
  bool has_minutes = glued(t, next) && is_punct(t, next, ':') && glued(t, next + 1) &&
                     is_number(t, next + 1, 2, 2) && t[next + 1].value <= 59;
  if (has_minutes) {
    next += 2;
    if (glued(t, next) && is_punct(t, next, ':') && glued(t, next + 1) &&
        is_number(t, next + 1, 2, 2) && t[next + 1].value <= 60) {
      next += 2;
      if (glued(t, next) && is_punct(t, next, '.') && glued(t, next + 1) &&
          is_number(t, next + 1, 1, 9)) {
        next += 2;
      }
    }
  }
  if (auto after = am_pm_at(t, next)) return hour >= 1 && hour <= 12 ? after : std::nullopt;
  if (!has_minutes || hour > 24) return std::nullopt;
  return next;
}

// "+05:30", "-04:00", "-0500", "+08", "+8" glued to the sign.
std::optional<std::size_t> utc_offset_at(const Tokens& t, std::size_t i) {
  if (!(is_punct(t, i, '+') || is_punct(t, i, '-')) || !glued(t, i + 1)) return std::nullopt;
  if (is_number(t, i + 1, 4, 4)) {
    int value = t[i + 1].value;
    return value / 100 <= 14 && value % 100 <= 59 ? std::optional(i + 2) : std::nullopt;
  }
  if (!is_number(t, i + 1, 1, 2) || t[i + 1].value > 14) return std::nullopt;
  if (glued(t, i + 2) && is_punct(t, i + 2, ':') && glued(t, i + 3) && is_number(t, i + 3, 2, 2)) {
    return t[i + 3].value <= 59 ? std::optional(i + 4) : std::nullopt;
  }
  return i + 2;
}

std::optional<std::size_t> zone_at(const Tokens& t, std::size_t i) {
  if (glued(t, i) && is_word(t, i, "z")) return i + 1;
  if (auto offset = utc_offset_at(t, i)) return offset;
  const Token* tok = token_at(t, i);
  if (!tok || tok->kind != TokenKind::word || index_in(tok->text, kZones) < 0) return std::nullopt;
  if (auto offset = utc_offset_at(t, i + 1)) return offset;  // "UTC+8"
  return i + 1;
}

std::optional<std::size_t> time_at(const Tokens& t, std::size_t i) {
  auto next = clock_at(t, i);
  if (!next) return std::nullopt;
  if (auto zone = zone_at(t, *next)) return zone;
  return next;
}

}  // namespace

std::optional<std::size_t> time_suffix_at(const Tokens& t, std::size_t i) {
  std::size_t k = i;
  if (is_punct(t, k, ',')) ++k;
  if (is_word(t, k, "at") || is_punct(t, k, '@')) {
    ++k;
  } else if (glued(t, k) && glued(t, k + 1) && is_word(t, k, "t")) {
    ++k;  // ISO 8601 "2024-09-25T23:30:00Z"
  }
  auto end = time_at(t, k);
  if (!end) return std::nullopt;
  for (;;) {
    auto sep = range_separator_at(t, *end, false);
    if (!sep && is_punct(t, *end, '/')) sep = *end + 1;  // "11AM PT / 2PM ET"
    auto more = sep ? time_at(t, *sep) : std::nullopt;
    if (!more) return end;
    end = more;
  }
}

}  // namespace lanyard::core::date_text
