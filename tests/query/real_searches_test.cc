// Ten searches a user would make on the real corpora in ../shared/corpora, and
// the documents that must come back in the top 5. Each case says why that
// answer is right (read from the files themselves). Skipped, with a message,
// when ../shared is absent.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <map>
#include <memory>

#include "core/place.h"
#include "indexer/pipeline.h"
#include "query/searcher.h"
#include "tests/test_util.h"

using namespace lanyard;
using lanyard::testing::TempDir;
namespace fs = std::filesystem;

namespace {

struct Corpora {
  TempDir work;
  std::map<std::string, fs::path> dbs;
  std::shared_ptr<const core::Gazetteer> gazetteer;
};

void index_into(Corpora& c, const std::string& name, const fs::path& repo) {
  indexer::IndexOptions o;
  o.repo = repo;
  o.db = c.work.path() / ("db-" + name);
  o.gazetteer = c.gazetteer;
  auto r = indexer::run_index(o);
  REQUIRE(r);
  c.dbs[name] = o.db;
}

// Built once for all cases: pytorch-site and djangocon-us whole, and six
// pyvideo event folders (the whole 21,713 talks take minutes under sanitizers).
Corpora* corpora() {
  static std::unique_ptr<Corpora> built = []() -> std::unique_ptr<Corpora> {
    auto shared = lanyard::testing::shared_corpora();
    if (!shared) return nullptr;
    auto c = std::make_unique<Corpora>();
    auto g = core::Gazetteer::load();
    REQUIRE(g);
    c->gazetteer = *g;
    index_into(*c, "pytorch", *shared / "pytorch-site");
    index_into(*c, "djangocon", *shared / "djangocon-us");
    fs::path pv = c->work.path() / "pyvideo";
    fs::create_directories(pv);
    std::string cmd =
        "tar -xzf '" + (*shared / "pyvideo-talks.tar.gz").string() + "' -C '" + pv.string() +
        "' _talks/bay-piggies _talks/pycon-china-2019 _talks/europython-2023 _talks/pycon-us-2019"
        " _talks/pydata-berlin-2019 _talks/kyivpy";
    REQUIRE(std::system(cmd.c_str()) == 0);
    index_into(*c, "pyvideo", pv);
    return c;
  }();
  return built.get();
}

query::SearchResult run(const std::string& corpus, query::SearchRequest request) {
  auto searcher = query::Searcher::open(corpora()->dbs.at(corpus), corpora()->gazetteer);
  REQUIRE(searcher);
  request.limit = std::max<std::size_t>(request.limit, 5);
  auto result = (*searcher)->search(request);
  REQUIRE(result);
  return *result;
}

bool in_top(const query::SearchResult& r, const std::string& id, std::size_t n = 5) {
  for (std::size_t i = 0; i < r.hits.size() && i < n; ++i) {
    if (r.hits[i].id == id) return true;
  }
  return false;
}

query::SearchRequest words(std::string q) {
  query::SearchRequest r;
  r.query = std::move(q);
  return r;
}

}  // namespace

