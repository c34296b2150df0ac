#include "core/place_aliases.h"

#include <map>

#include "core/text.h"

namespace lanyard::core {

namespace {

struct KindShape {
  std::size_t min_fields;  // fields after the kind
  int alias_field;         // the field holding a '|' list, or -1
};

const std::map<std::string, KindShape, std::less<>>& kinds() {
  static const std::map<std::string, KindShape, std::less<>> k = {
      {"country", {2, 2}},  {"region", {2, 2}},  {"city", {3, 2}},     {"rename", {3, -1}},
      {"addcity", {6, -1}}, {"partof", {2, -1}}, {"online", {1, 0}},   {"online-word", {1, 0}},
      {"ignore", {1, 0}},   {"common", {1, 0}},  {"evidence", {1, 0}},
  };
  return k;
}

std::vector<std::string> split_aliases(std::string_view list) {
  std::vector<std::string> out;
  for (const auto& a : split(list, '|')) {
    auto t = trim(a);
    if (!t.empty()) out.emplace_back(t);
  }
  return out;
}

}  // namespace

Result<std::vector<AliasRecord>> parse_place_aliases(std::string_view text) {
  std::vector<AliasRecord> records;
  int line_no = 0;
  for (std::string line : split(text, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (trim(line).empty() || trim(line).front() == '#') continue;
    std::vector<std::string> fields = split(line, '\t');
    const auto shape = kinds().find(fields[0]);
    if (shape == kinds().end())
      return Error{
          ErrorCode::invalid_input,
          "place aliases: line " + std::to_string(line_no) + ": unknown kind '" + fields[0] + "'",
          "invalid place aliases"};
    AliasRecord record{fields[0], {fields.begin() + 1, fields.end()}, {}, line_no};
    for (auto& f : record.fields) f = std::string(trim(f));
    if (record.fields.size() < shape->second.min_fields)
      return Error{ErrorCode::invalid_input,
                   "place aliases: line " + std::to_string(line_no) + ": '" + record.kind +
                       "' needs " + std::to_string(shape->second.min_fields) +
                       " TAB-separated fields",
                   "invalid place aliases"};
    const int alias_field = shape->second.alias_field;
    if (alias_field >= 0 && static_cast<std::size_t>(alias_field) < record.fields.size())
      record.aliases = split_aliases(record.fields[static_cast<std::size_t>(alias_field)]);
    records.push_back(std::move(record));
  }
  return records;
}

}  // namespace lanyard::core
