// Where a document lives on the built site: its URL, from the front matter's
// permalink or the site generator's defaults.
#pragma once

#include <optional>
#include <string>

#include "core/date.h"
#include "indexer/discover.h"
#include "indexer/site_info.h"

namespace lanyard::indexer {

struct UrlInput {
  const SourceFile* file = nullptr;
  std::optional<std::string> permalink;           // front matter's, when given
  std::optional<core::Date> date;                 // the post date, for :year/:month/:day
  std::vector<std::string> categories;            // for :categories
  std::string configured_base_url;                // lanyard.yml base_url; overrides the site's
  std::optional<std::string> configured_pattern;  // lanyard.yml permalink for this collection
};

// The URL: base URL + path. Patterns use Jekyll's placeholders (:year :month
// :day :i_month :i_day :short_year :title :slug :name :path :collection
// :categories :output_ext) or the names "date", "pretty", "ordinal", "none".
// Defaults: Jekyll posts "/:categories/:year/:month/:day/:title:output_ext",
// other collections "/:collection/:path:output_ext"; Hugo, Zola and Eleventy
// "/section/slug/". Spaces are percent-encoded.
std::string derive_url(const UrlInput& input, const SiteInfo& site);

}  // namespace lanyard::indexer
