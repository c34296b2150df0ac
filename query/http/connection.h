// How the query server holds connections (with server.cc, the only files
// that include httplib.h). cpp-httplib parses requests and writes responses;
// the connections are ours, in one epoll set (armed one-shot, so that
// a connection is served by one thread at a time):
// - the search workers (admission.h, one per core) wait in epoll; the one that
//   takes a ready connection reads it until request_extent (framing.h) says a
//   request is whole, has httplib process it from memory, search included, on
//   its own thread and Searcher, and sends the response without blocking:
//   no thread per connection and no hand-off between threads;
// - a monitor thread keeps the deadlines and the queue waits, and, while every
//   worker is busy, takes the ready connections itself: it answers what needs
//   no Searcher (pages, /healthz, /metrics, cache hits) and queues searches
//   for the workers (current_request().defer), 429 when the queue is full.
// What the socket does not take at once is sent when it is writable.
// Deadlines are per request and per response, not per read: a client sending
// a byte a second is closed after read_timeout and never holds a thread.
#pragma once

#include <httplib.h>

#include <chrono>
#include <cstddef>
#include <memory>

#include "query/http/admission.h"

namespace lanyard::query::http {

struct ConnectionLimits {
  std::chrono::milliseconds idle_timeout{2000};   // wait for the first byte of a request
  std::chrono::milliseconds read_timeout{5000};   // then the whole request (line, headers, body)
  std::chrono::milliseconds write_timeout{5000};  // the whole response
  std::size_t max_requests = 100;                 // per connection, then it is closed
  std::size_t max_request_bytes = 64 * 1024;      // request line, headers and body; more is a 400
  std::size_t max_connections = 256;              // open at once; more wait, accepted, unread
};

// Where the request being handled on this thread runs.
enum class Phase {
  loop,     // the monitor's thread: the handler may defer it to a worker
  worker,   // search worker `worker`
  refused,  // no worker took it (queue full, or waited too long): answer 429
};

struct RequestState {
  Phase phase = Phase::loop;
  std::size_t worker = 0;
  // When the loop first had the whole request: its time in the server.
  std::chrono::steady_clock::time_point arrived;
  // Set by the handler on the loop thread: discard this response and process
  // the request again on a search worker.
  bool defer = false;
  // Set by the loop for a request deferred so: the handler already ran once.
  bool cache_checked = false;
  // Set by the handler: close the connection after this response, e.g. when
  // the request was malformed HTTP and what follows it cannot be trusted.
  bool close_after = false;
};

// The request being handled on this thread (valid during a handler).
RequestState& current_request();

class HttpServer : public httplib::Server {
 public:
  HttpServer(ConnectionLimits limits, SearchWorkers& workers);
  ~HttpServer() override;
  // httplib listens with a backlog of 5: a burst of connections would see
  // SYNs dropped and retried a second later. Call after binding.
  void set_backlog(int backlog);

  struct Loop;

 private:
  bool process_and_close_socket(socket_t sock) override;
  std::unique_ptr<Loop> loop_;
};

}  // namespace lanyard::query::http
