#include "query/http/admission.h"

#include <algorithm>
#include <memory>

namespace lanyard::query::http {

SearchWorkers::SearchWorkers(std::size_t workers, std::size_t max_waiting,
                             std::chrono::milliseconds max_wait, bool own_threads)
    : workers_(std::max<std::size_t>(1, workers)), max_waiting_(max_waiting), max_wait_(max_wait) {
  if (!own_threads) return;
  threads_.reserve(workers_);
  for (std::size_t i = 0; i < workers_; ++i) threads_.emplace_back([this, i] { work(i); });
}

SearchWorkers::~SearchWorkers() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  for (auto& t : threads_) t.join();
  // Without own threads, whoever ran them is gone: what is left (posted jobs,
  // none normally) is dropped.
  for (Task* t : queue_) {
    if (t->posted) delete t;
  }
}

bool SearchWorkers::run_one(std::size_t worker) {
  std::unique_lock lock(mutex_);
  if (queue_.empty()) return false;
  run_front(worker, lock);
  return true;
}

void SearchWorkers::run_front(std::size_t worker, std::unique_lock<std::mutex>& lock) {
  Task* task = queue_.front();
  queue_.pop_front();
  task->state = State::running;
  ++running_;
  lock.unlock();
  (*task->job)(worker);
  lock.lock();
  --running_;
  if (task->posted) {
    delete task;  // posted: nobody waits for it
    return;
  }
  task->state = State::done;
  task->cv.notify_one();  // under the lock: `task` cannot vanish before we are done
}

void SearchWorkers::started() {
  std::lock_guard lock(mutex_);
  ++running_;
}

void SearchWorkers::finished() {
  std::lock_guard lock(mutex_);
  --running_;
}

bool SearchWorkers::run(const Job& job) {
  Task task;
  task.job = &job;
  std::unique_lock lock(mutex_);
  // Admitted are the running tasks and the queued ones: as many as there are
  // workers, plus max_waiting that really wait.
  if (!admits()) {
    ++refused_;
    return false;
  }
  queue_.push_back(&task);
  wake_.notify_one();
  // Woken only when the task is done (a wake-up when a worker takes it would
  // cost a context switch per request); after max_wait, a task still queued
  // is taken back and refused.
  if (!task.cv.wait_for(lock, max_wait_, [&] { return task.state != State::queued; })) {
    queue_.erase(std::find(queue_.begin(), queue_.end(), &task));
    ++refused_;
    return false;
  }
  task.cv.wait(lock, [&] { return task.state == State::done; });
  return true;
}

bool SearchWorkers::admits() const { return running_ + queue_.size() < workers_ + max_waiting_; }

bool SearchWorkers::post(Job job, std::function<void()> expired) {
  auto task = std::make_unique<Task>();
  task->posted = std::move(job);
  task->job = &task->posted;
  task->expired = std::move(expired);
  task->queued_at = std::chrono::steady_clock::now();
  {
    std::lock_guard lock(mutex_);
    if (!admits()) {
      ++refused_;
      return false;
    }
    queue_.push_back(task.release());
  }
  wake_.notify_one();
  return true;
}

void SearchWorkers::expire_waiting() {
  auto too_old = std::chrono::steady_clock::now() - max_wait_;
  std::vector<Task*> expired;
  {
    std::lock_guard lock(mutex_);
    for (auto it = queue_.begin(); it != queue_.end();) {
      if ((*it)->posted && (*it)->queued_at <= too_old) {
        expired.push_back(*it);
        it = queue_.erase(it);
        ++refused_;
      } else {
        ++it;
      }
    }
  }
  for (Task* t : expired) {
    std::unique_ptr<Task> owned(t);
    owned->expired();
  }
}

void SearchWorkers::work(std::size_t worker) {
  std::unique_lock lock(mutex_);
  for (;;) {
    wake_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
    if (queue_.empty()) return;  // stopping, nothing left
    run_front(worker, lock);
  }
}

SearchWorkers::Stats SearchWorkers::stats() const {
  std::lock_guard lock(mutex_);
  return {running_, queue_.size(), refused_};
}

}  // namespace lanyard::query::http
