#include "query/http/metrics.h"

#include <cstdio>

namespace lanyard::query::http {

namespace {

std::string number(double v) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

void header(std::string& out, const char* name, const char* type, const char* help) {
  out += std::string("# HELP ") + name + " " + help + "\n";
  out += std::string("# TYPE ") + name + " " + type + "\n";
}

void render_cache(std::string& out, const ResultCache::Stats& cache) {
  const struct {
    const char* name;
    const char* type;
    const char* help;
    std::uint64_t value;
  } kRows[] = {
      {"lanyard_cache_hits_total", "counter", "Requests answered from the result cache.",
       cache.hits},
      {"lanyard_cache_misses_total", "counter", "Cacheable requests the result cache did not hold.",
       cache.misses},
      {"lanyard_cache_entries", "gauge", "Responses in the result cache.", cache.entries},
      {"lanyard_cache_bytes", "gauge", "Bytes the result cache holds (counted against --cache-mb).",
       cache.bytes},
      {"lanyard_cache_evictions_total", "counter",
       "Responses dropped from the result cache to make room.", cache.evictions},
  };
  for (const auto& row : kRows) {
    header(out, row.name, row.type, row.help);
    out += std::string(row.name) + " " + std::to_string(row.value) + "\n";
  }
}

}  // namespace

Metrics::Metrics() = default;

void Metrics::record(std::string_view route, int status, double seconds) {
  std::lock_guard lock(mutex_);
  ++requests_[{std::string(route), status}];
  Latency& l = latency_[std::string(route)];
  ++l.count;
  l.sum += seconds;
  for (std::size_t i = 0; i < kBuckets.size(); ++i) {
    if (seconds <= kBuckets[i]) {
      ++l.buckets[i];
      break;
    }
  }
}

void Metrics::index_reloaded(std::chrono::system_clock::time_point when) {
  std::lock_guard lock(mutex_);
  last_reload_ = std::chrono::duration<double>(when.time_since_epoch()).count();
  ++reloads_;
}

std::string Metrics::render(std::size_t documents, const SearchWorkers::Stats& workers,
                            const ResultCache::Stats& cache) const {
  std::lock_guard lock(mutex_);
  std::string out;
  header(out, "lanyard_http_requests_total", "counter", "HTTP requests by route and status.");
  for (const auto& [key, n] : requests_) {
    out += "lanyard_http_requests_total{route=\"" + key.first + "\",status=\"" +
           std::to_string(key.second) + "\"} " + std::to_string(n) + "\n";
  }
  header(out, "lanyard_http_errors_total", "counter",
         "HTTP responses with a 4xx or 5xx status, by route and status.");
  for (const auto& [key, n] : requests_) {
    if (key.second < 400) continue;
    out += "lanyard_http_errors_total{route=\"" + key.first + "\",status=\"" +
           std::to_string(key.second) + "\"} " + std::to_string(n) + "\n";
  }
  header(out, "lanyard_http_request_duration_seconds", "histogram",
         "Time to answer a request, by route.");
  for (const auto& [route, l] : latency_) {
    std::uint64_t cumulative = 0;
    std::string label =
        "lanyard_http_request_duration_seconds_bucket{route=\"" + route + "\",le=\"";
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
      cumulative += l.buckets[i];
      out += label + number(kBuckets[i]) + "\"} " + std::to_string(cumulative) + "\n";
    }
    out += label + "+Inf\"} " + std::to_string(l.count) + "\n";
    out += "lanyard_http_request_duration_seconds_sum{route=\"" + route + "\"} " + number(l.sum) +
           "\n";
    out += "lanyard_http_request_duration_seconds_count{route=\"" + route + "\"} " +
           std::to_string(l.count) + "\n";
  }
  header(out, "lanyard_index_documents", "gauge", "Documents in the index the server reads.");
  out += "lanyard_index_documents " + std::to_string(documents) + "\n";
  header(out, "lanyard_index_last_reload_timestamp_seconds", "gauge",
         "When the server last opened a new revision of the index (Unix time).");
  out += "lanyard_index_last_reload_timestamp_seconds " + number(last_reload_) + "\n";
  header(out, "lanyard_index_reloads_total", "counter", "Index revisions the server has opened.");
  out += "lanyard_index_reloads_total " + std::to_string(reloads_) + "\n";
  header(out, "lanyard_search_running", "gauge", "Searches running now (at most --threads).");
  out += "lanyard_search_running " + std::to_string(workers.running) + "\n";
  header(out, "lanyard_search_waiting", "gauge", "Requests waiting for a search worker.");
  out += "lanyard_search_waiting " + std::to_string(workers.waiting) + "\n";
  header(out, "lanyard_search_refused_total", "counter",
         "Requests answered 429 because the server was busy.");
  out += "lanyard_search_refused_total " + std::to_string(workers.refused) + "\n";
  render_cache(out, cache);
  return out;
}

}  // namespace lanyard::query::http