TEST_CASE("real searches: ten things users look for are in the top 5", "[query][corpora]") {
  if (!corpora()) {
    WARN("SKIPPED: ../shared/corpora not found (set LANYARD_SHARED); real-corpus searches not run");
    return;
  }
  SECTION("1. a typo: 'pytorh conference' is corrected and finds the conference announcement") {
    // _posts/2023-05-16-pytorch-conference-2023.md announces PyTorch Conference 2023.
    auto r = run("pytorch", words("pytorh conference"));
    CHECK(r.corrected_query == "pytorch conference");
    CHECK(in_top(r, "_posts/2023-05-16-pytorch-conference-2023.md"));
  }
  SECTION("2. a stem: 'hackathons' finds the hackathon event and post") {
    // Both are titled with the singular "Hackathon".
    auto r = run("pytorch", words("hackathons"));
    CHECK(in_top(r, "_events/pytorch_summer_hackathon_2020.md"));
    CHECK(in_top(r, "_posts/2021-09-08-pytorch-hackathon-2021.md"));
  }
  SECTION("3. location-only browsing: events in Beijing") {
    // Both files say "Location: Beijing, China" (ce13.md with the colon outside the bold).
    query::SearchRequest q;
    q.locations = {"beijing"};
    auto r = run("pytorch", q);
    CHECK(r.total == 2);
    CHECK(in_top(r, "_events/ce13.md"));
    CHECK(in_top(r, "_events/pt-day-china-2025.md"));
  }
  SECTION("4. a month's events: June 2025") {
    // ce13 is on Jun 7, 2025; ce15 runs Jun 10 - 17, 2025; both overlap June.
    query::SearchRequest q;
    q.from = core::Date{2025, 6, 1};
    q.to = core::Date{2025, 6, 30};
    q.limit = 10;
    auto r = run("pytorch", q);
    CHECK(in_top(r, "_events/ce13.md", 10));
    CHECK(in_top(r, "_events/ce15.md", 10));
    for (const auto& h : r.hits) {
      INFO(h.id);
      CHECK(h.date.value_or("") <= "2025-06-30");
      CHECK(h.end_date.value_or("") >= "2025-06-01");
    }
  }
  SECTION("5. a typo in DjangoCon content: 'djnago async'") {
    // The 2022 talk is titled "Async Django: The practical guide you've been awaiting for".
    auto r = run("djangocon", words("djnago async"));
    CHECK(r.corrected_query == "django async");
    CHECK(in_top(
        r, "2022/_schedule/talks/2022-10-19-12-00-t0-async-django-the-practical-guide-you-ve.md"));
  }
  SECTION("6. location-only browsing: Chicago is DjangoCon US 2025") {
    // The 2025 site's places carry Chicago, IL addresses; earlier years were elsewhere.
    query::SearchRequest q;
    q.locations = {"Chicago"};
    q.limit = 100;
    auto r = run("djangocon", q);
    CHECK(r.total > 5);
    for (const auto& h : r.hits) CHECK(h.id.starts_with("2025/"));
  }
  SECTION("7. every talk a speaker gave: Guido van Rossum") {
    // The type-hints talk lists him in speakers: (BayPIGgies, March 2015).
    auto r = run("pyvideo", words("speaker:\"Guido van Rossum\""));
    CHECK(r.total >= 4);
    CHECK(in_top(r, "_talks/bay-piggies/type-hints-by-guido-van-rossum-march-2015.md"));
  }
  SECTION("8. a phrase-like topic: 'type hints'") {
    // Two talks on type hints: Guido's and Bernat Gabor's "Type hinting and mypy".
    auto r = run("pyvideo", words("type hints"));
    CHECK(in_top(r, "_talks/bay-piggies/type-hints-by-guido-van-rossum-march-2015.md"));
    CHECK(in_top(r, "_talks/pycon-us-2019/bernat-gabor-type-hinting-and-mypy-pycon-2019.md"));
  }
  SECTION("9. Chinese text: 合同风险 (contract risk)") {
    // The PyCon China 2019 talk title: "Python 的 NLP 实战分享 如何实现合同风险预测模型".
    auto r = run("pyvideo", words("合同风险"));
    CHECK(in_top(
        r,
        "_talks/pycon-china-2019/"
        "10-python-de-nlp-shi-zhan-fen-xiang-ru-he-shi-xian-he-tong-feng-xian-yu-ce-mo-xing.md"));
  }
  SECTION("10. a city from the event name: talks in Berlin are PyData Berlin 2019") {
    // pyvideo talks carry no place; "PyData Berlin 2019" names the city.
    query::SearchRequest q;
    q.locations = {"berlin"};
    q.limit = 100;
    auto r = run("pyvideo", q);
    CHECK(r.total > 20);
    for (const auto& h : r.hits) CHECK(h.id.starts_with("_talks/pydata-berlin-2019/"));
  }
}
