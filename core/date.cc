#include "core/date.h"

#include <algorithm>
#include <cstdint>

#include "core/date_text.h"

namespace lanyard::core {
namespace {

using date_text::Casing;
using date_text::DateMatch;
using date_text::Tokens;

struct Resolved {
  DateRange range;
  bool has_year = false;
};

std::optional<Date> make_date(int year, int month, int day) {
  if (!is_valid_date(year, month, day)) return std::nullopt;
  return Date{year, month, day};
}

bool month_day_before(const PartialDate& a, const PartialDate& b) {
  return a.month != b.month ? a.month < b.month : a.day < b.day;
}

// Gives both ends a year. A year written on one end carries to the other, across
// a new year when the months wrap ("Dec 30 - Jan 2, 2025" starts in 2024).
std::optional<Resolved> resolve(PartialDate start, PartialDate end,
                                std::optional<int> default_year) {
  bool has_year = start.year || end.year;
  if (!has_year) {
    if (!default_year) return std::nullopt;
    start.year = default_year;
  }
  bool wraps = month_day_before(end, start);
  if (!start.year) start.year = *end.year - (wraps ? 1 : 0);
  if (!end.year) end.year = *start.year + (wraps ? 1 : 0);
  auto first = make_date(*start.year, start.month, start.day);
  auto last = make_date(*end.year, end.month, end.day);
  if (!first || !last || *last < *first) return std::nullopt;
  return Resolved{DateRange{*first, *last}, has_year};
}

struct Found {
  Resolved resolved;
  DateMatch match;
};

// Dates and ranges left to right, at most `limit`. At each token the first
// reading that resolves to real days wins; when none does, the scan skips all
// of the readings, so "Jan 2, 2025 - Dec 30, 2024" yields no "Dec 30, 2024".
std::vector<Found> scan(const Tokens& tokens, Casing casing, std::optional<int> default_year,
                        std::size_t limit, DayOrder order) {
  std::vector<Found> found;
  std::size_t i = 0;
  while (i < tokens.size() && found.size() < limit) {
    std::size_t next = i + 1;
    for (const DateMatch& match : date_text::date_matches_at(tokens, i, casing, order)) {
      if (auto resolved = resolve(match.start, match.end, default_year)) {
        found.push_back(Found{*resolved, match});
        next = match.next;
        break;
      }
      next = std::max(next, match.next);
    }
    i = next;
  }
  return found;
}

int parse_digits(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

// Reads 1..max_digits ASCII digits at text[pos], advancing pos.
std::optional<int> read_number(std::string_view text, std::size_t& pos, std::size_t max_digits) {
  std::size_t begin = pos;
  while (pos < text.size() && pos - begin < max_digits && text[pos] >= '0' && text[pos] <= '9')
    ++pos;
  if (pos == begin) return std::nullopt;
  return parse_digits(text.substr(begin, pos - begin));
}

}  // namespace

std::string Date::iso() const {
  std::string out = "0000-00-00";
  auto put = [&out](std::size_t end, int value, int digits) {
    for (int k = 0; k < digits; ++k, value /= 10) {
      out[end - static_cast<std::size_t>(k)] = static_cast<char>('0' + value % 10);
    }
  };
  put(3, year, 4);
  put(6, month, 2);
  put(9, day, 2);
  return out;
}

int Date::yyyymmdd() const { return year * 10000 + month * 100 + day; }

std::optional<Date> Date::from_yyyymmdd(int value) {
  return make_date(value / 10000, value / 100 % 100, value % 100);
}

bool is_valid_date(int year, int month, int day) {
  return year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= date_text::days_in_month(year, month);
}

std::optional<PartialDate> parse_partial_date(std::string_view text, DayOrder order) {
  Tokens tokens = date_text::tokenize(text);
  auto match = date_text::single_date_at(tokens, 0, Casing::any, order);
  if (!match) return std::nullopt;
  std::size_t end = match->next;
  // "Oct. 10th, Thursday", "Wednesday, October 8, ": a weekday or comma may trail.
  while (end < tokens.size() && (date_text::is_weekday_or_comma(tokens[end]))) ++end;
  if (end != tokens.size() && date_text::time_suffix_at(tokens, end) != tokens.size()) {
    return std::nullopt;
  }
  const PartialDate& date = match->start;
  if (date.month < 1 || date.month > 12 || date.day < 1 ||
      date.day > date_text::days_in_month(date.year, date.month)) {
    return std::nullopt;
  }
  if (date.year && !is_valid_date(*date.year, date.month, date.day)) return std::nullopt;
  return date;
}

std::optional<Date> parse_date(std::string_view text, DayOrder order) {
  auto partial = parse_partial_date(text, order);
  if (!partial || !partial->year) return std::nullopt;
  return Date{*partial->year, partial->month, partial->day};
}

std::optional<Date> date_from_filename(std::string_view filename) {
  std::size_t slash = filename.find_last_of("/\\");
  std::string_view name = slash == std::string_view::npos ? filename : filename.substr(slash + 1);
  std::size_t pos = 0;
  auto year = read_number(name, pos, 4);
  if (!year || pos != 4 || pos >= name.size() || name[pos++] != '-') return std::nullopt;
  auto month = read_number(name, pos, 2);
  if (!month || pos >= name.size() || name[pos++] != '-') return std::nullopt;
  auto day = read_number(name, pos, 2);
  if (!day) return std::nullopt;
  if (pos < name.size() && name[pos] != '-' && name[pos] != '.' && name[pos] != '_') {
    return std::nullopt;
  }
  return make_date(*year, *month, *day);
}

std::optional<DateRange> parse_date_range(std::string_view text, std::optional<int> default_year,
                                          DayOrder order) {
  auto found = scan(date_text::tokenize(text), Casing::any, default_year, 1, order);
  if (found.empty()) return std::nullopt;
  return found.front().resolved.range;
}

std::vector<DateMention> find_dates(std::string_view text, std::optional<int> default_year,
                                    DayOrder order) {
  std::vector<DateMention> mentions;
  if (text.find_first_of("0123456789") == std::string_view::npos)
    return mentions;  // a date needs a number
  Tokens tokens = date_text::tokenize(text);
  for (const auto& [resolved, match] :
       scan(tokens, Casing::capitalised, default_year, SIZE_MAX, order)) {
    const date_text::Token& last = tokens[match.next - 1];
    std::size_t offset = tokens[match.begin].offset;
    mentions.push_back(DateMention{resolved.range, resolved.has_year, offset,
                                   last.offset + last.text.size() - offset});
  }
  return mentions;
}

}  // namespace lanyard::core
