#include "indexer/facets/facets.h"

#include <catch2/catch.hpp>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/schema.h"
#include "core/text.h"
#include "indexer/document.h"
#include "indexer/facets/topics.h"
#include "indexer/front_matter.h"
#include "tests/indexer/facets_fixture.h"
#include "tests/test_util.h"

namespace lanyard::indexer {
namespace {

using facet_fixture::check_places;
using facet_fixture::city_of;
using facet_fixture::country_of;
using facet_fixture::FakeGazetteer;
using facet_fixture::PlaceCase;
using facet_fixture::record_of;

using core::Date;
using core::DateRange;

TEST_CASE("facets: places from front matter and labelled body lines", "[facets]") {
  FakeGazetteer gazetteer;
  const std::vector<PlaceCase> cases = {
      {"bold label, colon outside", "events",
       "---\ntitle: PyTorch Day France\n---\n**Location**: Paris, France\n", "Paris", "France",
       Attendance::in_person},
      {"bold label, colon inside", "events", "---\ntitle: Day\n---\n**Location:** Beijing, China\n",
       "Beijing", "China", Attendance::in_person},
      {"Where with venue and a virtual option", "posts",
       "---\ntitle: Conf\n---\n**Where**: New Orleans, Louisiana (USA) at Generations Hall | "
       "*Virtual option as well*\n",
       "New Orleans", "United States", Attendance::hybrid},
      {"Venue label in a list", "posts",
       "---\ntitle: Day\n---\n## Event Details\n\n* **Date:** June 7, 2025\n* **Location:** "
       "Zhongguancun Exhibition Center, Beijing, China\n",
       "Beijing", "China", Attendance::in_person},
      {"pin emoji", "posts", "---\ntitle: Meetup\n---\n📍 Nairobi, Kenya\n", "Nairobi", "Kenya",
       Attendance::in_person},
      {"table row", "posts",
       "---\ntitle: Summit\n---\n| What | Details |\n|---|---|\n| Venue | ICC Sydney, Sydney, "
       "Australia |\n",
       "Sydney", "Australia", Attendance::in_person},
      {"When/Where with a date first", "posts",
       "---\ntitle: Conf\n---\nWhen/Where: Dec 2nd, 2022, New Orleans\n", "New Orleans",
       "United States", Attendance::in_person},
      {"labels joined by a soft line break", "events",
       "---\ntitle: ECCV\n---\n**Date**: Sep 9 - 13, 2026\n**Location**: Malmö, Sweden\n", "Malmö",
       "Sweden", Attendance::in_person},
      {"Location: Online", "events", "---\ntitle: Webinar\n---\n**Location**: Online\n", "-", "-",
       Attendance::online},
      {"a label the gazetteer does not know gives no place, but a venue to go to", "events",
       "---\ntitle: X\n---\n**Location**: Generations Hall\n", "-", "-", Attendance::in_person},
      {"a Location of TBD says nothing", "events", "---\ntitle: X\n---\n**Location**: TBD\n", "-",
       "-", Attendance::unknown},
      {"front matter beats the body", "places",
       "---\nname: 21c\nlocation: Chicago\n---\nLocation: Paris, France\n", "Chicago",
       "United States", Attendance::in_person},
      {"front matter parts are tried one by one", "events",
       "---\ntitle: X\nvenue: Some Hall\ncity: Pittsburgh, PA\n---\nBody\n", "Pittsburgh",
       "United States", Attendance::in_person},
      {"a DjangoCon room is not a place, but a physical room is in person", "schedule",
       "---\ntitle: Talk\nroom: Sauganash Ballroom\n---\nA talk.\n", "-", "-",
       Attendance::in_person},
      {"an online room", "schedule", "---\ntitle: Talk\nroom: Online talks\n---\nA talk.\n", "-",
       "-", Attendance::online},
      {"a Slack room", "schedule",
       "---\ntitle: Trivia\nroom: Virtual (#trivia in Slack)\n---\nFun.\n", "-", "-",
       Attendance::online},
      {"a schedule track is no room", "schedule",
       "---\ntitle: Tutorial\nroom: Tutorial Track A\n---\nLearn.\n", "-", "-",
       Attendance::unknown},
      {"a webinar title", "events", "---\ntitle: 'Webinar: Models'\n---\nJoin us.\n", "-", "-",
       Attendance::online},
      {"Watch on YouTube links a live stream", "events",
       "---\ntitle: Live Q&A\n---\n**Date**: March 1, 2023\n[Watch on "
       "YouTube](https://youtu.be/x)\n",
       "-", "-", Attendance::online},
      {"live-stream category is online", "events",
       "---\ntitle: Live Q&A\ncategory: live-stream\n---\nAsk anything.\n", "-", "-",
       Attendance::online},
  };
  check_places(cases, gazetteer);
}

TEST_CASE("facets: places in the sentences of the opening paragraphs", "[facets]") {
  FakeGazetteer gazetteer;
  const std::vector<PlaceCase> cases = {
      {"held DATE in PLACE", "posts",
       "---\ntitle: Recap\n---\nThe first PyTorch Day France was held **7 May 2025** in **Paris, "
       "France**.\n",
       "Paris", "France", Attendance::in_person},
      {"will take place on DATE in PLACE", "posts",
       "---\ntitle: CFP\n---\nThis new event will take place on **June 7 in Beijing, China**, "
       "bringing "
       "together AI practitioners.\n",
       "Beijing", "China", Attendance::in_person},
      {"Join us in PLACE from DATES", "posts",
       "---\ntitle: Conf\n---\nJoin us in San Francisco from October 22–23, 2025 for talks.\n",
       "San Francisco", "United States", Attendance::in_person},
      {"Scheduled for DATE in PLACE", "events",
       "---\ntitle: Day\n---\nScheduled for 7 May in Paris, the day brings the community "
       "together.\n",
       "Paris", "France", Attendance::in_person},
      {"a venue after 'at' is skipped, the city after 'in' found", "posts",
       "---\ntitle: Conf\n---\nWe meet at Generations Hall in New Orleans on Dec. 2nd.\n",
       "New Orleans", "United States", Attendance::in_person},
      {"no event cue: a place in passing is not the event's", "posts",
       "---\ntitle: Team\n---\nOur team in Paris built the new profiler.\n", "-", "-",
       Attendance::unknown},
      {"a place that is not in the text is never invented", "posts",
       "---\ntitle: Paris release\n---\nThe release was held up by a bug in Python.\n", "-", "-",
       Attendance::unknown},
      {"a talk's description does not place its conference", "talks",
       "---\ntitle: T\nevent: EuroPython 2022\n---\nThis talk was held at a meetup in Paris on May "
       "3, 2022.\n",
       "-", "-", Attendance::unknown},
      {"a place far below the opening paragraphs is ignored", "posts",
       "---\ntitle: Notes\n---\n" + std::string(2100, 'x') + "\n\nThe sprint was held in Paris.\n",
       "-", "-", Attendance::unknown},
      {"In-Person and Virtual on the When line is hybrid", "posts",
       "---\ntitle: Conf\n---\nWhen: Dec 2nd, 2022 (In-Person and Virtual)\n\nWhere: New Orleans\n",
       "New Orleans", "United States", Attendance::hybrid},
      {"a room named like a city is no place", "pages",
       "---\ntitle: Speakers\n---\nThe Speaker Green Room will be in Santa Fe 4 on Sunday.\n", "-",
       "-", Attendance::unknown},
      {"a virtual event sentence", "posts",
       "---\ntitle: Summit\n---\nThis year the summit is a virtual event on Nov 12, 2020.\n", "-",
       "-", Attendance::online},
      {"held DATES online (dates cut out first)", "posts",
       "---\ntitle: Conf\n---\nDevConf will be held 10-12 June 2025 online. Talks and workshops.\n",
       "-", "-", Attendance::online},
      {"Join us online", "posts",
       "---\ntitle: Conf\n---\nJoin us online from June 10–12, 2025 for DevConf.\n", "-", "-",
       Attendance::online},
      {"a virtual hackathon ran", "posts",
       "---\ntitle: Winners\n---\nThe virtual hackathon ran from June 22 to August 25.\n", "-", "-",
       Attendance::online},
      {"in person and tuning in online is hybrid", "posts",
       "---\ntitle: Lineup\n---\nWhether you are joining us in Chicago or tuning in online, "
       "welcome.\n",
       "Chicago", "United States", Attendance::hybrid},
      {"an in-person conference without a place", "posts",
       "---\ntitle: CFP\n---\nThis is the first in-person DjangoCon since 2019.\n", "-", "-",
       Attendance::in_person},
      {"our venue will be ... in PLACE", "posts",
       "---\ntitle: News\n---\nThis year we will be returning to the Marriott in San Diego, CA.\n",
       "San Diego", "United States", Attendance::in_person},
      {"hope to see you in PLACE", "posts",
       "---\ntitle: Keynote\n---\nAn interview. We hope to see you in Chicago.\n", "Chicago",
       "United States", Attendance::in_person},
      {"the title is the first sentence", "posts",
       "---\ntitle: 'Conf 2023: Join us in San Francisco October 16-17'\n---\nWe are thrilled.\n",
       "San Francisco", "United States", Attendance::in_person},
      {"a title naming a gathering is read like an event name", "posts",
       "---\ntitle: PyTorch Shanghai Meetup Notes\n---\nWe hosted a meetup.\n", "Shanghai", "China",
       Attendance::in_person},
      {"a title naming no gathering gives no place", "posts",
       "---\ntitle: Shanghai notes\n---\nSome notes.\n", "-", "-", Attendance::unknown},
      {"one stray 'virtual' is not online", "talks",
       "---\ntitle: Packaging\n---\nUse a virtual environment for each project.\n", "-", "-",
       Attendance::unknown},
  };
  check_places(cases, gazetteer);
}

TEST_CASE("facets: a talk's place comes from its event name only when unambiguous", "[facets]") {
  FakeGazetteer gazetteer;
  struct Case {
    std::string event;
    std::string city, country;
  };
  const std::vector<Case> cases = {
      {"PyData Berlin 2019", "Berlin", "Germany"},
      {"PyCon AU 2016", "", "Australia"},
      {"SciPy LA 2016", "-", "-"},            // a two-letter word only as a country code
      {"PyData Springfield 2018", "-", "-"},  // two places of that name
      {"North Bay Python 2019", "-", "-"},    // generic event words are no places
      {"PyCon DE 2019", "-", "-"},            // a code that names a region, not a country
      {"PyData New York City 2019", "New York City", "United States"},  // not York, England
      {"PyData Springfield Summit 2019", "-", "-"},
      {"EuroPython 2019", "-", "-"},
      {"Moscow Python Conf 2019", "Moscow", "Russia"},  // a city and the region named after it
      {"KyivPy", "Kyiv", "Ukraine"},                    // "Py" glued to a place
      {"Kyiv.py", "Kyiv", "Ukraine"},
      {"PyTexas 2019", "", "United States"},  // a region
  };
  for (const auto& c : cases) {
    INFO(c.event);
    Record r =
        record_of("talks", "_talks/x/y.md",
                  "---\ntitle: A talk\ndate: 2019-05-03\nevent: " + c.event + "\n---\nAbout it.\n",
                  &gazetteer);
    CHECK(city_of(r) == c.city);
    CHECK(country_of(r) == c.country);
  }
}

TEST_CASE("facets: without a gazetteer there are no places, online and in-person still count",
          "[facets]") {
  Record online =
      record_of("events", "_events/a.md", "---\ntitle: A\n---\n**Location**: Online\n", nullptr);
  CHECK_FALSE(online.facets.place);
  CHECK(online.facets.attendance == Attendance::online);
  Record paris = record_of("events", "_events/b.md",
                           "---\ntitle: B\n---\n**Location**: Paris, France\n", nullptr);
  CHECK_FALSE(paris.facets.place);
  CHECK(paris.facets.attendance == Attendance::in_person);
}

struct DateCase {
  std::string what;
  std::string collection;
  std::string id;
  std::string text;
  std::optional<DateRange> event;
  std::optional<Date> published;
};

DateRange days(Date a, Date b) { return DateRange{a, b}; }
DateRange day(Date a) { return DateRange{a, a}; }

TEST_CASE("facets: event dates apart from publication dates", "[facets]") {
  const std::vector<DateCase> cases = {
      {"a body Date line beats the front-matter date (ce24)", "events", "_events/ce24.md",
       "---\ntitle: ECCV 2026\ndate: Sep 9, 2025\n---\n**Date**: Sep 9 - 13, 2026   "
       "\n**Location**: "
       "Malmö, Sweden\n",
       days({2026, 9, 9}, {2026, 9, 13}), Date{2025, 9, 9}},
      {"a range across months", "events", "_events/ce4.md",
       "---\ntitle: X\ndate: Feb 25, 2025\n---\n**Date**: Feb 25 - Mar 4, 2025\n",
       days({2025, 2, 25}, {2025, 3, 4}), Date{2025, 2, 25}},
      {"ordinals", "events", "_events/docathon.md",
       "---\ntitle: Docathon\ndate: June 4, 2024\n---\n**Date**: June 4 - 20th, 2024\n",
       days({2024, 6, 4}, {2024, 6, 20}), Date{2024, 6, 4}},
      {"When line with a parenthetical", "posts", "_posts/2022-9-14-conf.md",
       "---\ntitle: Conf\n---\n**When**: Dec 2nd, 2022 (In-Person and Virtual)\n",
       day({2022, 12, 2}), Date{2022, 9, 14}},
      {"calendar emoji with a time", "posts", "_posts/2025-03-01-kr.md",
       "---\ntitle: Meetup\n---\n📅 March 30, 2025, 13:00 ~ 18:00\n", day({2025, 3, 30}),
       Date{2025, 3, 1}},
      {"an event's front-matter date is the event date", "events", "_events/ce13.md",
       "---\ntitle: Day\ndate: Jun 7, 2025\n---\nNo dates here.\n", day({2025, 6, 7}),
       Date{2025, 6, 7}},
      {"explicit start/end fields win", "events", "_events/pycon.md",
       "---\ntitle: T\ndate: 2019-04-03\nevent_start: 2019-05-01\nevent_end: "
       "2019-05-09\n---\nDate: Jun 1, 2019\n",
       days({2019, 5, 1}, {2019, 5, 9}), Date{2019, 4, 3}},
      {"a talk's own date beats its conference's start/end fields", "talks",
       "_talks/pycon-au-2016/x.md",
       "---\ntitle: T\ndate: 2016-08-15\nevent: PyCon AU 2016\nevent_start: 2016-08-12\n---\nAbout "
       "it.\n",
       day({2016, 8, 15}), Date{2016, 8, 15}},
      {"a talk held on a day stated in its description", "talks", "_talks/bay/x.md",
       "---\ntitle: T\ndate: 2015-05-26\nevent: BayPIGgies\n---\nThis talk was held at LinkedIn on "
       "March 26, "
       "2015. More soon.\n",
       day({2015, 3, 26}), Date{2015, 5, 26}},
      {"a talk's room and day in brackets", "talks", "_talks/ep/x.md",
       "---\ntitle: T\ndate: 2023-07-17\nevent: EuroPython 2023\n---\n[EuroPython 2023 — Forum "
       "Hall on "
       "2023-07-20]\n",
       day({2023, 7, 20}), Date{2023, 7, 17}},
      {"a schedule entry with date and end_date", "schedule", "_schedule/talks/x.md",
       "---\ntitle: T\ndate: 2022-10-17 08:00:00-07:00\nend_date: 2022-10-17 "
       "08:30:00-07:00\n---\nTalk\n",
       day({2022, 10, 17}), Date{2022, 10, 17}},
      {"a blog post's date is only a publication date", "posts", "_posts/2022-10-13-x.md",
       "---\ntitle: Opening reception\ndate: 2022-10-13 06:00:00\n---\nCome along for drinks.\n",
       std::nullopt, Date{2022, 10, 13}},
      {"held DATE in a sentence", "posts", "_posts/2025-05-20-recap.md",
       "---\ntitle: Recap\n---\nPyTorch Day France was held **7 May 2025** in **Paris, France**.\n",
       day({2025, 5, 7}), Date{2025, 5, 20}},
      {"a range in a sentence", "posts", "_posts/2025-03-04-submit.md",
       "---\ntitle: Speak\n---\nJoin us in San Francisco from October 22–23, 2025 for the "
       "conference.\n",
       days({2025, 10, 22}, {2025, 10, 23}), Date{2025, 3, 4}},
      {"deadlines are not event dates", "posts", "_posts/2025-03-04-cfp.md",
       "---\ntitle: CFP\n---\nThe submission deadline for the conference is April 13, 2025.\n",
       std::nullopt, Date{2025, 3, 4}},
      {"a sentence without an event cue", "posts", "_posts/2025-03-04-rel.md",
       "---\ntitle: Release\n---\nVersion 2.1 came out on March 1, 2025.\n", std::nullopt,
       Date{2025, 3, 4}},
      {"a sentence date years away from publication", "posts", "_posts/2025-03-04-hist.md",
       "---\ntitle: History\n---\nThe first conference was held on June 1, 1990 in Antibes.\n",
       std::nullopt, Date{2025, 3, 4}},
  };
  for (const auto& c : cases) {
    INFO(c.what);
    Record r = record_of(c.collection, c.id, c.text, nullptr);
    CHECK(r.facets.event_dates == c.event);
    CHECK(r.published == c.published);
    auto expected_date = c.event ? std::optional<Date>(c.event->start) : c.published;
    CHECK(r.date() == expected_date);
  }
}

TEST_CASE("facets: a missing year comes from the publication date", "[facets]") {
  // Rule: the year that puts the event in [published - 30 days, published + 335
  // days]; in the past tense, in (published - 335 days, published + 30 days].
  const std::vector<DateCase> cases = {
      {"announced ahead, same year", "posts", "_posts/2025-03-20-cfp.md",
       "---\ntitle: CFP\n---\nThe event will take place on **June 7 in Beijing, China**.\n",
       day({2025, 6, 7}), Date{2025, 3, 20}},
      {"announced in autumn for February: next year", "posts", "_posts/2025-11-15-x.md",
       "---\ntitle: X\n---\nThe summit will be held on February 19 in Paris.\n", day({2026, 2, 19}),
       Date{2025, 11, 15}},
      {"a recap shortly after: same year", "posts", "_posts/2025-06-10-recap.md",
       "---\ntitle: Recap\n---\nThe meetup was held on June 7 in Paris.\n", day({2025, 6, 7}),
       Date{2025, 6, 10}},
      {"past tense: a recap months later stays in the past", "posts", "_posts/2020-10-1-winners.md",
       "---\ntitle: Winners\n---\nThe virtual hackathon ran from June 22 to August 25, with 2,500 "
       "participants.\n",
       days({2020, 6, 22}, {2020, 8, 25}), Date{2020, 10, 1}},
      {"a yearless date without a verb is not trusted", "posts", "_posts/2025-01-22-recap.md",
       "---\ntitle: Community\n---\nPyTorch Seattle Meetup (May 23)\n", std::nullopt,
       Date{2025, 1, 22}},
      {"a yearless Date line, across new year", "posts", "_posts/2024-11-01-x.md",
       "---\ntitle: X\n---\nDate: Dec 30 - Jan 2\n", days({2024, 12, 30}, {2025, 1, 2}),
       Date{2024, 11, 1}},
      {"no publication date: no year, no event date", "events", "_events/plants.md",
       "---\ntitle: Plants\ndate: March 27\n---\n**Date**: March 27th, 12 PM PST\n", std::nullopt,
       std::nullopt},
      {"a yearless body line next to a dated event", "events", "_events/day.md",
       "---\ntitle: Day\ndate: Jun 7, 2025\n---\nDate: June 7\n", day({2025, 6, 7}),
       Date{2025, 6, 7}},
  };
  for (const auto& c : cases) {
    INFO(c.what);
    Record r = record_of(c.collection, c.id, c.text, nullptr);
    CHECK(r.facets.event_dates == c.event);
    CHECK(r.published == c.published);
  }
}

TEST_CASE("facets: year and month terms cover the whole event", "[facets]") {
  Record r = record_of(
      "events", "_events/x.md",
      "---\ntitle: X\ndate: Dec 30, 2024\n---\n**Date**: Dec 30, 2024 - Feb 2, 2025\n", nullptr);
  Xapian::TermGenerator tg = make_term_generator();
  Xapian::Document doc = build_document(r, "fp", tg);
  std::vector<std::string> terms;
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
    std::string t = *it;
    if (t.starts_with("XYEAR") || t.starts_with("XMONTH")) terms.push_back(t);
  }
  CHECK(terms == std::vector<std::string>{"XMONTH2024-12", "XMONTH2025-01", "XMONTH2025-02",
                                          "XYEAR2024", "XYEAR2025"});
  CHECK(doc.get_value(core::schema::slot::kDate) == "20241230");
  CHECK(doc.get_value(core::schema::slot::kEndDate) == "20250202");
}

TEST_CASE("facets: place and attendance terms and slots", "[facets]") {
  FakeGazetteer gazetteer;
  Record r =
      record_of("posts", "_posts/2022-9-14-x.md",
                "---\ntitle: Conf\n---\n**Where**: New Orleans, Louisiana (USA) at Generations "
                "Hall | Virtual option as well\n",
                &gazetteer);
  Xapian::TermGenerator tg = make_term_generator();
  Xapian::Document doc = build_document(r, "fp", tg);
  std::vector<std::string> terms;
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
    std::string t = *it;
    if (t.starts_with("XCITY") || t.starts_with("XREGION") || t.starts_with("XCOUNTRY") ||
        t.starts_with("XLOC") || t.starts_with("XONLINE")) {
      terms.push_back(t);
    }
  }
  CHECK(terms == std::vector<std::string>{"XCITYnew orleans", "XCOUNTRYunited states",
                                          "XLOClouisiana", "XLOCnew orleans", "XLOCunited states",
                                          "XONLINEhybrid", "XREGIONlouisiana"});
  CHECK(doc.get_value(core::schema::slot::kCountry) == "United States");
  CHECK(doc.get_value(core::schema::slot::kOnline) == "hybrid");
  CHECK_FALSE(doc.get_value(core::schema::slot::kLocationLabel).empty());
}

}  // namespace
}  // namespace lanyard::indexer
