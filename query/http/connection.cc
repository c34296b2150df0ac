#include "query/http/connection.h"

#include <cerrno>
#include <cstring>
#include <optional>
#include <string>
#include <utility>

#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace lanyard::query::http {

namespace {

using Clock = std::chrono::steady_clock;
constexpr auto kStopCheck = std::chrono::milliseconds(50);
thread_local bool t_close_after_response = false;

// Waits until sock is ready for `events` or `until` passes; true when ready
// (a closed or failed socket is "ready": the next recv/send reports it).
bool wait_for(int sock, short events, Clock::time_point until) {
  for (;;) {
    auto left = std::chrono::ceil<std::chrono::milliseconds>(until - Clock::now()).count();
    pollfd p{sock, events, 0};
    int n = ::poll(&p, 1, static_cast<int>(std::max<decltype(left)>(left, 0)));
    if (n > 0) return true;
    if (n == 0 || errno != EINTR) return false;
  }
}

void describe(const sockaddr_storage& a, socklen_t len, std::string& ip, int& port) {
  char host[NI_MAXHOST], serv[NI_MAXSERV];
  if (::getnameinfo(reinterpret_cast<const sockaddr*>(&a), len, host, sizeof host, serv, sizeof serv,
                    NI_NUMERICHOST | NI_NUMERICSERV) == 0) {
    ip = host;
    port = std::atoi(serv);
  }
}

// A socket with a read buffer (httplib reads request lines a byte at a time),
// a write buffer sent once per response (flush),
// and deadlines per request and per response.
class DeadlineStream final : public httplib::Stream {
 public:
  DeadlineStream(int sock, const ConnectionLimits& limits) : sock_(sock), limits_(limits) {}

  // Waits up to the idle timeout for the next request to start; false when
  // it does not or the server is stopping (and nothing is waiting to be read).
  bool await_request(const std::atomic<socket_t>& listening) const {
    if (pos_ < end_) return true;
    auto until = Clock::now() + limits_.idle_timeout;
    for (;;) {
      if (wait_for(sock_, POLLIN, std::min(until, Clock::now() + kStopCheck))) return true;
      if (listening == INVALID_SOCKET || Clock::now() >= until) return false;
    }
  }
  void begin_request() {
    read_deadline_ = Clock::now() + limits_.read_timeout;
    read_budget_ = limits_.max_request_bytes;
    writing_ = false;
  }

  bool is_readable() const override { return pos_ < end_ || wait_for(sock_, POLLIN, read_deadline_); }
  bool is_writable() const override { return wait_for(sock_, POLLOUT, write_deadline()); }

  ssize_t read(char* ptr, size_t size) override {
    if (pos_ == end_) {
      // Most reads find bytes waiting (await_request polled for them): try
      // first, poll only when there are none yet.
      ssize_t n = receive();
      if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
        if (!wait_for(sock_, POLLIN, read_deadline_)) return -1;
        n = receive();
      }
      if (n <= 0) return n;
      pos_ = 0;
      end_ = static_cast<std::size_t>(n);
    }
    std::size_t k = std::min({size, end_ - pos_, read_budget_});
    if (k == 0) return -1;  // the request is larger than max_request_bytes
    std::memcpy(ptr, buffer_ + pos_, k);
    pos_ += k;
    read_budget_ -= k;
    return static_cast<ssize_t>(k);
  }

  // Responses are collected and sent by flush() after each request: httplib
  // writes the head and the body apart, which was two sends (two packets with
  // TCP_NODELAY, two wake-ups of the client) and two polls per response.
  ssize_t write(const char* ptr, size_t size) override {
    out_.append(ptr, size);
    if (out_.size() >= kSendAtBytes && !flush()) return -1;
    return static_cast<ssize_t>(size);
  }

