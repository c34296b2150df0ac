// The query server in-process on 127.0.0.1:0 over the query fixture index
// (tests/query/fixture.h), with a web folder, and an httplib::Client for it.
#pragma once

#include <httplib.h>

#include <filesystem>
#include <memory>
#include <string>

#include "core/place.h"
#include "query/http/server.h"
#include "tests/test_util.h"

namespace lanyard::testing {

struct Served {
  TempDir dir;
  std::string db;
  std::unique_ptr<query::http::Server> server;
  std::unique_ptr<httplib::Client> client;

  // cache_bytes: the result cache (ServerOptions::cache_bytes; 0 = off).
  explicit Served(std::string cors = "", std::shared_ptr<const core::Gazetteer> gazetteer = nullptr,
                  std::size_t cache_bytes = query::http::ServerOptions{}.cache_bytes);
  httplib::Result get(const std::string& target) { return client->Get(target.c_str()); }
};

// took_ms is the only per-run value: the comparison fixes it at 0.
std::string without_took(const std::string& json);

// A query parameter value percent-encoded.
std::string encode(const std::string& s);

}  // namespace lanyard::testing
