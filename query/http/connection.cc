#include "query/http/connection.h"

#include <fcntl.h>
#include <netdb.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

#include "query/http/framing.h"

namespace lanyard::query::http {

namespace {

using Clock = std::chrono::steady_clock;
constexpr auto kSweepEvery = std::chrono::milliseconds(50);  // deadlines, queue waits, a stop
// How often the monitor looks for ready connections while every worker is
// busy: the longest /healthz waits then.
constexpr auto kMonitorEvery = std::chrono::milliseconds(5);
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
  if (::getnameinfo(reinterpret_cast<const sockaddr*>(&s), len, host, sizeof host, serv,
                    sizeof serv, NI_NUMERICHOST | NI_NUMERICSERV) == 0) {
    a = {host, std::atoi(serv)};
  }
  return a;
}

// One connection. It is owned by one thread at a time: epoll (and the
// monitor's sweep) while it is armed (`wait` not none, under Loop::mutex);
// then the thread that took its event (Loop::take), or the worker whose
// queued job holds it. Hand-overs go through the mutex or the workers' queue,
// so its fields need no locks of their own.
struct Conn {
  explicit Conn(int s, std::size_t requests) : fd(s), requests_left(requests) {}
  int fd;
  std::uint64_t id = 0;  // epoll's data for it
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
  bool deferred = false;          // the request at in_pos was queued for a worker
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
    wake_fd = ::eventfd(0, EFD_NONBLOCK | EFD_SEMAPHORE | EFD_CLOEXEC);
    epoll_event ev{};
    ev.events = EPOLLIN;  // level-triggered: each queued job wakes one idle worker
    ev.data.u64 = kWakeId;
    if (epoll_fd < 0 || wake_fd < 0 || ::epoll_ctl(epoll_fd, EPOLL_CTL_ADD, wake_fd, &ev) != 0) {
      throw std::system_error(errno, std::generic_category(), "epoll");
    }
    for (std::size_t i = 0; i < workers.size(); ++i)
      worker_threads.emplace_back([this, i] { work(i); });
    monitor = std::thread([this] { watch(); });
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
  // sent), then ends the threads. Safe to call twice.
  void stop() {
    {
      std::lock_guard lock(mutex);
      stopping = true;
      for (int fd : pending) discard(fd);
      pending.clear();
    }
    if (monitor.joinable()) monitor.join();
    for (int* fd : {&epoll_fd, &wake_fd}) {
      if (*fd >= 0) ::close(*fd);
      *fd = -1;
    }
  }

 private:
  static constexpr std::uint64_t kWakeId = 0;  // the eventfd's; connections count from 1

  static void discard(int fd) {
    ::shutdown(fd, SHUT_RDWR);
    ::close(fd);
  }

  void open_locked(int fd) {
    Conn* c = new Conn(fd, limits.max_requests);
    c->id = ++last_id;
    conns.emplace(c->id, c);
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
      c.deadline = c.unread() > 0 ? c.partial_since + limits.read_timeout
                                  : c.idle_since + limits.idle_timeout;
    }
    epoll_event ev{};
    ev.events = (wait == Conn::Wait::read ? EPOLLIN : EPOLLOUT) | EPOLLONESHOT;
    ev.data.u64 = c.id;
    if (::epoll_ctl(epoll_fd, c.registered ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, c.fd, &ev) == 0) {
      c.registered = true;
    } else {
      c.deadline = Clock::now();  // the next sweep closes it
    }
  }

  // The connection an event is for, now owned by the caller; null when it
  // was closed meanwhile (the monitor's sweep) or is not armed.
  Conn* take(std::uint64_t id) {
    std::lock_guard lock(mutex);
    auto it = conns.find(id);
    if (it == conns.end() || it->second->wait == Conn::Wait::none) return nullptr;
    it->second->wait = Conn::Wait::none;
    return it->second;
  }

  void close(Conn& c) {
    {
      std::lock_guard lock(mutex);
      close_locked(c);
      if (!pending.empty() && !stopping) {
        open_locked(pending.front());
        pending.pop_front();
      }
    }
  }

  void close_locked(Conn& c) {
    conns.erase(c.id);
    if (c.registered) ::epoll_ctl(epoll_fd, EPOLL_CTL_DEL, c.fd, nullptr);
    discard(c.fd);
    delete &c;
  }

  // Worker `worker`: runs queued searches first, else serves the next
  // connection that is ready, everything on this thread (searches included).
  void work(std::size_t worker) {
    epoll_event ev{};
    for (;;) {
      if (workers.run_one(worker)) continue;
      if (finished) return;
      if (::epoll_wait(epoll_fd, &ev, 1, static_cast<int>(kSweepEvery.count())) != 1) continue;
      if (ev.data.u64 == kWakeId) {
        std::uint64_t one;
        (void)!::read(wake_fd, &one, sizeof one);
        continue;
      }
      if (Conn* c = take(ev.data.u64)) {
        workers.started();  // counts as running, for admission, stats and the monitor
        ready(*c, Phase::worker, worker);
        workers.finished();
      }
    }
  }

