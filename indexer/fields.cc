#include "indexer/fields.h"

#include "core/text.h"

namespace lanyard::indexer::fields {

using nlohmann::json;

std::string normalise_key(std::string_view key) {
  std::string out;
  out.reserve(key.size());
  for (char c : key) {
    if (c == '_' || c == '-' || c == ' ' || c == '.') continue;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

namespace {

bool present(const json& value) {
  if (value.is_null()) return false;
  if (value.is_string()) return !core::trim(value.get<std::string>()).empty();
  return true;
}

// The tables searched, in order: the front matter, then its nested tables.
std::vector<const json*> tables_of(const json& fields) {
  std::vector<const json*> tables{&fields};
  for (auto name : kNestedTables) {
    for (auto it = fields.begin(); it != fields.end(); ++it) {
      if (it->is_object() && normalise_key(it.key()) == name) tables.push_back(&*it);
    }
  }
  return tables;
}

const json* in_table(const json& table, const std::string& wanted) {
  if (auto it = table.find(wanted); it != table.end() && present(*it))
    return &*it;  // the common case
  for (auto it = table.begin(); it != table.end(); ++it) {
    if (present(*it) && normalise_key(it.key()) == wanted) return &*it;
  }
  return nullptr;
}

}  // namespace

const json* find(const json& fields, const std::vector<std::string>& spellings) {
  if (!fields.is_object()) return nullptr;
  auto tables = tables_of(fields);
  for (const auto& spelling : spellings) {
    std::string wanted = normalise_key(spelling);
    for (const json* table : tables) {
      if (const json* v = in_table(*table, wanted)) return v;
    }
  }
  return nullptr;
}

std::vector<const json*> find_all(const json& fields, const std::vector<std::string>& spellings) {
  std::vector<const json*> out;
  if (!fields.is_object()) return out;
  auto tables = tables_of(fields);
  for (const auto& spelling : spellings) {
    std::string wanted = normalise_key(spelling);
    for (const json* table : tables) {
      const json* v = in_table(*table, wanted);
      if (v && std::find(out.begin(), out.end(), v) == out.end()) out.push_back(v);
    }
  }
  return out;
}

std::string scalar_text(const json& value) {
  if (value.is_string()) return std::string(core::trim(value.get<std::string>()));
  if (value.is_number_integer()) return std::to_string(value.get<long long>());
  if (value.is_number_unsigned()) return std::to_string(value.get<unsigned long long>());
  if (value.is_number_float()) return value.dump();
  if (value.is_boolean()) return value.get<bool>() ? "true" : "false";
  return "";
}

}  // namespace lanyard::indexer::fields
