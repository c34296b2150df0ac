// The indexer: discover -> read -> front matter -> markdown -> record ->
// document -> writer, for a whole repo, incrementally. Returns data; app/
// prints it.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/place.h"
#include "core/status.h"
#include "indexer/config.h"

namespace lanyard::indexer {

struct SkippedFile {
  std::string id;       // repo-relative path
  int line = 0;         // 1-based, 0 when the reason is about the whole file
  std::string reason;   // category, counted in IndexReport::skipped_by_reason
  std::string message;  // details
  // The file was indexed before: its last good version stays in the index
  // (and counts in IndexReport::documents).
  bool kept_previous = false;
};

struct IndexReport {
  std::size_t files = 0;  // Markdown files considered = added + updated + unchanged + skipped
  std::size_t added = 0, updated = 0, unchanged = 0, removed = 0, skipped = 0;
  std::map<std::string, std::size_t> skipped_by_reason;
  std::vector<SkippedFile> skipped_files;  // sorted by id
  std::vector<std::string> warnings;       // folders not walked, and the like
  double seconds = 0;
  std::size_t documents = 0;  // documents in the index after the run
};

struct IndexOptions {
  std::filesystem::path repo;
  std::filesystem::path db;
  Config config;
  bool rebuild = false;  // drop every document and index all files again
  unsigned threads = 0;  // 0 = one per core
  std::size_t shards =
      0;  // 0 = as the index is (one database when new); N = N shards (core/shards.h)
  // Places for the location facet, loaded once by the caller
  // (core::Gazetteer::load()) and read by every worker; null = no places.
  std::shared_ptr<const core::Gazetteer> gazetteer;
  // Or places still loading (on the caller's thread of choice): waited for once
  // the files are found and the index is open, so that both overlap. Used when
  // valid, instead of gazetteer.
  std::shared_future<std::shared_ptr<const core::Gazetteer>> gazetteer_loading;
  // Called after each batch of files, one call at a time (from the thread that
  // writes the index); may be empty.
  std::function<void(std::size_t done, std::size_t total)> progress;
};

// Errors (the run wrote nothing): the repo is not a readable folder
// (not_found), the index is locked (locked) or cannot be opened, written or
// committed (io_error). Bad files are not errors: they are in the report.
core::Result<IndexReport> run_index(const IndexOptions& options);

}  // namespace lanyard::indexer
