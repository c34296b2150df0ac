// The search workers and their admission control: `workers` threads run the
// searches (one per core by default), each always on the same thread, so a
// worker's Searcher, its malloc arena and its caches stay warm. The threads
// are the pool's own, or the caller's (the server's connection loop, whose
// workers serve ready connections themselves and take queued jobs with
// run_one). At most
// `max_waiting` requests wait for a worker, first come first served, each for
// at most `max_wait`; a request that finds the queue full, or waits too long,
// is refused at once (the server answers 429) instead of piling up behind the
// others. No httplib, no Xapian: unit-tested on its own
// (tests/http/admission_test.cc).
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace lanyard::query::http {

class SearchWorkers {
 public:
  // own_threads = false: no threads are started; the caller runs `workers`
  // threads of its own that take the queued jobs with run_one (the server's
  // connection loop, whose workers also serve connections).
  SearchWorkers(std::size_t workers, std::size_t max_waiting, std::chrono::milliseconds max_wait,
                bool own_threads = true);
  ~SearchWorkers();  // runs what is queued, then joins the workers
  SearchWorkers(const SearchWorkers&) = delete;
  SearchWorkers& operator=(const SearchWorkers&) = delete;

  // Runs `job(worker)` on one of the workers (worker in [0, size())) and
  // returns once it is done; false, without running it, when the queue is
  // full or no worker took it within max_wait.
  using Job = std::function<void(std::size_t worker)>;
  bool run(const Job& job);

  // Queues `job` and returns at once: a worker runs it, or, when it has
  // waited max_wait (see expire_waiting), `expired` runs instead. False,
  // with neither run, when the queue is full.
  bool post(Job job, std::function<void()> expired);
  // Runs, on the caller's thread, `expired` of every posted job that has
  // waited max_wait for a worker (and takes it out of the queue).
  void expire_waiting();

  // Without own threads: runs the oldest queued job on the caller's thread as
  // worker `worker`; false when none is queued.
  bool run_one(std::size_t worker);
  // Without own threads: the caller's worker runs a search that was not
  // queued (it counts as running, for admission and stats) / is done.
  void started();
  void finished();

  std::size_t size() const { return workers_; }

  struct Stats {
    std::size_t running = 0;    // workers busy
    std::size_t waiting = 0;    // requests in the queue
    std::uint64_t refused = 0;  // since start
  };
  Stats stats() const;

 private:
  enum class State { queued, running, done };
  struct Task {
    const Job* job = nullptr;
    State state = State::queued;
    std::condition_variable cv;  // run()'s caller waits on it, under mutex_
    // Posted tasks (heap-allocated, deleted once run or expired):
    Job posted;
    std::function<void()> expired;
    std::chrono::steady_clock::time_point queued_at;
  };
  bool admits() const;  // mutex_ held
  // Runs the oldest queued task; lock held on entry and on return.
  void run_front(std::size_t worker, std::unique_lock<std::mutex>& lock);
  void work(std::size_t worker);

  const std::size_t workers_;
  const std::size_t max_waiting_;
  const std::chrono::milliseconds max_wait_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;  // workers wait on it for tasks
  std::deque<Task*> queue_;       // oldest first; each lives on its caller's stack
  std::size_t running_ = 0;
  std::uint64_t refused_ = 0;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace lanyard::query::http
