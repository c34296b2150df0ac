#include "indexer/site_info.h"

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "core/text.h"
#include "indexer/front_matter.h"

namespace lanyard::indexer {

namespace fs = std::filesystem;

namespace {

using nlohmann::json;

// A config larger than this is not a config: left unread.
constexpr std::uintmax_t kMaxConfigBytes = 4u << 20;

const std::vector<std::string> kJekyllConfigs = {"_config.yml", "_config.yaml", "_config.toml"};
const std::vector<std::string> kEleventyConfigs = {"_data/site.json", "src/_data/site.json"};

std::vector<std::string> hugo_configs() {
  std::vector<std::string> names;
  for (std::string dir : {"", "config/_default/"}) {
    for (const char* stem : {"hugo", "config"}) {
      for (const char* ext : {".toml", ".yaml", ".yml", ".json"}) names.push_back(dir + stem + ext);
    }
  }
  return names;
}

bool present(const fs::path& path) {
  std::error_code ec;
  return fs::exists(path, ec);
}

std::optional<std::string> first_existing(const fs::path& site_dir,
                                          const std::vector<std::string>& names) {
  for (const auto& name : names) {
    if (present(site_dir / name)) return name;
  }
  return std::nullopt;
}

// The file's text, or nullopt when it cannot be read or is too large.
std::optional<std::string> read_file(const fs::path& path) {
  std::error_code ec;
  auto size = fs::file_size(path, ec);
  if (ec || size > kMaxConfigBytes) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The config as JSON; {} when it cannot be read or parsed.
json parse_config(const fs::path& path) {
  std::string ext = core::ascii_lower(path.extension().string());
  DataFormat format = ext == ".toml"   ? DataFormat::toml
                      : ext == ".json" ? DataFormat::json
                                       : DataFormat::yaml;
  auto text = read_file(path);
  if (!text) return json::object();
  auto parsed = parse_data(*text, format);
  return parsed ? std::move(*parsed) : json::object();
}

// The member `key`, else one whose name differs only in case (Hugo's keys are
// case-insensitive: baseURL, baseurl); nullptr when there is none.
const json* member(const json& object, std::string_view key) {
  if (!object.is_object()) return nullptr;
  if (auto it = object.find(key); it != object.end()) return &*it;
  for (auto it = object.begin(); it != object.end(); ++it) {
    if (core::ascii_lower(it.key()) == core::ascii_lower(key)) return &*it;
  }
  return nullptr;
}

// A scalar as text ("2024" for 2024); "" for anything else or nothing.
std::string text_of(const json* value) {
  if (!value || value->is_null() || value->is_structured()) return "";
  return value->is_string() ? value->get<std::string>() : value->dump();
}

std::string text_at(const json& config, std::string_view key) {
  return text_of(member(config, key));
}

void read_urls(const json& config, SiteInfo& info) {
  // Zola's base_url; Jekyll's url + baseurl (a path); Hugo's baseurl (the whole URL).
  std::string url = text_at(config, "base_url");
  if (url.empty()) url = text_at(config, "url") + text_at(config, "baseurl");
  while (!url.empty() && url.back() == '/') url.pop_back();
  info.base_url = url;
  info.post_permalink = text_at(config, "permalink");
  const json* collections = member(config, "collections");
  if (!collections || !collections->is_object()) return;
  for (const auto& [name, collection] : collections->items()) {
    if (std::string p = text_at(collection, "permalink"); !p.empty()) info.permalinks[name] = p;
  }
}

void read_about(const json& config, SiteInfo& info) {
  if (std::string title = text_at(config, "title"); !title.empty()) info.name = title;
  std::string about = text_at(config, "description");
  const json* params = member(config, "params");  // Hugo's
  if (about.empty() && params) about = text_at(*params, "description");
  if (!about.empty()) info.description = about;
}

// Eleventy's site.json names the site by title, else name, else domain.
void read_site_json(const json& site, SiteInfo& info) {
  for (const char* key : {"domain", "name", "title"}) {
    if (std::string text = text_at(site, key); !text.empty()) info.name = text;
  }
  if (std::string about = text_at(site, "description"); !about.empty()) info.description = about;
}

// The generator the folders show; Zola, whose layout is Hugo's, is told by
// its config later.
Generator layout_generator(const fs::path& site_dir) {
  for (const char* marker : {"_content", "src/_content", ".eleventy.js", "eleventy.config.js"}) {
    if (present(site_dir / marker)) return Generator::eleventy;
  }
  bool hugo = present(site_dir / "content") && first_existing(site_dir, hugo_configs());
  return hugo ? Generator::hugo : Generator::jekyll;
}

// The config file names to try, the generator's own first.
std::vector<std::string> config_candidates(Generator generator) {
  std::vector<std::string> hugo = hugo_configs();
  std::vector<std::vector<std::string>> groups = {kJekyllConfigs, hugo, kEleventyConfigs};
  if (generator == Generator::hugo || generator == Generator::zola) {
    groups = {hugo, kJekyllConfigs, kEleventyConfigs};
  } else if (generator == Generator::eleventy) {
    groups = {kEleventyConfigs, kJekyllConfigs, hugo};
  }
  std::vector<std::string> names;
  for (const auto& group : groups) names.insert(names.end(), group.begin(), group.end());
  return names;
}

}  // namespace

SiteInfo load_site_info(const fs::path& site_dir) {
  SiteInfo info;
  info.generator = layout_generator(site_dir);
  if (auto site_json = first_existing(site_dir, kEleventyConfigs)) {
    info.config = parse_config(site_dir / *site_json);
    info.config_file = *site_json;
    read_site_json(info.config, info);
  }
  auto file = first_existing(site_dir, config_candidates(info.generator));
  if (!file || *file == info.config_file) return info;
  info.config = parse_config(site_dir / *file);
  info.config_file = *file;
  if (info.generator == Generator::hugo && *file == "config.toml" &&
      member(info.config, "base_url")) {
    info.generator = Generator::zola;
  }
  read_urls(info.config, info);
  read_about(info.config, info);
  return info;
}

}  // namespace lanyard::indexer
