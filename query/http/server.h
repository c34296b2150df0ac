// The query server: HTTP over the route table (routes.h), a worker pool where
// each worker checks out its own Searcher, and index reloads without restarts.
// The only file that includes httplib.h is server.cc.
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
  int port = 8080;                 // 0 = any free port (see Server::port)
  std::size_t threads = 0;         // workers; 0 = one per core
  std::string cors_origin;         // Access-Control-Allow-Origin; "" = no CORS headers
  // Resolves location aliases and near place names, as for `lanyard search`;
  // null = locations match their lowercased text and near needs LAT,LON.
  std::shared_ptr<const core::Gazetteer> gazetteer;
  // Timeouts and the partial-results policy for remote shards (a stub db).
  ShardOptions shards;
  // Connections waiting for a worker beyond which requests are answered 429
  // at once (0 = threads * 16).
  std::size_t max_queued = 0;
  std::chrono::seconds read_timeout{5};        // a slow client loses its connection
  std::chrono::seconds write_timeout{5};
  std::chrono::seconds keep_alive_timeout{2};  // an idle connection holds a worker this long
  std::size_t keep_alive_max_requests = 20;
  // Gets one access-log line per request: method, path, status, time, results.
  std::function<void(const std::string&)> access_log;
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
