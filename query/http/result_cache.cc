#include "query/http/result_cache.h"

#include <utility>

namespace lanyard::query::http {

ResultCache::ResultCache(std::size_t max_bytes) : max_bytes_(max_bytes) {}

std::size_t ResultCache::cost(const std::string& key, const HttpResponse& response) {
  std::size_t bytes =
      kEntryOverhead + key.size() + response.body.size() + response.content_type.size();
  for (const auto& [name, value] : response.headers) bytes += name.size() + value.size();
  return bytes;
}

std::uint64_t ResultCache::generation() const { return generation_.load(); }

std::shared_ptr<const HttpResponse> ResultCache::get(const std::string& key) {
  if (!enabled()) return nullptr;
  std::lock_guard lock(mutex_);
  auto it = index_.find(key);
  if (it == index_.end()) {
    ++misses_;
    return nullptr;
  }
  ++hits_;
  lru_.splice(lru_.begin(), lru_, it->second);
  return it->second->response;
}

void ResultCache::put(const std::string& key, HttpResponse response, std::uint64_t generation) {
  std::size_t bytes = cost(key, response);
  if (!enabled() || bytes > max_bytes_) return;
  // Built outside the lock; the replaced or evicted values are freed outside it too.
  response.body.shrink_to_fit();  // the budget counts size(); a grown string may hold twice that
  auto value = std::make_shared<const HttpResponse>(std::move(response));
  Lru dropped;
  {
    std::lock_guard lock(mutex_);
    if (generation != generation_) return;
    if (auto old = index_.find(key); old != index_.end()) {
      bytes_ -= old->second->bytes;
      dropped.splice(dropped.end(), lru_, old->second);
      index_.erase(old);
    }
    while (bytes_ + bytes > max_bytes_) {
      auto last = std::prev(lru_.end());
      bytes_ -= last->bytes;
      index_.erase(last->key);
      dropped.splice(dropped.end(), lru_, last);
      ++evictions_;
    }
    lru_.push_front(Entry{key, std::move(value), bytes});
    index_.emplace(lru_.front().key, lru_.begin());
    bytes_ += bytes;
  }
}

void ResultCache::invalidate() {
  Lru dropped;
  {
    std::lock_guard lock(mutex_);
    ++generation_;
    index_.clear();
    dropped.swap(lru_);
    bytes_ = 0;
  }
}

ResultCache::Stats ResultCache::stats() const {
  std::lock_guard lock(mutex_);
  return {hits_, misses_, lru_.size(), bytes_, evictions_};
}

}  // namespace lanyard::query::http
