#include "indexer/config.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "core/text.h"
#include "indexer/facets/topics.h"

namespace lanyard::indexer {

namespace {

using core::Error;
using core::ErrorCode;

std::vector<std::string> string_list(const YAML::Node& node, const std::string& key) {
  std::vector<std::string> out;
  if (node.IsScalar()) {
    out.push_back(node.as<std::string>());
    return out;
  }
  if (!node.IsSequence()) throw YAML::Exception(node.Mark(), key + " must be a string or a list");
  for (const auto& item : node) {
    if (!item.IsScalar()) throw YAML::Exception(item.Mark(), key + " must list strings");
    out.push_back(item.as<std::string>());
  }
  return out;
}

std::uint64_t parse_size(const YAML::Node& node) {
  std::string text = core::ascii_lower(core::trim(node.as<std::string>()));
  std::size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  if (digits == 0 || digits > 12) throw YAML::Exception(node.Mark(), "max_file_size: not a size");
  std::uint64_t value = std::stoull(text.substr(0, digits));
  std::string unit(core::trim(std::string_view(text).substr(digits)));
  if (unit.empty() || unit == "b") return value;
  if (unit == "kb" || unit == "k") return value << 10;
  if (unit == "mb" || unit == "m") return value << 20;
  if (unit == "gb" || unit == "g") return value << 30;
  throw YAML::Exception(node.Mark(), "max_file_size: unknown unit '" + unit + "'");
}

void load_fields(const YAML::Node& node, FieldNames& fields) {
  if (!node.IsMap()) throw YAML::Exception(node.Mark(), "fields must be a mapping");
  auto lists = fields.lists();
  for (const auto& entry : node) {
    auto key = entry.first.as<std::string>();
    auto it =
        std::find_if(lists.begin(), lists.end(), [&](const auto& l) { return l.first == key; });
    if (it == lists.end())
      throw YAML::Exception(entry.first.Mark(), "unknown field kind '" + key + "'");
    *it->second = string_list(entry.second, "fields." + key);
  }
}

void load_into(const YAML::Node& root, const std::filesystem::path& file, Config& config) {
  if (root.IsNull()) return;
  if (!root.IsMap()) throw YAML::Exception(root.Mark(), "the config must be a mapping");
  for (const auto& entry : root) {
    auto key = entry.first.as<std::string>();
    const YAML::Node& value = entry.second;
    if (key == "include") {
      config.include = string_list(value, key);
    } else if (key == "exclude") {
      config.exclude = string_list(value, key);
    } else if (key == "fields") {
      load_fields(value, config.fields);
    } else if (key == "base_url") {
      config.base_url = value.as<std::string>();
    } else if (key == "permalink") {
      config.permalinks["*"] = value.as<std::string>();
    } else if (key == "permalinks") {
      if (!value.IsMap()) throw YAML::Exception(value.Mark(), "permalinks must be a mapping");
      for (const auto& p : value)
        config.permalinks[p.first.as<std::string>()] = p.second.as<std::string>();
    } else if (key == "drafts") {
      config.drafts = value.as<bool>();
    } else if (key == "max_file_size") {
      config.max_file_bytes = parse_size(value);
    } else if (key == "topics") {
      auto taxonomy = Taxonomy::load(file.parent_path() / value.as<std::string>());
      if (!taxonomy) throw YAML::Exception(value.Mark(), taxonomy.error().message);
      config.topics = *taxonomy;
    } else {
      throw YAML::Exception(entry.first.Mark(), "unknown key '" + key + "'");
    }
  }
}

}  // namespace

core::Result<Config> load_config(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return Error{ErrorCode::not_found, file.string() + ": cannot read the config file", ""};
  std::stringstream buffer;
  buffer << in.rdbuf();
  Config config;
  try {
    load_into(YAML::Load(buffer.str()), file, config);
  } catch (const YAML::Exception& e) {
    std::string where = file.string();
    if (!e.mark.is_null()) where += ":" + std::to_string(e.mark.line + 1);
    return Error{ErrorCode::invalid_input, where + ": " + e.msg, "invalid config"};
  }
  return config;
}

std::uint64_t config_hash(const Config& config) {
  std::string all;
  auto add = [&all](const std::vector<std::string>& list) {
    for (const auto& s : list) all += s + '\x1f';
    all += '\x1e';
  };
  add(config.include);
  add(config.exclude);
  const FieldNames& f = config.fields;
  for (const auto& [name, list] : f.lists()) add(*list);
  all += config.base_url + '\x1e';
  for (const auto& [k, v] : config.permalinks) all += k + '=' + v + '\x1f';
  all += config.drafts ? "drafts" : "";
  all += '\x1e' + std::to_string(config.max_file_bytes);
  all += '\x1e' + std::to_string(topics_of(config).fingerprint());
  return core::fnv1a64(all);
}

const Taxonomy& topics_of(const Config& config) {
  return config.topics ? *config.topics : *Taxonomy::builtin();
}

std::vector<std::pair<std::string_view, std::vector<std::string>*>> FieldNames::lists() {
  return {{"title", &title},
          {"published", &published},
          {"event_start", &event_start},
          {"event_end", &event_end},
          {"speakers", &speakers},
          {"tags", &tags},
          {"categories", &categories},
          {"location", &location},
          {"online", &online},
          {"room", &room},
          {"event", &event},
          {"language", &language},
          {"permalink", &permalink},
          {"searchable", &searchable}};
}

std::vector<std::pair<std::string_view, const std::vector<std::string>*>> FieldNames::lists()
    const {
  auto mutable_lists = const_cast<FieldNames*>(this)->lists();
  return {mutable_lists.begin(), mutable_lists.end()};
}

bool glob_match(std::string_view pattern, std::string_view path) {
  // Iterative matcher with backtracking for '*' (one folder) and '**' (any folders).
  if (pattern.starts_with("**/")) {
    if (glob_match(pattern.substr(3), path)) return true;
    for (std::size_t i = 0; i < path.size(); ++i) {
      if (path[i] == '/' && glob_match(pattern.substr(3), path.substr(i + 1))) return true;
    }
    return false;
  }
  std::size_t p = 0, s = 0;
  while (p < pattern.size()) {
    if (pattern.substr(p).starts_with("**")) {
      std::string_view rest = pattern.substr(p + 2);
      if (rest.starts_with("/")) {
        rest.remove_prefix(1);
        if (glob_match(rest, path.substr(s))) return true;
        for (std::size_t i = s; i < path.size(); ++i) {
          if (path[i] == '/' && glob_match(rest, path.substr(i + 1))) return true;
        }
        return false;
      }
      for (std::size_t i = s; i <= path.size(); ++i) {
        if (glob_match(rest, path.substr(i))) return true;
      }
      return false;
    }
    char c = pattern[p];
    if (c == '*') {
      std::string_view rest = pattern.substr(p + 1);
      for (std::size_t i = s; i <= path.size(); ++i) {
        if (glob_match(rest, path.substr(i))) return true;
        if (i < path.size() && path[i] == '/') break;
      }
      return false;
    }
    if (s >= path.size()) return false;
    if (c == '?' ? path[s] == '/' : c != path[s]) return false;
    ++p;
    ++s;
  }
  return s == path.size();
}

}  // namespace lanyard::indexer
