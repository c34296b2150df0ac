// `lanyard search`: search the index (the query issue grows this into the full contract).
#include <cstdio>
#include <memory>

#include <nlohmann/json.hpp>

#include "app/commands.h"
#include "query/searcher.h"

namespace lanyard::app {

namespace {

struct SearchArgs {
  std::string db;
  std::vector<std::string> words;
  std::size_t limit = 10;
  std::size_t offset = 0;
  bool json = false;
};

int run(const SearchArgs& args) {
  auto searcher = query::Searcher::open(args.db.empty() ? default_db() : std::filesystem::path(args.db));
  if (!searcher) {
    print_error(searcher.error().message);
    return kExitError;
  }
  query::SearchRequest request;
  for (const auto& w : args.words) request.query += (request.query.empty() ? "" : " ") + w;
  request.limit = args.limit;
  request.offset = args.offset;
  auto result = (*searcher)->search(request);
  if (!result) {
    print_error(result.error().message);
    return kExitError;
  }
  if (args.json) {
    nlohmann::json j{{"query", request.query}, {"total", result->total}, {"hits", nlohmann::json::array()}};
    for (const auto& h : result->hits) {
      j["hits"].push_back({{"id", h.id}, {"title", h.title}, {"url", h.url},
                           {"date", h.date ? nlohmann::json(*h.date) : nlohmann::json()},
                           {"score", h.score}});
    }
    std::printf("%s\n", j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
    return kExitOk;
  }
  std::printf("%zu results\n", result->total);
  for (const auto& h : result->hits) {
    std::printf("%-10s  %s\n            %s\n", h.date.value_or("").c_str(), h.title.c_str(), h.url.c_str());
  }
  return kExitOk;
}

}  // namespace

Command add_search_command(CLI::App& app) {
  auto args = std::make_shared<SearchArgs>();
  CLI::App* cmd = app.add_subcommand("search", "Search the index");
  cmd->add_option("--db", args->db, "Index folder (default: $LANYARD_DB, else .lanyard)");
  cmd->add_flag("--json", args->json, "Print results as JSON");
  cmd->add_option("--limit", args->limit, "Results to show (1-100)")->check(CLI::Range(1, 100));
  cmd->add_option("--offset", args->offset, "Results to skip (0-10000)")->check(CLI::Range(0, 10000));
  cmd->add_option("QUERY", args->words, "Words to search for; none lists everything by date");
  return {cmd, [args] { return run(*args); }};
}

}  // namespace lanyard::app
