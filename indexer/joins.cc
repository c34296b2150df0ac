#include "indexer/joins.h"

#include <algorithm>

#include "core/text.h"
#include "indexer/fields.h"

namespace lanyard::indexer {

using nlohmann::json;

namespace {

// Fields that hold the page's own identity or kind, never a join key.
bool never_joined(const std::string& normalised) {
  static constexpr std::string_view kNames[] = {
      "title",      "date",     "layout",  "permalink", "url",   "slug",      "id",
      "lang",       "language", "type",    "template",  "draft", "published", "tags",
      "categories", "category", "aliases", "weight",    "key"};
  return std::find(std::begin(kNames), std::end(kNames), normalised) != std::end(kNames);
}

bool looks_like_key(const std::string& value) {
  if (value.empty() || value.size() > 80 || value.starts_with("http")) return false;
  return std::none_of(value.begin(), value.end(),
                      [](char c) { return c == ' ' || c == '\n' || c == '\t'; });
}

}  // namespace

SiteData::SiteData(json files) : files_(std::move(files)) {
  if (!files_.is_object()) files_ = json::object();
  for (const auto& [name, content] : files_.items()) {
    if (content.is_object()) {
      for (const auto& [key, value] : content.items()) {
        if (value.is_object()) by_key_[key].push_back({name, &value});
      }
    } else if (content.is_array()) {
      for (const auto& item : content) {
        if (!item.is_object()) continue;
        for (const char* id : {"key", "id", "slug"}) {
          auto it = item.find(id);
          if (it != item.end() && it->is_string()) {
            by_key_[it->get<std::string>()].push_back({name, &item});
            break;
          }
        }
      }
    }
  }
}

const json* SiteData::find(const std::string& field, const std::string& key) const {
  auto it = by_key_.find(key);
  if (it == by_key_.end()) return nullptr;
  if (it->second.size() == 1) return it->second.front().object;
  // Several files know the key: the one named after the field ("venue" in "venues").
  std::string stem = fields::normalise_key(field);
  if (stem.size() > 1 && stem.back() == 's') stem.pop_back();
  for (const auto& e : it->second) {
    std::string name = fields::normalise_key(e.file.substr(e.file.rfind('/') + 1));
    if (!stem.empty() && name.find(stem) != std::string::npos) return e.object;
  }
  return nullptr;
}

void SiteData::join_table(json& table) const {
  for (auto entry : table.items()) {
    const std::string& field = entry.key();  // a named variable: a lambda cannot capture a binding
    json& value = entry.value();
    if (never_joined(fields::normalise_key(field))) continue;
    auto joined = [&](const json& v) -> std::optional<json> {
      if (!v.is_string() || !looks_like_key(v.get<std::string>())) return std::nullopt;
      const json* object = find(field, v.get<std::string>());
      if (!object) return std::nullopt;
      json copy = *object;
      copy["key"] = v;
      return copy;
    };
    if (auto object = joined(value)) {
      value = std::move(*object);
    } else if (value.is_array()) {
      for (auto& item : value) {
        if (auto element = joined(item)) item = std::move(*element);
      }
    }
  }
}

void SiteData::join(json& page) const {
  if (by_key_.empty() || !page.is_object()) return;
  join_table(page);
  for (auto name : fields::kNestedTables) {
    for (auto& [key, value] : page.items()) {
      if (value.is_object() && fields::normalise_key(key) == name) join_table(value);
    }
  }
}

}  // namespace lanyard::indexer
