#include "tests/http/served.h"

#include <catch2/catch.hpp>
#include <regex>

#include "tests/query/fixture.h"

namespace lanyard::testing {

Served::Served(std::string cors, std::shared_ptr<const core::Gazetteer> gazetteer,
               std::size_t cache_bytes)
    : db((dir.path() / "idx").string()) {
  write_fixture_index(db);
  dir.write("web/index.html", "<!doctype html><title>Lanyard</title>");
  dir.write("secret.txt", "do not serve");
  std::filesystem::create_symlink(dir.path() / "secret.txt", dir.path() / "web" / "escape.txt");
  query::http::ServerOptions o;
  o.db = db;
  o.web = dir.path() / "web";
  o.port = 0;
  o.threads = 2;
  o.cors_origin = std::move(cors);
  o.gazetteer = std::move(gazetteer);
  o.cache_bytes = cache_bytes;
  auto started = query::http::Server::start(o);
  REQUIRE(started);
  server = std::move(*started);
  client = std::make_unique<httplib::Client>("127.0.0.1", server->port());
  client->set_url_encode(false);  // send paths exactly as written here
}

std::string without_took(const std::string& json) {
  return std::regex_replace(json, std::regex("\"took_ms\":[0-9.eE+-]+"), "\"took_ms\":0");
}

std::string encode(const std::string& s) { return httplib::detail::encode_query_param(s); }

}  // namespace lanyard::testing
