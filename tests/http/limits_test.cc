// The server's limits: 429 when the search slots and their queue are full
// (forced with a test hook that holds the only slot, so no timing decides
// it), slow clients that cannot hold the server, and hostile requests that
// always get a 4xx JSON answer, never a 5xx.
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>

#include "query/http/server.h"
#include "tests/query/fixture.h"
#include "tests/test_util.h"

using lanyard::query::http::Server;
using lanyard::query::http::ServerOptions;
using lanyard::testing::TempDir;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

namespace {

struct Index {
  TempDir dir;
  std::string db = (dir.path() / "idx").string();
  Index() { lanyard::testing::write_fixture_index(db); }
  ServerOptions options() const {
    ServerOptions o;
    o.db = db;
    o.port = 0;
    return o;
  }
};

std::unique_ptr<Server> start(const ServerOptions& o) {
  auto s = Server::start(o);
  REQUIRE(s);
  return std::move(*s);
}

// A blocking TCP connection to the server, for bytes httplib::Client would not send.
struct Raw {
  int fd = -1;
  // receive_buffer: SO_RCVBUF in bytes (0 = the system's), set before connecting.
  explicit Raw(int port, int receive_buffer = 0) {
    fd = socket(AF_INET, SOCK_STREAM, 0);
    if (receive_buffer)
      setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &receive_buffer, sizeof receive_buffer);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(static_cast<uint16_t>(port));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0);
    timeval tv{30, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  }
  ~Raw() { close(fd); }
  bool send_all(const std::string& bytes) const {
    std::size_t sent = 0;
    while (sent < bytes.size()) {
      ssize_t n = send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
      if (n <= 0) return false;
      sent += static_cast<std::size_t>(n);
    }
    return true;
  }
  // One response: its headers and Content-Length bytes of body (or what
  // came before the server closed the connection, or 30 s passed).
  std::string read_response() const {
    std::string out;
    char buf[4096];
    for (ssize_t n; (n = recv(fd, buf, sizeof buf, 0)) > 0;) {
      out.append(buf, static_cast<std::size_t>(n));
      auto end = out.find("\r\n\r\n");
      auto length = out.find("Content-Length: ");
      if (end != std::string::npos && length != std::string::npos && length < end &&
          out.size() >= end + 4 + std::stoul(out.substr(length + 16))) {
        break;
      }
    }
    return out;
  }
  // True once the server has closed: recv sees EOF or a reset.
  bool closed_by_server() const {
    char c;
    ssize_t n = recv(fd, &c, 1, MSG_DONTWAIT);
    return n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK);
  }
};

int status_of(const std::string& response) {
  if (response.compare(0, 9, "HTTP/1.1 ") != 0) return 0;
  return std::atoi(response.c_str() + 9);
}

std::string body_of(const std::string& response) {
  auto p = response.find("\r\n\r\n");
  return p == std::string::npos ? "" : response.substr(p + 4);
}

// Holds every /api/search in the hook until released.
struct Gatekeeper {
  std::mutex m;
  std::condition_variable cv;
  int entered = 0;
  bool open = false;
  void hold(const std::string& path) {
    std::unique_lock lock(m);
    ++entered;
    cv.notify_all();
    if (path == "/api/search") cv.wait(lock, [&] { return open; });
  }
  void wait_entered(int n) {
    std::unique_lock lock(m);
    cv.wait(lock, [&] { return entered >= n; });
  }
  void release() {
    std::lock_guard lock(m);
    open = true;
    cv.notify_all();
  }
};

std::string metric(httplib::Client& c, const std::string& name) {
  auto r = c.Get("/metrics");
  REQUIRE(r);
  auto p = r->body.find("\n" + name + " ");
  REQUIRE(p != std::string::npos);
  return r->body.substr(p + name.size() + 2, r->body.find('\n', p + 1) - p - name.size() - 2);
}

// One search slot, whose searches the gatekeeper holds.
std::unique_ptr<Server> one_slot(const Index& idx, Gatekeeper& gk, std::size_t queue,
                                 std::chrono::milliseconds wait) {
  ServerOptions o = idx.options();
  o.threads = 1;
  o.max_queued = queue;
  o.max_queue_wait = wait;
  o.on_search_slot = [&gk](const std::string& path) { gk.hold(path); };
  return start(o);
}

}  // namespace