  // Sends what write() collected within the response's deadline; false when
  // the client does not take it in time or the socket failed.
  bool flush() {
    std::size_t sent = 0;
    while (sent < out_.size()) {
      ssize_t n = ::send(sock_, out_.data() + sent, out_.size() - sent, MSG_NOSIGNAL | MSG_DONTWAIT);
      if (n > 0) {
        sent += static_cast<std::size_t>(n);
      } else if (n < 0 && errno == EINTR) {
        continue;
      } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
        if (!wait_for(sock_, POLLOUT, write_deadline())) break;
      } else {
        break;
      }
    }
    const bool whole = sent == out_.size();
    out_.clear();
    return whole;
  }

  // The addresses are the connection's: looked up once, not per request.
  void get_remote_ip_and_port(std::string& ip, int& port) const override {
    if (!remote_) remote_ = address(::getpeername);
    ip = remote_->first;
    port = remote_->second;
  }
  void get_local_ip_and_port(std::string& ip, int& port) const override {
    if (!local_) local_ = address(::getsockname);
    ip = local_->first;
    port = local_->second;
  }
  socket_t socket() const override { return sock_; }

 private:
  // The response's deadline starts with its first byte.
  Clock::time_point write_deadline() const {
    if (!writing_) {
      writing_ = true;
      write_deadline_ = Clock::now() + limits_.write_timeout;
    }
    return write_deadline_;
  }

  static constexpr std::size_t kSendAtBytes = 64 * 1024;

  ssize_t receive() {
    ssize_t n;
    do {
      n = ::recv(sock_, buffer_, sizeof buffer_, MSG_DONTWAIT);
    } while (n < 0 && errno == EINTR);
    return n;
  }

  using Address = std::pair<std::string, int>;
  Address address(int (*lookup)(int, sockaddr*, socklen_t*)) const {
    Address a{"", 0};
    sockaddr_storage s{};
    socklen_t len = sizeof s;
    if (lookup(sock_, reinterpret_cast<sockaddr*>(&s), &len) == 0) describe(s, len, a.first, a.second);
    return a;
  }

  int sock_;
  const ConnectionLimits& limits_;
  Clock::time_point read_deadline_ = Clock::now();
  std::size_t read_budget_ = 0;
  mutable Clock::time_point write_deadline_;
  mutable bool writing_ = false;
  char buffer_[4096];
  std::size_t pos_ = 0, end_ = 0;
  std::string out_;
  mutable std::optional<Address> remote_, local_;
};

}  // namespace

void close_after_response() { t_close_after_response = true; }

void ConnectionPool::enqueue(std::function<void()> fn) {
  std::lock_guard lock(mutex_);
  jobs_.push_back(std::move(fn));
  if (idle_ < jobs_.size() && threads_.size() < max_threads_) {
    threads_.emplace_back([this] { work(); });
  } else {
    cond_.notify_one();
  }
}

void ConnectionPool::work() {
  std::unique_lock lock(mutex_);
  for (;;) {
    ++idle_;
    cond_.wait(lock, [&] { return !jobs_.empty() || shutdown_; });
    --idle_;
    if (jobs_.empty()) return;  // shutting down, nothing left to run
    std::function<void()> fn = std::move(jobs_.front());
    jobs_.pop_front();
    lock.unlock();
    fn();
    lock.lock();
  }
}

void ConnectionPool::shutdown() {
  std::vector<std::thread> threads;
  {
    std::lock_guard lock(mutex_);
    shutdown_ = true;
    threads.swap(threads_);
  }
  cond_.notify_all();
  for (auto& t : threads) t.join();
}

void HttpServer::set_backlog(int backlog) {
  socket_t s = svr_sock_;
  if (s != INVALID_SOCKET) ::listen(s, backlog);  // Linux: a second listen() only changes the backlog
}

bool HttpServer::process_and_close_socket(socket_t sock) {
  bool ok = true;
  {
    DeadlineStream stream(sock, limits_);
    for (std::size_t left = limits_.max_requests; left > 0; --left) {
      if (!stream.await_request(svr_sock_)) break;
      stream.begin_request();
      bool stopping = svr_sock_ == INVALID_SOCKET;
      bool closed = false;
      t_close_after_response = false;
      ok = process_request(stream, left == 1 || stopping, closed, nullptr);
      if (!stream.flush()) ok = false;  // an error response too, before the connection closes
      if (!ok || closed || stopping || t_close_after_response) break;
    }
  }
  ::shutdown(sock, SHUT_RDWR);
  ::close(sock);
  return ok;
}

}  // namespace lanyard::query::http
