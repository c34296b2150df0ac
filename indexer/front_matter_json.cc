// JSON front matter (Hugo: a JSON object at the top of the file) and JSON
// site configs, with nlohmann::json, bounded by FrontMatterLimits.
#include <cmath>
#include <cstddef>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "indexer/front_matter_formats.h"

namespace lanyard::indexer {
namespace {

using core::Result;
using nlohmann::json;
using namespace front_matter_formats;

constexpr std::string_view kBlanks = " \t\r\n";
constexpr std::string_view kEndsBareToken = " \t\r\n{}[],:\"";

int line_at_offset(std::string_view text, std::size_t offset) {
  return 1 + count_lines_before(text, offset);
}

// Offset of the closing quote of the string opened at `open`, or npos.
std::size_t closing_quote(std::string_view s, std::size_t open) {
  for (std::size_t i = open + 1; i < s.size(); ++i) {
    if (s[i] == '\\') {
      ++i;
    } else if (s[i] == '"') {
      return i;
    }
  }
  return std::string_view::npos;
}

// 1e400: nlohmann throws out_of_range for it, with no position; found here
// first, the error names its line.
bool overflows(std::string_view token) {
  if (token.empty() || (token[0] != '-' && (token[0] < '0' || token[0] > '9'))) return false;
  std::string number(token);
  return std::isinf(std::strtod(number.c_str(), nullptr));
}

// Where the JSON value starting at `start` ends (just past it), found by
// matching brackets outside strings, and its size measured on the way:
// nesting against max_depth, strings, bare scalars and collections against
// max_nodes (exact for valid JSON; keys count as nodes, as in YAML). npos when
// the text ends first. nlohmann's parser then reads exactly that much.
Result<std::size_t> find_end(std::string_view s, std::size_t start,
                             const FrontMatterLimits& limits) {
  int depth = 0;
  std::size_t nodes = 0;
  for (std::size_t i = start; i < s.size();) {
    char c = s[i];
    std::size_t next = i + 1;
    if (c == '{' || c == '[') {
      if (++depth > limits.max_depth) {
        return error_at(line_at_offset(s, i), kTooDeep, too_deep_detail(limits));
      }
      ++nodes;
    } else if (c == '}' || c == ']') {
      --depth;
    } else if (c == '"') {
      next = closing_quote(s, i);
      if (next == std::string_view::npos) return std::string_view::npos;
      ++next;
      ++nodes;
    } else if (kBlanks.find(c) == std::string_view::npos && c != ',' && c != ':') {
      next = s.find_first_of(kEndsBareToken, i);  // true, -1.5e3, or garbage
      if (next == std::string_view::npos) next = s.size();
      if (overflows(s.substr(i, next - i))) {
        return error_at(line_at_offset(s, i), kInvalidJson, "a number too large for a double");
      }
      ++nodes;
    }
    if (nodes > limits.max_nodes) {
      return error_at(line_at_offset(s, i), kTooLarge, too_large_detail(limits));
    }
    if (depth <= 0) return next;
    i = next;
  }
  return std::string_view::npos;
}

// nlohmann's message without its prefix ("[json.exception.parse_error.101]
// parse error at line 3, column 9: ") and the input it quotes ("; last read:
// '...'", which may hold bytes that are not UTF-8).
std::string parse_error_detail(const std::string& what) {
  std::string detail = what;
  if (std::size_t kind = detail.find("] "); detail.starts_with("[") && kind != std::string::npos) {
    detail.erase(0, kind + 2);
  }
  if (std::size_t column = detail.find("column "); column != std::string::npos) {
    if (std::size_t colon = detail.find(": ", column); colon != std::string::npos) {
      detail = detail.substr(colon + 2);
    }
  }
  if (std::size_t quoted = detail.find("; last read: "); quoted != std::string::npos) {
    detail.erase(quoted);
  }
  return detail;
}

// The JSON value at the first non-blank character of `text`; `eof_reason`
// names the error when the text ends before the value does.
Result<JsonObject> parse_value(std::string_view text, const FrontMatterLimits& limits,
                               std::string_view eof_reason) {
  std::size_t start = text.find_first_not_of(kBlanks);
  if (start == std::string_view::npos) {
    return error_at(line_at_offset(text, text.size()), kInvalidJson, "no JSON value");
  }
  auto end = find_end(text, start, limits);
  if (!end) return end.error();
  const std::size_t stop = *end == std::string_view::npos ? text.size() : *end;
  try {
    return JsonObject{json::parse(text.begin(), text.begin() + stop), stop};
  } catch (const json::parse_error& e) {
    std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
    if (offset >= text.size()) {
      std::string detail = text[start] == '{'   ? "no closing \"}\""
                           : text[start] == '[' ? "no closing \"]\""
                                                : "the text ends inside the value";
      return error_at(line_at_offset(text, start), eof_reason, detail);
    }
    return error_at(line_at_offset(text, offset), kInvalidJson, parse_error_detail(e.what()));
  } catch (const json::exception& e) {  // none known: find_end refuses 1e400
    return error_at(line_at_offset(text, start), kInvalidJson, parse_error_detail(e.what()));
  }
}

}  // namespace

Result<JsonObject> front_matter_formats::parse_json_object(std::string_view text,
                                                           const FrontMatterLimits& limits) {
  return parse_value(text, limits, kUnterminated);
}

Result<json> front_matter_formats::parse_json_document(std::string_view text,
                                                       const FrontMatterLimits& limits) {
  auto parsed = parse_value(text, limits, kInvalidJson);
  if (!parsed) return parsed.error();
  if (std::size_t after = text.find_first_not_of(kBlanks, parsed->end);
      after != std::string_view::npos) {
    return error_at(line_at_offset(text, after), kInvalidJson, "text after the JSON value");
  }
  if (!parsed->fields.is_object()) {
    std::size_t start = text.find_first_not_of(kBlanks);
    return error_at(line_at_offset(text, start), kNotMapping,
                    parsed->fields.is_array() ? "it is a list" : "it is a single value");
  }
  return std::move(parsed->fields);
}

}  // namespace lanyard::indexer