TEST_CASE(
    "http: a full search queue is answered 429 at once, and the waiting requests still succeed",
    "[http]") {
  Index idx;
  Gatekeeper gk;
  auto server = one_slot(idx, gk, 1, 600s);
  int port = server->port();
  auto get = [port](const std::string& target) {
    httplib::Client c("127.0.0.1", port);
    c.set_read_timeout(60, 0);
    auto r = c.Get(target.c_str());
    return r ? r->status : 0;
  };
  int first = 0, second = 0;
  std::thread a([&] { first = get("/api/search?q=pytorch"); });
  gk.wait_entered(1);  // a holds the only slot
  std::thread b([&] { second = get("/api/search?q=compilers"); });
  httplib::Client c("127.0.0.1", port);
  while (metric(c, "lanyard_search_waiting") != "1")
    std::this_thread::sleep_for(2ms);  // b is queued

  for (const char* target :
       {"/api/search?q=llm", "/api/doc?id=_events/ptc-2025.md", "/api/facets"}) {
    INFO(target);
    auto r = c.Get(target);
    REQUIRE(r);
    CHECK(r->status == 429);
    CHECK(r->get_header_value("Retry-After") == "1");
    CHECK(r->get_header_value("Content-Type") == "application/json; charset=utf-8");
    CHECK(nlohmann::json::parse(r->body)["error"]["code"] == "overloaded");
  }
  // Health and metrics do not wait for a search slot.
  auto health = c.Get("/healthz");
  REQUIRE(health);
  CHECK(health->status == 200);
  CHECK(metric(c, "lanyard_search_refused_total") == "3");
  CHECK(metric(c, "lanyard_search_running") == "1");

  gk.release();
  a.join();
  b.join();
  CHECK(first == 200);
  CHECK(second == 200);
  CHECK(metric(c, "lanyard_search_waiting") == "0");
}

TEST_CASE("http: a request that waits too long for a search slot is answered 429", "[http]") {
  Index idx;
  Gatekeeper gk;
  auto server = one_slot(idx, gk, 8, 100ms);
  httplib::Client held("127.0.0.1", server->port());
  held.set_read_timeout(60, 0);
  int first = 0;
  std::thread a([&] {
    auto r = held.Get("/api/search?q=pytorch");
    first = r ? r->status : 0;
  });
  gk.wait_entered(1);
  httplib::Client c("127.0.0.1", server->port());
  auto r =
      c.Get("/api/suggest?q=py");  // the slot is held until release(): this wait always runs out
  REQUIRE(r);
  CHECK(r->status == 429);
  gk.release();
  a.join();
  CHECK(first == 200);
}

TEST_CASE("http: clients sending their headers byte by byte are cut off and do not hold up others",
          "[http]") {
  Index idx;
  ServerOptions o = idx.options();
  o.threads = 1;
  o.read_timeout = 3s;  // for the whole request, however the bytes trickle in
  auto server = start(o);
  int port = server->port();
  std::atomic<int> slow_closed{0};
  std::atomic<bool> normal_done{false}, normal_done_first{false};
  std::vector<std::thread> slow;
  auto started = Clock::now();
  for (int i = 0; i < 3; ++i) {
    slow.emplace_back([&] {
      Raw r(port);
      std::string request =
          "GET /api/search?q=pytorch HTTP/1.1\r\nHost: x\r\nX-Slow: " + std::string(200, 'a');
      for (char ch : request) {  // 200+ bytes, 50 ms apart: over 10 s if the server waited
        if (!r.send_all(std::string(1, ch)) || r.closed_by_server()) break;
        std::this_thread::sleep_for(50ms);
      }
      if (r.closed_by_server() || !r.send_all("\r\n\r\n")) {
        if (normal_done && slow_closed == 0) normal_done_first = true;
        ++slow_closed;
      }
    });
  }
  std::this_thread::sleep_for(200ms);  // the slow clients are connected and sending
  httplib::Client c("127.0.0.1", port);
  int ok = 0;
  for (int i = 0; i < 5; ++i) {
    auto r = c.Get("/api/search?q=compilers");
    ok += r && r->status == 200 ? 1 : 0;
  }
  normal_done = true;
  for (auto& t : slow) t.join();
  double seconds = std::chrono::duration<double>(Clock::now() - started).count();
  CHECK(ok == 5);
  CHECK(normal_done_first);  // served while the slow ones were still connected
  CHECK(slow_closed == 3);
  CHECK(seconds < 9);  // cut at read_timeout, not after the whole trickle
}

