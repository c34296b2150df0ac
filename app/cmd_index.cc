// `lanyard index`: index a content repo.
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <future>
#include <memory>
#include <nlohmann/json.hpp>

#include "app/commands.h"
#include "core/place.h"
#include "indexer/pipeline.h"

namespace lanyard::app {

namespace {

struct IndexArgs {
  std::string db;
  std::string config;
  std::string repo;
  bool rebuild = false;
  bool strict = false;
  bool json = false;
  bool drafts = false;
  unsigned threads = 0;
  std::size_t shards = 0;
};

// Keys in the documented order (docs/cli.md).
nlohmann::ordered_json report_json(const indexer::IndexReport& r) {
  nlohmann::ordered_json j;
  j["files"] = r.files;
  j["added"] = r.added;
  j["updated"] = r.updated;
  j["unchanged"] = r.unchanged;
  j["removed"] = r.removed;
  j["skipped"] = r.skipped;
  j["skipped_by_reason"] = nlohmann::ordered_json::object();
  for (const auto& [reason, count] : r.skipped_by_reason) j["skipped_by_reason"][reason] = count;
  j["documents"] = r.documents;
  j["seconds"] = std::round(r.seconds * 1000) / 1000;
  return j;
}

void print_summary(const indexer::IndexReport& r) {
  std::printf("%zu files: %zu added, %zu updated, %zu unchanged, %zu removed, %zu skipped\n",
              r.files, r.added, r.updated, r.unchanged, r.removed, r.skipped);
  for (const auto& [reason, count] : r.skipped_by_reason)
    std::printf("  skipped, %s: %zu\n", reason.c_str(), count);
  std::printf("%zu documents in the index; %.2f s (%.0f files/s)\n", r.documents, r.seconds,
              r.seconds > 0 ? static_cast<double>(r.files) / r.seconds : 0.0);
}

// A live "done/total, files/s" line on a terminal; nothing otherwise.
class Progress {
 public:
  Progress() : enabled_(::isatty(STDERR_FILENO) == 1), start_(std::chrono::steady_clock::now()) {}
  void update(std::size_t done, std::size_t total) {
    if (!enabled_) return;
    auto now = std::chrono::steady_clock::now();
    if (done != total && now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    double secs = std::chrono::duration<double>(now - start_).count();
    std::fprintf(stderr, "\r\033[Kindexing %zu/%zu files, %.0f files/s", done, total,
                 secs > 0 ? static_cast<double>(done) / secs : 0.0);
    shown_ = true;
  }
  void finish() {
    if (shown_) std::fprintf(stderr, "\r\033[K");
  }

 private:
  bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_, last_{};
};

int run(const IndexArgs& args) {
  indexer::IndexOptions options;
  options.repo = args.repo;
  options.db = db_path(args.db);
  options.rebuild = args.rebuild;
  options.threads = args.threads;
  options.shards = args.shards;
  std::filesystem::path config_file = args.config;
  std::error_code ec;
  if (config_file.empty() && std::filesystem::exists(options.repo / "lanyard.yml", ec)) {
    config_file = options.repo / "lanyard.yml";
  }
  if (!config_file.empty()) {
    auto config = indexer::load_config(config_file);
    if (!config) {
      print_error(config.error().message);
      return kExitError;
    }
    options.config = *config;
  }
  if (args.drafts) options.config.drafts = true;
  // Loading places (a tenth of a second) overlaps finding the files.
  options.gazetteer_loading = std::async(std::launch::async, [] {
                                return load_gazetteer("places are not indexed");
                              }).share();
  Progress progress;
  options.progress = [&progress](std::size_t done, std::size_t total) {
    progress.update(done, total);
  };
  auto report = indexer::run_index(options);
  progress.finish();
  if (!report) {
    print_error(report.error().message);
    return kExitError;
  }
  for (const auto& w : report->warnings) std::fprintf(stderr, "warning: %s\n", w.c_str());
  for (const auto& s : report->skipped_files) {
    std::string where = s.line > 0 ? s.id + ":" + std::to_string(s.line) : s.id;
    std::fprintf(stderr, "%s: skipped: %s: %s%s\n", where.c_str(), s.reason.c_str(),
                 s.message.c_str(), s.kept_previous ? " (the last indexed version is kept)" : "");
  }
  if (args.json) {
    std::printf("%s\n", report_json(*report).dump().c_str());
  } else {
    print_summary(*report);
  }
  return args.strict && report->skipped > 0 ? kExitSkipped : kExitOk;
}

}  // namespace

Command add_index_command(CLI::App& app) {
  auto args = std::make_shared<IndexArgs>();
  CLI::App* cmd = app.add_subcommand("index", "Index a content repo (Jekyll, Hugo, Eleventy)");
  add_db_option(cmd, args->db);
  cmd->add_option("--config", args->config,
                  "Config file (default: REPO_DIR/lanyard.yml if present)")
      ->check(CLI::ExistingFile);
  cmd->add_flag("--rebuild", args->rebuild, "Re-index every file, not only changed ones");
  cmd->add_flag("--strict", args->strict, "Exit 1 when any file was skipped");
  cmd->add_flag("--json", args->json, "Print the report as one JSON object");
  cmd->add_flag("--drafts", args->drafts, "Index drafts too");
  cmd->add_option("--threads", args->threads, "Parsing threads (default: one per core)")
      ->check(CLI::Range(0u, 256u));
  cmd->add_option("--shards", args->shards,
                  "Write N shard databases and a stub file listing them (a new --db folder; see "
                  "docs/scale-out.md)")
      ->check(CLI::Range(std::size_t{1}, std::size_t{64}));
  cmd->add_option("REPO_DIR", args->repo, "The content repo")->required();
  return {cmd, [args] { return run(*args); }};
}

}  // namespace lanyard::app
