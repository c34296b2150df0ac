// ResultCache: the byte bound and LRU order, off at 0, generations, and
// concurrent use (run under ASan/UBSan in the asan build).
#include "query/http/result_cache.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <string>
#include <thread>
#include <vector>

using lanyard::query::http::HttpResponse;
using lanyard::query::http::ResultCache;

namespace {

HttpResponse body_of(std::size_t bytes, char fill = 'x') {
  HttpResponse r;
  r.body = std::string(bytes, fill);
  r.result_count = 3;
  return r;
}

// The budget for n entries of this key length and body size.
std::size_t room_for(std::size_t n, std::size_t body_bytes) {
  return n * ResultCache::cost("k0", body_of(body_bytes));
}

}  // namespace

TEST_CASE("result cache: a stored response comes back whole, and hits and misses are counted",
          "[http][cache]") {
  ResultCache cache(1 << 20);
  CHECK(cache.get("a") == nullptr);
  HttpResponse r = body_of(10);
  r.content_type = "text/calendar; charset=utf-8";
  r.headers = {{"X-Test", "1"}};
  cache.put("a", r, cache.generation());
  auto hit = cache.get("a");
  REQUIRE(hit);
  CHECK(hit->body == r.body);
  CHECK(hit->content_type == r.content_type);
  CHECK(hit->headers == r.headers);
  CHECK(hit->result_count == 3u);
  auto s = cache.stats();
  CHECK(s.hits == 1);
  CHECK(s.misses == 1);
  CHECK(s.entries == 1);
  CHECK(s.bytes == ResultCache::cost("a", r));
}

TEST_CASE("result cache: the least recently used entries are evicted to stay within the bytes",
          "[http][cache]") {
  ResultCache cache(room_for(3, 100));
  auto g = cache.generation();
  cache.put("k1", body_of(100), g);
  cache.put("k2", body_of(100), g);
  cache.put("k3", body_of(100), g);
  REQUIRE(cache.get("k1"));  // k1 is now the most recently used: k2 goes first
  cache.put("k4", body_of(100), g);
  CHECK(cache.get("k2") == nullptr);
  CHECK(cache.get("k1"));
  CHECK(cache.get("k3"));
  CHECK(cache.get("k4"));
  // A big entry pushes out as many as it needs.
  cache.put("k5", body_of(700), g);
  auto s = cache.stats();
  CHECK(s.bytes <= room_for(3, 100));
  CHECK(s.entries == 1);
  CHECK(s.evictions == 4);
  CHECK(cache.get("k5"));
}

TEST_CASE("result cache: storing a key again replaces its entry and its bytes", "[http][cache]") {
  ResultCache cache(1 << 20);
  cache.put("k", body_of(100), cache.generation());
  cache.put("k", body_of(10, 'y'), cache.generation());
  auto s = cache.stats();
  CHECK(s.entries == 1);
  CHECK(s.bytes == ResultCache::cost("k", body_of(10)));
  CHECK(cache.get("k")->body == std::string(10, 'y'));
}

TEST_CASE("result cache: an entry larger than the whole budget is not stored", "[http][cache]") {
  ResultCache cache(room_for(1, 100));
  cache.put("small", body_of(50), cache.generation());
  cache.put("huge", body_of(5000), cache.generation());
  CHECK(cache.get("huge") == nullptr);
  CHECK(cache.get("small"));  // and nothing was evicted for it
  CHECK(cache.stats().evictions == 0);
}

TEST_CASE("result cache: 0 bytes is off: nothing stored, nothing counted", "[http][cache]") {
  ResultCache cache(0);
  CHECK_FALSE(cache.enabled());
  cache.put("a", body_of(1), cache.generation());
  CHECK(cache.get("a") == nullptr);
  auto s = cache.stats();
  CHECK(s.entries == 0);
  CHECK(s.bytes == 0);
  CHECK(s.hits == 0);
  CHECK(s.misses == 0);
}

TEST_CASE("result cache: a new generation empties it and refuses responses of the old one",
          "[http][cache]") {
  ResultCache cache(1 << 20);
  auto before = cache.generation();
  cache.put("a", body_of(10), before);
  cache.put("b", body_of(10), before);
  cache.invalidate();
  CHECK(cache.generation() != before);
  auto s = cache.stats();
  CHECK(s.entries == 0);
  CHECK(s.bytes == 0);
  CHECK(s.evictions == 0);
  CHECK(cache.get("a") == nullptr);
  // Computed before the index changed, stored after: dropped.
  cache.put("c", body_of(10), before);
  CHECK(cache.get("c") == nullptr);
  cache.put("c", body_of(10), cache.generation());
  CHECK(cache.get("c"));
}

TEST_CASE("result cache: threads getting, putting and invalidating at once", "[http][cache]") {
  ResultCache cache(room_for(20, 64));
  std::atomic<int> wrong{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 3000; ++i) {
        std::string key = "k" + std::to_string((i * 7 + t) % 40);
        if (auto hit = cache.get(key)) {
          if (hit->body != std::string(64, key.back())) ++wrong;
        } else {
          cache.put(key, body_of(64, key.back()), cache.generation());
        }
        if (t == 0 && i % 500 == 0) cache.invalidate();
      }
    });
  }
  for (auto& t : threads) t.join();
  CHECK(wrong == 0);
  auto s = cache.stats();
  CHECK(s.bytes <= room_for(20, 64));
  CHECK(s.hits + s.misses == 4 * 3000);
  CHECK(s.hits > 0);
  CHECK(s.evictions > 0);
}
