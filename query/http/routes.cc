#include "query/http/routes.h"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <system_error>

#include "core/text.h"
#include "query/http/cache_key.h"
#include "query/http/ics.h"
#include "query/http/metrics.h"
#include "query/http/result_cache.h"
#include "query/json.h"
#include "query/request.h"

namespace lanyard::query::http {

namespace {

using core::ErrorCode;

constexpr std::uintmax_t kMaxStaticBytes = 8 * 1024 * 1024;

// The exact bytes `lanyard search --json` prints (app/cmd_search.cc): the same
// dump settings and the trailing newline.
std::string dump(const nlohmann::ordered_json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

HttpResponse json_response(const nlohmann::ordered_json& j,
                           std::optional<std::size_t> count = std::nullopt) {
  HttpResponse r;
  r.body = dump(j);
  r.result_count = count;
  return r;
}

std::optional<HttpResponse> check_sizes(const ParamMap& params) {
  std::size_t q = 0;
  for (auto [it, end] = params.equal_range("q"); it != end; ++it) q += it->second.size();
  if (q > kMaxQueryBytes) {
    return error_response(414, "uri_too_long",
                          "q is longer than " + std::to_string(kMaxQueryBytes) + " bytes");
  }
  return std::nullopt;
}

// A parser's result as the route's parameters, or its error as a response.
template <typename T>
ParsedRequest parsed(core::Result<T> request) {
  if (!request) return {NoParams{}, error_response(request.error())};
  return {std::move(*request), std::nullopt};
}

// Whether a 200 built from ctx.searcher may be kept by the result cache: not
// when the counts were cut by the time budget or shards were left out.
bool cacheable(const RouteContext& ctx, bool total_exact = true) {
  return total_exact && ctx.searcher->missing_shards().empty();
}

const char* content_type_of(const std::filesystem::path& file) {
  static const std::pair<const char*, const char*> kTypes[] = {
      {".html", "text/html; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".json", "application/json; charset=utf-8"},
      {".svg", "image/svg+xml; charset=utf-8"},
      {".txt", "text/plain; charset=utf-8"},
      {".png", "image/png"},
      {".ico", "image/x-icon"},
      {".webp", "image/webp"},
      {".woff2", "font/woff2"}};
  std::string ext = file.extension().string();
  for (const auto& [e, type] : kTypes) {
    if (ext == e) return type;
  }
  return "application/octet-stream";
}

bool under(const std::filesystem::path& root, const std::filesystem::path& p) {
  auto r = root.native(), s = p.native();
  return s.size() > r.size() && s.compare(0, r.size(), r) == 0 && s[r.size()] == '/';
}

}  // namespace

std::optional<HttpResponse> check_params(const ParamMap& params) {
  if (params.size() > kMaxParams) {
    return error_response(400, "bad_request",
                          "more than " + std::to_string(kMaxParams) + " parameters");
  }
  for (const auto& [key, value] : params) {
    if (auto st = check_parameter(key, value); !st) return error_response(st.error());
  }
  return std::nullopt;
}

const std::vector<Route>& routes() {
  static const std::vector<Route> kRoutes = {
      {"GET", "/api/search", Access::search, parse_search, handle_search, params_cache_key},
      {"GET", "/api/facets", Access::search, parse_facets, handle_facets, params_cache_key},
      {"GET", "/api/doc", Access::search, parse_doc, handle_doc, params_cache_key},
      {"GET", "/api/suggest", Access::search, parse_suggest, handle_suggest, params_cache_key},
      {"GET", "/api/events.ics", Access::search, parse_ics, handle_ics, ics_cache_key},
      {"GET", "/healthz", Access::peek, parse_nothing, handle_healthz, nullptr},
      {"GET", "/metrics", Access::peek, parse_nothing, handle_metrics, nullptr},
      {"GET", "/", Access::none, parse_nothing, handle_static, nullptr},
  };
  return kRoutes;
}

std::string_view route_name(std::string_view path) {
  for (const auto& r : routes()) {
    if (r.path == path && r.handler != handle_static) return r.path;
  }
  if (path.starts_with("/api/") || path == "/api") return "unknown";
  return "static";
}

RouteMatch match_route(std::string_view method, std::string_view path) {
  bool get = method == "GET" || method == "HEAD";
  const Route* found = nullptr;
  for (const auto& r : routes()) {
    if (r.path == path) found = &r;
  }
  if (!found && !path.starts_with("/api/") && path != "/api")
    found = &routes().back();  // the web folder
  if (!found) return {nullptr, error_response(404, "not_found", "no route " + std::string(path))};
  if (!get) {
    HttpResponse e = error_response(405, "method_not_allowed",
                                    std::string(method) + " is not allowed here; use GET");
    e.headers.emplace_back("Allow", "GET, HEAD");
    return {nullptr, e};
  }
  return {found, {}};
}

HttpResponse error_response(const core::Error& error) {
  struct Entry {
    ErrorCode code;
    int status;
    const char* name;
  };
  // Every code a client can cause is a 4xx; the index failing is a 503.
  static const Entry kTable[] = {
      {ErrorCode::invalid_input, 400, "bad_request"},
      {ErrorCode::not_found, 404, "not_found"},
      {ErrorCode::io_error, 503, "index_unavailable"},
      {ErrorCode::locked, 503, "index_unavailable"},
      {ErrorCode::internal, 500, "internal"},
  };
  for (const auto& e : kTable) {
    if (e.code == error.code) return error_response(e.status, e.name, error.message);
  }
  return error_response(500, "internal", error.message);
}

HttpResponse error_response(int status, std::string_view code, std::string_view message) {
  nlohmann::ordered_json j;
  j["error"]["code"] = code;
  j["error"]["message"] = message;
  HttpResponse r = json_response(j);
  r.status = status;
  return r;
}

ParsedRequest parse_search(const HttpRequest& req) {
  if (auto e = check_sizes(req.params)) return {NoParams{}, std::move(*e)};
  return parsed(parse_search_request(req.params));
}

ParsedRequest parse_ics(const HttpRequest& req) {
  if (auto e = check_sizes(req.params)) return {NoParams{}, std::move(*e)};
  auto request = parse_search_request(req.params, {.default_limit = kIcsDefaultLimit});
  if (request) request->snippets = false;
  return parsed(std::move(request));
}

ParsedRequest parse_suggest(const HttpRequest& req) {
  if (auto e = check_sizes(req.params)) return {NoParams{}, std::move(*e)};
  return parsed(parse_suggest_request(req.params));
}

ParsedRequest parse_doc(const HttpRequest& req) { return parsed(parse_doc_request(req.params)); }

ParsedRequest parse_facets(const HttpRequest& req) {
  if (auto st = only_parameters(req.params, {}); !st)
    return {NoParams{}, error_response(st.error())};
  return {NoParams{}, std::nullopt};
}

ParsedRequest parse_nothing(const HttpRequest&) { return {NoParams{}, std::nullopt}; }

HttpResponse handle_search(const RouteContext& ctx, const HttpRequest&, const RouteParams& params) {
  auto result = ctx.searcher->search(std::get<SearchRequest>(params));
  if (!result) return error_response(result.error());
  HttpResponse r;
  r.body = to_json_text(*result) + "\n";  // what dump() would give, without the tree
  r.result_count = result->hits.size();
  r.cacheable = cacheable(ctx, result->total_exact);
  return r;
}

HttpResponse handle_facets(const RouteContext& ctx, const HttpRequest&, const RouteParams&) {
  auto facets = ctx.searcher->facets(0);
  if (!facets) return error_response(facets.error());
  HttpResponse r = json_response(facets_json(*facets));
  r.cacheable = cacheable(ctx);
  return r;
}

HttpResponse handle_doc(const RouteContext& ctx, const HttpRequest&, const RouteParams& params) {
  auto hit = ctx.searcher->document(std::get<DocRequest>(params).id);
  if (!hit) return error_response(hit.error());
  HttpResponse r = json_response(document_json(*hit), 1);
  r.cacheable = cacheable(ctx);
  return r;
}

HttpResponse handle_suggest(const RouteContext& ctx, const HttpRequest&,
                            const RouteParams& params) {
  const auto& request = std::get<SuggestRequest>(params);
  auto suggestions = ctx.searcher->suggest(request.query, request.limit);
  if (!suggestions) return error_response(suggestions.error());
  HttpResponse r =
      json_response(suggestions_json(request.query, *suggestions), suggestions->size());
  r.cacheable = cacheable(ctx);
  return r;
}

HttpResponse handle_ics(const RouteContext& ctx, const HttpRequest& req,
                        const RouteParams& params) {
  auto result = ctx.searcher->search(std::get<SearchRequest>(params));
  if (!result) return error_response(result.error());
  IcsOptions options;
  options.base_url = req.host.empty() ? "" : "http://" + req.host;
  options.now = std::chrono::system_clock::now();
  HttpResponse r;
  r.content_type = "text/calendar; charset=utf-8";
  std::size_t events = 0;
  r.body = events_ics(result->hits, options, &events);
  r.result_count = events;
  r.cacheable = cacheable(ctx, result->total_exact);
  return r;
}

HttpResponse handle_healthz(const RouteContext& ctx, const HttpRequest&, const RouteParams&) {
  nlohmann::ordered_json j;
  j["status"] = "ok";
  j["documents"] = ctx.searcher->document_count();
  return json_response(j);
}

HttpResponse handle_metrics(const RouteContext& ctx, const HttpRequest&, const RouteParams&) {
  HttpResponse r;
  r.content_type = "text/plain; version=0.0.4; charset=utf-8";
  r.body = ctx.metrics
               ? ctx.metrics->render(ctx.searcher->document_count(),
                                     ctx.workers ? ctx.workers->stats() : SearchWorkers::Stats{},
                                     ctx.cache ? ctx.cache->stats() : ResultCache::Stats{})
               : "";
  return r;
}

std::optional<std::filesystem::path> resolve_static(const std::filesystem::path& web_root,
                                                    std::string_view path) {
  namespace fs = std::filesystem;
  if (web_root.empty() || path.find('\0') != std::string_view::npos ||
      path.find('\\') != std::string_view::npos) {
    return std::nullopt;
  }
  std::string rel(path);
  while (!rel.empty() && rel.front() == '/')
    rel.erase(0, 1);  // "//etc/passwd" is not absolute here
  std::error_code ec;
  fs::path candidate = fs::weakly_canonical(web_root / rel, ec);
  if (ec || (candidate != web_root && !under(web_root, candidate))) return std::nullopt;
  if (fs::is_directory(candidate, ec))
    candidate = fs::weakly_canonical(candidate / "index.html", ec);
  if (ec || !under(web_root, candidate) || !fs::is_regular_file(candidate, ec)) return std::nullopt;
  return candidate;
}

HttpResponse handle_static(const RouteContext& ctx, const HttpRequest& req, const RouteParams&) {
  auto file = resolve_static(ctx.web_root, req.path);
  std::error_code ec;
  if (!file || std::filesystem::file_size(*file, ec) > kMaxStaticBytes || ec) {
    return error_response(404, "not_found", "no file " + req.path);
  }
  std::ifstream in(*file, std::ios::binary);
  if (!in.is_open()) return error_response(404, "not_found", "cannot read " + req.path);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  HttpResponse r;
  r.content_type = content_type_of(*file);
  r.body = std::move(bytes).str();
  return r;
}

}  // namespace lanyard::query::http