TEST_CASE("http: hostile requests get a 4xx JSON error, never a 5xx", "[http]") {
  Index idx;
  auto server = start(idx.options());
  int port = server->port();
  std::string many_params = "/api/search?";
  for (int i = 0; i < 700; ++i)
    many_params += "topic=" + std::to_string(i) + "&";  // httplib drops exact repeats
  std::string many_headers = "GET /healthz HTTP/1.1\r\nHost: x\r\n";
  for (int i = 0; i < 2000; ++i)
    many_headers += "X-H" + std::to_string(i) + ": " + std::string(50, 'v') + "\r\n";
  struct Case {
    std::string request;
    int status;
  };
  const std::vector<Case> cases = {
      {"GET /api/search?q=%FF%FE HTTP/1.1\r\n\r\n", 400},       // invalid UTF-8
      {"GET /api/search?topic=%C0%AF HTTP/1.1\r\n\r\n", 400},   // overlong UTF-8
      {"GET /api/doc?id=%ED%A0%80 HTTP/1.1\r\n\r\n", 400},      // a surrogate
      {"GET /api/search?q=a%00b HTTP/1.1\r\n\r\n", 400},        // NUL
      {"GET /api/search?q=%1b%5b31m HTTP/1.1\r\n\r\n", 400},    // terminal escape
      {"GET /api/suggest?q=a%0d%0aX:1 HTTP/1.1\r\n\r\n", 400},  // CR LF
      {"GET /api/search?%FF=1 HTTP/1.1\r\n\r\n", 400},          // a bad parameter name
      {"GET /api/search?limit=-1 HTTP/1.1\r\n\r\n", 400},
      {"GET /api/search?offset=-5 HTTP/1.1\r\n\r\n", 400},
      {"GET /api/search?limit=99999999999999999999999 HTTP/1.1\r\n\r\n", 400},
      {"GET /api/search?offset=1e9 HTTP/1.1\r\n\r\n", 400},
      {"GET /api/search?near=1,2&radius=-3 HTTP/1.1\r\n\r\n", 400},
      {"GET /api/search?near=1,2&radius=1e400 HTTP/1.1\r\n\r\n", 400},
      {"GET /api/search?facet_limit=18446744073709551617 HTTP/1.1\r\n\r\n", 400},
      {"GET /api/suggest?q=a&limit=-1 HTTP/1.1\r\n\r\n", 400},
      {"GET /api/search?nope=1 HTTP/1.1\r\n\r\n", 400},   // unknown parameter
      {"GET /api/doc?id=a&id=b HTTP/1.1\r\n\r\n", 400},   // repeated single parameter
      {"GET " + many_params + " HTTP/1.1\r\n\r\n", 400},  // 700 repeated parameters
      {"GET /" + std::string(9000, 'a') + " HTTP/1.1\r\n\r\n", 414},
      {"GET /healthz HTTP/1.1\r\nX-Big: " + std::string(10000, 'a') + "\r\n\r\n",
       400},                         // one huge header
      {many_headers + "\r\n", 400},  // 100 KB of headers
      {"GARBAGE\r\n\r\n", 400},
      {"GET /healthz HTTP/9.9\r\n\r\n", 400},
      {"BREW /healthz HTTP/1.1\r\n\r\n", 400},  // an unknown method
      {"PATCH /api/search HTTP/1.1\r\nContent-Length: 0\r\n\r\n", 405},
      {"OPTIONS /api/search HTTP/1.1\r\n\r\n", 405},  // no CORS: no preflight
      {"POST /api/search HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n", 413},
      {"GET /healthz HTTP/1.1\r\nRange: bytes=5-3\r\n\r\n", 416},
  };
  for (const auto& c : cases) {
    INFO(c.request.substr(0, 100));
    Raw r(port);
    REQUIRE(r.send_all(c.request));
    std::string response = r.read_response();
    int status = status_of(response);
    CHECK(status == c.status);
    auto j = nlohmann::json::parse(body_of(response), nullptr, false);
    REQUIRE(j.is_object());
    CHECK(j["error"]["code"].is_string());
  }
  // A Range header on a good request is ignored: the JSON comes whole.
  Raw ranged(port);
  REQUIRE(
      ranged.send_all("GET /healthz HTTP/1.1\r\nRange: bytes=0-1\r\nConnection: close\r\n\r\n"));
  std::string whole = ranged.read_response();
  CHECK(status_of(whole) == 200);
  CHECK(nlohmann::json::parse(body_of(whole), nullptr, false).is_object());
  httplib::Client c("127.0.0.1", port);
  CHECK(c.Get("/healthz")->status == 200);
}

