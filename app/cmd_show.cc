// `lanyard show ID`: one stored document.
#include <cstdio>
#include <memory>

#include "app/commands.h"
#include "app/text_output.h"
#include "query/json.h"
#include "query/searcher.h"

namespace lanyard::app {

namespace {

struct ShowArgs {
  std::string db, id;
  bool json = false;
};

void print_text(const nlohmann::ordered_json& j) {
  for (const auto& [key, value] : j.items()) {
    if (key == "fields" || key == "text") continue;
    std::string shown = value.is_string()
                            ? value.get<std::string>()
                            : value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    std::printf("%-11s %s\n", (key + ":").c_str(), terminal_text(shown).c_str());
  }
  if (j.contains("fields"))
    std::printf(
        "%-11s %s\n", "fields:",
        terminal_text(j["fields"].dump(-1, ' ', false, nlohmann::json::error_handler_t::replace))
            .c_str());
  if (j.contains("text") && j["text"].is_string())
    std::printf("\n%s\n", terminal_text(j["text"].get<std::string>()).c_str());
}

int run(const ShowArgs& args) {
  auto searcher = query::Searcher::open(db_path(args.db));
  if (!searcher) {
    print_error(searcher.error().message);
    return kExitError;
  }
  auto hit = (*searcher)->document(args.id);
  if (!hit) {
    print_error(hit.error().message);
    return kExitError;
  }
  auto j = query::document_json(*hit);
  if (args.json) {
    std::printf("%s\n", j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
  } else {
    print_text(j);
  }
  return kExitOk;
}

}  // namespace

Command add_show_command(CLI::App& app) {
  auto args = std::make_shared<ShowArgs>();
  CLI::App* cmd = app.add_subcommand("show", "Print one indexed document");
  add_db_option(cmd, args->db);
  cmd->add_flag("--json", args->json, "Print the document as JSON");
  cmd->add_option("ID", args->id, "Document id (its repo-relative path)")->required();
  return {cmd, [args] { return run(*args); }};
}

}  // namespace lanyard::app
