// SearchGate: slots, a bounded FIFO queue, refusals. Threads wait on the
// gate's own counters (polled without a deadline that could be too short),
// so nothing here depends on timing except the max_wait case, where the slot
// is never given back while the waiter waits.
#include <catch2/catch.hpp>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

#include "query/http/admission.h"

using lanyard::query::http::SearchGate;
using namespace std::chrono_literals;

namespace {

void wait_until_waiting(const SearchGate& gate, std::size_t n) {
  while (gate.stats().waiting != n) std::this_thread::sleep_for(1ms);
}

}  // namespace

TEST_CASE("admission: slots, then a queue, then refusals", "[http][admission]") {
  SearchGate gate(2, 1, 60s);
  auto a = gate.enter();
  auto b = gate.enter();
  REQUIRE(a);
  REQUIRE(b);
  CHECK(gate.stats().running == 2);
  std::atomic<bool> got{false};
  std::thread waiter([&] {
    auto c = gate.enter();
    got = c.has_value();
  });
  wait_until_waiting(gate, 1);
  CHECK_FALSE(gate.enter());  // the queue is full: refused at once
  CHECK(gate.stats().refused == 1);
  a.reset();  // the waiter gets a's slot
  waiter.join();
  CHECK(got);
  b.reset();
  auto s = gate.stats();
  CHECK(s.running == 0);
  CHECK(s.waiting == 0);
  CHECK(s.refused == 1);
}

TEST_CASE("admission: waiters get slots first come, first served", "[http][admission]") {
  SearchGate gate(1, 8, 60s);
  auto held = gate.enter();
  REQUIRE(held);
  std::mutex m;
  std::vector<int> order;
  std::vector<std::thread> waiters;
  for (int i = 0; i < 4; ++i) {
    waiters.emplace_back([&, i] {
      auto t = gate.enter();
      REQUIRE(t);
      std::lock_guard lock(m);
      order.push_back(i);
    });
    wait_until_waiting(gate, static_cast<std::size_t>(i + 1));  // i is queued before i+1 starts
  }
  held.reset();
  for (auto& t : waiters) t.join();
  CHECK(order == std::vector<int>{0, 1, 2, 3});
  CHECK(gate.stats().running == 0);
}

TEST_CASE("admission: a request that waits longer than max_wait is refused", "[http][admission]") {
  SearchGate gate(1, 4, 50ms);
  auto held = gate.enter();
  REQUIRE(held);
  CHECK_FALSE(gate.enter());  // held is not given back while this waits
  auto s = gate.stats();
  CHECK(s.waiting == 0);
  CHECK(s.refused == 1);
  held.reset();
  CHECK(gate.enter());  // free again
}

TEST_CASE("admission: no queue means a busy gate refuses at once", "[http][admission]") {
  SearchGate gate(1, 0, 60s);
  auto held = gate.enter();
  REQUIRE(held);
  CHECK_FALSE(gate.enter());
}
