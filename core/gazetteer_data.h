// The gazetteer's tables: GeoNames cities plus the alias table, indexed by
// folded key (core/place_fold.h). Internal to core/: gazetteer_load.cc builds
// it once, gazetteer_match.cc reads it. Immutable after build, so thread-safe.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/place_aliases.h"
#include "core/status.h"

namespace lanyard::core {

struct GeoCity {
  std::string name;          // canonical (after "rename")
  std::string region;        // canonical region name, or the GeoNames state
  std::string country_code;  // ISO 3166-1 alpha-2
  double latitude = 0, longitude = 0;
  std::uint32_t population = 0;
};

struct RegionRef {
  std::string country_code;
  std::string name;     // canonical region name
  bool known = false;   // listed in the alias table: may stand alone ("California")
  bool abbrev = false;  // this key is a short code ("PA"): must be written in capitals
  bool operator==(const RegionRef&) const = default;
};

struct CountryRef {
  std::string country_code;
  bool abbrev = false;  // "US", "UK", "PRC": must be written in capitals
};

// How a key may be read as a place.
enum class WordGate {
  none,      // any spelling counts
  common,    // an English word too: capitalised, and the whole text or with evidence
  evidence,  // counts only with a matching region/country elsewhere in the text
};

struct GazetteerData {
  std::vector<GeoCity> cities;
  std::unordered_map<std::string, std::vector<std::uint32_t>> city_by_key;
  // Short all-capitals aliases ("LA", "SF", "NYC"): matched only when written so.
  std::unordered_map<std::string, std::vector<std::uint32_t>> abbrev_city_by_key;
  std::unordered_map<std::string, std::vector<RegionRef>> region_by_key;
  std::unordered_map<std::string, CountryRef> country_by_key;
  std::map<std::string, std::string> country_name;              // code -> canonical name
  std::multimap<std::string, std::string> part_of;              // "HK" -> "CN"
  std::set<std::string> online_phrases, online_words, ignored;  // folded
  std::unordered_map<std::string, WordGate> gates;              // folded key -> gate

  std::string country_label(const std::string& code) const;
  bool country_covers(const std::string& outer, const std::string& inner) const;
  WordGate gate(const std::string& key) const;
};

// Builds the tables from libgeonames and the alias records. Errors: io_error
// when libgeonames has no cities; invalid_input for an alias record naming an
// unknown country code or city.
Result<GazetteerData> build_gazetteer_data(const std::vector<AliasRecord>& aliases);

}  // namespace lanyard::core

#include <optional>

#include "core/place.h"

namespace lanyard::core {

// Gazetteer::resolve over the tables (gazetteer_match.cc).
std::optional<PlaceMatch> resolve_place(const GazetteerData& data, std::string_view text);

}  // namespace lanyard::core
