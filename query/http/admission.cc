#include "query/http/admission.h"

#include <algorithm>

namespace lanyard::query::http {

SearchGate::SearchGate(std::size_t slots, std::size_t max_waiting, std::chrono::milliseconds max_wait)
    : slots_(std::max<std::size_t>(1, slots)), max_waiting_(max_waiting), max_wait_(max_wait) {}

std::optional<SearchGate::Ticket> SearchGate::enter() {
  std::unique_lock lock(mutex_);
  if (running_ < slots_ && queue_.empty()) {
    ++running_;
    return Ticket(this);
  }
  if (queue_.size() >= max_waiting_) {
    ++refused_;
    return std::nullopt;
  }
  Waiter me;
  queue_.push_back(&me);
  if (!me.cv.wait_for(lock, max_wait_, [&] { return me.granted; })) {
    queue_.erase(std::find(queue_.begin(), queue_.end(), &me));
    ++refused_;
    return std::nullopt;
  }
  return Ticket(this);  // leave() handed its slot over: running_ already counts it
}

void SearchGate::leave() {
  std::lock_guard lock(mutex_);
  if (queue_.empty()) {
    --running_;
    return;
  }
  Waiter* next = queue_.front();
  queue_.pop_front();
  next->granted = true;
  next->cv.notify_one();  // under the lock: `next` cannot return (and vanish) before we are done
}

SearchGate::Stats SearchGate::stats() const {
  std::lock_guard lock(mutex_);
  return {running_, queue_.size(), refused_};
}

}  // namespace lanyard::query::http
