// Internal to indexer/front_matter*.cc: one parser per front-matter format,
// each turning its text into a JSON object under FrontMatterLimits, and the
// helpers they share. Not part of lanyard_indexer's interface (front_matter.h
// is). Every function is pure and thread-safe.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "core/status.h"
#include "indexer/front_matter.h"

namespace lanyard::indexer::front_matter_formats {

inline constexpr std::string_view kBom = "\xEF\xBB\xBF";
inline constexpr std::string_view kInvalidYaml = "invalid YAML front matter";
inline constexpr std::string_view kInvalidToml = "invalid TOML front matter";
inline constexpr std::string_view kInvalidJson = "invalid JSON front matter";
inline constexpr std::string_view kUnterminated = "unterminated front matter";
inline constexpr std::string_view kNotMapping = "front matter is not a mapping";
inline constexpr std::string_view kTooDeep = "front matter too deeply nested";
inline constexpr std::string_view kTooLarge = "front matter too large";

// ErrorCode::invalid_input at `line`, its reason `reason`, its detail
// `detail`, its message "line N: reason" and ": detail" when there is one.
core::Error error_at(int line, std::string_view reason, const std::string& detail);

// The number of '\n' in text before offset.
int count_lines_before(std::string_view text, std::size_t offset);

struct Line {
  std::string_view text;  // without its '\n'
  std::size_t next;       // offset just past the '\n' (or the end of the input)
};

// The line of `text` starting at `pos`.
Line line_at(std::string_view text, std::size_t pos);

// The first C0 control character (other than tab, LF and CR) or invalid UTF-8
// in `text` as an error with `reason`; `first_line` is the text's first line
// in the file.
std::optional<core::Error> check_characters(std::string_view text, int first_line,
                                            std::string_view reason);

// "more than N levels" / "more than N keys and values": the limits' details.
std::string too_deep_detail(const FrontMatterLimits& limits);
std::string too_large_detail(const FrontMatterLimits& limits);

// The YAML or TOML text between the delimiters (front_matter_yaml.cc,
// front_matter_toml.cc); `first_line` is its first line in the file. A
// document with no content is {}.
core::Result<nlohmann::json> parse_yaml(std::string_view yaml, int first_line,
                                        const FrontMatterLimits& limits);
core::Result<nlohmann::json> parse_toml(std::string_view toml, int first_line,
                                        const FrontMatterLimits& limits);

// A JSON object at the start of `text` (front_matter_json.cc); the first
// non-blank character of `text` is its '{'. `end` is the offset just past its
// closing '}'. Lines count from 1 at the start of `text`.
struct JsonObject {
  nlohmann::json fields;
  std::size_t end = 0;
};
core::Result<JsonObject> parse_json_object(std::string_view text, const FrontMatterLimits& limits);

// A whole JSON document that must be one object (site configs).
core::Result<nlohmann::json> parse_json_document(std::string_view text,
                                                 const FrontMatterLimits& limits);

}  // namespace lanyard::indexer::front_matter_formats
