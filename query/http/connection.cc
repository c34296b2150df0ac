#include "query/http/connection.h"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <unordered_set>
#include <utility>
#include <vector>

#include <fcntl.h>
#include <netdb.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include "query/http/framing.h"

namespace lanyard::query::http {

namespace {

using Clock = std::chrono::steady_clock;
constexpr auto kSweepEvery = std::chrono::milliseconds(50);  // deadlines, queue waits, a stop
constexpr std::size_t kReadChunk = 16 * 1024;
constexpr int kMaxEvents = 64;
thread_local RequestState t_request;

using Address = std::pair<std::string, int>;

Address address_of(int sock, int (*lookup)(int, sockaddr*, socklen_t*)) {
  Address a{"", 0};
  sockaddr_storage s{};
  socklen_t len = sizeof s;
  if (lookup(sock, reinterpret_cast<sockaddr*>(&s), &len) != 0) return a;
  char host[NI_MAXHOST], serv[NI_MAXSERV];
  if (::getnameinfo(reinterpret_cast<const sockaddr*>(&s), len, host, sizeof host, serv, sizeof serv,
                    NI_NUMERICHOST | NI_NUMERICSERV) == 0) {
    a = {host, std::atoi(serv)};
  }
  return a;
}

// One connection. It is owned by one thread at a time: the loop while it is
// armed in epoll (`wait` not none, under Loop::mutex) or being read; a worker
// while its job holds it. Hand-overs go through the mutex or the workers'
// queue, so its fields need no locks of their own.
struct Conn {
  explicit Conn(int s, std::size_t requests) : fd(s), requests_left(requests) {}
  int fd;
  enum class Wait { none, read, write } wait = Wait::none;
  bool registered = false;  // in the epoll set
  Clock::time_point deadline;
  std::string in;  // received; in[in_pos..] not yet processed
  std::size_t in_pos = 0;
  std::string out;  // to send; out[out_pos..] not yet sent
  std::size_t out_pos = 0;
  Clock::time_point idle_since = Clock::now();  // the last response sent (or the accept)
  Clock::time_point partial_since;              // the first byte of a request not yet whole
  Clock::time_point write_deadline;
  std::optional<Clock::time_point> arrived;  // when the request at in_pos was first whole
  std::size_t requests_left;
  bool eof = false;               // the client sent all it will
  bool close_after_send = false;  // the response being sent is the last
  bool continue_sent = false;     // "100 Continue" for the request at in_pos
  bool refuse_next = false;       // no worker took the request at in_pos
  std::optional<Address> remote, local;

  std::size_t unread() const { return in.size() - in_pos; }
};

// httplib reads one whole request from memory and writes its response there.
class RequestStream final : public httplib::Stream {
 public:
  RequestStream(Conn& c, std::size_t bytes) : c_(c), pos_(c.in_pos), end_(c.in_pos + bytes) {}
  bool is_readable() const override { return pos_ < end_; }
  bool is_writable() const override { return true; }
  ssize_t read(char* ptr, size_t size) override {
    std::size_t k = std::min(size, end_ - pos_);
    if (k == 0) return -1;  // past the request (or past max_request_bytes)
    std::memcpy(ptr, c_.in.data() + pos_, k);
    pos_ += k;
    return static_cast<ssize_t>(k);
  }
  ssize_t write(const char* ptr, size_t size) override {
    c_.out.append(ptr, size);
    return static_cast<ssize_t>(size);
  }
  void get_remote_ip_and_port(std::string& ip, int& port) const override {
    if (!c_.remote) c_.remote = address_of(c_.fd, ::getpeername);
    std::tie(ip, port) = *c_.remote;
  }
  void get_local_ip_and_port(std::string& ip, int& port) const override {
    if (!c_.local) c_.local = address_of(c_.fd, ::getsockname);
    std::tie(ip, port) = *c_.local;
  }
  socket_t socket() const override { return c_.fd; }

 private:
  Conn& c_;
  std::size_t pos_, end_;
};

}  // namespace

RequestState& current_request() { return t_request; }

struct HttpServer::Loop {
  Loop(HttpServer& s, ConnectionLimits l, SearchWorkers& w) : server(s), limits(l), workers(w) {
    epoll_fd = ::epoll_create1(EPOLL_CLOEXEC);
    if (epoll_fd < 0) throw std::system_error(errno, std::generic_category(), "epoll_create1");
    thread = std::thread([this] { run(); });
  }
  ~Loop() { stop(); }

  // From httplib's listener: a new connection.
  void add(int fd) {
    int flags = ::fcntl(fd, F_GETFL, 0);
    ::fcntl(fd, F_SETFL, flags | O_NONBLOCK);
    std::lock_guard lock(mutex);
    if (stopping) {
      discard(fd);
    } else if (conns.size() >= limits.max_connections) {
      pending.push_back(fd);
    } else {
      open_locked(fd);
    }
  }

