// The fallback for front matter that YAML rejects but that is plainly a list
// of "key: value" lines, as hand-written Jekyll front matter often is:
// `company: The Fundamentals of MLOps for R&D: Orchestration` has a second
// ": " that YAML reads as a nested mapping.
#include <optional>
#include <string>
#include <string_view>

#include "core/text.h"
#include "indexer/front_matter.h"

namespace lanyard::indexer {

namespace {

bool is_key_byte(char c, bool first) {
  bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  return letter || (!first && ((c >= '0' && c <= '9') || c == '-'));
}

// "key: value" -> {key, value}; nullopt for any other line.
std::optional<std::pair<std::string, std::string>> key_value(std::string_view line) {
  std::size_t k = 0;
  while (k < line.size() && is_key_byte(line[k], k == 0)) ++k;
  if (k == 0 || k >= line.size() || line[k] != ':') return std::nullopt;
  if (k + 1 < line.size() && line[k + 1] != ' ') return std::nullopt;
  std::string_view value = core::trim(line.substr(k + 1));
  // Flow collections, quotes, anchors, tags and block scalars are YAML proper.
  if (!value.empty() &&
      std::string_view("[{\"'&*!|>%@`").find(value.front()) != std::string_view::npos) {
    return std::nullopt;
  }
  return std::pair{std::string(line.substr(0, k)), std::string(value)};
}

}  // namespace

std::optional<ParsedFile> recover_flat_front_matter(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  auto line_end = [&text](std::size_t pos) {
    std::size_t nl = text.find('\n', pos);
    return nl == std::string_view::npos ? text.size() : nl;
  };
  auto strip_cr = [](std::string_view l) {
    while (!l.empty() && (l.back() == '\r' || l.back() == ' ')) l.remove_suffix(1);
    return l;
  };
  if (strip_cr(text.substr(0, line_end(0))) != "---") return std::nullopt;
  ParsedFile file;
  file.has_front_matter = true;
  int line_number = 2;
  for (std::size_t pos = line_end(0) + 1; pos < text.size(); ++line_number) {
    std::size_t end = line_end(pos);
    std::string_view line = strip_cr(text.substr(pos, end - pos));
    std::size_t next = end + 1;
    if (line == "---" || line == "...") {
      file.body = std::string(text.substr(std::min(next, text.size())));
      file.body_line = line_number + 1;
      return file;
    }
    pos = next;
    if (core::trim(line).empty() || line.starts_with("#")) continue;
    auto kv = key_value(line);
    if (!kv) return std::nullopt;
    if (kv->second.empty() || kv->second == "~" || kv->second == "null") {
      file.fields[kv->first] = nullptr;
    } else {
      file.fields[kv->first] = kv->second;
    }
  }
  return std::nullopt;
}

}  // namespace lanyard::indexer
