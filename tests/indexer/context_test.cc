// Pages inherit their event: indexer/context.h on small repos written by each
// case, with the real gazetteer (docs/facets.md, "Pages inherit their event").
#include "indexer/context.h"

#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

#include "core/place.h"
#include "indexer/discover.h"
#include "tests/test_util.h"

namespace lanyard::indexer {

namespace {

using Files = std::vector<std::pair<std::string, std::string>>;

const core::Gazetteer* gazetteer() {
  static auto loaded = core::Gazetteer::load();
  REQUIRE(loaded);
  return loaded->get();
}

struct Facts {
  std::string place, start, end, attendance;
};

// The facets of page `id` in a repo made of `files`.
Facts facets_of(const Files& files, const std::string& id) {
  testing::TempDir dir;
  for (const auto& [path, text] : files) dir.write(path, text);
  Config config;
  Discovery d = discover(dir.path(), config);
  auto repo = RepoContext::build(dir.path(), d.files, config, gazetteer());
  for (const auto& f : d.files) {
    if (f.id != id) continue;
    auto r = read_own_record(f, repo.site(f.site), config, gazetteer(), repo.for_file(f));
    REQUIRE(r);
    const Facets& x = r->facets;
    return {x.place ? x.place->city + ", " + x.place->country : "-",
            x.event_dates ? x.event_dates->start.iso() : "-",
            x.event_dates ? x.event_dates->end.iso() : "-", attendance_name(x.attendance)};
  }
  FAIL("not discovered: " << id);
  return {};
}

const std::string kBerlinEvent =
    "---\ntitle: Berlin\ndate: '2020-12-01'\nend: '2020-12-02'\nlocation:\n  country: Germany\n  "
    "city: Berlin\n"
    "  venue: Alte Münze; Molkenmarkt 2, 10179 Berlin\n---\nKubernetes in Berlin.\n";

}  // namespace

TEST_CASE("context: a page takes its event's place and dates unless it states its own",
          "[indexer][context]") {
  struct Case {
    const char* what;
    Files files;
    std::string id;
    Facts want;
  };
  const std::vector<Case> cases = {
      {"a Hugo event folder's sub-page takes its _index.md's facts",
       {{"config.toml", "title = \"KCD\"\n"},
        {"content/events/2020-berlin/_index.md", kBerlinEvent},
        {"content/events/2020-berlin/program.md", "---\ntitle: Program\n---\n{{< program >}}\n"}},
       "content/events/2020-berlin/program.md",
       {"Berlin, Germany", "2020-12-01", "2020-12-02", "in-person"}},
      {"a sub-page that states its own day keeps it, and the event's place",
       {{"config.toml", "title = \"KCD\"\n"},
        {"content/events/2020-berlin/_index.md", kBerlinEvent},
        {"content/events/2020-berlin/workshop.md",
         "---\ntitle: Workshop\n---\nThe workshop is on December 2, 2020.\n"}},
       "content/events/2020-berlin/workshop.md",
       {"Berlin, Germany", "2020-12-02", "2020-12-02", "in-person"}},
      {"a venue page gives its folder's event the city it keeps naming",
       {{"config.toml", "title = \"Conf\"\nbase_url = \"https://x.org\"\n"},
        {"content/2024/_index.md", "+++\ntitle = \"Conf 2024\"\n+++\n"},
        {"content/2024/travel.md",
         "+++\ntitle = \"Travel\"\n+++\nVienna is easy to reach. From Paris, take the night train "
         "to Vienna. "
         "The venue is in Vienna's second district.\n"},
        {"content/2024/talks/a.md",
         "+++\ntitle = \"A\"\n[extra]\ndate = \"Oct. 10th, Thursday\"\n+++\n"}},
       "content/2024/talks/a.md",
       {"Vienna, Austria", "2024-10-10", "2024-10-10", "in-person"}},
      {"an edition folder inside another edition's site does not take that edition's place",
       {{"config.toml", "title = \"Conf\"\nbase_url = \"https://x.org\"\n"},
        {"content/_index.md", "+++\ntitle = \"Conf 2026\"\n+++\n"},
        {"content/travel.md",
         "+++\ntitle = \"Travel\"\n+++\nBarcelona, Barcelona, Barcelona: see you in Barcelona.\n"},
        {"content/2022/_index.md", "+++\ntitle = \"Conf 2022\"\n+++\n"},
        {"content/2022/speakers/b.md", "+++\ntitle = \"B\"\n+++\nB writes Rust.\n"}},
       "content/2022/speakers/b.md",
       {"-", "-", "-", "unknown"}},
      {"a folder named by its year and city is an event",
       {{"_config.yml", "title: Meetups\n"},
        {"_events/berlin-2023/cfp.md", "---\ntitle: CFP\n---\nSend talks.\n"}},
       "_events/berlin-2023/cfp.md",
       {"Berlin, Germany", "-", "-", "in-person"}},
      {"a venue page that says the event moved online beats the home page's venue",
       {{"config.toml", "title = \"KCD\"\n"},
        {"content/events/2021-berlin/_index.md", kBerlinEvent},
        {"content/events/2021-berlin/venue.md",
         "---\ntitle: Venue\n---\nThe event will be held online.\n"},
        {"content/events/2021-berlin/cfp.md", "---\ntitle: CFP\n---\nSend talks.\n"}},
       "content/events/2021-berlin/cfp.md",
       {"-", "2020-12-01", "2020-12-02", "online"}},
      {"a one-edition site's config gives its pages the event's day",
       {{"config.toml", "title = \"Go Conference 2022 Spring\"\n[params]\ndate = \"2022-04-23\"\n"},
        {"content/sessions/a.md", "---\ntitle: A talk\n---\nAbout Go.\n"}},
       "content/sessions/a.md",
       {"-", "2022-04-23", "2022-04-23", "unknown"}},
      {"a publisher page inherits no event",
       {{"config.toml", "title = \"KCD\"\n"},
        {"content/events/2020-berlin/_index.md", kBerlinEvent},
        {"content/events/2020-berlin/imprint.md",
         "---\ntitle: Imprint\n---\nPublished by a company.\n"}},
       "content/events/2020-berlin/imprint.md",
       {"-", "-", "-", "unknown"}},
      {"a venue key joins the site's data file",
       {{"_config.yml", "title: Refresh\n"},
        {"_data/venues.json",
         R"({"chief": {"name": "CHIEF", "address": "1800 M St NW, Washington, DC 20036"}})"},
        {"_posts/2015-09-17-meetup.md",
         "---\ntitle: Meetup\ndtstart: 2015-09-17T18:30:00-04:00\nvenue: chief\n---\nTalks and "
         "tacos.\n"}},
       "_posts/2015-09-17-meetup.md",
       {"Washington, United States", "2015-09-17", "2015-09-17", "in-person"}},
      {"the pages of an edition agree on its place and days",
       {{"2024/_config.yml", "title: DjangoCon US\n"},
        {"2024/_posts/2024-05-01-announcing.md",
         "---\ntitle: Announcing\n---\nDjangoCon US 2024 will take place in Durham, North "
         "Carolina.\n"},
        {"2024/_posts/2024-06-01-travel.md",
         "---\ntitle: Travel\n---\nFlights to Durham, North Carolina arrive daily; we will take "
         "place in Durham.\n"},
        {"2024/_posts/2024-07-01-tickets.md",
         "---\ntitle: Tickets\n---\nThe conference will take place in Durham, North Carolina.\n"},
        {"2024/_schedule/talks/a.md",
         "---\ntitle: A\ndate: 2024-09-23 10:00:00-04:00\nroom: Hall A\n---\n"},
        {"2024/_schedule/talks/b.md",
         "---\ntitle: B\ndate: 2024-09-24 10:00:00-04:00\nroom: Hall A\n---\n"},
        {"2024/_schedule/talks/c.md",
         "---\ntitle: C\ndate: 2024-09-23 11:00:00-04:00\nroom: Hall B\n---\n"},
        {"2024/_schedule/talks/d.md",
         "---\ntitle: D\ndate: 2024-09-24 11:00:00-04:00\nroom: Hall B\n---\n"},
        {"2024/_presenters/x.md", "---\nname: X\n---\nX builds web sites.\n"}},
       "2024/_presenters/x.md",
       {"Durham, United States", "2024-09-23", "2024-09-24", "in-person"}},
  };
  for (const auto& c : cases) {
    INFO(c.what);
    Facts got = facets_of(c.files, c.id);
    CHECK(got.place == c.want.place);
    CHECK(got.start == c.want.start);
    CHECK(got.end == c.want.end);
    CHECK(got.attendance == c.want.attendance);
  }
}

TEST_CASE("context: a change to a page's event changes the page's fingerprint part",
          "[indexer][context]") {
  testing::TempDir dir;
  dir.write("config.toml", "title = \"KCD\"\n");
  dir.write("content/events/2020-berlin/_index.md", kBerlinEvent);
  dir.write("content/events/2020-berlin/program.md", "---\ntitle: Program\n---\n");
  dir.write("content/events/2021-paris/_index.md", "---\ntitle: Paris\ndate: '2021-02-11'\n---\n");
  dir.write("content/events/2021-paris/program.md", "---\ntitle: Program\n---\n");
  Config config;
  auto hashes = [&] {
    Discovery d = discover(dir.path(), config);
    auto repo = RepoContext::build(dir.path(), d.files, config, gazetteer());
    std::map<std::string, std::uint64_t> out;
    for (const auto& f : d.files) out[f.id] = repo.hash_for(f);
    return out;
  };
  auto before = hashes();
  dir.write("content/events/2020-berlin/_index.md",
            kBerlinEvent.substr(0, kBerlinEvent.find("end:")) +
                kBerlinEvent.substr(kBerlinEvent.find("location:")));
  auto after = hashes();
  CHECK(before["content/events/2020-berlin/program.md"] !=
        after["content/events/2020-berlin/program.md"]);
  CHECK(before["content/events/2021-paris/program.md"] ==
        after["content/events/2021-paris/program.md"]);
}

TEST_CASE("context: the year a path's folders name", "[indexer][context]") {
  const std::pair<const char*, int> cases[] = {{"content/2024/talks/x.md", 2024},
                                               {"content/events/2020-berlin/venue.md", 2020},
                                               {"_talks/pycon-us-2019/x.md", 2019},
                                               {"berlin-2023/x.md", 2023},
                                               {"content/talks/x.md", 0},
                                               {"2024-05-01-post.md", 0},
                                               {"v12345/x.md", 0}};
  for (const auto& [id, year] : cases) {
    INFO(id);
    CHECK(year_in_path(id).value_or(0) == year);
  }
}

}  // namespace lanyard::indexer
