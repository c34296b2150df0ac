#include "core/date.h"

#include <catch2/catch.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

using lanyard::core::Date;
using lanyard::core::DateMention;
using lanyard::core::DateRange;
using lanyard::core::PartialDate;

// Results as short strings, so a failing CHECK prints both sides readably.
std::string show(const std::optional<Date>& date) { return date ? date->iso() : "none"; }

std::string show(const std::optional<DateRange>& range) {
  if (!range) return "none";
  return range->start.iso() + ".." + range->end.iso();
}

// "--03-27" for a date without a year, as ISO 8601 writes it.
std::string show(const std::optional<PartialDate>& date) {
  if (!date) return "none";
  std::string month_day = Date{2000, date->month, date->day}.iso().substr(4);
  return date->year ? std::to_string(*date->year) + month_day : "-" + month_day;
}

// "2025-05-07..2025-05-07 '7 May 2025'" plus " (no year)" when default_year was used.
std::string show(std::string_view text, const DateMention& mention) {
  std::string out = show(std::optional(mention.range)) + " '" +
                    std::string(text.substr(mention.offset, mention.length)) + "'";
  return mention.has_year ? out : out + " (no year)";
}

struct DateCase {
  std::string_view input;
  std::string_view expected;
};

}  // namespace

namespace lanyard::core {

TEST_CASE("date: a Date prints as ISO and round-trips through yyyymmdd", "[core][date]") {
  CHECK(Date{2025, 6, 7}.iso() == "2025-06-07");
  CHECK(Date{1999, 12, 31}.iso() == "1999-12-31");
  CHECK(Date{2025, 6, 7}.yyyymmdd() == 20250607);
  CHECK(show(Date::from_yyyymmdd(20240229)) == "2024-02-29");
  CHECK(show(Date::from_yyyymmdd(20230229)) == "none");
  CHECK(show(Date::from_yyyymmdd(0)) == "none");
  CHECK(show(Date::from_yyyymmdd(-20250607)) == "none");
}

TEST_CASE("date: is_valid_date knows month lengths and leap years", "[core][date]") {
  struct Case {
    int year, month, day;
    bool valid;
  };
  const Case cases[] = {
      {2025, 6, 7, true},   {2024, 2, 29, true},  {2000, 2, 29, true},  {1900, 2, 29, false},
      {2023, 2, 29, false}, {2025, 2, 30, false}, {2025, 4, 31, false}, {2025, 12, 31, true},
      {2025, 13, 1, false}, {2025, 0, 1, false},  {2025, 1, 0, false},  {999, 1, 1, false},
      {10000, 1, 1, false}, {1000, 1, 1, true},   {9999, 12, 31, true},
  };
  for (const Case& c : cases) {
    INFO(c.year << "-" << c.month << "-" << c.day);
    CHECK(is_valid_date(c.year, c.month, c.day) == c.valid);
  }
}

TEST_CASE("date: a datetime with a UTC offset keeps the local date", "[core][date]") {
  const DateCase cases[] = {
      {"2025-06-07", "2025-06-07"},
      {"2025-6-7", "2025-06-07"},
      {"2024-09-25 11:30:00-04:00", "2024-09-25"},
      {"2022-10-13 06:00:00", "2022-10-13"},
      {"2024-09-25T23:30:00Z", "2024-09-25"},
      {"2024-09-25T00:30:00+05:30", "2024-09-25"},
      {"2024-09-25 11:30:00.123456-04:00", "2024-09-25"},
      {"2017-08-05 12:00:00 -0500", "2017-08-05"},
      {"2025-09-10 11:40:00-05:00 ", "2025-09-10"},
      {"  2022-08-12 06:00:00-07:00\n", "2022-08-12"},
      {"2025/06/07", "2025-06-07"},
      {"2024-02-29", "2024-02-29"},
  };
  for (const DateCase& c : cases) {
    INFO(c.input);
    CHECK(show(parse_date(c.input)) == c.expected);
  }
}

TEST_CASE("date: human-written front-matter dates parse with their year", "[core][date]") {
  const DateCase cases[] = {
      {"Jun 7, 2025", "2025-06-07"},
      {"June 7, 2025", "2025-06-07"},
      {"December 2, 2022", "2022-12-02"},
      {"Dec 2nd 2022", "2022-12-02"},
      {"Dec. 2nd, 2022", "2022-12-02"},
      {"7 May 2025", "2025-05-07"},
      {"7th of May, 2025", "2025-05-07"},
      {"Saturday, June 7, 2025", "2025-06-07"},
      {"Sat, 07 Jun 2025 10:00:00 +0000", "2025-06-07"},
      {"Sept 9, 2025", "2025-09-09"},
      {"Sept. 9, 2025", "2025-09-09"},
      {"SEPTEMBER 9, 2025", "2025-09-09"},
      {"june 7 2025", "2025-06-07"},
      {"February 15, 2023, 10AM  PST", "2023-02-15"},
      {"Thursday, September 28, 2022 at 7:30am PT", "2022-09-28"},
      {"May 21, 2025, 11AM PT / 2PM ET", "2025-05-21"},
      {"March 30, 2025, 13:00 ~ 18:00", "2025-03-30"},
      {"March 9, 2023, 3 p.m. PT", "2023-03-09"},
      {"Nov 12, 2020, 8AM UTC+8", "2020-11-12"},
      {"Dec-19-2013", "2013-12-19"},
      {"19-Dec-2013 10:00 +0000", "2013-12-19"},
  };
  for (const DateCase& c : cases) {
    INFO(c.input);
    CHECK(show(parse_date(c.input)) == c.expected);
  }
}

TEST_CASE("date: parse_date rejects anything but one complete valid date", "[core][date]") {
  const std::string_view cases[] = {
      "2025-02-30",
      "99999-01-01",
      "February 19",
      "",
      "hello",
      "2025-13-01",
      "2023-02-29",
      "2025-00-10",
      "0999-01-01",
      "June 31, 2025",
      "2025",
      "May 2025",
      "1.0",
      "Dec 2nd, 2022 (In-Person and Virtual)",
      "Jun 10 - 17, 2025",
      "2025-06-07 hello",
      "June 7, 2025 12",
      "2025-06-07 25:00",
      "2025-06-07 13PM",
      "2025-06",
      "06/07/2025",
      "2025-06/07",
      "2025 - 06 - 07",
      "Dec-19/2013",
      "Dec-32-2013",
      "05/06/2025",
      "1.6.2018.5",
      "31/02/2025",
  };
  for (std::string_view input : cases) {
    INFO(input);
    CHECK(show(parse_date(input)) == "none");
  }
}

TEST_CASE("date: a partial date may lack its year", "[core][date]") {
  const DateCase cases[] = {
      {"February 19", "--02-19"},
      {"March 27th, 12 PM PST", "--03-27"},
      {"February 19, 12 pm PST", "--02-19"},
      {"February 7, 10 am PST", "--02-07"},
      {"April 28, 12 pm PT", "--04-28"},
      {"1 pM PST", "none"},
      {"February 29", "--02-29"},
      {"7 May", "--05-07"},
      {"Jun 7, 2025", "2025-06-07"},
      {"2025-06-07", "2025-06-07"},
      {"February 30", "none"},
      {"February 29, 2023", "none"},
      {"March", "none"},
      {"27", "none"},
      {"March 27th, at the park", "none"},
      {"", "none"},
  };
  for (const DateCase& c : cases) {
    INFO(c.input);
    CHECK(show(parse_partial_date(c.input)) == c.expected);
  }
}

TEST_CASE("date: a Jekyll file name gives its YYYY-M-D prefix", "[core][date]") {
  const DateCase cases[] = {
      {"2022-9-14-anouncing-pytorch-conference-2022.md", "2022-09-14"},
      {"2019-5-8-ecosystem-projects.md", "2019-05-08"},
      {"2020-08-08-webdataset", "2020-08-08"},
      {"2018-05-2-the-road-to-1_0.md", "2018-05-02"},
      {"_posts/2020-7-20-Accelerating Training on Ngpus-with-pytorch.md", "2020-07-20"},
      {"_posts/2020-07-23-feature-classification-changes-in-pyTorch.org", "2020-07-23"},
      {"2024-02-29.md", "2024-02-29"},
      {"2025-06-07", "2025-06-07"},
      {"about.md", "none"},
      {"2025-02-30-x.md", "none"},
      {"20225-01-01-x.md", "none"},
      {"2025-1-x.md", "none"},
      {"2025-01-011-x.md", "none"},
      {"2025-01-01x.md", "none"},
      {"v2025-01-01.md", "none"},
      {"2025-01-01-x.md/about.md", "none"},
      {"", "none"},
  };
  for (const DateCase& c : cases) {
    INFO(c.input);
    CHECK(show(date_from_filename(c.input)) == c.expected);
  }
}

TEST_CASE("date: ranges written by people parse to inclusive days", "[core][date]") {
  const DateCase cases[] = {
      {"Jun 10 - 17, 2025", "2025-06-10..2025-06-17"},
      {"Feb 25 - Mar 4, 2025", "2025-02-25..2025-03-04"},
      {"June 4 - 20th, 2024", "2024-06-04..2024-06-20"},
      {"October 22\u201323, 2025", "2025-10-22..2025-10-23"},
      {"October 22\u2014 23, 2025", "2025-10-22..2025-10-23"},
      {"Sep 9 - 13, 2026", "2026-09-09..2026-09-13"},
      {"May 15 - 22, 2025", "2025-05-15..2025-05-22"},
      {"June 3-18, 2025", "2025-06-03..2025-06-18"},
      {"December 1 & 2, 2021", "2021-12-01..2021-12-02"},
      {"Dec 30, 2024 - Jan 2, 2025", "2024-12-30..2025-01-02"},
      {"Dec 30 - Jan 2, 2025", "2024-12-30..2025-01-02"},
      {"30 Dec 2024 - 2 Jan 2025", "2024-12-30..2025-01-02"},
      {"2025-09-10 to 2025-09-12", "2025-09-10..2025-09-12"},
      {"7 May 2025", "2025-05-07..2025-05-07"},
      {"7-9 May 2025", "2025-05-07..2025-05-09"},
      {"Nov 1 through Nov 15, 2023", "2023-11-01..2023-11-15"},
      {"Wednesday, October 22 \u2013 Thursday, October 23, 2025", "2025-10-22..2025-10-23"},
      {"2024-09-25 11:30:00-04:00", "2024-09-25..2024-09-25"},
  };
  for (const DateCase& c : cases) {
    INFO(c.input);
    CHECK(show(parse_date_range(c.input)) == c.expected);
  }
}

TEST_CASE("date: ranges in other languages and numeric forms parse", "[core][date]") {
  const DateCase cases[] = {
      // Spanish, French, German, Portuguese, Italian, Dutch
      {"del 3 al 5 de octubre de 2024", "2024-10-03..2024-10-05"},
      {"3 de octubre de 2024", "2024-10-03..2024-10-03"},
      {"el jueves 3 y viernes 4 de octubre de 2024", "2024-10-03..2024-10-04"},
      {"du 3 au 5 octobre 2024", "2024-10-03..2024-10-05"},
      {"le 1er avril 2014", "2014-04-01..2014-04-01"},
      {"jeudi 13 octobre 2022", "2022-10-13..2022-10-13"},
      {"3. bis 5. Oktober 2024", "2024-10-03..2024-10-05"},
      {"vom 3.\u20135. Oktober 2024", "2024-10-03..2024-10-05"},
      {"am 14. M\u00e4rz 2025", "2025-03-14..2025-03-14"},
      {"de 3 a 5 de outubro de 2024", "2024-10-03..2024-10-05"},
      {"30 de setembro a 2 de outubro de 2025", "2025-09-30..2025-10-02"},
      {"dal 3 al 5 ottobre 2024", "2024-10-03..2024-10-05"},
      {"12 en 13 juni 2025", "2025-06-12..2025-06-13"},
      {"F\u00e9vrier 7, 2025", "2025-02-07..2025-02-07"},
      {"12, 13 y 14 de julio de 2023", "2023-07-12..2023-07-14"},
      // Swedish, Czech
      {"7:e\u20138:e mars 2025", "2025-03-07..2025-03-08"},
      {"den 1:a maj 2024", "2024-05-01..2024-05-01"},
      {"26\u201327 augusti 2024", "2024-08-26..2024-08-27"},
      {"10.\u201312. srpna 2020", "2020-08-10..2020-08-12"},
      {"16. \u0159\u00edjna 2021", "2021-10-16..2021-10-16"},
      // Japanese, Chinese
      {"2024\u5e7410\u67083\u65e5\u301c5\u65e5", "2024-10-03..2024-10-05"},
      {"2024\u5e7410\u67083\u65e5(\u6728)\uff5e10\u67085\u65e5(\u571f)", "2024-10-03..2024-10-05"},
      {"2024\u5e7410\u67083\u65e5\u81f35\u65e5", "2024-10-03..2024-10-05"},
      {"\u4f1a\u671f\uff1a2023\u5e749\u670819\u65e5-21\u65e5", "2023-09-19..2023-09-21"},
      // Korean
      {"2024\ub144 10\uc6d4 3\uc77c", "2024-10-03..2024-10-03"},
      {"2024\ub14410\uc6d43\uc77c~5\uc77c", "2024-10-03..2024-10-05"},
      // numeric
      {"10.\u201312.09.2025", "2025-09-10..2025-09-12"},
      {"10.09.2025", "2025-09-10..2025-09-10"},
      {"15/10/2020", "2020-10-15..2020-10-15"},
      {"2025-04-10/2025-04-12", "2025-04-10..2025-04-12"},
      {"Oct 3\u20134, 2024", "2024-10-03..2024-10-04"},
      {"3-4 October 2024", "2024-10-03..2024-10-04"},
      {"Sep 29 \u2013 Oct 2, 2025", "2025-09-29..2025-10-02"},
  };
  for (const DateCase& c : cases) {
    INFO(c.input);
    CHECK(show(parse_date_range(c.input)) == c.expected);
  }
}

TEST_CASE("date: an ambiguous numeric date is read in the order given, else not at all",
          "[core][date]") {
  using lanyard::core::DayOrder;
  CHECK(show(parse_date("05/06/2025")) == "none");
  CHECK(show(parse_date("05/06/2025", DayOrder::day_first)) == "2025-06-05");
  CHECK(show(parse_date("05/06/2025", DayOrder::month_first)) == "2025-05-06");
  CHECK(show(parse_date("26/11/2012", DayOrder::month_first)) == "2012-11-26");
  CHECK(show(parse_date("11/26/2012")) == "2012-11-26");
  CHECK(show(parse_date("1.6.2018")) == "2018-06-01");
  CHECK(show(parse_date("10/10/2024")) == "2024-10-10");
  CHECK(show(parse_partial_date("Oct. 10th, Thursday")) == "--10-10");
  CHECK(show(parse_partial_date("Wednesday, October 8, ")) == "--10-08");
}

TEST_CASE("date: a range tolerates words, times and zones around it", "[core][date]") {
  const DateCase cases[] = {
      {"Dec 2nd, 2022 (In-Person and Virtual)", "2022-12-02..2022-12-02"},
      {"Thursday, September 28, 2022 at 7:30am PT", "2022-09-28..2022-09-28"},
      {"March 30, 2025, 13:00 ~ 18:00", "2025-03-30..2025-03-30"},
      {"May 21, 2025, 11AM PT / 2PM ET", "2025-05-21..2025-05-21"},
      {"February 15, 2023, 10AM  PST", "2023-02-15..2023-02-15"},
      {"**Date**: Jun 10 - 17, 2025   ", "2025-06-10..2025-06-17"},
      {"Oct 20 - 24, 2025 (Virtual)", "2025-10-20..2025-10-24"},
  };
  for (const DateCase& c : cases) {
    INFO(c.input);
    CHECK(show(parse_date_range(c.input)) == c.expected);
  }
}

TEST_CASE("date: a range without a year takes the default year", "[core][date]") {
  struct Case {
    std::string_view input;
    std::optional<int> default_year;
    std::string_view expected;
  };
  const Case cases[] = {
      {"March 27th, 12 PM PST", 2025, "2025-03-27..2025-03-27"},
      {"March 27th, 12 PM PST", std::nullopt, "none"},
      {"February 19, 12 pm PST", 2024, "2024-02-19..2024-02-19"},
      {"June 4-20th", 2024, "2024-06-04..2024-06-20"},
      {"Dec 30 - Jan 2", 2025, "2025-12-30..2026-01-02"},
      {"February 29", 2023, "none"},
      {"Jun 7, 2025", 2020, "2025-06-07..2025-06-07"},
      {"11AM PT / 2PM ET", 2025, "none"},
  };
  for (const Case& c : cases) {
    INFO(c.input << " default_year " << c.default_year.value_or(0));
    CHECK(show(parse_date_range(c.input, c.default_year)) == c.expected);
  }
}

TEST_CASE("date: parse_date_range rejects text with no date and backwards ranges", "[core][date]") {
  const std::string_view cases[] = {
      "11AM PT / 2PM ET",
      "",
      "hello",
      "2025",
      "May 2025",
      "PyTorch 1.0 release",
      "Online",
      "Jan 2, 2025 - Dec 30, 2024",
      "Jun 17 - 10, 2025",
      "2025-02-30",
      "13:00 ~ 18:00",
  };
  for (std::string_view input : cases) {
    INFO(input);
    CHECK(show(parse_date_range(input)) == "none");
  }
}

TEST_CASE("date: find_dates lists date mentions in prose, in order", "[core][date]") {
  struct Case {
    std::string_view text;
    std::optional<int> default_year;
    std::vector<std::string> expected;
  };
  const Case cases[] = {
      {"held 7 May 2025 in Paris", std::nullopt, {"2025-05-07..2025-05-07 '7 May 2025'"}},
      {"Join us in San Francisco from October 22\u201323, 2025, to showcase",
       std::nullopt,
       {"2025-10-22..2025-10-23 'October 22\u201323, 2025'"}},
      {"will take place on June 7 in Beijing", 2025, {"2025-06-07..2025-06-07 'June 7' (no year)"}},
      {"will take place on June 7 in Beijing", std::nullopt, {}},
      {"The virtual Docathon ran from May 31 through June 15 with 230 registrants",
       2023,
       {"2023-05-31..2023-06-15 'May 31 through June 15' (no year)"}},
      {"Submissions start on September 8 and end on November 3.",
       2021,
       {"2021-09-08..2021-09-08 'September 8' (no year)",
        "2021-11-03..2021-11-03 'November 3' (no year)"}},
      {"kicking off on November 12, 2020, 8AM PST with a full day",
       std::nullopt,
       {"2020-11-12..2020-11-12 'November 12, 2020'"}},
      {"returning to San Francisco on October 22-23, 2025\\. Get ready",
       std::nullopt,
       {"2025-10-22..2025-10-23 'October 22-23, 2025'"}},
      {"When: Dec 2nd, 2022 (In-Person and Virtual) / Where: New Orleans",
       std::nullopt,
       {"2022-12-02..2022-12-02 'Dec 2nd, 2022'"}},
      {"taking place virtually from December 1 & 2, 2021.",
       std::nullopt,
       {"2021-12-01..2021-12-02 'December 1 & 2, 2021'"}},
      {"in New Orleans on Dec. 2nd.", 2022, {"2022-12-02..2022-12-02 'Dec. 2nd' (no year)"}},
      {"Reserve by **11:59 PM PDT on March 21** and save",
       2025,
       {"2025-03-21..2025-03-21 'March 21' (no year)"}},
      {"published 2025-09-10, updated 2025-09-12",
       std::nullopt,
       {"2025-09-10..2025-09-10 '2025-09-10'", "2025-09-12..2025-09-12 '2025-09-12'"}},
      {"Wednesday, October 22 \u2013 Thursday, October 23, 2025: two days",
       std::nullopt,
       {"2025-10-22..2025-10-23 'Wednesday, October 22 \u2013 Thursday, October 23, 2025'"}},
      {"Scheduled for 7 May in Malm\u00f6", 2025, {"2025-05-07..2025-05-07 '7 May' (no year)"}},
      {"you may join us in May 2025, or may 3 later", 2025, {}},
      {"PyTorch 2.6 and 1.0 shipped in 2025 to 2,500 users", 2025, {}},
      {"Starting from PyTorch 1.1 this workaround", 2025, {}},
      {"Version May 1.5 is out", 2025, {}},
      {"At 10:30 on March 3", 2025, {"2025-03-03..2025-03-03 'March 3' (no year)"}},
  };
  for (const Case& c : cases) {
    INFO(c.text << " default_year " << c.default_year.value_or(0));
    std::vector<std::string> found;
    for (const DateMention& mention : find_dates(c.text, c.default_year)) {
      found.push_back(show(c.text, mention));
    }
    CHECK(found == c.expected);
  }
}

}  // namespace lanyard::core
