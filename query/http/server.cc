// The HTTP side of the query server: httplib wiring, the search workers and
// their Searchers, response headers, the access log and metrics. Handlers and
// the route table are in routes.cc, connections in connection.cc.
#include "query/http/server.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "query/http/admission.h"
#include "query/http/cache_key.h"
#include "query/http/connection.h"
#include "query/http/metrics.h"
#include "query/http/result_cache.h"
#include "query/http/routes.h"
#include "query/searcher.h"

namespace lanyard::query::http {

namespace {

using Clock = std::chrono::steady_clock;
constexpr int kListenBacklog = 1024;  // connections the kernel queues before we accept them
// How often requests answered from the result cache look for a new index
// revision (they skip the Searcher refresh a search does): a reindex is seen
// within this, plus one refresh.
constexpr std::chrono::milliseconds kIndexCheckInterval{200};

// Xapian handles are not thread-safe: each search worker has a Searcher of
// its own, used only on its thread, opened (and warmed) at start and
// refreshed to the latest committed revision before each search, so a
// reindex shows up on the next request.
class WorkerSearchers {
 public:
  WorkerSearchers(std::size_t workers, std::filesystem::path db,
                  std::shared_ptr<const core::Gazetteer> gazetteer, double time_budget,
                  const ShardOptions& shards, Metrics& metrics)
      : db_(std::move(db)),
        gazetteer_(std::move(gazetteer)),
        time_budget_(time_budget),
        shards_(shards),
        metrics_(metrics),
        searchers_(workers) {}

  core::Result<std::unique_ptr<Searcher>> open() const {
    auto opened = Searcher::open(db_, gazetteer_, shards_);
    if (opened) (*opened)->set_time_budget(time_budget_);
    return opened;
  }

  // Opens every worker's Searcher and reads its facet columns and spelling
  // index (Searcher::warm), one thread per worker, so that the first searches
  // do not pay for them; before the workers start.
  core::Status open_all() {
    std::vector<core::Status> failed(searchers_.size());
    std::vector<std::thread> openers;
    for (std::size_t i = 0; i < searchers_.size(); ++i) {
      openers.emplace_back([this, i, &failed] {
        auto opened = open();
        if (!opened) {
          failed[i] = opened.error();
          return;
        }
        (void)(*opened)->warm();  // an index that cannot be read is reported by the searches
        searchers_[i] = std::move(*opened);
      });
    }
    for (auto& t : openers) t.join();
    for (auto& st : failed) {
      if (!st) return st;
    }
    return {};
  }

  // Worker `worker`'s Searcher, fresh; call on that worker only.
  core::Result<Searcher*> get(std::size_t worker) {
    auto& s = searchers_.at(worker);
    if (!s) {
      auto opened = open();
      if (!opened) return opened.error();
      s = std::move(*opened);
    }
    auto fresh = s->refresh();
    if (!fresh) return fresh.error();
    if (*fresh) metrics_.index_reloaded(std::chrono::system_clock::now());
    return s.get();
  }

