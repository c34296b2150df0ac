#include "indexer/json_ld.h"

#include "core/text.h"

namespace lanyard::indexer {

using nlohmann::json;

namespace {

bool is_event(const json& node) {
  auto type = node.find("@type");
  if (type == node.end()) return false;
  auto event_type = [](const json& t) {
    return t.is_string() && t.get<std::string>().ends_with("Event");
  };
  if (event_type(*type)) return true;
  return type->is_array() && std::any_of(type->begin(), type->end(), event_type);
}

const json* first_event(const json& node, int depth) {
  if (depth > 4) return nullptr;
  if (node.is_object()) {
    if (is_event(node)) return &node;
    if (auto graph = node.find("@graph"); graph != node.end())
      return first_event(*graph, depth + 1);
  } else if (node.is_array()) {
    for (const auto& item : node) {
      if (const json* e = first_event(item, depth + 1)) return e;
    }
  }
  return nullptr;
}

}  // namespace

json json_ld_event(std::string_view text) {
  std::string lower = core::ascii_lower(text);
  for (std::size_t at = lower.find("application/ld+json"); at != std::string::npos;
       at = lower.find("application/ld+json", at + 1)) {
    std::size_t open = lower.find('>', at);
    std::size_t close = open == std::string::npos ? open : lower.find("</script", open);
    if (close == std::string::npos) break;
    json node = json::parse(text.substr(open + 1, close - open - 1), nullptr, false);
    if (node.is_discarded()) continue;
    if (const json* event = first_event(node, 0)) return *event;
  }
  return json::object();
}

}  // namespace lanyard::indexer
