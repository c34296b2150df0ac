// SearchWorkers: workers, a bounded FIFO queue, refusals. Jobs are held on a
// latch the test opens, and the test waits on the pool's own counters (polled
// without a deadline that could be too short), so nothing here depends on
// timing except the max_wait case, where the workers stay busy throughout.
#include "query/http/admission.h"

#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <condition_variable>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

using lanyard::query::http::SearchWorkers;
using namespace std::chrono_literals;

namespace {

void wait_until(const SearchWorkers& w, std::size_t running, std::size_t waiting) {
  for (;;) {
    auto s = w.stats();
    if (s.running == running && s.waiting == waiting) return;
    std::this_thread::sleep_for(1ms);
  }
}

// Jobs that block until opened.
struct Latch {
  std::mutex m;
  std::condition_variable cv;
  bool open = false;
  void wait() {
    std::unique_lock lock(m);
    cv.wait(lock, [&] { return open; });
  }
  void release() {
    std::lock_guard lock(m);
    open = true;
    cv.notify_all();
  }
};

}  // namespace

TEST_CASE("admission: workers, then a queue, then refusals", "[http][admission]") {
  SearchWorkers workers(2, 1, 60s);
  REQUIRE(workers.size() == 2);
  Latch latch;
  std::atomic<int> ran{0};
  SearchWorkers::Job held = [&](std::size_t) {
    latch.wait();
    ++ran;
  };
  std::vector<std::thread> callers;
  std::atomic<int> admitted{0};
  for (int i = 0; i < 2; ++i) callers.emplace_back([&] { admitted += workers.run(held); });
  wait_until(workers, 2, 0);
  callers.emplace_back([&] { admitted += workers.run(held); });
  wait_until(workers, 2, 1);
  CHECK_FALSE(
      workers.run([&](std::size_t) { ++ran; }));  // the queue is full: refused at once, not run
  CHECK(workers.stats().refused == 1);
  latch.release();
  for (auto& t : callers) t.join();
  CHECK(admitted == 3);
  CHECK(ran == 3);
  auto s = workers.stats();
  CHECK(s.running == 0);
  CHECK(s.waiting == 0);
  CHECK(s.refused == 1);
}

TEST_CASE("admission: waiting jobs run first come, first served", "[http][admission]") {
  SearchWorkers workers(1, 8, 60s);
  Latch latch;
  std::thread holder([&] { workers.run([&](std::size_t) { latch.wait(); }); });
  wait_until(workers, 1, 0);
  std::mutex m;
  std::vector<int> order;
  std::vector<std::thread> callers;
  for (int i = 0; i < 4; ++i) {
    callers.emplace_back([&, i] {
      workers.run([&, i](std::size_t) {
        std::lock_guard lock(m);
        order.push_back(i);
      });
    });
    wait_until(workers, 1, static_cast<std::size_t>(i + 1));  // i is queued before i+1 starts
  }
  latch.release();
  holder.join();
  for (auto& t : callers) t.join();
  CHECK(order == std::vector<int>{0, 1, 2, 3});
  CHECK(workers.stats().running == 0);
}

TEST_CASE("admission: a job that waits longer than max_wait is refused and never runs",
          "[http][admission]") {
  SearchWorkers workers(1, 4, 50ms);
  Latch latch;
  std::thread holder([&] { workers.run([&](std::size_t) { latch.wait(); }); });
  wait_until(workers, 1, 0);
  bool ran = false;
  CHECK_FALSE(
      workers.run([&](std::size_t) { ran = true; }));  // the worker stays busy while this waits
  auto s = workers.stats();
  CHECK(s.waiting == 0);
  CHECK(s.refused == 1);
  latch.release();
  holder.join();
  CHECK_FALSE(ran);
  CHECK(workers.run([&](std::size_t) { ran = true; }));  // free again
  CHECK(ran);
}

TEST_CASE("admission: no queue means busy workers refuse at once", "[http][admission]") {
  SearchWorkers workers(1, 0, 60s);
  Latch latch;
  std::thread holder([&] { workers.run([&](std::size_t) { latch.wait(); }); });
  wait_until(workers, 1, 0);
  CHECK_FALSE(workers.run([](std::size_t) {}));
  latch.release();
  holder.join();
}

TEST_CASE("admission: each worker index is always the same thread", "[http][admission]") {
  SearchWorkers workers(3, 64, 60s);
  std::mutex m;
  std::vector<std::set<std::thread::id>> seen(3);
  std::atomic<int> ran{0};
  std::atomic<bool> bad_index{false};
  std::vector<std::thread> callers;
  for (int c = 0; c < 8; ++c) {
    callers.emplace_back([&] {
      for (int i = 0; i < 50; ++i) {
        ran += workers.run([&](std::size_t w) {
          if (w >= 3) {
            bad_index = true;
            return;
          }
          std::lock_guard lock(m);
          seen[w].insert(std::this_thread::get_id());
        });
      }
    });
  }
  for (auto& t : callers) t.join();  // Catch's macros are for this thread only
  CHECK(ran == 400);
  CHECK_FALSE(bad_index);
  std::set<std::thread::id> all;
  for (const auto& s : seen) {
    CHECK(s.size() <= 1);
    all.insert(s.begin(), s.end());
  }
  CHECK(all.size() == static_cast<std::size_t>(std::count_if(
                          seen.begin(), seen.end(), [](const auto& s) { return !s.empty(); })));
  CHECK(workers.stats().running == 0);
}

TEST_CASE(
    "admission: posted jobs run on a worker, or expire, or are refused when the queue is full",
    "[http][admission]") {
  SearchWorkers workers(1, 1, 50ms);
  Latch latch;
  std::atomic<int> ran{0}, expired{0};
  REQUIRE(workers.post(
      [&](std::size_t) {
        latch.wait();
        ++ran;
      },
      [&] { ++expired; }));
  wait_until(workers, 1, 0);
  REQUIRE(workers.post([&](std::size_t) { ++ran; }, [&] { ++expired; }));
  CHECK_FALSE(workers.post([&](std::size_t) { ++ran; }, [&] { ++expired; }));  // full: neither runs
  CHECK(workers.stats().refused == 1);
  workers.expire_waiting();  // not waited 50 ms yet
  CHECK(expired == 0);
  CHECK(workers.stats().waiting == 1);
  std::this_thread::sleep_for(60ms);
  workers.expire_waiting();  // on this thread, at once
  CHECK(expired == 1);
  CHECK(workers.stats().waiting == 0);
  CHECK(workers.stats().refused == 2);
  latch.release();
  wait_until(workers, 0, 0);
  CHECK(ran == 1);
  REQUIRE(workers.post([&](std::size_t) { ++ran; }, [&] { ++expired; }));
  wait_until(workers, 0, 0);
  while (ran < 2) std::this_thread::sleep_for(1ms);
  CHECK(expired == 1);
}
