// Admission control for searches: at most `slots` searches run at once (one
// per core by default), at most `max_waiting` requests wait for a slot, first
// come first served, each for at most `max_wait`. A request that finds the
// queue full, or waits too long, is refused at once (the server answers 429)
// instead of piling up behind the others. No httplib, no Xapian: unit-tested
// on its own (tests/http/admission_test.cc).
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>

namespace lanyard::query::http {

class SearchGate {
 public:
  SearchGate(std::size_t slots, std::size_t max_waiting, std::chrono::milliseconds max_wait);
  SearchGate(const SearchGate&) = delete;
  SearchGate& operator=(const SearchGate&) = delete;

  // Holds one slot until destroyed (then the longest waiter gets it).
  class Ticket {
   public:
    explicit Ticket(SearchGate* gate) : gate_(gate) {}
    Ticket(Ticket&& other) noexcept : gate_(other.gate_) { other.gate_ = nullptr; }
    Ticket& operator=(Ticket&&) = delete;
    Ticket(const Ticket&) = delete;
    ~Ticket() {
      if (gate_) gate_->leave();
    }

   private:
    SearchGate* gate_;
  };

  // A slot, or nullopt when the queue is full or the wait exceeded max_wait.
  std::optional<Ticket> enter();

  struct Stats {
    std::size_t running = 0;    // slots in use
    std::size_t waiting = 0;    // requests in the queue
    std::uint64_t refused = 0;  // since start
  };
  Stats stats() const;

 private:
  struct Waiter {
    std::condition_variable cv;
    bool granted = false;
  };
  void leave();

  const std::size_t slots_;
  const std::size_t max_waiting_;
  const std::chrono::milliseconds max_wait_;
  mutable std::mutex mutex_;
  std::size_t running_ = 0;
  std::deque<Waiter*> queue_;  // oldest first; each lives on its waiting thread's stack
  std::uint64_t refused_ = 0;
};

}  // namespace lanyard::query::http
