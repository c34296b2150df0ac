// request_extent: where a request that is still arriving on a connection ends
// (the event loop hands httplib only whole requests).
#include "query/http/framing.h"

#include <catch2/catch.hpp>
#include <string>

using lanyard::query::http::Extent;
using lanyard::query::http::request_extent;

namespace {
constexpr std::size_t kMax = 64 * 1024;
}

TEST_CASE("framing: a request without a body ends after its headers", "[http][framing]") {
  const std::string get = "GET /api/search?q=x HTTP/1.1\r\nHost: a\r\n\r\n";
  auto e = request_extent(get, kMax);
  CHECK(e.state == Extent::whole);
  CHECK(e.bytes == get.size());
  // Whatever follows (a pipelined request) is not part of it.
  e = request_extent(get + "GET / HTTP/1.1\r\n", kMax);
  CHECK(e.state == Extent::whole);
  CHECK(e.bytes == get.size());
  // Cut anywhere before its end: not yet.
  for (std::size_t n = 0; n < get.size(); ++n) {
    INFO(n);
    CHECK(request_extent(get.substr(0, n), kMax).state == Extent::partial);
  }
}

TEST_CASE("framing: Content-Length, in any case, with spaces", "[http][framing]") {
  const std::string head = "POST /x HTTP/1.1\r\nHost: a\r\ncontent-LENGTH:  5 \r\n\r\n";
  CHECK(request_extent(head + "abc", kMax).state == Extent::partial);
  auto e = request_extent(head + "abcdeGET", kMax);
  CHECK(e.state == Extent::whole);
  CHECK(e.bytes == head.size() + 5);
  CHECK_FALSE(e.expects_continue);
}

TEST_CASE("framing: chunked bodies end at the last chunk and its trailers", "[http][framing]") {
  const std::string head = "POST /x HTTP/1.1\r\nTransfer-Encoding: gzip, Chunked\r\n\r\n";
  const std::string body = "3\r\nabc\r\nA;ext=1\r\n0123456789\r\n0\r\nX-Trailer: y\r\n\r\n";
  auto e = request_extent(head + body + "GET", kMax);
  CHECK(e.state == Extent::whole);
  CHECK(e.bytes == head.size() + body.size());
  for (std::size_t n = 0; n < body.size(); ++n) {
    INFO(n);
    CHECK(request_extent(head + body.substr(0, n), kMax).state == Extent::partial);
  }
  // A chunk's data that looks like the end is still data.
  const std::string tricky = "5\r\n0\r\n\r\n\r\n0\r\n\r\n";
  e = request_extent(head + tricky, kMax);
  CHECK(e.state == Extent::whole);
  CHECK(e.bytes == head.size() + tricky.size());
}

TEST_CASE("framing: what httplib must refuse is handed over whole, to be refused",
          "[http][framing]") {
  for (const std::string bad :
       {"POST /x HTTP/1.1\r\nContent-Length: 12x\r\n\r\n",
        "POST /x HTTP/1.1\r\nContent-Length: -1\r\n\r\n",
        "POST /x HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\n",
        "POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"}) {
    INFO(bad);
    auto e = request_extent(bad, kMax);
    CHECK(e.state == Extent::whole);
    CHECK(e.bytes == bad.size());
  }
}

TEST_CASE("framing: past the size limit, the first max bytes go to httplib", "[http][framing]") {
  std::string huge = "GET /" + std::string(100, 'a') + " HTTP/1.1\r\nX: " + std::string(200, 'b');
  auto e = request_extent(huge, 64);
  CHECK(e.state == Extent::too_large);
  CHECK(e.bytes == 64);
  // A declared body past the limit: no need to wait for it.
  const std::string head = "POST /x HTTP/1.1\r\nContent-Length: 100000\r\n\r\n";
  e = request_extent(head, 1024);
  CHECK(e.state == Extent::too_large);
  CHECK(e.bytes == head.size());
}

TEST_CASE("framing: Expect: 100-continue is seen while the body is missing", "[http][framing]") {
  const std::string head = "POST /x HTTP/1.1\r\nExpect: 100-Continue\r\nContent-Length: 3\r\n\r\n";
  auto e = request_extent(head, kMax);
  CHECK(e.state == Extent::partial);
  CHECK(e.expects_continue);
  e = request_extent(head + "abc", kMax);
  CHECK(e.state == Extent::whole);
}

TEST_CASE("framing: a chunked body that ends past the limit is too large, however it ends",
          "[http][framing]") {
  // Found by fuzz/framing.cc: the partial body was too large, the same body
  // with its end came back whole with more bytes than the limit.
  const std::string head = "POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n";
  std::string body = "0\r\n";
  while (body.size() < 200) body += "X-Trailer: 0123456789\r\n";
  auto partial = request_extent(head + body, 128);
  CHECK(partial.state == Extent::too_large);
  auto ended = request_extent(head + body + "\r\n", 128);
  CHECK(ended.state == Extent::too_large);
  CHECK(ended.bytes == 128);
}