  // The monitor: deadlines and queue waits (the sweep), a stop, and, while
  // every worker is busy, the connections that are ready: it answers what
  // needs no Searcher (pages, /healthz, /metrics, cache hits) and queues the
  // searches for the workers, answering 429 when the queue is full.
  void watch() {
    epoll_event events[kMaxEvents];
    auto next_sweep = Clock::now() + kSweepEvery;
    for (;;) {
      std::this_thread::sleep_for(kMonitorEvery);
      if (workers.stats().running >= workers.size()) {
        int n = ::epoll_wait(epoll_fd, events, kMaxEvents, 0);
        for (int i = 0; i < n; ++i) {
          if (events[i].data.u64 == kWakeId) continue;
          if (Conn* c = take(events[i].data.u64)) ready(*c, Phase::loop, 0);
        }
      }
      if (Clock::now() >= next_sweep) {
        next_sweep = Clock::now() + kSweepEvery;
        if (sweep()) break;
      }
    }
    finished = true;
    for (auto& t : worker_threads) t.join();
  }

  // Expires queued searches, closes connections past their deadlines (and,
  // stopping, every idle one); true when stopped and no connection is left.
  bool sweep() {
    workers.expire_waiting();  // each runs advance() here, to answer 429
    auto now = Clock::now();
    std::lock_guard lock(mutex);
    std::vector<Conn*> late;
    for (auto& [id, c] : conns) {
      if (c->wait == Conn::Wait::none) continue;  // being served
      if (now >= c->deadline || (stopping && c->wait == Conn::Wait::read)) late.push_back(c);
    }
    for (Conn* c : late) close_locked(*c);
    if (!stopping) {
      while (!pending.empty() && conns.size() < limits.max_connections) {
        open_locked(pending.front());
        pending.pop_front();
      }
    }
    return stopping && conns.empty();
  }

  // Queues the request at c.in_pos for a worker (and wakes one); false when
  // the queue is full.
  bool defer(Conn& c) {
    Conn* cp = &c;
    c.deferred = true;
    bool posted = workers.post([this, cp](std::size_t w) { advance(*cp, Phase::worker, w); },
                               [this, cp] {
                                 cp->refuse_next = true;
                                 advance(*cp, Phase::loop, 0);
                               });
    if (!posted) c.deferred = false;
    if (posted) {
      std::uint64_t one = 1;
      (void)!::write(wake_fd, &one, sizeof one);
    }
    return posted;
  }

  // c became readable or writable: on worker `worker`'s thread, or on the
  // monitor's (Phase::loop).
  void ready(Conn& c, Phase phase, std::size_t worker) {
    if (c.out_pos < c.out.size()) {
      if (!send_out(c)) return close(c);
      if (c.out_pos < c.out.size()) return arm(c, Conn::Wait::write);
      if (c.close_after_send) return close(c);
      c.idle_since = Clock::now();
    } else if (!receive(c)) {
      return close(c);
    }
    advance(c, phase, worker);
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
      // A short read emptied the socket (most likely): another recv would
      // only say so. What arrives after it wakes the connection again.
      if (n > 0 && static_cast<std::size_t>(n) < kReadChunk) return true;
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
      ssize_t n = ::send(c.fd, c.out.data() + c.out_pos, c.out.size() - c.out_pos,
                         MSG_NOSIGNAL | MSG_DONTWAIT);
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

  // Processes c's whole requests in order, on this thread (worker
  // `worker`'s, or the monitor's for Phase::loop), until one is partial (c is armed for reading), a
  // response cannot be sent at once (armed for writing), a request goes to a
  // worker, or the connection closes.
  void advance(Conn& c, Phase phase, std::size_t worker) {
    for (;;) {
      Extent extent =
          request_extent(std::string_view(c.in).substr(c.in_pos), limits.max_request_bytes);
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
      t_request.cache_checked = c.deferred;
      c.deferred = false;
      c.refuse_next = false;
      const bool last = c.requests_left <= 1 || stopping.load(std::memory_order_relaxed) ||
                        extent.state == Extent::too_large || c.eof;
      const std::size_t mark = c.out.size();
      RequestStream stream(c, extent.bytes);
      bool closed = false;
      bool ok = server.process_request(stream, last, closed, nullptr);
      if (t_request.defer) {
        c.out.resize(mark);
        if (defer(c)) return;
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

 public:
  HttpServer& server;
  const ConnectionLimits limits;
  SearchWorkers& workers;
  int epoll_fd = -1;
  int wake_fd = -1;  // an eventfd: one count per queued search
  std::mutex
      mutex;  // conns, pending, stopping, last_id, and each Conn's wait and deadline while armed
  std::unordered_map<std::uint64_t, Conn*>
      conns;  // by id (epoll's data: a closed one is not found)
  std::uint64_t last_id = kWakeId;
  std::deque<int> pending;            // accepted past max_connections, not yet read
  std::atomic<bool> stopping{false};  // written under mutex
  std::atomic<bool> finished{false};  // the monitor is done: workers end once the queue is empty
  std::vector<std::thread> worker_threads;
  std::thread monitor;
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
  // httplib writes these into each response's Keep-Alive header (its own
  // defaults, 5 s and 5 requests, are not what the loop enforces). Whole
  // seconds, rounded down: a client must not reuse a connection we closed.
  set_keep_alive_timeout(static_cast<time_t>(
      std::max<std::chrono::milliseconds::rep>(1, limits.idle_timeout.count() / 1000)));
  set_keep_alive_max_count(limits.max_requests);
}

HttpServer::~HttpServer() { loop_->stop(); }

void HttpServer::set_backlog(int backlog) {
  socket_t s = svr_sock_;
  if (s != INVALID_SOCKET)
    ::listen(s, backlog);  // Linux: a second listen() only changes the backlog
}

bool HttpServer::process_and_close_socket(socket_t sock) {
  loop_->add(sock);
  return true;
}

}  // namespace lanyard::query::http