TEST_CASE(
    "http: pipelined responses arrive whole and in order; a client that stops reading is cut off",
    "[http]") {
  Index idx;
  TempDir web;
  std::string big;
  for (int i = 0; big.size() < 7 * 1024 * 1024; ++i)
    big += "line " + std::to_string(i) + " of a large page\n";
  web.write("big.txt", big);
  web.write("small.txt", "small");
  ServerOptions o = idx.options();
  o.web = web.path();
  o.write_timeout = 1s;
  auto server = start(o);
  const int port = server->port();

  SECTION("three requests in one send: three whole responses, the large one past the send buffer") {
    Raw r(port);
    REQUIRE(
        r.send_all("GET /small.txt HTTP/1.1\r\nHost: x\r\n\r\n"
                   "GET /big.txt HTTP/1.1\r\nHost: x\r\n\r\n"
                   "GET /small.txt HTTP/1.1\r\nHost: x\r\n\r\n"));
    std::string all;
    char buf[65536];
    auto complete = [&] {  // three heads, each followed by its Content-Length bytes
      std::size_t at = 0;
      for (int k = 0; k < 3; ++k) {
        auto end = all.find("\r\n\r\n", at);
        auto length = all.find("Content-Length: ", at);
        if (end == std::string::npos || length == std::string::npos || length > end) return false;
        at = end + 4 + std::stoul(all.substr(length + 16));
        if (all.size() < at) return false;
      }
      return true;
    };
    for (ssize_t n; !complete() && (n = recv(r.fd, buf, sizeof buf, 0)) > 0;)
      all.append(buf, static_cast<std::size_t>(n));
    REQUIRE(complete());
    auto first = all.find("\r\n\r\n");
    CHECK(status_of(all) == 200);
    CHECK(all.compare(first + 4, 5, "small") == 0);
    auto second = all.find("HTTP/1.1 200", first);
    REQUIRE(second != std::string::npos);
    auto second_body = all.find("\r\n\r\n", second) + 4;
    CHECK(all.compare(second_body, big.size(), big) == 0);
    CHECK(all.compare(all.size() - 5, 5, "small") == 0);
  }

  SECTION("a client that never reads is closed after write_timeout; others are served meanwhile") {
    Raw stuck(port, 256 * 1024);  // with the server's send buffer, far less than the 7 MB page
    REQUIRE(stuck.send_all("GET /big.txt HTTP/1.1\r\nHost: x\r\n\r\n"));
    httplib::Client c("127.0.0.1", port);
    auto small = c.Get("/small.txt");
    REQUIRE(small);
    CHECK(small->body == "small");
    std::this_thread::sleep_for(2500ms);  // write_timeout (1 s) has passed
    // What the server sent before it gave up is still queued; past it, the end.
    char buf[65536];
    std::size_t received = 0;
    ssize_t n;
    while ((n = recv(stuck.fd, buf, sizeof buf, 0)) > 0) received += static_cast<std::size_t>(n);
    CHECK(n == 0);  // closed (a timeout would have been -1 after 30 s)
    CHECK(received < big.size());
  }
}

TEST_CASE(
    "http: the Keep-Alive header gives the server's own idle timeout and request limit, which it "
    "keeps",
    "[http]") {
  Index idx;
  ServerOptions o = idx.options();
  o.keep_alive_max_requests = 7;
  o.keep_alive_timeout = 3s;
  auto server = start(o);
  Raw r(server->port());
  for (int i = 1; i <= 7; ++i) {
    REQUIRE(r.send_all("GET /api/search?q=compilers HTTP/1.1\r\nHost: x\r\n\r\n"));
    std::string response = r.read_response();
    INFO("request " << i << ": " << response.substr(0, response.find("\r\n\r\n")));
    REQUIRE(status_of(response) == 200);
    if (i < 7) {
      CHECK(response.find("\r\nKeep-Alive: timeout=3, max=7\r\n") != std::string::npos);
      CHECK(response.find("\r\nConnection: close\r\n") == std::string::npos);
    } else {
      CHECK(response.find("\r\nConnection: close\r\n") != std::string::npos);
    }
  }
  auto deadline = Clock::now() + 5s;
  while (!r.closed_by_server() && Clock::now() < deadline) std::this_thread::sleep_for(10ms);
  CHECK(r.closed_by_server());
}
