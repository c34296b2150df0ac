// What a site's own configuration file says about it (Jekyll's _config.yml,
// Hugo's hugo.toml or config.toml, Zola's config.toml, Eleventy's
// _data/site.json), and which generator builds it.
#pragma once

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

namespace lanyard::indexer {

// Zola lays out URLs as Hugo does ("/section/slug/").
enum class Generator { jekyll, hugo, zola, eleventy };

struct SiteInfo {
  Generator generator = Generator::jekyll;
  // Jekyll: url + baseurl; Hugo: baseURL (any case); Zola: base_url. No trailing '/'.
  std::string base_url;
  std::string post_permalink;  // Jekyll's permalink; "" = its default ("date" style)
  std::map<std::string, std::string>
      permalinks;  // Jekyll's collections.NAME.permalink, by collection
  // What the site says about itself: `title` (Eleventy's site.json: `title`,
  // else `name`, else `domain`) and `description` (Hugo: also
  // params.description). Facets read them ("... will take place in San Diego").
  std::string name, description;
  // The whole config file as parsed, whatever its format (YAML and TOML typed
  // as front matter is, front_matter.h), for later stages: params.location,
  // extra.city, params.date. {} when there is none or it is broken.
  nlohmann::json config = nlohmann::json::object();
  std::string config_file;  // the file read, relative to the site folder ("hugo.toml"); "" = none
};

// Reads the first config file found in site_dir and decides the generator
// from the folder layout. Never fails: a broken config file is ignored (the
// site's own build reports it) and leaves the defaults.
//
// Generator: Eleventy when there is _content/, src/_content/, .eleventy.js or
// eleventy.config.js; else Hugo when there is content/ and a Hugo config file
// (below), Zola when that file is config.toml and sets base_url; else Jekyll.
//
// Config files, the site's own generator's first, then the others in this order:
//   Jekyll:   _config.yml, _config.yaml, _config.toml
//   Hugo:     hugo.{toml,yaml,yml,json}, config.{toml,yaml,yml,json} (Zola: config.toml),
//             then the same names in config/_default/
//   Eleventy: _data/site.json, src/_data/site.json
// The first that exists is read (none after it, even when it is broken).
// Eleventy's site.json also gives name and description when the file read
// has none.
SiteInfo load_site_info(const std::filesystem::path& site_dir);

}  // namespace lanyard::indexer
