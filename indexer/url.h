// Where a document lives on the built site: its URL, from the front matter's
// permalink or the site generator's defaults.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "core/date.h"
#include "indexer/discover.h"

namespace lanyard::indexer {

enum class Generator { jekyll, hugo, eleventy };

// What a site's own configuration says about URLs (Jekyll's _config.yml:
// url, baseurl, permalink, collections.NAME.permalink).
struct SiteInfo {
  Generator generator = Generator::jekyll;
  std::string base_url;                           // url + baseurl, no trailing '/'
  std::string post_permalink;                     // "" = Jekyll's default ("date" style)
  std::map<std::string, std::string> permalinks;  // by collection
  // What the site says about itself: _config.yml `title` and `description`,
  // else _data/site.json's `title` (or `name`, or `domain`) and `description`.
  // Facets read them ("... will take place in San Diego, California").
  std::string name, description;
};

// Reads site_dir/_config.yml (or _data/site.json) when present (errors there are ignored: the
// site's own build would report them), and decides the generator from the
// folder layout. Never fails.
SiteInfo load_site_info(const std::filesystem::path& site_dir);

struct UrlInput {
  const SourceFile* file = nullptr;
  std::optional<std::string> permalink;  // front matter's, when given
  std::optional<core::Date> date;        // the post date, for :year/:month/:day
  std::vector<std::string> categories;   // for :categories
  std::string configured_base_url;       // lanyard.yml base_url; overrides the site's
  std::optional<std::string> configured_pattern;  // lanyard.yml permalink for this collection
};

// The URL: base URL + path. Patterns use Jekyll's placeholders (:year :month
// :day :i_month :i_day :short_year :title :slug :name :path :collection
// :categories :output_ext) or the names "date", "pretty", "ordinal", "none".
// Defaults: Jekyll posts "/:categories/:year/:month/:day/:title:output_ext",
// other collections "/:collection/:path:output_ext"; Hugo and Eleventy
// "/section/slug/". Spaces are percent-encoded.
std::string derive_url(const UrlInput& input, const SiteInfo& site);

}  // namespace lanyard::indexer
