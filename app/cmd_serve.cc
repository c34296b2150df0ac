// `lanyard serve`: the query server (query/http/) until SIGINT or SIGTERM.
#include <pthread.h>

#include <csignal>
#include <cstdio>
#include <memory>

#include "app/commands.h"
#include "query/http/server.h"

namespace lanyard::app {

namespace {

constexpr long long kMaxCacheMb = 65536;

struct ServeArgs {
  std::string db, listen = "127.0.0.1:8080", web, cors_origin;
  std::size_t threads = 0, queue = 0, time_budget_ms = 0;
  long long cache_mb = 64;  // signed, so that "-1" is reported as out of range
  query::ShardOptions shards;
};

// "HOST:PORT", "[::1]:PORT" or ":PORT" (loopback).
bool split_listen(const std::string& text, std::string& host, int& port) {
  auto colon = text.rfind(':');
  if (colon == std::string::npos) return false;
  host = text.substr(0, colon);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']')
    host = host.substr(1, host.size() - 2);
  if (host.empty()) host = "127.0.0.1";
  std::string p = text.substr(colon + 1);
  if (p.empty() || p.size() > 5 || p.find_first_not_of("0123456789") != std::string::npos)
    return false;
  port = std::stoi(p);
  return port <= 65535;
}

// CLI11's Range alone calls "lots" a value out of range.
CLI::Validator whole_number() {
  return CLI::Validator(
      [](std::string& text) -> std::string {
        if (!text.empty() && text.find_first_not_of("0123456789") == std::string::npos) return "";
        return "'" + text + "' is not a whole number of megabytes";
      },
      "");
}

int run(const ServeArgs& args) {
  query::http::ServerOptions options;
  options.db = db_path(args.db);
  options.web = args.web.empty() ? std::filesystem::path("web") : std::filesystem::path(args.web);
  options.threads = args.threads;
  options.max_queued = args.queue;
  options.time_budget = std::chrono::milliseconds(args.time_budget_ms);
  options.cache_bytes = static_cast<std::size_t>(args.cache_mb) << 20;
  options.cors_origin = args.cors_origin;
  options.shards = args.shards;
  options.gazetteer = load_gazetteer("place aliases are off");
  if (!split_listen(args.listen, options.host, options.port)) {
    print_error("--listen '" + args.listen + "': expected HOST:PORT");
    return kExitError;
  }
  options.access_log = [](const std::string& line) { std::fprintf(stderr, "%s\n", line.c_str()); };
  if (!args.web.empty() && !std::filesystem::is_directory(options.web)) {
    print_error("--web '" + args.web + "': not a folder");
    return kExitError;
  }
  // Block the signals in every thread (the workers inherit the mask) and wait
  // for them here: stop() must not run inside a signal handler.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  auto server = query::http::Server::start(options);
  if (!server) {
    print_error(server.error().message);
    return kExitError;
  }
  std::fprintf(stderr, "lanyard: serving %s on http://%s:%d/ (Ctrl-C stops)\n",
               options.db.string().c_str(), options.host.c_str(), (*server)->port());
  int sig = 0;
  sigwait(&signals, &sig);
  std::fprintf(stderr, "lanyard: %s, finishing requests in flight\n",
               sig == SIGINT ? "SIGINT" : "SIGTERM");
  (*server)->stop();
  return kExitOk;
}

}  // namespace

Command add_serve_command(CLI::App& app) {
  auto a = std::make_shared<ServeArgs>();
  CLI::App* cmd = app.add_subcommand("serve", "Serve the search API and page over HTTP");
  add_db_option(cmd, a->db);
  add_shard_options(cmd, a->shards);
  cmd->add_option("--listen", a->listen, "HOST:PORT to listen on (default 127.0.0.1:8080)");
  cmd->add_option("--threads", a->threads,
                  "Search worker threads, each with its own index handle (default: one per core)")
      ->check(CLI::Range(1, 256));
  cmd->add_option("--queue", a->queue,
                  "Searches that may wait for a thread before the server answers 429 "
                  "(default: 64 per thread)")
      ->check(CLI::Range(1, 100000));
  cmd->add_option("--time-budget", a->time_budget_ms,
                  "Milliseconds a search may spend counting matches, then counts are partial and "
                  "total_exact false (default 0 = exact always; unsafe, see docs/http_api.md)")
      ->check(CLI::Range(0, 600000));
  cmd->add_option(
         "--cache-mb", a->cache_mb,
         "Megabytes of whole API responses kept until the index changes (default 64; 0 = off)")
      ->check(whole_number())
      ->check(CLI::Range(0LL, kMaxCacheMb));
  cmd->add_option("--web", a->web, "Folder of the search page (default: web/)");
  cmd->add_option("--cors-origin", a->cors_origin,
                  "Allow this origin to call the API from a browser");
  return {cmd, [a] { return run(*a); }};
}

}  // namespace lanyard::app
