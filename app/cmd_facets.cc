// `lanyard facets`: every facet's values over the whole index.
#include <cstdio>
#include <memory>

#include "app/commands.h"
#include "app/text_output.h"
#include "query/json.h"
#include "query/searcher.h"

namespace lanyard::app {

namespace {

struct FacetsArgs {
  std::string db;
  bool json = false;
};

int run(const FacetsArgs& args) {
  auto searcher = query::Searcher::open(db_path(args.db));
  if (!searcher) {
    print_error(searcher.error().message);
    return kExitError;
  }
  auto facets = (*searcher)->facets(0);
  if (!facets) {
    print_error(facets.error().message);
    return kExitError;
  }
  if (args.json) {
    std::printf("%s\n", query::facets_json(*facets)
                            .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
                            .c_str());
    return kExitOk;
  }
  Terminal t = stdout_terminal();
  for (std::size_t i = 0; i < core::kFacetCount; ++i) {
    std::printf("%s\n", styled(core::kFacets[i].name, "1", t.colour).c_str());
    for (const auto& v : (*facets)[i])
      std::printf("  %7zu  %s\n", v.count, fit(terminal_text(v.value), t.width - 11).c_str());
  }
  return kExitOk;
}

}  // namespace

Command add_facets_command(CLI::App& app) {
  auto args = std::make_shared<FacetsArgs>();
  CLI::App* cmd =
      app.add_subcommand("facets", "List every facet value in the index with its count");
  add_db_option(cmd, args->db);
  cmd->add_flag("--json", args->json, "Print the facets as JSON");
  return {cmd, [args] { return run(*args); }};
}

}  // namespace lanyard::app
