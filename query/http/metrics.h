// Counters for GET /metrics, rendered in the Prometheus text format 0.0.4:
// requests and errors by route and status, a latency histogram by route,
// documents in the index, the time of the last index reload, the search
// workers busy, the requests waiting for one and those refused, and the
// result cache's hits, misses, entries, bytes and evictions.
// Thread-safe: every method may be called from any worker.
#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>

#include "query/http/admission.h"
#include "query/http/result_cache.h"

namespace lanyard::query::http {

class Metrics {
 public:
  // Latency bucket upper bounds, in seconds.
  static constexpr std::array<double, 10> kBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025,
                                                      0.05,  0.1,    0.25,  0.5,  1.0};

  Metrics();

  // One finished request. route is a bounded label (routes.h route_name).
  void record(std::string_view route, int status, double seconds);
  // The server opened a newer revision of the index (or opened it at start).
  void index_reloaded(std::chrono::system_clock::time_point when);

  // workers: searches running, waiting and refused (429) right now; cache: the
  // result cache's counters (all 0 when it is off).
  std::string render(std::size_t documents, const SearchWorkers::Stats& workers,
                     const ResultCache::Stats& cache) const;

 private:
  struct Latency {
    std::array<std::uint64_t, kBuckets.size()> buckets{};  // non-cumulative
    std::uint64_t count = 0;
    double sum = 0;
  };
  mutable std::mutex mutex_;
  std::map<std::pair<std::string, int>, std::uint64_t> requests_;  // (route, status)
  std::map<std::string, Latency> latency_;
  double last_reload_ = 0;  // seconds since the epoch
  std::uint64_t reloads_ = 0;
};

}  // namespace lanyard::query::http