  // Closes idle connections, lets busy ones finish (their responses are
  // sent), then ends the loop. Safe to call twice.
  void stop() {
    {
      std::lock_guard lock(mutex);
      stopping = true;
      for (int fd : pending) discard(fd);
      pending.clear();
    }
    if (thread.joinable()) thread.join();
    if (epoll_fd >= 0) ::close(epoll_fd);
    epoll_fd = -1;
  }

 private:
  static void discard(int fd) {
    ::shutdown(fd, SHUT_RDWR);
    ::close(fd);
  }

  void open_locked(int fd) {
    Conn* c = new Conn(fd, limits.max_requests);
    conns.insert(c);
    arm_locked(*c, Conn::Wait::read);
  }

  // Hands c to the loop, waiting for it to be readable or writable.
  void arm(Conn& c, Conn::Wait wait) {
    std::unique_lock lock(mutex);
    if (stopping && wait == Conn::Wait::read) {
      lock.unlock();
      close(c);
      return;
    }
    arm_locked(c, wait);
  }

  void arm_locked(Conn& c, Conn::Wait wait) {
    c.wait = wait;
    if (wait == Conn::Wait::write) {
      c.deadline = c.write_deadline;
    } else {
      c.deadline = c.unread() > 0 ? c.partial_since + limits.read_timeout : c.idle_since + limits.idle_timeout;
    }
    epoll_event ev{};
    ev.events = (wait == Conn::Wait::read ? EPOLLIN : EPOLLOUT) | EPOLLONESHOT;
    ev.data.ptr = &c;
    if (::epoll_ctl(epoll_fd, c.registered ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, c.fd, &ev) == 0) {
      c.registered = true;
    } else {
      c.deadline = Clock::now();  // the next sweep closes it
    }
  }

  void close(Conn& c) {
    {
      std::lock_guard lock(mutex);
      conns.erase(&c);
      if (c.registered) ::epoll_ctl(epoll_fd, EPOLL_CTL_DEL, c.fd, nullptr);
      if (!pending.empty() && !stopping) {
        open_locked(pending.front());
        pending.pop_front();
      }
    }
    discard(c.fd);
    delete &c;
  }

  void run() {
    epoll_event events[kMaxEvents];
    auto next_sweep = Clock::now() + kSweepEvery;
    for (;;) {
      int n = ::epoll_wait(epoll_fd, events, kMaxEvents, static_cast<int>(kSweepEvery.count()));
      for (int i = 0; i < n; ++i) {
        Conn& c = *static_cast<Conn*>(events[i].data.ptr);
        {
          std::lock_guard lock(mutex);
          c.wait = Conn::Wait::none;
        }
        ready(c);
      }
      if (Clock::now() >= next_sweep) {
        next_sweep = Clock::now() + kSweepEvery;
        if (sweep()) return;
      }
    }
  }

  // Expires queued searches, closes connections past their deadlines (and,
  // stopping, every idle one); true when stopped and no connection is left.
  bool sweep() {
    workers.expire_waiting();  // each runs advance() here, to answer 429
    std::vector<Conn*> late;
    auto now = Clock::now();
    {
      std::lock_guard lock(mutex);
      for (Conn* c : conns) {
        if (c->wait == Conn::Wait::none) continue;  // a worker's, or not armed
        if (now >= c->deadline || (stopping && c->wait == Conn::Wait::read)) late.push_back(c);
      }
      if (stopping && late.size() == conns.size()) {
        for (Conn* c : late) close_locked_for_stop(*c);
        return true;
      }
    }
    for (Conn* c : late) close(*c);
    return false;
  }

  void close_locked_for_stop(Conn& c) {
    conns.erase(&c);
    if (c.registered) ::epoll_ctl(epoll_fd, EPOLL_CTL_DEL, c.fd, nullptr);
    discard(c.fd);
    delete &c;
  }

  // c became readable or writable (the loop's thread).
  void ready(Conn& c) {
    if (c.out_pos < c.out.size()) {
      if (!send_out(c)) return close(c);
      if (c.out_pos < c.out.size()) return arm(c, Conn::Wait::write);
      if (c.close_after_send) return close(c);
      c.idle_since = Clock::now();
    } else if (!receive(c)) {
      return close(c);
    }
    advance(c, Phase::loop, 0);
  }

  // Reads what the socket holds, up to a request's worth beyond what is
  // unprocessed; false when the connection failed.
  bool receive(Conn& c) {
    if (c.in_pos > 0) {
      c.in.erase(0, c.in_pos);
      c.in_pos = 0;
    }
    if (c.in.empty()) c.partial_since = Clock::now();
    while (c.in.size() < limits.max_request_bytes + kReadChunk) {
      std::size_t had = c.in.size();
      c.in.resize(had + kReadChunk);
      ssize_t n = ::recv(c.fd, c.in.data() + had, kReadChunk, MSG_DONTWAIT);
      c.in.resize(had + static_cast<std::size_t>(std::max<ssize_t>(n, 0)));
      if (n > 0) continue;
      if (n == 0) {
        c.eof = true;
        return c.unread() > 0;
      }
      if (errno == EINTR) continue;
      return errno == EAGAIN || errno == EWOULDBLOCK;
    }
    return true;
  }

