// lanyard_query_bench: query latency with facets and snippets against an
// index. Runs a fixed mix of queries (words, phrases, fields, filters,
// browsing, partial words, misspellings) and prints median/p95/p99 in ms.
//   lanyard_query_bench DB [ROUNDS]
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "query/searcher.h"

namespace {

using lanyard::query::SearchRequest;

std::vector<SearchRequest> workload() {
  const char* words[] = {"python",
                         "django",
                         "machine learning",
                         "pandas dataframe",
                         "\"deep learning\"",
                         "async await",
                         "testing",
                         "pytest fixtures",
                         "web scraping",
                         "numpy",
                         "data science",
                         "title:keynote",
                         "speaker:guido",
                         "flask OR django",
                         "security -web",
                         "kubernetes",
                         "jupyter notebook",
                         "typing",
                         "performance",
                         "tensorflow",
                         "scikit-learn",
                         "gis",
                         "pyhton",
                         "djnago",
                         "conferense",
                         "micropython",
                         "packaging",
                         "asyncio",
                         "graphql",
                         "rust python",
                         "date:2019..2020 python",
                         "year:2018 pandas",
                         "visualization",
                         "nlp",
                         "docker",
                         "celery",
                         "sqlalchemy",
                         "education",
                         "community",
                         ""};
  std::vector<SearchRequest> out;
  int i = 0;
  for (const char* w : words) {
    for (int variant = 0; variant < 6; ++variant, ++i) {
      SearchRequest r;
      r.query = w;
      r.limit = 10;
      switch (variant) {
        case 1:
          r.partial = true;
          r.query = r.query.substr(0, std::max<std::size_t>(1, r.query.size() * 2 / 3));
          break;
        case 2:
          r.from = lanyard::core::Date{2018, 1, 1};
          r.to = lanyard::core::Date{2020, 12, 31};
          break;
        case 3:
          r.sort = lanyard::query::SortOrder::date_desc;
          r.offset = 20;
          break;
        case 4:
          r.topics = {"python"};
          r.locations = {"united states"};
          break;
        default:
          break;
      }
      out.push_back(r);
    }
  }
  return out;
}

// CPU time of this thread: on a machine busy with other work it stays close
// to what the query costs, where wall time includes waiting for a core.
double thread_cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  std::size_t k = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
  return v[std::min(k, v.size() - 1)];
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: lanyard_query_bench DB [ROUNDS]\n");
    return 2;
  }
  int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 1;
  auto searcher = lanyard::query::Searcher::open(argv[1]);
  if (!searcher) {
    std::fprintf(stderr, "lanyard_query_bench: %s\n", searcher.error().message.c_str());
    return 2;
  }
  auto requests = workload();
  if (!(*searcher)->search(requests.front())) return 1;  // warms the page cache
  std::vector<double> ms, cpu_ms;
  std::vector<std::pair<double, std::size_t>> slowest;  // (ms, request index)
  std::size_t hits = 0;
  for (int round = 0; round < rounds; ++round) {
    for (std::size_t i = 0; i < requests.size(); ++i) {
      const auto& r = requests[i];
      auto start = std::chrono::steady_clock::now();
      double cpu_start = thread_cpu_ms();
      auto result = (*searcher)->search(r);
      cpu_ms.push_back(thread_cpu_ms() - cpu_start);
      ms.push_back(
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
              .count());
      if (!result) {
        std::fprintf(stderr, "query '%s' failed: %s\n", r.query.c_str(),
                     result.error().message.c_str());
        return 1;
      }
      hits += result->total;
      slowest.emplace_back(cpu_ms.back(), i);
    }
  }
  std::printf("%zu documents, %zu queries (facets + snippets), %zu total matches\n",
              (*searcher)->document_count(), ms.size(), hits);
  std::printf("wall: median %.2f ms  p95 %.2f ms  p99 %.2f ms  max %.2f ms\n", percentile(ms, 0.5),
              percentile(ms, 0.95), percentile(ms, 0.99), percentile(ms, 1.0));
  std::printf("cpu:  median %.2f ms  p95 %.2f ms  p99 %.2f ms  max %.2f ms\n",
              percentile(cpu_ms, 0.5), percentile(cpu_ms, 0.95), percentile(cpu_ms, 0.99),
              percentile(cpu_ms, 1.0));
  if (std::getenv("LANYARD_BENCH_SLOWEST")) {
    std::sort(slowest.rbegin(), slowest.rend());
    for (std::size_t k = 0; k < std::min<std::size_t>(15, slowest.size()); ++k) {
      const auto& r = requests[slowest[k].second];
      std::printf("%8.2f ms cpu  '%s'%s%s%s%s\n", slowest[k].first, r.query.c_str(),
                  r.partial ? " partial" : "", r.from ? " from-to" : "",
                  r.topics.empty() ? "" : " topic+location", r.offset ? " date-desc offset" : "");
    }
  }
  return 0;
}
