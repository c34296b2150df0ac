// Facets from context: datelines, the boilerplate of talk descriptions, travel
// sentences, late "will take place in" sentences, the site's own description,
// recaps of several events, ambiguous city names. Formats as the corpora write
// them (docs/facets.md).
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "indexer/facets/facets.h"
#include "indexer/facets/topics.h"
#include "tests/indexer/facets_fixture.h"

namespace lanyard::indexer {
namespace {

using facet_fixture::check_places;
using facet_fixture::FakeGazetteer;
using facet_fixture::PlaceCase;
using facet_fixture::record_of;

TEST_CASE("facets: places and attendance from context", "[facets]") {
  FakeGazetteer gazetteer;
  const std::string filler(2100, 'x');
  const std::vector<PlaceCase> cases = {
      {"a dateline opens the body", "talks",
       "---\ntitle: PyCon Canada Wrapup\nevent: MP33\n---\nMontreal, Nov. 26, 2012 - Eric presents "
       "a wrapup of the "
       "first PyCon Canada conference that was held in Toronto.\n",
       "Montreal", "Canada", Attendance::in_person},
      {"a dateline in French", "posts",
       "---\ntitle: Une conférence est née\n---\nMontreal, le 1er avril 2014 - Mathieu et Davin se "
       "remémorent.\n",
       "Montreal", "Canada", Attendance::in_person},
      {"a comma and a dash without a year is no dateline", "posts",
       "---\ntitle: Notes\n---\nMontreal, our home - a story.\n", "-", "-", Attendance::unknown},
      {"a talk's description naming its conference held in PLACE", "talks",
       "---\ntitle: Posters Spotlight\nevent: EuroSciPy 2023\n---\nPosters Spotlight from the "
       "EuroSciPy 2023 "
       "conference held in Basel.\n",
       "Basel", "Switzerland", Attendance::in_person},
      {"another conference's place in a talk is not its conference's", "talks",
       "---\ntitle: Selenium\nevent: PyCon Canada 2016\n---\nI spoke at the worldwide PyCon "
       "conference as it is held "
       "in Paris.\n",
       "-", "-", Attendance::unknown},
      {"a room after the event's name is a physical room", "talks",
       "---\ntitle: Games of Life\nevent: EuroPython 2023\n---\n[EuroPython 2023 \xE2\x80\x94 "
       "Forum Hall on "
       "2023-07-20]\n\nWe're entering the age of generative art.\n",
       "-", "-", Attendance::in_person},
      {"held at a named venue", "talks",
       "---\ntitle: Type Hints\nevent: Bay Piggies\n---\nThis talk was organized by the Bay Area "
       "Python Interest "
       "Group (\"BayPiggies\") and held at LinkedIn on March 26, 2015.\n",
       "-", "-", Attendance::in_person},
      {"took place online: an online edition of a country's series is nowhere", "talks",
       "---\ntitle: A bot\nevent: PyCon India 2021\n---\nThis talk was presented at PyCon India "
       "2021. The 13th "
       "edition of PyCon India took place online from 17th Sept to 20th Sept 2021.\n",
       "-", "-", Attendance::online},
      {"took place virtually, in a sentence that does not name the event", "talks",
       "---\ntitle: QA\nevent: Python Web Conf 2022\n---\n#PWC2022 attracted 375 attendees. The "
       "format featured 90 "
       "speakers and took place virtually on March 21-25, 2022.\n",
       "-", "-", Attendance::online},
      {"coming back to PLACE: a travel verb; the city's country is open", "posts",
       "---\ntitle: PyTorch at GTC\n---\nGTC is coming back to San Jose on March 17-21, 2025.\n",
       "San Jose", "", Attendance::in_person},
      {"traveling into PLACE for an event whose name gives the country", "posts",
       "---\ntitle: Summit\n---\nWe know you're looking forward to traveling into Durham next week "
       "for "
       "DjangoCon US.\n",
       "Durham", "United States", Attendance::in_person},
      {"an ambiguous city in a title keeps no country", "events",
       "---\ntitle: Vancouver Meetup\n---\nDate: May 10, 2023\n", "Vancouver", "",
       Attendance::in_person},
      {"an ambiguous city with its province keeps its country", "events",
       "---\ntitle: SIGGRAPH\n---\nLocation: Vancouver, B.C.\n", "Vancouver", "Canada",
       Attendance::in_person},
      {"St. Louis is one place", "posts",
       "---\ntitle: Conf\n---\nJoin us in St. Louis, MO from May 3-5, 2025.\n", "St. Louis",
       "United States", Attendance::in_person},
      {"will take place in PLACE, late in the post", "posts",
       "---\ntitle: Hackathon Essentials\n---\n" + filler +
           "\n\nDjangoCon US 2025 will take place from September 8 "
           "to 12 in Chicago, Illinois.\n",
       "Chicago", "United States", Attendance::in_person},
      {"see you next year in PLACE, late in the post, is the next edition", "posts",
       "---\ntitle: Recap\n---\n" + filler + "\n\nSee you next year in Paris!\n", "-", "-",
       Attendance::unknown},
      {"a recap of several events in several cities has no place", "posts",
       "---\ntitle: A year of community\n---\nWe hosted a PyTorch Meetup in Seattle in May.\n\n" +
           filler +
           "\n\nIn August, the PyTorch Shanghai Meetup brought together developers in Shanghai, "
           "China.\n",
       "-", "-", Attendance::unknown},
      {"the site's city named in a place's description", "places",
       "---\nname: Modern Times Beer\ndescription: One of San Diego's best breweries.\n---\n",
       "San Diego", "United States", Attendance::in_person,
       "DjangoCon US 2022 conference will take place in San Diego, California from October 16-21, "
       "2022!"},
      {"the site's city inside Raleigh/Durham is not named", "posts",
       "---\ntitle: Social\n---\nThe Raleigh/Durham chapter hosts a social.\n", "-", "-",
       Attendance::unknown,
       "DjangoCon US 2023 conference will take place in Durham, NC from October 16-20, 2023!"},
      {"a page that does not name the site's city gets nothing from the site", "posts",
       "---\ntitle: Call for proposals\n---\nSend us your talk.\n", "-", "-", Attendance::unknown,
       "DjangoCon US 2022 conference will take place in San Diego, California from October 16-21, "
       "2022!"},
      {"an in-person or an online ticket is hybrid", "posts",
       "---\ntitle: Hackers\n---\nEveryone with an in-person or an online ticket can hack. We hope "
       "to see you in "
       "Chicago.\n",
       "Chicago", "United States", Attendance::hybrid},
      {"held at a venue and virtually on Slack is hybrid", "posts",
       "---\ntitle: Sprints\n---\nWe hope to see you in Chicago. The sprints run at the venue and "
       "virtually on our "
       "Slack.\n",
       "Chicago", "United States", Attendance::hybrid},
      {"a venue whose brand is lowercase", "posts",
       "---\ntitle: Sprints\n---\nThey will run September 11-12, 2025 at voco Chicago Downtown and "
       "virtually on "
       "Slack.\n",
       "Chicago", "United States", Attendance::hybrid},
      {"a venue named after its city: the city", "posts",
       "---\ntitle: Conf\n---\nThe conference will be held at the Chicago Marriott Downtown on May "
       "3, 2025.\n",
       "Chicago", "United States", Attendance::in_person},
      {"a city prefix alone is never tried", "posts",
       "---\ntitle: Conf\n---\nThe conference will be held at Santa Clarita Hall on May 3, 2025.\n",
       "-", "-", Attendance::unknown},
      {"a meetup with a stream's link still meets in the city of its title", "events",
       "---\ntitle: PyTorch New York City Meetup\n---\nDate: March 9, 2023, 3 PM PT\n\n[Watch on "
       "YouTube](x)\n",
       "New York City", "United States", Attendance::online},
  };
  check_places(cases, gazetteer);
}

TEST_CASE("facets: event dates from travel sentences and Days: lines", "[facets]") {
  struct Case {
    std::string what, id, text, start, end;
  };
  const std::vector<Case> cases = {
      {"coming back to PLACE on DATES", "_posts/2025-03-16-pytorch-at-gtc.md",
       "---\ntitle: PyTorch at GTC 2025\n---\nGTC is coming back to San Jose on March 17-21, "
       "2025.\n",
       "2025-03-17", "2025-03-21"},
      {"a Days: line, the year from the publication date",
       "_posts/2023-05-25-virtual-co-writing.md",
       "---\ntitle: Virtual co-writing\n---\nHere's how:\n\n- Days: Tuesday, Wednesday, Thursday "
       "(Oct 17-19)\n"
       "- Duration: 60 minutes\n",
       "2023-10-17", "2023-10-19"},
  };
  for (const auto& c : cases) {
    INFO(c.what);
    Record r = record_of("posts", c.id, c.text, nullptr);
    REQUIRE(r.facets.event_dates);
    CHECK(r.facets.event_dates->start.iso() == c.start);
    CHECK(r.facets.event_dates->end.iso() == c.end);
  }
}

TEST_CASE("topics: a title word the whole site or event shares is no evidence", "[topics]") {
  struct Case {
    std::string what, text;
    SiteInfo site;
    bool web_frameworks;
  };
  SiteInfo djangocon, djangocon_json, other;
  djangocon.name = "DjangoCon US";
  djangocon_json.name = "https://2025.djangocon.us";
  const std::vector<Case> cases = {
      {"Django on the DjangoCon site", "---\ntitle: Free Threaded Django\n---\nAbout the GIL.\n",
       djangocon, false},
      {"Django on a site named by its domain",
       "---\ntitle: Free Threaded Django\n---\nAbout the GIL.\n", djangocon_json, false},
      {"Django in a DjangoCon talk",
       "---\ntitle: Django Trivia\nevent: DjangoCon EU 2010\n---\nFun.\n", other, false},
      {"Django elsewhere is evidence", "---\ntitle: Free Threaded Django\n---\nAbout the GIL.\n",
       other, true},
  };
  for (const auto& c : cases) {
    INFO(c.what);
    Record r = record_of("talks", "_talks/x.md", c.text, nullptr, {}, c.site);
    bool found = false;
    for (const auto& t : r.facets.topics) found = found || t.name == "web frameworks";
    CHECK(found == c.web_frameworks);
  }
}

TEST_CASE("topics: 'distributed' alone is not distributed training", "[topics]") {
  Record r = record_of("talks", "_talks/x.md",
                       "---\ntitle: Distributed Web Scraping in Python\n---\nScrapy.\n", nullptr);
  for (const auto& t : r.facets.topics) CHECK(t.name != "distributed training");
  Record tagged = record_of("posts", "_posts/x.md",
                            "---\ntitle: T\ntags: [distributed]\n---\nText.\n", nullptr);
  REQUIRE(!tagged.facets.topics.empty());
  CHECK(tagged.facets.topics[0].name == "distributed training");
}

}  // namespace
}  // namespace lanyard::indexer
