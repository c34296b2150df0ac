#include "core/synonyms.h"

#include "core/text.h"

namespace lanyard::core {

namespace {

// Expressions of one line: " = "-separated, lowercased, spaces collapsed.
std::vector<std::string> expressions(std::string_view line) {
  std::vector<std::string> out;
  for (const auto& part : split(line, '=')) {
    std::string e = collapse_spaces(ascii_lower(part));
    if (!e.empty()) out.push_back(std::move(e));
  }
  return out;
}

}  // namespace

Result<std::vector<SynonymPair>> parse_synonyms(std::string_view text) {
  std::vector<SynonymPair> pairs;
  int line_no = 0;
  for (const auto& raw : split(text, '\n')) {
    ++line_no;
    std::string_view line = trim(raw);
    if (line.empty() || line.front() == '#') continue;
    auto group = expressions(line);
    if (group.size() < 2) {
      return Error{ErrorCode::invalid_input,
                   "line " + std::to_string(line_no) +
                       ": a group needs at least two expressions joined by '='",
                   "invalid synonyms"};
    }
    for (const auto& key : group) {
      for (const auto& synonym : group) {
        if (key != synonym) pairs.emplace_back(key, synonym);
      }
    }
  }
  return pairs;
}

std::vector<SynonymPair> default_synonyms() {
  auto parsed = parse_synonyms(default_synonyms_text());
  return parsed ? *parsed : std::vector<SynonymPair>{};
}

}  // namespace lanyard::core
