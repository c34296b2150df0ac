// Lanyard's place alias table (data/places.tsv, embedded at build time): the
// parsed records. Internal to the gazetteer; see docs/gazetteer.md for the format.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace lanyard::core {

struct AliasRecord {
  std::string kind;                  // country, region, city, rename, addcity, partof, online, ...
  std::vector<std::string> fields;   // the TAB-separated fields after the kind
  std::vector<std::string> aliases;  // the last field split on '|' (for the kinds that have one)
  int line = 0;
};

// The alias table built into the binary (data/places.tsv).
std::string_view builtin_place_aliases();

// Parses an alias table. Errors: invalid_input naming the line of an unknown
// kind or a record with too few fields.
Result<std::vector<AliasRecord>> parse_place_aliases(std::string_view text);

}  // namespace lanyard::core
