// A small conference index for query tests, written through the indexer's own
// build_document and IndexWriter (so terms, values, spelling and synonyms are
// exactly what `lanyard index` writes), with the location/topic/online facets
// filled in as the facet issue will.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace lanyard::testing {

struct FixtureDoc {
  std::string id, title, text;
  std::string start, end;  // "YYYY-MM-DD" or ""
  std::string city, region, country;
  std::optional<std::pair<double, double>> latlong;
  std::string attendance;  // "in-person", "online", "hybrid" or ""
  std::vector<std::string> topics, speakers;
};

// The documents fixture_index writes.
const std::vector<FixtureDoc>& fixture_docs();

// Writes fixture_docs() (or docs) into a new index at db_dir (in that many
// shards when shards > 0, core/shards.h).
void write_fixture_index(const std::filesystem::path& db_dir, std::size_t shards = 0);
void write_fixture_index(const std::filesystem::path& db_dir, const std::vector<FixtureDoc>& docs,
                         std::size_t shards = 0);

}  // namespace lanyard::testing