  // Sends what it can of c.out without blocking; false when the socket failed.
  static bool send_out(Conn& c) {
    while (c.out_pos < c.out.size()) {
      ssize_t n = ::send(c.fd, c.out.data() + c.out_pos, c.out.size() - c.out_pos, MSG_NOSIGNAL | MSG_DONTWAIT);
      if (n > 0) {
        c.out_pos += static_cast<std::size_t>(n);
      } else if (n < 0 && errno == EINTR) {
        continue;
      } else {
        return n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK);
      }
    }
    c.out.clear();
    c.out_pos = 0;
    return true;
  }

  // Processes c's whole requests in order, on this thread (the loop's or
  // worker `worker`'s), until one is partial (c is armed for reading), a
  // response cannot be sent at once (armed for writing), a request goes to a
  // worker, or the connection closes.
  void advance(Conn& c, Phase phase, std::size_t worker) {
    for (;;) {
      Extent extent = request_extent(std::string_view(c.in).substr(c.in_pos), limits.max_request_bytes);
      if (extent.state == Extent::partial) {
        if (c.eof) return close(c);
        if (extent.expects_continue && !c.continue_sent) {
          c.continue_sent = true;
          c.out += "HTTP/1.1 100 Continue\r\n\r\n";
          c.write_deadline = Clock::now() + limits.write_timeout;
          if (!send_out(c)) return close(c);
          if (c.out_pos < c.out.size()) return arm(c, Conn::Wait::write);
        }
        return arm(c, Conn::Wait::read);
      }
      if (!c.arrived) c.arrived = Clock::now();
      t_request = {};
      t_request.phase = c.refuse_next ? Phase::refused : phase;
      t_request.worker = worker;
      t_request.arrived = *c.arrived;
      c.refuse_next = false;
      const bool last = c.requests_left <= 1 || stopping_now() || extent.state == Extent::too_large || c.eof;
      const std::size_t mark = c.out.size();
      RequestStream stream(c, extent.bytes);
      bool closed = false;
      bool ok = server.process_request(stream, last, closed, nullptr);
      if (t_request.defer) {
        c.out.resize(mark);
        Conn* cp = &c;
        bool posted = workers.post([this, cp](std::size_t w) { advance(*cp, Phase::worker, w); },
                                   [this, cp] {
                                     cp->refuse_next = true;
                                     advance(*cp, Phase::loop, 0);
                                   });
        if (posted) return;
        c.refuse_next = true;  // the queue is full: answered 429 at once
        continue;
      }
      c.in_pos += extent.bytes;
      c.arrived.reset();
      c.continue_sent = false;
      --c.requests_left;
      if (!ok || closed || last || t_request.close_after) c.close_after_send = true;
      auto now = Clock::now();
      if (c.unread() > 0) c.partial_since = now;
      c.write_deadline = now + limits.write_timeout;
      if (!send_out(c)) return close(c);
      if (c.out_pos < c.out.size()) return arm(c, Conn::Wait::write);
      if (c.close_after_send) return close(c);
      c.idle_since = now;
    }
  }

  bool stopping_now() const { return stopping.load(std::memory_order_relaxed); }

 public:
  HttpServer& server;
  const ConnectionLimits limits;
  SearchWorkers& workers;
  int epoll_fd = -1;
  std::mutex mutex;  // conns, pending, stopping, and each Conn's wait and deadline while armed
  std::unordered_set<Conn*> conns;
  std::deque<int> pending;  // accepted past max_connections, not yet read
  std::atomic<bool> stopping{false};  // written under mutex
  std::thread thread;
};

namespace {

// httplib hands each accepted socket to its task queue: this one passes it
// straight to the loop, on the listener's thread (adding is cheap), and stops
// the loop when httplib shuts the queue down after its listen loop ends.
class ToLoop final : public httplib::TaskQueue {
 public:
  explicit ToLoop(HttpServer::Loop& loop) : loop_(loop) {}
  void enqueue(std::function<void()> fn) override { fn(); }
  void shutdown() override { loop_.stop(); }

 private:
  HttpServer::Loop& loop_;
};

}  // namespace

HttpServer::HttpServer(ConnectionLimits limits, SearchWorkers& workers)
    : loop_(std::make_unique<Loop>(*this, limits, workers)) {
  new_task_queue = [this] { return new ToLoop(*loop_); };  // httplib deletes it
}

HttpServer::~HttpServer() { loop_->stop(); }

void HttpServer::set_backlog(int backlog) {
  socket_t s = svr_sock_;
  if (s != INVALID_SOCKET) ::listen(s, backlog);  // Linux: a second listen() only changes the backlog
}

bool HttpServer::process_and_close_socket(socket_t sock) {
  loop_->add(sock);
  return true;
}

}  // namespace lanyard::query::http
