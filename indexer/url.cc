#include "indexer/url.h"

#include <cstdio>
#include <filesystem>
#include <map>

#include "core/text.h"

namespace lanyard::indexer {

namespace fs = std::filesystem;

namespace {

std::string two_digits(int n) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", n);
  return buf;
}

// "2022-9-14-anouncing-x.md" -> "anouncing-x"; "ce13.md" -> "ce13".
std::string title_slug(const std::string& filename_stem, bool strip_date) {
  if (!strip_date) return filename_stem;
  if (core::date_from_filename(filename_stem)) {
    int dashes = 0;
    for (std::size_t i = 0; i < filename_stem.size(); ++i) {
      if (filename_stem[i] == '-' && ++dashes == 3) return filename_stem.substr(i + 1);
    }
  }
  return filename_stem;
}

std::string expand_named(const std::string& pattern) {
  if (pattern == "date") return "/:categories/:year/:month/:day/:title:output_ext";
  if (pattern == "pretty") return "/:categories/:year/:month/:day/:title/";
  if (pattern == "ordinal") return "/:categories/:year/:y_day/:title:output_ext";
  if (pattern == "none") return "/:categories/:title:output_ext";
  return pattern;
}

std::string apply_pattern(const std::string& raw_pattern, const UrlInput& in) {
  const SourceFile& f = *in.file;
  std::string pattern = expand_named(raw_pattern);
  fs::path rel(f.rel_path);
  std::string stem = rel.stem().string();
  std::string path_no_ext = (rel.parent_path() / stem).generic_string();
  bool is_post = f.collection == "posts";
  std::string title = title_slug(stem, is_post);
  std::map<std::string, std::string> vars = {
      {"collection", f.collection},
      {"path", path_no_ext},
      {"name", stem},
      {"title", title},
      {"slug", core::slugify(title)},
      {"output_ext", ".html"},
      {"categories", core::join(in.categories, "/")},
  };
  // Without a date the date placeholders are empty (their "//" collapses
  // below), never a literal ":year" in a URL.
  for (const char* name : {"year", "month", "day", "i_month", "i_day", "short_year"})
    vars[name] = "";
  if (in.date) {
    vars["year"] = std::to_string(in.date->year);
    vars["month"] = two_digits(in.date->month);
    vars["day"] = two_digits(in.date->day);
    vars["i_month"] = std::to_string(in.date->month);
    vars["i_day"] = std::to_string(in.date->day);
    vars["short_year"] = two_digits(in.date->year % 100);
  }
  std::string out;
  for (std::size_t i = 0; i < pattern.size();) {
    if (pattern[i] != ':') {
      out += pattern[i++];
      continue;
    }
    std::size_t j = i + 1;
    while (j < pattern.size() &&
           (std::isalnum(static_cast<unsigned char>(pattern[j])) || pattern[j] == '_'))
      ++j;
    auto it = vars.find(pattern.substr(i + 1, j - i - 1));
    out += it != vars.end() ? it->second : pattern.substr(i, j - i);
    i = j;
  }
  // Empty placeholders (no categories) leave "//": collapse them.
  std::string clean;
  for (char c : out) {
    if (c == '/' && !clean.empty() && clean.back() == '/') continue;
    clean += c;
  }
  if (clean.empty() || clean[0] != '/') clean.insert(clean.begin(), '/');
  return clean;
}

std::string default_path(const UrlInput& in, const SiteInfo& site) {
  const SourceFile& f = *in.file;
  if (!f.in_collection) {
    fs::path rel(f.rel_path);
    std::string stem = rel.stem().string();
    if (stem == "index") return "/" + rel.parent_path().generic_string();
    return "/" + (rel.parent_path() / (stem + ".html")).generic_string();
  }
  if (site.generator != Generator::jekyll) {
    fs::path rel(f.rel_path);
    std::string stem = rel.stem().string();
    std::string section = f.collection == "pages" ? "" : f.collection + "/";
    fs::path page =
        stem == "index" || stem == "_index" ? rel.parent_path() : rel.parent_path() / stem;
    std::string path = "/" + section + page.generic_string();
    if (path.back() != '/') path += '/';  // a section's own _index.md: "/2024/", not "/2024//"
    return path;
  }
  if (auto it = site.permalinks.find(f.collection); it != site.permalinks.end()) {
    return apply_pattern(it->second, in);
  }
  if (f.collection == "posts" || f.collection == "drafts") {
    return apply_pattern(site.post_permalink.empty() ? "date" : site.post_permalink, in);
  }
  return apply_pattern("/:collection/:path:output_ext", in);
}

std::string encode_spaces(const std::string& path) {
  std::string out;
  for (char c : path) out += c == ' ' ? std::string("%20") : std::string(1, c);
  return out;
}

}  // namespace

std::string derive_url(const UrlInput& in, const SiteInfo& site) {
  std::string base = in.configured_base_url.empty() ? site.base_url : in.configured_base_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  std::string path;
  if (in.permalink && !core::trim(*in.permalink).empty()) {
    std::string p(core::trim(*in.permalink));
    path = p.find(':') != std::string::npos ? apply_pattern(p, in) : p;
    if (path.starts_with("http://") || path.starts_with("https://")) return path;
    if (path[0] != '/') path.insert(path.begin(), '/');
    while (path.starts_with("//")) path.erase(0, 1);  // "//host/x" would leave the site
  } else if (in.configured_pattern) {
    path = apply_pattern(*in.configured_pattern, in);
  } else {
    path = default_path(in, site);
  }
  return base + encode_spaces(path);
}

}  // namespace lanyard::indexer
