// Indexer stage 2: split a Markdown file into its front matter (YAML, TOML or
// JSON, as Jekyll, Hugo, Zola and Eleventy sites write it) and body, and parse
// the front matter into JSON (kept whole in the stored document).
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "core/status.h"

namespace lanyard::indexer {

struct ParsedFile {
  bool has_front_matter = false;
  // The front matter as a JSON object (empty object when there is none).
  //
  // YAML: plain scalars are typed: true/false -> bool, integers and floats ->
  // numbers, "~"/empty -> null, everything else (dates too) -> string; quoted
  // scalars stay strings. Sequences -> arrays, mappings -> objects with string keys.
  // Typing follows the YAML 1.2 core schema (yes/no/on/off and 10:30 stay strings;
  // so do 01234 and integers beyond 64 bits). Keys are the text as written
  // ("2024: x" -> "2024"); of duplicate keys the last wins. Other tags
  // (!!python/object, !!binary) are ignored. Aliases are expanded.
  //
  // TOML: strings, integers, floats and booleans as such (inf and nan, which
  // JSON cannot hold, as the strings "inf", "-inf", "nan"); dates, times and
  // datetimes as ISO strings, as YAML gives them to later stages: "2024-10-10",
  // "10:30:00", "2021-02-15T19:00:00+01:00" ("Z" for a zero offset, no offset
  // for a local datetime, fractions of a second kept); arrays as arrays; tables,
  // dotted keys, inline tables and arrays of tables as objects and arrays of
  // objects. Keys are sorted (TOML forbids duplicates).
  //
  // JSON: as it is (of duplicate keys the last wins).
  nlohmann::json fields = nlohmann::json::object();
  std::string body;   // everything after the closing delimiter, line endings as in the file
  int body_line = 1;  // 1-based line number of the body's first line in the file
};

struct FrontMatterLimits {
  // Keys and values (each key counts, and each collection besides its
  // contents); for YAML after alias expansion ("billion laughs").
  std::size_t max_nodes = 100000;
  int max_depth = 64;  // nesting of collections, the front matter's own mapping included
};

// The format is told by the file's start (after an optional UTF-8 BOM):
// - YAML: a first line "---"; the next line that is exactly "---" or "..."
//   closes it.
// - TOML: a first line "+++"; the next line "+++" closes it.
//   For both, trailing spaces, tabs and a CR are allowed on the delimiter lines,
//   and the closing one may be the last line with no newline. Only those two
//   delimiters are consumed: later "---" or "+++" lines belong to the body.
// - JSON (Hugo): after optional whitespace, a '{' followed (after optional
//   whitespace) by '"' or '}': the JSON object there is the front matter, its
//   end found by matching braces outside strings. The body starts on the next
//   line when only blanks follow the closing '}' on its line, else right after
//   it. A '{' followed by anything else ("{% include %}", "{{< shortcode >}}",
//   "{:toc}") opens no front matter.
// Anything else: has_front_matter is false and the whole text is the body.
//
// Errors are ErrorCode::invalid_input with Error::line the line in the file
// (1-based) and a message starting with "line N: " and the reason, e.g.
// "line 7: invalid YAML front matter: illegal map value". Error::reason is the
// stable category:
// - "unterminated front matter": no closing "---"/"..." or "+++" line, or a
//   JSON object never closed (the line where the front matter opens);
// - "invalid YAML front matter" (also NUL and other C0 control bytes, invalid
//   UTF-8, an unclosed quote, a second YAML document), "invalid TOML front
//   matter" (toml++'s message; also control bytes and invalid UTF-8),
//   "invalid JSON front matter" (nlohmann's message; also a number past a
//   double's range, such as 1e400);
// - "front matter is not a mapping" (YAML: a list or a single value);
// - "front matter too deeply nested" (also a recursive YAML alias), "front
//   matter too large" (FrontMatterLimits).
// Broken front matter is never read as body text. Pure and thread-safe.
core::Result<ParsedFile> parse_front_matter(std::string_view text,
                                            const FrontMatterLimits& limits = {});

// The fallback after parse_front_matter failed with "invalid YAML front
// matter" (YAML only: TOML and JSON have none): front matter that is only
// flat "key: value" lines (blank and '#' lines aside) is read as such, each
// value the text after the first ": " as a string ("company: MLOps for R&D: Orchestration"), empty
// / "~" / "null" as null. Nullopt when any line is something else (indented, a list item, a value
// opening a quote, flow collection, anchor, tag or block scalar) or the block is not closed. The
// caller says that the file was recovered.
std::optional<ParsedFile> recover_flat_front_matter(std::string_view text);

enum class DataFormat { yaml, toml, json };

// A whole YAML, TOML or JSON document (a site's config file) parsed into a JSON
// object by the same rules, limits and errors as front matter of that format;
// Error::line counts from the text's first line. JSON must be one object and
// nothing after it but whitespace; a YAML or JSON document that is not a
// mapping is "front matter is not a mapping". An empty YAML or TOML document
// is {}.
core::Result<nlohmann::json> parse_data(std::string_view text, DataFormat format,
                                        const FrontMatterLimits& limits = {});

}  // namespace lanyard::indexer
