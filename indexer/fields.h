// Front-matter fields as real sites spell them: one role ("event start", "the
// location") has many spellings (`start_date`, `startDate`, `dateStart`,
// `date-start`), and generators nest fields (Zola's `[extra]`, Hugo's
// `[params]`). Lookups here ignore case, '_', '-' and spaces in keys and look
// into those tables. Pure functions; thread-safe.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace lanyard::indexer::fields {

// "dateStart", "date_start", "Date-Start" -> "datestart".
std::string normalise_key(std::string_view key);

// Tables whose keys count as the page's own: `extra` (Zola), `params` (Hugo),
// `jsonld` (a schema.org Event from the page's JSON-LD, indexer/json_ld.h).
inline constexpr std::string_view kNestedTables[] = {"extra", "params", "jsonld"};

// The value of the first spelling in `spellings` that the front matter has
// (not null, not an empty string), at its top level or in a nested table;
// spellings are compared normalised, in order. nullptr when none is present.
const nlohmann::json* find(const nlohmann::json& fields, const std::vector<std::string>& spellings);

// Every value of the listed spellings that is present, in order of the list.
std::vector<const nlohmann::json*> find_all(const nlohmann::json& fields,
                                            const std::vector<std::string>& spellings);

// A scalar as text, trimmed ("" for null, arrays and objects); numbers and
// booleans as written.
std::string scalar_text(const nlohmann::json& value);

}  // namespace lanyard::indexer::fields
