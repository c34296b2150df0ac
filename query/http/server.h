// The query server: HTTP over the route table (routes.h). `threads` search
// workers serve the connections from one epoll set, each request whole on
// one thread, the search included, each worker with a Searcher of its own;
// a monitor thread keeps deadlines and answers pages, /healthz and /metrics
// while every worker is busy (connection.h, admission.h). Searches see index
// reloads without restarts.
// Only server.cc and connection.cc include httplib.h.
#pragma once

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include "core/place.h"
#include "core/status.h"
#include "query/shards.h"

namespace lanyard::query::http {

struct ServerOptions {
  std::filesystem::path db;   // the index (must exist at start)
  std::filesystem::path web;  // static files for "/"; missing = every page is a 404
  std::string host = "127.0.0.1";
  int port = 8080;          // 0 = any free port (see Server::port)
  std::size_t threads = 0;  // search workers (each with its own Searcher); 0 = one per core
  std::string cors_origin;  // Access-Control-Allow-Origin; "" = no CORS headers
  // Resolves location aliases and near place names, as for `lanyard search`;
  // null = locations match their lowercased text and near needs LAT,LON.
  std::shared_ptr<const core::Gazetteer> gazetteer;
  // Timeouts and the partial-results policy for remote shards (a stub db).
  ShardOptions shards;
  // Requests waiting for a search worker beyond which the server answers 429
  // at once (0 = threads * 64), and the longest one waits before a 429.
  std::size_t max_queued = 0;
  std::chrono::milliseconds max_queue_wait{2000};
  // Per counting pass of a search (Searcher::set_time_budget): past it the
  // counts are partial and "total_exact" false; 0 = none (exact, as the CLI).
  std::chrono::microseconds time_budget{0};
  // The result cache (result_cache.h): whole 200 responses of the /api/
  // routes up to this many bytes, dropped when the index changes; 0 = off.
  std::size_t cache_bytes = std::size_t{64} << 20;
  // Open connections served at once; more wait, accepted but not read.
  std::size_t max_connections = 256;
  std::chrono::milliseconds read_timeout{5000};   // to receive a whole request, from its first byte
  std::chrono::milliseconds write_timeout{5000};  // to send a whole response
  std::chrono::milliseconds keep_alive_timeout{2000};  // an idle connection is closed after this
  std::size_t keep_alive_max_requests = 100;
  // Gets one access-log line per request: method, path, status, time, results.
  std::function<void(const std::string&)> access_log;
  // Tests: called on the search worker's thread before it runs the request.
  std::function<void(const std::string& path)> on_search_slot;
};

class Server {
 public:
  // Opens the index, binds, and starts serving on background threads.
  // Errors: not_found / io_error for the index, io_error when the address
  // cannot be bound.
  static core::Result<std::unique_ptr<Server>> start(ServerOptions options);
  ~Server();  // stop()
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  int port() const;  // the bound port (useful with port 0)
  // Stops accepting, lets in-flight requests finish, joins the workers.
  // Safe to call twice; not from a signal handler.
  void stop();

  struct Impl;

 private:
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace lanyard::query::http