 private:
  std::filesystem::path db_;
  std::shared_ptr<const core::Gazetteer> gazetteer_;  // read-only, shared by every Searcher
  double time_budget_;                                // seconds, for every Searcher
  ShardOptions shards_;
  Metrics& metrics_;
  std::vector<std::unique_ptr<Searcher>> searchers_;  // [worker]
};

// What the access log and metrics need from the handler, on the worker's
// thread (httplib calls the logger on the thread that ran the handler).
struct RequestTrace {
  std::optional<Clock::time_point> start;
  std::optional<std::size_t> results;
};
thread_local RequestTrace t_trace;

// Control characters and quotes in a client's path must not forge log lines.
std::string loggable(std::string_view path) {
  std::string out;
  for (unsigned char c : path.substr(0, 200)) {
    if (c < 0x20 || c == 0x7f || c == '"' || c == '\\') {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  if (path.size() > 200) out += "...";
  return out;
}

// Messages for the errors httplib answers before any handler runs.
std::pair<const char*, const char*> http_error(int status) {
  switch (status) {
    case 400:
      return {"bad_request", "the request is not valid HTTP (or its headers are over 64 KiB)"};
    case 404:
      return {"not_found", "no such route"};
    case 413:
      return {"payload_too_large", "the request body is too large"};
    case 414:
      return {"uri_too_long", "the URL is longer than 8192 bytes"};
    case 416:
      return {"bad_range", "the Range header is not valid (responses are never partial)"};
    case 431:
      return {"headers_too_large", "the request headers are too large"};
    default:
      return {"error", "the request failed"};
  }
}

}  // namespace

// 0 in the options means "the default": one search worker per core.
ServerOptions resolved(ServerOptions o) {
  if (o.threads == 0) o.threads = std::max(1u, std::thread::hardware_concurrency());
  if (o.max_queued == 0) o.max_queued = o.threads * 64;
  o.max_connections = std::max(o.max_connections, o.threads);
  return o;
}

ConnectionLimits limits_of(const ServerOptions& o) {
  ConnectionLimits limits;
  limits.idle_timeout = o.keep_alive_timeout;
  limits.read_timeout = o.read_timeout;
  limits.write_timeout = o.write_timeout;
  limits.max_requests = std::max<std::size_t>(1, o.keep_alive_max_requests);
  limits.max_connections = o.max_connections;
  return limits;
}

struct Server::Impl {
  ServerOptions options;
  Metrics metrics;
  WorkerSearchers searchers;  // declared before the workers: they use it until joined
  SearchWorkers workers;
  ResultCache cache;
  // /healthz and /metrics share one Searcher, outside the search workers; its
  // refresh also tells the result cache that the index changed.
  std::mutex peek_mutex;
  std::unique_ptr<Searcher> peek;
  std::atomic<Clock::rep> next_index_check{0};  // Clock ticks since its epoch
  std::filesystem::path web_root;
  HttpServer http;
  std::thread listener;
  int port = 0;
  std::once_flag stopped;

  explicit Impl(ServerOptions o)
      : options(resolved(std::move(o))),
        searchers(options.threads, options.db, options.gazetteer,
                  std::chrono::duration<double>(options.time_budget).count(), options.shards,
                  metrics),
        workers(options.threads, options.max_queued, options.max_queue_wait, /*own_threads=*/false),
        cache(options.cache_bytes),
        http(limits_of(options), workers) {}

  void add_common_headers(httplib::Response& res) const {
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header(
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'");
    res.set_header("Referrer-Policy", "no-referrer");
    if (!options.cors_origin.empty()) {
      res.set_header("Access-Control-Allow-Origin", options.cors_origin);
      res.set_header("Vary", "Origin");
    }
  }

  HttpResponse dispatch(const HttpRequest& r) {
    if (r.method == "OPTIONS" && !options.cors_origin.empty()) {
      HttpResponse pre;
      pre.status = 204;
      pre.headers = {{"Access-Control-Allow-Methods", "GET, HEAD"},
                     {"Access-Control-Max-Age", "600"}};
      return pre;
    }
    RouteMatch match = match_route(r.method, r.path);
    if (!match.route) return match.error;
    if (auto bad = check_params(r.params)) return *bad;
    RouteContext ctx{nullptr, &metrics, &workers, &cache, web_root};
    const Route& route = *match.route;
    if (route.access == Access::search) return search(route, r, ctx);
    ParsedRequest parsed = route.parse(r);
    if (parsed.error) return std::move(*parsed.error);
    if (route.access == Access::peek) {
      std::lock_guard lock(peek_mutex);
      if (auto fresh = refresh_peek(); !fresh) return error_response(fresh.error());
      ctx.searcher = peek.get();
    }
    return route.handler(ctx, r, parsed.params);
  }

  // A route that reads the index, its request parsed once here for the cache
  // key and the handler: from the result cache when it holds the answer (no
  // Xapian), else on this search worker's Searcher refreshed to the latest
  // revision, the answer kept when the handler says it may be. On the
  // monitor's thread (Phase::loop) a miss is deferred to a worker
  // (connection.h), which parses it again. An invalid request is answered at
  // once, on any thread, and never looked up.
  HttpResponse search(const Route& route, const HttpRequest& r, RouteContext ctx) {
    RequestState& request = current_request();
    if (request.phase == Phase::refused) return overloaded();
    ParsedRequest parsed = route.parse(r);
    if (parsed.error) return std::move(*parsed.error);
    std::optional<std::string> key;
    std::uint64_t generation = 0;
    if (cache.enabled()) {
      if (!request.cache_checked) follow_index();
      key = cache_key(route, r, parsed.params, std::chrono::system_clock::now());
      // Read before the Searcher refreshes: what it computes on a newer
      // revision than this generation's is refused by put, never kept stale.
      generation = cache.generation();
      // A request the monitor deferred was looked up (and its miss counted) there.
      if (!request.cache_checked) {
        if (auto hit = key ? cache.get(*key) : nullptr) return with_cache_header(*hit, "hit");
      }
    }
    if (request.phase == Phase::loop) {
      request.defer = true;
      return {};
    }
    if (options.on_search_slot) options.on_search_slot(r.path);
    auto searcher = searchers.get(request.worker);
    if (!searcher) return error_response(searcher.error());
    ctx.searcher = *searcher;
    HttpResponse out = route.handler(ctx, r, parsed.params);
    if (!key) return out;
    if (out.status == 200 && out.cacheable) cache.put(*key, out, generation);
    return with_cache_header(std::move(out), "miss");
  }

  static HttpResponse with_cache_header(HttpResponse r, const char* state) {
    r.headers.emplace_back("X-Lanyard-Cache", state);
    return r;
  }

  // Answers from the cache skip the Searcher refresh, so the index is looked
  // at here: at most every kIndexCheckInterval, by the first request that
  // finds the peek Searcher free (the others go on at once).
  void follow_index() {
    Clock::rep now = Clock::now().time_since_epoch().count();
    if (now < next_index_check.load(std::memory_order_relaxed)) return;
    std::unique_lock lock(peek_mutex, std::try_to_lock);
    if (!lock.owns_lock() || now < next_index_check.load(std::memory_order_relaxed)) return;
    next_index_check =
        now + std::chrono::duration_cast<Clock::duration>(kIndexCheckInterval).count();
    (void)refresh_peek();  // an index that cannot be read is reported by the searches that miss
  }

  // The peek Searcher to the latest revision; a new revision (or an index
  // that cannot be read) empties the result cache. peek_mutex held.
  core::Result<bool> refresh_peek() {
    auto fresh = peek->refresh();
    if (!fresh || *fresh) cache.invalidate();
    if (fresh && *fresh) metrics.index_reloaded(std::chrono::system_clock::now());
    return fresh;
  }

  static HttpResponse overloaded() {
    HttpResponse e = error_response(429, "overloaded", "the server is busy; try again in a second");
    e.headers.emplace_back("Retry-After", "1");
    return e;
  }

  void serve(const httplib::Request& req, httplib::Response& res) {
    HttpRequest r{req.method, req.path, ParamMap(req.params.begin(), req.params.end()),
                  req.get_header_value("Host")};
    HttpResponse out = dispatch(r);
    res.status = out.status;
    for (const auto& [k, v] : out.headers) res.set_header(k, v);
    if (r.path.starts_with("/api/")) res.set_header("Cache-Control", "no-store");
    add_common_headers(res);
    res.set_content(std::move(out.body), out.content_type);
    t_trace.results = out.result_count;
  }

  // httplib calls this for every response with status >= 400, ours too; only
  // the empty ones (httplib's own: malformed HTTP, 404 off the route, 413,
  // 414, 416) need a body, and after those the connection is closed: what
  // follows a malformed request on it cannot be trusted.
  void fill_error(const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return;
    current_request().close_after = true;
    auto [code, message] = http_error(res.status);
    HttpResponse e = error_response(res.status, code, message);
    res.set_header("Connection", "close");
    add_common_headers(res);
    res.set_content(e.body, e.content_type);
  }

  void log(const httplib::Request& req, const httplib::Response& res) {
    if (current_request().defer) return;  // processed again on a worker, logged there
    double ms =
        t_trace.start
            ? std::chrono::duration<double, std::milli>(Clock::now() - *t_trace.start).count()
            : 0;
    std::string_view route = route_name(req.path);
    metrics.record(route, res.status, ms / 1000);
    if (options.access_log) {
      char line[512];
      std::snprintf(line, sizeof line, "%s %s %d %.1fms results=%s", req.method.c_str(),
                    loggable(req.path).c_str(), res.status, ms,
                    t_trace.results ? std::to_string(*t_trace.results).c_str() : "-");
      options.access_log(line);
    }
    t_trace = {};
  }

  httplib::Server::HandlerResponse pre_route(const httplib::Request& req, httplib::Response&) {
    t_trace = {};
    t_trace.start = current_request().arrived;  // its wait for a worker counts
    // Responses are whole: a Range header would cut JSON in pieces. httplib's
    // own Request is not const (process_request owns it), so this is allowed.
    const_cast<httplib::Request&>(req).ranges.clear();
    return httplib::Server::HandlerResponse::Unhandled;
  }

  void configure() {
    http.set_payload_max_length(kMaxBodyBytes);
    http.set_tcp_nodelay(true);
    http.set_pre_routing_handler(
        [this](const auto& req, auto& res) { return pre_route(req, res); });
    http.set_error_handler([this](const auto& req, auto& res) { fill_error(req, res); });
    http.set_exception_handler([this](const auto&, auto& res, std::exception_ptr) {
      HttpResponse e = error_response(500, "internal", "internal error");
      res.status = 500;
      add_common_headers(res);
      res.set_content(e.body, e.content_type);
    });
    http.set_logger([this](const auto& req, const auto& res) { log(req, res); });
    auto handler = [this](const httplib::Request& req, httplib::Response& res) { serve(req, res); };
    // Every method reaches the route table, which answers 404 or 405 itself.
    const char* any = "[\\s\\S]*";
    http.Get(any, handler);
    http.Post(any, handler);
    http.Put(any, handler);
    http.Patch(any, handler);
    http.Delete(any, handler);
    http.Options(any, handler);
  }
};

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Server::~Server() { stop(); }

int Server::port() const { return impl_->port; }

core::Result<std::unique_ptr<Server>> Server::start(ServerOptions options) {
  auto impl = std::make_unique<Impl>(std::move(options));
  // Open one Searcher now so that a missing index fails the start, not the
  // first request; it answers /healthz and /metrics.
  {
    auto opened = impl->searchers.open();
    if (!opened) return opened.error();
    impl->peek = std::move(*opened);
  }
  if (auto st = impl->searchers.open_all(); !st) return st.error();
  impl->metrics.index_reloaded(std::chrono::system_clock::now());
  std::error_code ec;
  if (!impl->options.web.empty() && std::filesystem::is_directory(impl->options.web, ec)) {
    impl->web_root = std::filesystem::canonical(impl->options.web, ec);
  }
  impl->configure();
  const auto& o = impl->options;
  if (o.port == 0) {
    impl->port = impl->http.bind_to_any_port(o.host);
  } else if (impl->http.bind_to_port(o.host, o.port)) {
    impl->port = o.port;
  }
  if (impl->port <= 0) {
    return core::Error{core::ErrorCode::io_error,
                       "cannot listen on " + o.host + ":" + std::to_string(o.port), ""};
  }
  impl->http.set_backlog(kListenBacklog);
  Impl* raw = impl.get();
  impl->listener = std::thread([raw] { raw->http.listen_after_bind(); });
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

void Server::stop() {
  if (!impl_) return;
  std::call_once(impl_->stopped, [this] {
    // listen_after_bind may not have started its loop yet; stop() then has
    // nothing to close, so wait for it to be running first.
    auto give_up = Clock::now() + std::chrono::seconds(2);
    while (impl_->listener.joinable() && !impl_->http.is_running() && Clock::now() < give_up) {
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    impl_->http.stop();
    if (impl_->listener.joinable()) impl_->listener.join();
  });
}

}  // namespace lanyard::query::http
