#include "tests/query/fixture.h"

#include <map>
#include <stdexcept>

#include "core/synonyms.h"
#include "indexer/document.h"
#include "indexer/writer.h"

namespace lanyard::testing {

namespace {

using LL = std::pair<double, double>;

indexer::Attendance attendance_of(const std::string& a) {
  if (a == "online") return indexer::Attendance::online;
  if (a == "hybrid") return indexer::Attendance::hybrid;
  if (a == "in-person") return indexer::Attendance::in_person;
  return indexer::Attendance::unknown;
}

indexer::Record record_of(const FixtureDoc& d) {
  indexer::Record r;
  r.id = d.id;
  r.title = d.title;
  r.url = "https://events.example.org/" + d.id.substr(0, d.id.size() - 3) + "/";
  r.collection = d.id.substr(1, d.id.find('/') - 1);
  r.speakers = d.speakers;
  r.body.text = d.text;
  if (!d.start.empty()) {
    auto start = core::parse_date(d.start);
    auto end = core::parse_date(d.end.empty() ? d.start : d.end);
    if (!start || !end) throw std::runtime_error("fixture date " + d.start);
    r.published = *start;
    if (d.id.starts_with("_events/")) r.facets.event_dates = core::DateRange{*start, *end};
  }
  if (!d.country.empty()) {
    core::Place p;
    p.city = d.city;
    p.region = d.region;
    p.country = d.country;
    // Place::label() names the region for these countries, as the gazetteer sets them.
    static const std::map<std::string, std::string> codes = {
        {"United States", "US"}, {"Canada", "CA"},  {"China", "CN"},
        {"France", "FR"},        {"Germany", "DE"}, {"Japan", "JP"}};
    if (auto c = codes.find(d.country); c != codes.end()) p.country_code = c->second;
    if (d.latlong) std::tie(p.latitude, p.longitude) = *d.latlong;
    r.facets.place = p;
  }
  r.facets.attendance = attendance_of(d.attendance);
  for (const auto& t : d.topics) r.facets.topics.push_back({t, "front matter"});
  return r;
}

}  // namespace

const std::vector<FixtureDoc>& fixture_docs() {
  static const std::vector<FixtureDoc> docs = {
      {"_events/pt-day-china-2025.md",
       "PyTorch Day China 2025",
       "PyTorch Day brings the PyTorch community to Beijing for a day of talks on 深度学习 and "
       "training.",
       "2025-06-07",
       "",
       "Beijing",
       "",
       "China",
       LL{39.9042, 116.4074},
       "in-person",
       {"community", "pytorch"},
       {}},
      {"_events/ptc-2025.md",
       "PyTorch Conference 2025",
       "The PyTorch Conference gathers researchers and engineers for two days of keynotes on large "
       "language models.",
       "2025-10-22",
       "2025-10-23",
       "San Francisco",
       "California",
       "United States",
       LL{37.7749, -122.4194},
       "hybrid",
       {"pytorch", "llm"},
       {}},
      {"_events/neurips-2024.md",
       "NeurIPS 2024",
       "The annual research conference on machine learning and computational neuroscience.",
       "2024-12-10",
       "2024-12-15",
       "Vancouver",
       "British Columbia",
       "Canada",
       LL{49.2827, -123.1207},
       "in-person",
       {"research", "machine learning"},
       {}},
      {"_events/django-nyc-2023.md",
       "DjangoCon NYC Meetup",
       "Django developers meet in New York for an evening of lightning talks about web "
       "accessibility.",
       "2023-05-04",
       "",
       "New York City",
       "New York",
       "United States",
       LL{40.7128, -74.0060},
       "in-person",
       {"django", "web"},
       {}},
      {"_events/webinar-2025.md",
       "Distributed Training Webinar",
       "An online session about distributed training of large models across many accelerators.",
       "2025-09-01",
       "",
       "",
       "",
       "",
       std::nullopt,
       "online",
       {"distributed training"},
       {}},
      {"_posts/2025-02-11-cfp-paris.md",
       "Tensor Summit Paris: Call for Proposals",
       "Submit talks on compilers & kernels <now>: the call for proposals closes in March.",
       "2025-02-11",
       "",
       "Paris",
       "",
       "France",
       LL{48.8566, 2.3522},
       "",
       {"cfp"},
       {"Programme Committee"}},
      {"_talks/compilers-berlin.md",
       "Fuzzing Your Compiler Backend",
       "A talk on fuzzing compilers: random programs, compiled with and without optimisations.",
       "2024-09-25",
       "",
       "Berlin",
       "",
       "Germany",
       LL{52.52, 13.405},
       "in-person",
       {"compilers", "testing"},
       {"Ada Lovelace"}},
      {"_events/tokyo-2026.md",
       "Tokyo Edge ML Summit",
       "Edge machine learning on small devices: quantisation, compilers and deployment in Tokyo.",
       "2026-03-10",
       "2026-03-11",
       "Tokyo",
       "",
       "Japan",
       LL{35.6762, 139.6503},
       "hybrid",
       {"edge", "machine learning"},
       {}},
      {"_posts/2023-4-4-roundup.md",
       "Community Projects Roundup",
       "A roundup of community projects from the last quarter, from documentation sprints to new "
       "releases.",
       "2023-04-04",
       "",
       "",
       "",
       "",
       std::nullopt,
       "",
       {},
       {"Grace Hopper"}},
      {"_events/paris-tensor-summit-2025.md",
       "Tensor Summit Paris",
       "Two days on tensor compilers, kernels and serving large language models in Paris.",
       "2025-05-06",
       "2025-05-07",
       "Paris",
       "Île-de-France",
       "France",
       LL{48.8566, 2.3522},
       "in-person",
       {"compilers", "llm"},
       {}},
      {"_events/sf-llm-night-2026.md",
       "SF LLM Inference Night",
       "An evening of talks on LLM inference, speculative decoding and batching in San Francisco.",
       "2026-11-05",
       "",
       "San Francisco",
       "California",
       "United States",
       LL{37.7749, -122.4194},
       "in-person",
       {"llm"},
       {}},
      {"about.md",
       "About",
       "This site lists conferences, meetups and talks.",
       "",
       "",
       "",
       "",
       "",
       std::nullopt,
       "",
       {},
       {}},
  };
  return docs;
}

void write_fixture_index(const std::filesystem::path& db_dir, std::size_t shards) {
  write_fixture_index(db_dir, fixture_docs(), shards);
}

void write_fixture_index(const std::filesystem::path& db_dir, const std::vector<FixtureDoc>& docs,
                         std::size_t shards) {
  auto writer = indexer::IndexWriter::open(db_dir, shards);
  if (!writer) throw std::runtime_error(writer.error().message);
  Xapian::TermGenerator tg = indexer::make_term_generator();
  for (const auto& d : docs) {
    auto st = (*writer)->replace(d.id, indexer::build_document(record_of(d), "fixture", tg));
    if (!st) throw std::runtime_error(st.error().message);
  }
  (*writer)->set_synonyms(core::default_synonyms());
  if (auto st = (*writer)->commit(); !st) throw std::runtime_error(st.error().message);
}

}  // namespace lanyard::testing
