// Facets from the forms real pages use (docs/facets.md), one page each, with
// the real gazetteer: labels in any form and language, hero lines, addresses,
// postcodes, JSON-LD, CJK place names, online-only statements, dates that are
// about something else, pages that list several events.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "core/place.h"
#include "indexer/context.h"
#include "indexer/discover.h"
#include "tests/test_util.h"

namespace lanyard::indexer {

namespace {

const core::Gazetteer* real_gazetteer() {
  static auto loaded = core::Gazetteer::load();
  REQUIRE(loaded);
  return loaded->get();
}

struct Got {
  std::string place, start, end, attendance;
};

Got facets_of_page(const std::string& id, const std::string& text) {
  testing::TempDir dir;
  dir.write("_config.yml", "title: Site\n");
  dir.write(id, text);
  Config config;
  Discovery d = discover(dir.path(), config);
  auto repo = RepoContext::build(dir.path(), d.files, config, real_gazetteer());
  REQUIRE(d.files.size() == 1);
  const SourceFile& f = d.files.front();
  auto r = read_own_record(f, repo.site(f.site), config, real_gazetteer(), repo.for_file(f));
  REQUIRE(r);
  const Facets& x = r->facets;
  return {x.place ? x.place->city + ", " + x.place->country : "-",
          x.event_dates ? x.event_dates->start.iso() : "-",
          x.event_dates ? x.event_dates->end.iso() : "-", attendance_name(x.attendance)};
}

struct Case {
  const char* what;
  const char* id;
  const char* text;
  Got want;
};

}  // namespace

TEST_CASE("facets: the forms real pages state place, dates and attendance in",
          "[indexer][facets]") {
  const std::vector<Case> cases = {
      {"a question label with its answer below",
       "_posts/2019-04-20-faq.md",
       "---\ntitle: FAQ\n---\n**When is the conference?**\n\nMay 21-23, 2019.\n\n**Where is it "
       "held?**\n\n"
       "At the Palais des Congrès de Paris, 2 Place de la Porte Maillot, 75017 Paris. A room block "
       "is available.\n",
       {"Paris, France", "2019-05-21", "2019-05-23", "in-person"}},
      {"a heading label in French with an emoji, an address block",
       "_posts/2020-01-12-infos.md",
       "---\ntitle: Infos pratiques\n---\n## Quand ? 🕗\n\nUne journée complète, le dimanche 3 mai "
       "2020.\n\n"
       "## Où ? 🗺️\n\nCentre de Congrès<br>50 Quai Charles de Gaulle<br>69006 Lyon\n",
       {"Lyon, France", "2020-05-03", "2020-05-03", "in-person"}},
      {"a hero line under the title, German dates",
       "_posts/2019-04-02-hwc.md",
       "---\ntitle: Hamburg Web Conference 2019\n---\n# Hamburg Web Conference 2019\n\n"
       "**29. August – 1. September 2019 | Hamburg, Deutschland**\n\nNehmen Sie teil.\n",
       {"Hamburg, Germany", "2019-08-29", "2019-09-01", "in-person"}},
      {"Spanish prose with the days and the city",
       "_posts/2024-01-10-conf.md",
       "---\ntitle: Conferencia\n---\nLa conferencia se celebrará del 3 al 5 de octubre de 2024 en "
       "Valencia, España.\n",
       {"Valencia, Spain", "2024-10-03", "2024-10-05", "in-person"}},
      {"Japanese dates and a city in Japanese text",
       "_posts/2019-05-15-js.md",
       "---\ntitle: JSカンファレンス\n---\n## "
       "開催概要\n\n2019年6月22日(土)から6月24日(月)の3日間、広島国際会議場で開催されます。\n",
       {"Hiroshima, Japan", "2019-06-22", "2019-06-24", "in-person"}},
      {"a JSON-LD Event",
       "_posts/2024-06-20-dataconf.md",
       "---\ntitle: DataConf\n---\nCome for the talks.\n\n<script type=\"application/ld+json\">\n"
       "{\"@context\": \"https://schema.org\", \"@type\": \"Event\", \"startDate\": "
       "\"2024-10-04\", "
       "\"endDate\": \"2024-10-06\", \"eventAttendanceMode\": "
       "\"https://schema.org/MixedEventAttendanceMode\", "
       "\"location\": {\"@type\": \"Place\", \"name\": \"KICC\", \"address\": {\"@type\": "
       "\"PostalAddress\", "
       "\"addressLocality\": \"Kyoto\", \"addressCountry\": \"JP\"}}}\n</script>\n",
       {"Kyoto, Japan", "2024-10-04", "2024-10-06", "hybrid"}},
      {"dates beside a deadline and a postponement",
       "_posts/2021-05-04-postponed.md",
       "---\ntitle: Web Days Cardiff postponed\n---\nWe have decided to postpone Web Days Cardiff "
       "(originally set for "
       "February 27 to March 2, 2021) to instead be held from May 30 to June 2, 2021 at Cardiff "
       "City Hall in Cardiff.\n",
       {"Cardiff, United Kingdom", "2021-05-30", "2021-06-02", "in-person"}},
      {"an event said to be online only, with a venue field",
       "_events/tokyo.md",
       "---\ntitle: KCD Tokyo 2020\nvenue: Tokyo Garden Terrace, Tokyo\ndate: 2020-06-13\n---\n"
       "KCD Tokyo 2020 is set to take place on June 13, 2020 as the online event KubeFest.\n",
       {"-", "2020-06-13", "2020-06-13", "online"}},
      {"in a city and online",
       "_posts/2026-03-01-conf.md",
       "---\ntitle: Conf 2026\n---\nThe conference takes place on October 15-16, 2026 in Barcelona "
       "and online.\n",
       {"Barcelona, Spain", "2026-10-15", "2026-10-16", "hybrid"}},
      {"a meetup going online, a Zoom link",
       "_posts/2021-10-10-meetup.md",
       "---\ntitle: Meetup on 18 October 2021\ndate: 2021-10-18\n---\nWe're once again going "
       "online with the "
       "meetup. We'll update the announcement with the final Zoom URL.\n",
       {"-", "2021-10-18", "2021-10-18", "online"}},
      {"a page that lists several events is about none",
       "_posts/2024-01-01-calendar.md",
       "---\ntitle: Python conferences this year\n---\n- PyCon US will be held May 14-22, 2024 in "
       "Pittsburgh.\n"
       "- EuroPython will be held July 8-14, 2024 in Prague.\n- PyCon JP will be held September "
       "27-29, 2024 in Tokyo.\n",
       {"-", "-", "-", "unknown"}},
      {"an organiser's postal address is not the event's place",
       "_posts/2020-03-01-rules.md",
       "---\ntitle: Rules\n---\nThe conference is held online on April 11, 2020.\n\nOrganiser: "
       "Python Society, "
       "address: Main Street 1, 80-863 Gdańsk\n",
       {"-", "2020-04-11", "2020-04-11", "online"}},
      {"an ISO code beside a city is a country",
       "_events/gocamp.md",
       "---\ntitle: GoCamp\nlocation:\n  addressLocality: Amsterdam\n  addressCountry: "
       "NL\nstartDate: 2020-11-12\n---\n",
       {"Amsterdam, Netherlands", "2020-11-12", "2020-11-12", "in-person"}},
      {"a city inside a venue's name, after a particle",
       "_posts/2019-07-01-lima.md",
       "---\ntitle: Cloud Conference 2019\n---\nThe conference will be held at the Centro de "
       "Convenciones de Lima on "
       "September 13, 2019.\n",
       {"Lima, Peru", "2019-09-13", "2019-09-13", "in-person"}},
      {"reStructuredText fields",
       "events/2019-meetup.md",
       "---\ntitle: Meetup\n---\n:Date: 2019-02-16\n:Location: Modena, Italy\n\nTalks and pizza.\n",
       {"Modena, Italy", "2019-02-16", "2019-02-16", "in-person"}},
      {"Korean labels and a Korean date",
       "_posts/2024-08-01-pycon.md",
       "---\ntitle: PyCon\n---\n\xEC\x9D\xBC\xEC\x8B\x9C: 2024\xEB\x85\x84 10\xEC\x9B\x94 "
       "26\xEC\x9D\xBC\n"
       "\xEC\x9E\xA5\xEC\x86\x8C: \xEC\x84\x9C\xEC\x9A\xB8\n",
       {"Seoul, South Korea", "2024-10-26", "2024-10-26", "in-person"}},
      {"a Swedish sentence with its days and city",
       "_posts/2025-01-10-konferens.md",
       "---\ntitle: Konferens\n---\nKonferensen h\xC3\xA5lls 26\xE2\x80\x93"
       "27 augusti 2025 i Stockholm.\n",
       {"Stockholm, Sweden", "2025-08-26", "2025-08-27", "in-person"}},
  };
  for (const auto& c : cases) {
    INFO(c.what);
    Got got = facets_of_page(c.id, c.text);
    CHECK(got.place == c.want.place);
    CHECK(got.start == c.want.start);
    CHECK(got.end == c.want.end);
    CHECK(got.attendance == c.want.attendance);
  }
}

}  // namespace lanyard::indexer
