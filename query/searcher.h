// The read path: open a Lanyard index and search it. One Searcher per thread
// (Xapian handles are not thread-safe). Returns data; never prints.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "core/status.h"

namespace lanyard::query {

struct SearchRequest {
  std::string query;      // Xapian query syntax; empty = every document
  std::size_t limit = 10;
  std::size_t offset = 0;
};

struct Hit {
  std::string id, title, url;
  std::optional<std::string> date, end_date, published;
  double score = 0;                 // 0..1, Xapian's percentage / 100
  nlohmann::json stored;            // the whole stored document
};

struct SearchResult {
  std::size_t total = 0;   // matches, exact
  std::vector<Hit> hits;
};

class Searcher {
 public:
  // Errors: not_found when db_dir holds no index, io_error when it cannot be read.
  static core::Result<std::unique_ptr<Searcher>> open(const std::filesystem::path& db_dir);

  core::Result<SearchResult> search(const SearchRequest& request);
  // The stored document with this id; not_found when absent.
  core::Result<nlohmann::json> document(const std::string& id);
  std::size_t document_count() const;

 private:
  explicit Searcher(Xapian::Database db) : db_(std::move(db)) {}
  Xapian::Database db_;
};

}  // namespace lanyard::query
