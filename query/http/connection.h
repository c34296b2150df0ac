// How the query server holds connections (with server.cc, the only files
// that include httplib.h). cpp-httplib runs each connection, keep-alive
// included, on one thread of its task queue, and its timeouts are per read()
// call, so a client sending a byte a second holds a thread forever. Here:
// - ConnectionPool: a thread per open connection, created on demand up to a
//   cap. They are cheap (asleep in poll); searches do not run on their count
//   but on the search workers (admission.h).
// - HttpServer: httplib::Server with its own connection loop, whose stream
//   gives a whole request `read_timeout` and a whole response `write_timeout`
//   (deadlines, not per-read timeouts), waits for the next keep-alive request
//   in poll, and notices a stop within 50 ms.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include <httplib.h>

namespace lanyard::query::http {

struct ConnectionLimits {
  std::chrono::milliseconds idle_timeout{2000};   // wait for the first byte of a request
  std::chrono::milliseconds read_timeout{5000};   // then the whole request (line, headers, body)
  std::chrono::milliseconds write_timeout{5000};  // the whole response
  std::size_t max_requests = 100;                 // per connection, then it is closed
  std::size_t max_request_bytes = 64 * 1024;      // request line, headers and body; more is a 400
};

// Called while answering a request (on its thread): close the connection
// after this response, e.g. when the request was malformed HTTP and what
// follows it on the connection cannot be trusted.
void close_after_response();

class ConnectionPool : public httplib::TaskQueue {
 public:
  explicit ConnectionPool(std::size_t max_threads) : max_threads_(max_threads) {}
  // One connection: runs on an idle thread, a new one while under the cap,
  // else waits for a thread to be free.
  void enqueue(std::function<void()> fn) override;
  // Runs what is queued, then joins every thread.
  void shutdown() override;

 private:
  void work();
  const std::size_t max_threads_;
  std::mutex mutex_;
  std::condition_variable cond_;
  std::deque<std::function<void()>> jobs_;
  std::vector<std::thread> threads_;
  std::size_t idle_ = 0;
  bool shutdown_ = false;
};

class HttpServer : public httplib::Server {
 public:
  explicit HttpServer(ConnectionLimits limits) : limits_(limits) {}
  // httplib listens with a backlog of 5: a burst of connections would see
  // SYNs dropped and retried a second later. Call after binding.
  void set_backlog(int backlog);

 private:
  bool process_and_close_socket(socket_t sock) override;
  ConnectionLimits limits_;
};

}  // namespace lanyard::query::http
