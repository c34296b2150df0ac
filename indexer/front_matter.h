// Indexer stage 2: split a Markdown file into its YAML front matter and body,
// and parse the front matter into JSON (kept whole in the stored document).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/status.h"

namespace lanyard::indexer {

struct ParsedFile {
  bool has_front_matter = false;
  // The front matter as a JSON object (empty object when there is none).
  // Plain YAML scalars are typed: true/false -> bool, integers and floats ->
  // numbers, "~"/empty -> null, everything else (dates too) -> string; quoted
  // scalars stay strings. Sequences -> arrays, mappings -> objects with string keys.
  // Typing follows the YAML 1.2 core schema (yes/no/on/off and 10:30 stay strings;
  // so do 01234 and integers beyond 64 bits). Keys are the text as written
  // ("2024: x" -> "2024"); of duplicate keys the last wins. Other tags
  // (!!python/object, !!binary) are ignored. Aliases are expanded.
  nlohmann::json fields = nlohmann::json::object();
  std::string body;    // everything after the closing delimiter, line endings as in the file
  int body_line = 1;   // 1-based line number of the body's first line in the file
};

struct FrontMatterLimits {
  std::size_t max_nodes = 100000;  // YAML nodes after alias expansion ("billion laughs")
  int max_depth = 64;              // nesting of sequences and mappings
};

// A file whose first line (after an optional UTF-8 BOM) is "---" opens front
// matter; the next line that is exactly "---" or "..." (trailing spaces and CR
// allowed, last line of the file allowed with no newline) closes it. Only those
// two delimiters are consumed: later "---" lines belong to the body. No opening
// "---": has_front_matter is false and the whole text is the body.
//
// Errors (ErrorCode::invalid_input), message starting with "line N: " where N
// is the line in the file: unterminated front matter, invalid YAML (the
// yaml-cpp message, e.g. "line 7: invalid YAML front matter: illegal map
// value"), front matter that is not a mapping, too deep or too many nodes.
// Error::reason is the stable category: "unterminated front matter", "invalid
// YAML front matter" (also NUL and other C0 control bytes, invalid UTF-8, an
// unclosed quote, a second YAML document), "front matter is not a mapping",
// "front matter too deeply nested" (also a recursive alias), "front matter too
// large". Pure and thread-safe.
core::Result<ParsedFile> parse_front_matter(std::string_view text,
                                            const FrontMatterLimits& limits = {});

// The fallback after parse_front_matter failed with "invalid YAML front
// matter": front matter that is only flat "key: value" lines (blank and '#'
// lines aside) is read as such, each value the text after the first ": " as a
// string ("company: MLOps for R&D: Orchestration"), empty / "~" / "null" as
// null. Nullopt when any line is something else (indented, a list item, a
// value opening a quote, flow collection, anchor, tag or block scalar) or the
// block is not closed. The caller says that the file was recovered.
std::optional<ParsedFile> recover_flat_front_matter(std::string_view text);

}  // namespace lanyard::indexer
