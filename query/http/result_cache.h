// The server's result cache: whole 200 responses of the index routes, keyed by
// the route and the parsed request (query/http/cache_key.h), bounded by the
// bytes it holds, least recently used evicted first. A new index revision
// empties it (invalidate); a response computed while the revision changed is
// not stored (put takes the generation read before the work began). No
// httplib, no Xapian: unit-tested on its own (tests/http/result_cache_test.cc).
// Thread-safe: one mutex, held for a lookup or an insert only; values are
// shared, so a hit copies its bytes outside the lock.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "query/http/routes.h"

namespace lanyard::query::http {

class ResultCache {
 public:
  // max_bytes bounds the entries' keys, bodies and headers plus a fixed cost
  // per entry (kEntryOverhead); 0 turns the cache off (get finds nothing and
  // counts nothing, put stores nothing).
  explicit ResultCache(std::size_t max_bytes);
  ResultCache(const ResultCache&) = delete;
  ResultCache& operator=(const ResultCache&) = delete;

  static constexpr std::size_t kEntryOverhead =
      256;  // list and map nodes, the shared value, allocator slack

  bool enabled() const { return max_bytes_ > 0; }

  // The current generation: read it before computing a response, hand it to put.
  std::uint64_t generation() const;

  // The response stored under key in the current generation, or null (a miss).
  // Counts a hit or a miss.
  std::shared_ptr<const HttpResponse> get(const std::string& key);

  // Stores response under key unless generation is no longer current (the
  // index changed meanwhile) or the entry alone is over the budget; evicts
  // the least recently used entries to make room. Storing a key again
  // replaces its entry. The caller decides what may be cached (status 200,
  // exact and complete results).
  void put(const std::string& key, HttpResponse response, std::uint64_t generation);

  // A new index revision: drops every entry and starts a new generation.
  void invalidate();

  struct Stats {
    std::uint64_t hits = 0, misses = 0;
    std::size_t entries = 0, bytes = 0;
    std::uint64_t evictions = 0;  // entries dropped to make room (not by invalidate)
  };
  Stats stats() const;

  // What an entry costs against max_bytes.
  static std::size_t cost(const std::string& key, const HttpResponse& response);

 private:
  struct Entry {
    std::string key;
    std::shared_ptr<const HttpResponse> response;
    std::size_t bytes = 0;
  };
  using Lru = std::list<Entry>;  // most recently used first

  const std::size_t max_bytes_;
  mutable std::mutex mutex_;
  Lru lru_;
  std::unordered_map<std::string_view, Lru::iterator> index_;  // keys point into lru_'s entries
  std::atomic<std::uint64_t> generation_{0};  // changed under mutex_, read without it
  std::size_t bytes_ = 0;
  std::uint64_t hits_ = 0, misses_ = 0, evictions_ = 0;
};

}  // namespace lanyard::query::http
