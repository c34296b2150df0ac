// The query server's route table and its handlers. Each route parses a
// request once (Route::parse, with the query library's own parsers) into a
// typed value that both its cache key and its handler take. A handler is
// plumbing: it calls the Searcher and returns a plain HttpResponse (JSON from
// query/json.h). Nothing here knows about sockets or httplib;
// query/http/server.cc does.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "core/status.h"
#include "query/request.h"
#include "query/searcher.h"

namespace lanyard::query::http {

class Metrics;
class ResultCache;
class SearchWorkers;

using ParamMap = std::multimap<std::string, std::string>;

// Request limits a handler enforces (the server enforces sizes of the HTTP
// message itself: URL 8 KiB, header line 8 KiB, body kMaxBodyBytes).
inline constexpr std::size_t kMaxQueryBytes = 1024;  // q, all values together -> 414
inline constexpr std::size_t kMaxParams = 64;        // parameters per request -> 400
inline constexpr std::size_t kMaxBodyBytes = 16 * 1024;
inline constexpr std::size_t kIcsDefaultLimit = 100;  // events per feed unless limit says fewer

struct HttpRequest {
  std::string method;  // "GET", "POST", ...
  std::string path;    // percent-decoded, without the query string
  ParamMap params;     // percent-decoded; repeated names repeat
  std::string host;    // the Host header, to make relative URLs absolute in the ICS feed
};

struct HttpResponse {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // besides Content-Type
  std::optional<std::size_t> result_count;                   // for the access log
  // False when the counts are cut by the time budget (total_exact false) or
  // shards were left out: a 200 the result cache must not keep. The handler
  // decides it.
  bool cacheable = true;
};

// What a handler may use. searcher is checked out for this request and
// already refreshed to the latest index revision unless the route's access is none.
struct RouteContext {
  Searcher* searcher = nullptr;
  const Metrics* metrics = nullptr;
  const SearchWorkers* workers = nullptr;  // for /metrics
  const ResultCache* cache = nullptr;      // for /metrics; null when there is none
  std::filesystem::path web_root;          // canonical; empty when there is no web folder
};

// A route without parameters of its own (any it is given are a 400 for
// /api/facets and ignored by /healthz, /metrics and the web folder).
struct NoParams {};

// A request's parameters as its route parsed them: /api/search and
// /api/events.ics a SearchRequest, /api/suggest a SuggestRequest, /api/doc a
// DocRequest, the others NoParams.
using RouteParams = std::variant<NoParams, SearchRequest, SuggestRequest, DocRequest>;

// What Route::parse gives: the parameters, or the error response (400, 414)
// that answers the request instead.
struct ParsedRequest {
  RouteParams params;
  std::optional<HttpResponse> error;
};

using Parser = ParsedRequest (*)(const HttpRequest&);
// params: what the route's parser gave for this request.
using Handler = HttpResponse (*)(const RouteContext&, const HttpRequest&,
                                 const RouteParams& params);
// The route's part of a result-cache key (cache_key.h).
using CacheKey = std::string (*)(const HttpRequest&, const RouteParams& params);

// What a route needs from the index: nothing (files), a quick look (counts,
// one shared handle), or a search, which runs on a search worker
// (admission.h) and is answered 429 when the server is overloaded.
enum class Access { none, peek, search };

struct Route {
  std::string_view method;
  std::string_view
      path;  // exact, and the metrics label; "/" also serves the files of the web folder
  Access access;
  Parser parse;
  Handler handler;
  CacheKey cache_key;  // null: never cached (docs/http_api.md, Caching)
};

// The route table, in docs/http_api.md order.
const std::vector<Route>& routes();

// The route for a request: the route itself, or an error response (404 for an
// unknown path, 405 with an Allow header for a known path and another method).
// Paths outside /api/, /healthz and /metrics go to the web folder (GET, HEAD).
struct RouteMatch {
  const Route* route = nullptr;
  HttpResponse error;
};
RouteMatch match_route(std::string_view method, std::string_view path);

// Any route's parameters: at most kMaxParams, each name and value passing
// query::check_parameter (the CLI's rule too). A 400 otherwise.
std::optional<HttpResponse> check_params(const ParamMap& params);

// The metrics label of a path, bounded whatever the client sends: a route's
// path, "static" for the web folder, "unknown" for any other /api/ path.
std::string_view route_name(std::string_view path);

// The one table from core::ErrorCode to HTTP status and error code.
HttpResponse error_response(const core::Error& error);
// An HTTP-level error: {"error": {"code", "message"}} with this status.
HttpResponse error_response(int status, std::string_view code, std::string_view message);

// The parsers (routes() lists them). A q over kMaxQueryBytes is a 414 before
// anything else is looked at.
ParsedRequest parse_search(const HttpRequest& req);
// As /api/search, but limit defaults to kIcsDefaultLimit and there are no
// snippets.
ParsedRequest parse_ics(const HttpRequest& req);
ParsedRequest parse_suggest(const HttpRequest& req);
ParsedRequest parse_doc(const HttpRequest& req);
ParsedRequest parse_facets(const HttpRequest& req);   // no parameters at all
ParsedRequest parse_nothing(const HttpRequest& req);  // parameters ignored

// The handlers (routes() lists them).
HttpResponse handle_search(const RouteContext& ctx, const HttpRequest& req,
                           const RouteParams& params);
HttpResponse handle_facets(const RouteContext& ctx, const HttpRequest& req,
                           const RouteParams& params);
HttpResponse handle_doc(const RouteContext& ctx, const HttpRequest& req, const RouteParams& params);
HttpResponse handle_suggest(const RouteContext& ctx, const HttpRequest& req,
                            const RouteParams& params);
HttpResponse handle_ics(const RouteContext& ctx, const HttpRequest& req, const RouteParams& params);
HttpResponse handle_healthz(const RouteContext& ctx, const HttpRequest& req,
                            const RouteParams& params);
HttpResponse handle_metrics(const RouteContext& ctx, const HttpRequest& req,
                            const RouteParams& params);
// A file under ctx.web_root; "..", encoded or not, absolute paths and symlinks
// leading out of it are 404.
HttpResponse handle_static(const RouteContext& ctx, const HttpRequest& req,
                           const RouteParams& params);

// The file a URL path names inside web_root, or nullopt when it names nothing
// there (missing, a folder without index.html, or outside web_root).
std::optional<std::filesystem::path> resolve_static(const std::filesystem::path& web_root,
                                                    std::string_view path);

}  // namespace lanyard::query::http
