// lanyard: index a conference content repo and search it.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <vector>

#include "app/commands.h"

namespace lanyard::app {

std::filesystem::path default_db() {
  const char* env = std::getenv("LANYARD_DB");
  if (env && *env) return env;
  return ".lanyard";
}

void add_db_option(CLI::App* cmd, std::string& db) {
  cmd->add_option("--db", db, "Index folder (default: $LANYARD_DB, else .lanyard)");
}

std::filesystem::path db_path(const std::string& db) {
  return db.empty() ? default_db() : std::filesystem::path(db);
}

void add_shard_options(CLI::App* cmd, query::ShardOptions& shards) {
  cmd->add_option("--shard-timeout", shards.timeout_ms,
                  "Remote shards: milliseconds to wait for an answer (default 5000; a stub line's "
                  "timeout= wins)")
      ->check(CLI::Range(1u, 600000u));
  cmd->add_option("--shard-connect-timeout", shards.connect_timeout_ms,
                  "Remote shards: milliseconds to wait for a connection (default 2000)")
      ->check(CLI::Range(1u, 600000u));
  cmd->add_option_function<std::string>(
         "--missing-shards",
         [&shards](const std::string& v) { shards.allow_partial = v == "partial"; },
         "A remote shard that cannot be reached: 'partial' (default: leave it out, results say so) "
         "or 'error'")
      ->check(CLI::IsMember({"partial", "error"}));
}

std::shared_ptr<const core::Gazetteer> load_gazetteer(const char* without_it) {
  auto loaded = core::Gazetteer::load();
  if (loaded) return *loaded;
  std::fprintf(stderr, "warning: %s: %s\n", without_it, loaded.error().message.c_str());
  return nullptr;
}

void print_error(const std::string& message) {
  std::fprintf(stderr, "lanyard: %s\n", message.c_str());
}

}  // namespace lanyard::app

int main(int argc, char** argv) {
  using namespace lanyard::app;
  CLI::App app{"Lanyard: full-text search for conference content"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "lanyard 0.1.0");
  std::vector<Command> commands = {add_index_command(app), add_search_command(app),
                                   add_facets_command(app), add_show_command(app),
                                   add_serve_command(app)};
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitError;
  }
  for (const auto& command : commands) {
    if (command.cli->parsed()) return command.run();
  }
  return kExitError;
}
