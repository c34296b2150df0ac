// Which front matter a file opens with, where it ends, and the helpers the
// per-format parsers share (front_matter_formats.h).
#include "indexer/front_matter.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "indexer/front_matter_formats.h"

namespace lanyard::indexer {

namespace front_matter_formats {

// The reason doubles as the message's stable prefix: "line 7: invalid YAML
// front matter: illegal map value".
core::Error error_at(int line, std::string_view reason, const std::string& detail) {
  std::string message = "line " + std::to_string(line) + ": " + std::string(reason);
  if (!detail.empty()) message += ": " + detail;
  core::Error error{core::ErrorCode::invalid_input, std::move(message), std::string(reason)};
  error.line = line;
  error.detail = detail;
  return error;
}

int count_lines_before(std::string_view text, std::size_t offset) {
  int lines = 0;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) lines += text[i] == '\n';
  return lines;
}

Line line_at(std::string_view text, std::size_t pos) {
  std::size_t end = text.find('\n', pos);
  if (end == std::string_view::npos) return {text.substr(pos), text.size()};
  return {text.substr(pos, end - pos), end + 1};
}

std::string too_deep_detail(const FrontMatterLimits& limits) {
  return "more than " + std::to_string(limits.max_depth) + " levels";
}

std::string too_large_detail(const FrontMatterLimits& limits) {
  return "more than " + std::to_string(limits.max_nodes) + " keys and values";
}

namespace {

// Length of the valid UTF-8 sequence at `i`, or 0 (overlong forms, surrogates
// and code points past U+10FFFF are invalid).
std::size_t utf8_length(std::string_view s, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  if (c < 0x80) return 1;
  std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
  if (len == 0 || c > 0xF4 || i + len > s.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  }
  unsigned char c1 = byte(i + 1);
  if (c == 0xE0 && c1 < 0xA0) return 0;   // overlong
  if (c == 0xED && c1 >= 0xA0) return 0;  // UTF-16 surrogate
  if (c == 0xF0 && c1 < 0x90) return 0;   // overlong
  if (c == 0xF4 && c1 >= 0x90) return 0;  // past U+10FFFF
  return len;
}

}  // namespace

// YAML and TOML forbid C0 controls other than tab, LF and CR, and yaml-cpp
// mishandles them: a NUL in the first bytes makes it decode the text as
// UTF-16/32, and a 0x04 (its internal end-of-stream marker) vanishes from
// plain scalars. Invalid UTF-8 is refused too, so every string in the fields
// can be dumped as JSON.
std::optional<core::Error> check_characters(std::string_view text, int first_line,
                                            std::string_view reason) {
  for (std::size_t i = 0; i < text.size();) {
    auto c = static_cast<unsigned char>(text[i]);
    std::string problem;
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
      constexpr char kHex[] = "0123456789ABCDEF";
      problem =
          c == 0 ? "NUL byte" : "control character U+00" + std::string{kHex[c >> 4], kHex[c & 15]};
    } else if (std::size_t len = utf8_length(text, i); len > 0) {
      i += len;
      continue;
    } else {
      problem = "not valid UTF-8";
    }
    return error_at(first_line + count_lines_before(text, i), reason, problem);
  }
  return std::nullopt;
}

}  // namespace front_matter_formats

namespace {

namespace fmt = front_matter_formats;
using core::Result;
using fmt::Line;
using fmt::line_at;
using nlohmann::json;

// The line is `marker` followed only by spaces, tabs and a CR.
bool is_delimiter(std::string_view line, std::string_view marker) {
  return line.starts_with(marker) &&
         line.find_first_not_of(" \t\r", marker.size()) == std::string_view::npos;
}

// A block between delimiter lines: "---" ... "---"/"..." (YAML) or "+++" ...
// "+++" (TOML). `rest` is the text after the BOM, its first line the opening
// delimiter.
Result<ParsedFile> parse_delimited(std::string_view rest, DataFormat format,
                                   const FrontMatterLimits& limits) {
  const bool yaml = format == DataFormat::yaml;
  const std::size_t start = line_at(rest, 0).next;
  int line_number = 2;
  for (std::size_t pos = start; pos < rest.size(); ++line_number) {
    Line line = line_at(rest, pos);
    if (is_delimiter(line.text, yaml ? "---" : "+++") || (yaml && is_delimiter(line.text, "..."))) {
      std::string_view block = rest.substr(start, pos - start);
      auto fields = yaml ? fmt::parse_yaml(block, 2, limits) : fmt::parse_toml(block, 2, limits);
      if (!fields) return fields.error();
      ParsedFile file;
      file.has_front_matter = true;
      file.fields = std::move(*fields);
      file.body = std::string(rest.substr(line.next));
      file.body_line = line_number + 1;
      return file;
    }
    pos = line.next;
  }
  return fmt::error_at(1, fmt::kUnterminated,
                       yaml ? "no closing \"---\" or \"...\" line" : "no closing \"+++\" line");
}

bool is_json_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Hugo's JSON front matter: '{' then '"' or '}' (blanks between). Liquid
// ("{%"), shortcodes ("{{<") and kramdown attribute lists ("{:") do not open it.
bool opens_json_object(std::string_view rest) {
  std::size_t open = 0;
  while (open < rest.size() && is_json_blank(rest[open])) ++open;
  if (open == rest.size() || rest[open] != '{') return false;
  std::size_t next = open + 1;
  while (next < rest.size() && is_json_blank(rest[next])) ++next;
  return next < rest.size() && (rest[next] == '"' || rest[next] == '}');
}

Result<ParsedFile> parse_json_front_matter(std::string_view rest, const FrontMatterLimits& limits) {
  auto object = fmt::parse_json_object(rest, limits);
  if (!object) return object.error();
  ParsedFile file;
  file.has_front_matter = true;
  file.fields = std::move(object->fields);
  std::size_t body = object->end;
  file.body_line = 1 + fmt::count_lines_before(rest, body);
  Line after = line_at(rest, body);
  if (after.text.find_first_not_of(" \t\r") == std::string_view::npos) {
    body = after.next;  // only blanks after the '}': the body starts on the next line
    ++file.body_line;
  }
  file.body = std::string(rest.substr(body));
  return file;
}

}  // namespace

Result<ParsedFile> parse_front_matter(std::string_view text, const FrontMatterLimits& limits) {
  std::string_view rest = text;
  if (rest.starts_with(fmt::kBom)) rest.remove_prefix(fmt::kBom.size());
  std::string_view first_line = line_at(rest, 0).text;
  if (is_delimiter(first_line, "---")) return parse_delimited(rest, DataFormat::yaml, limits);
  if (is_delimiter(first_line, "+++")) return parse_delimited(rest, DataFormat::toml, limits);
  if (opens_json_object(rest)) return parse_json_front_matter(rest, limits);
  ParsedFile file;
  file.body = std::string(text);
  return file;
}

Result<json> parse_data(std::string_view text, DataFormat format, const FrontMatterLimits& limits) {
  if (text.starts_with(fmt::kBom)) text.remove_prefix(fmt::kBom.size());
  switch (format) {
    case DataFormat::yaml:
      return fmt::parse_yaml(text, 1, limits);
    case DataFormat::toml:
      return fmt::parse_toml(text, 1, limits);
    case DataFormat::json:
      return fmt::parse_json_document(text, limits);
  }
  return json::object();
}

}  // namespace lanyard::indexer
