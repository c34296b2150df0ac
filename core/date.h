// Calendar dates as conference content writes them: ISO dates and timestamps,
// "Jun 7, 2025", "December 2nd, 2022", "7 May 2025", ranges such as
// "Feb 25 - Mar 4, 2025", and dates with no year. Pure functions, no I/O,
// thread-safe.
#pragma once

#include <compare>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lanyard::core {

// A proleptic Gregorian calendar date. Always valid when produced by a parser
// here (no 2025-02-30, years 1000..9999).
struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  auto operator<=>(const Date&) const = default;

  std::string iso() const;  // "2025-06-07"
  int yyyymmdd() const;     // 20250607, the value-slot encoding
  static std::optional<Date> from_yyyymmdd(int value);
};

// How to read a numeric date that does not start with its year ("05/06/2025"):
// unknown reads it only when one number is over 12 ("15/10/2020" is day first).
// Dotted dates ("10.09.2025") are always day first.
enum class DayOrder { unknown, day_first, month_first };

// True when year/month/day name a real day (leap years included), year in 1000..9999.
bool is_valid_date(int year, int month, int day);

// One date from a front-matter value or a short text, complete with a year:
// "2025-06-07", "2025-6-7", "2024-09-25 11:30:00-04:00" (the local calendar date
// is kept, never shifted to UTC), "2024-09-25T11:30:00Z", "Jun 7, 2025",
// "December 2, 2022", "Dec 2nd 2022", "7 May 2025", "Saturday, June 7, 2025",
// "2025/06/07". Returns nullopt when the text holds no complete valid date or
// has trailing words that are not a time or zone.
std::optional<Date> parse_date(std::string_view text, DayOrder order = DayOrder::unknown);

// A date whose year may be missing ("February 19", "March 27th, 12 PM PST").
struct PartialDate {
  std::optional<int> year;
  int month = 0;
  int day = 0;
};
// As strict as parse_date, but the year may be absent; month/day are valid for
// some year (so "February 29" passes). A full date such as "Jun 7, 2025" gives
// its year.
std::optional<PartialDate> parse_partial_date(std::string_view text,
                                              DayOrder order = DayOrder::unknown);

// The "YYYY-M-D-" prefix of a Jekyll post's file name ("2022-9-14-slug.md").
// Directories in a path are ignored; the prefix must end the name or be followed
// by '-', '.' or '_'. Nullopt for "about.md" or an invalid day ("2025-02-30-x.md").
std::optional<Date> date_from_filename(std::string_view filename);

// An inclusive range of days; start == end for a one-day event.
struct DateRange {
  Date start;
  Date end;
  bool operator==(const DateRange&) const = default;
};

// A date or date range written by a person: "Jun 10 - 17, 2025",
// "Feb 25 - Mar 4, 2025", "June 4 - 20th, 2024", "October 22–23, 2025",
// "Dec 2nd, 2022 (In-Person and Virtual)", "Dec 30, 2024 - Jan 2, 2025",
// "2025-09-10 to 2025-09-12". When the text has no year, default_year is used
// if given, else nullopt.
//
// Words around the date are ignored ("at 10am PT", a trailing parenthetical, a
// label); the first date or range found wins. A range whose end is before its
// start yields nullopt, except that a missing year is inferred across a new
// year: "Dec 30 - Jan 2, 2025" is 2024-12-30..2025-01-02. Text holding no month
// ("11AM PT / 2PM ET") yields nullopt. Numeric dates that do not start with the
// year ("06/07/2025", "1.6.2018") are ambiguous and never recognised.
std::optional<DateRange> parse_date_range(std::string_view text,
                                          std::optional<int> default_year = std::nullopt,
                                          DayOrder order = DayOrder::unknown);

// A date or range found in running text.
struct DateMention {
  DateRange range;
  bool has_year = false;   // false: the year came from default_year
  std::size_t offset = 0;  // byte offset of the mention in the scanned text
  std::size_t length = 0;  // bytes, from the first to the last word of the mention
};

// Every date or range in prose, in order of appearance: "held 7 May 2025 in
// Paris", "from October 22–23, 2025", "on June 7 in Beijing" (no year: uses
// default_year, skipped without it), "ran from May 31 through June 15",
// "2025-09-10". Month names count only when capitalised ("you may join" is not
// a date), and a month needs a day: "May 2025", "2025" and "1.0" are not dates.
// Two dates joined by "to", "through" or a dash are one range, even in "moved
// from October 19 to December 1". Linear in the length of text.
std::vector<DateMention> find_dates(std::string_view text, std::optional<int> default_year,
                                    DayOrder order = DayOrder::unknown);

}  // namespace lanyard::core
