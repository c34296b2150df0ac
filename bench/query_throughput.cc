// lanyard_query_throughput: how many queries per second the search library
// answers in-process, on N threads with one Searcher each, over the same
// request list the HTTP load benchmark (bench/http-load) sends to the server,
// parsed by the same parser. The ceiling `lanyard serve` is measured against.
//   lanyard_query_throughput DB URLS_FILE [THREADS] [SECONDS] [BUDGET_MS]
// URLS_FILE: one "/api/search?..." or "/api/suggest?..." per line.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "query/request.h"
#include "query/searcher.h"

namespace {

using Clock = std::chrono::steady_clock;
using Params = std::multimap<std::string, std::string>;

std::string percent_decoded(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '+') {
      out += ' ';
    } else if (s[i] == '%' && i + 2 < s.size()) {
      out += static_cast<char>(std::strtol(s.substr(i + 1, 2).c_str(), nullptr, 16));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

struct Target {
  bool suggest = false;
  Params params;
};

Target parse_target(const std::string& line) {
  Target t;
  auto qmark = line.find('?');
  t.suggest = line.compare(0, 12, "/api/suggest") == 0;
  if (qmark == std::string::npos) return t;
  std::string query = line.substr(qmark + 1);
  std::size_t pos = 0;
  while (pos <= query.size()) {
    auto amp = std::min(query.find('&', pos), query.size());
    std::string pair = query.substr(pos, amp - pos);
    auto eq = pair.find('=');
    if (!pair.empty()) {
      t.params.emplace(percent_decoded(pair.substr(0, eq)),
                       eq == std::string::npos ? "" : percent_decoded(pair.substr(eq + 1)));
    }
    pos = amp + 1;
  }
  return t;
}

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1,
                    static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5))];
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr,
                 "usage: lanyard_query_throughput DB URLS_FILE [THREADS] [SECONDS] [BUDGET_MS]\n");
    return 2;
  }
  int threads = argc > 3 ? std::max(1, std::atoi(argv[3])) : 2;
  double seconds = argc > 4 ? std::max(1.0, std::atof(argv[4])) : 10;
  double budget_ms = argc > 5 ? std::atof(argv[5]) : 0;  // as `lanyard serve --time-budget`
  std::vector<Target> targets;
  std::ifstream in(argv[2]);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) targets.push_back(parse_target(line));
  }
  if (targets.empty()) {
    std::fprintf(stderr, "lanyard_query_throughput: no requests in %s\n", argv[2]);
    return 2;
  }
  // Open and warm every Searcher before the clock starts, as `lanyard serve`
  // does before it listens (the facet columns, the spelling index).
  std::vector<std::unique_ptr<lanyard::query::Searcher>> searchers;
  for (int t = 0; t < threads; ++t) {
    auto searcher = lanyard::query::Searcher::open(argv[1]);
    if (!searcher) {
      std::fprintf(stderr, "lanyard_query_throughput: %s\n", searcher.error().message.c_str());
      return 1;
    }
    (*searcher)->set_time_budget(budget_ms / 1000);
    if (auto warmed = (*searcher)->warm(); !warmed) {
      std::fprintf(stderr, "lanyard_query_throughput: %s\n", warmed.error().message.c_str());
      return 1;
    }
    searchers.push_back(std::move(*searcher));
  }
  std::atomic<bool> failed{false};
  std::vector<std::vector<double>> ms(static_cast<std::size_t>(threads));
  auto end = Clock::now() + std::chrono::duration<double>(seconds);
  auto started = Clock::now();
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) {
    pool.emplace_back([&, t] {
      auto& searcher = searchers[static_cast<std::size_t>(t)];
      for (std::size_t i = static_cast<std::size_t>(t) * 7; Clock::now() < end && !failed; ++i) {
        const Target& target = targets[i % targets.size()];
        auto start = Clock::now();
        bool ok;
        if (target.suggest) {
          auto q = target.params.find("q");
          ok = static_cast<bool>(searcher->suggest(q == target.params.end() ? "" : q->second, 8));
        } else {
          auto request = lanyard::query::parse_search_request(target.params);
          ok = request && searcher->search(*request);
        }
        if (!ok) failed = true;
        ms[static_cast<std::size_t>(t)].push_back(
            std::chrono::duration<double, std::milli>(Clock::now() - start).count());
      }
    });
  }
  for (auto& th : pool) th.join();
  double wall = std::chrono::duration<double>(Clock::now() - started).count();
  if (failed) {
    std::fprintf(stderr, "lanyard_query_throughput: a request failed\n");
    return 1;
  }
  std::vector<double> all;
  for (const auto& v : ms) all.insert(all.end(), v.begin(), v.end());
  std::printf("RESULT threads=%d qps=%.1f p50_ms=%.2f p99_ms=%.2f queries=%zu\n", threads,
              static_cast<double>(all.size()) / wall, percentile(all, 0.5), percentile(all, 0.99),
              all.size());
  return 0;
}
