// The peers harness's query-line syntax (../shared/bench/peers/lib/qparse.py)
// mapped onto a Lanyard index: free words, and location:SLUG year:YYYY
// topic:SLUG filters whose slugs (lib/corpus.py slug()) are matched against the
// index's own boolean terms. Used by the benchmark programs only.
#pragma once

#include <xapian.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lanyard::bench {

// lib/corpus.py slug(): lower case, runs of non-word characters -> '-',
// '-' and '_' trimmed. Bytes >= 0x80 count as word characters.
std::string slug(const std::string& text);

struct ParsedLine {
  std::string words;                   // the free words, space separated ("" = browse)
  std::vector<std::string> locations;  // XLOC values (lowercased city/region/country)
  std::vector<std::string> topics;     // XTOPIC values
  std::vector<std::string> tags;       // K values: topic slugs that are a tag, not a taxonomy topic
  std::optional<int> year;
  bool online = false;                // location:online
  std::vector<std::string> unmapped;  // filters with no value in this index (applied as typed)
};

class FilterMap {
 public:
  // Reads the XLOC, XTOPIC and K terms of db. Throws Xapian::Error.
  explicit FilterMap(const Xapian::Database& db);
  ParsedLine parse(const std::string& line) const;

 private:
  // A location slug names "City, Region, Country": the longest indexed place
  // whose slug is a '-'-bounded prefix of it (durham-nc-usa -> durham).
  std::optional<std::string> location(const std::string& s) const;

  std::map<std::string, std::string> places_;  // slug -> XLOC value
  std::map<std::string, std::string> topics_;  // slug -> XTOPIC value
  std::map<std::string, std::string> tags_;    // slug -> K value
};

}  // namespace lanyard::bench
