// The `lanyard` subcommands. Each registers its options on the CLI11 app and
// returns the process exit code when run. app/ is the only place that prints.
#pragma once

#include <CLI/CLI.hpp>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include "core/place.h"
#include "query/shards.h"

namespace lanyard::app {

// Documented exit codes (docs/cli.md).
inline constexpr int kExitOk = 0;
inline constexpr int kExitSkipped = 1;  // --strict and a file was skipped
inline constexpr int kExitError = 2;    // bad option, missing or unwritable index

// --db default: $LANYARD_DB, else .lanyard/ in the current folder.
std::filesystem::path default_db();

// Registers --db on a subcommand; db_path() turns its value into the folder.
void add_db_option(CLI::App* cmd, std::string& db);
std::filesystem::path db_path(const std::string& db);

// --shard-timeout, --shard-connect-timeout and --missing-shards, for a --db
// that is a stub listing remote shards (docs/scale-out.md).
void add_shard_options(CLI::App* cmd, query::ShardOptions& shards);

// The gazetteer, or null with a warning on stderr saying what is off without it.
std::shared_ptr<const core::Gazetteer> load_gazetteer(const char* without_it);

// A registered subcommand and what runs it once the command line is parsed.
struct Command {
  CLI::App* cli = nullptr;
  std::function<int()> run;
};

Command add_index_command(CLI::App& app);
Command add_search_command(CLI::App& app);
Command add_facets_command(CLI::App& app);
Command add_show_command(CLI::App& app);
Command add_serve_command(CLI::App& app);

// An error message on stderr, "lanyard: MESSAGE".
void print_error(const std::string& message);

}  // namespace lanyard::app
