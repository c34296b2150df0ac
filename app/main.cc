// lanyard: index a conference content repo and search it.
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <vector>

#include <CLI/CLI.hpp>

#include "app/commands.h"

namespace lanyard::app {

std::filesystem::path default_db() {
  const char* env = std::getenv("LANYARD_DB");
  if (env && *env) return env;
  return ".lanyard";
}

void print_error(const std::string& message) { std::fprintf(stderr, "lanyard: %s\n", message.c_str()); }

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
