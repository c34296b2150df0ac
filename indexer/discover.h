// Indexer stage 1: find the Markdown files of a content repo.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "indexer/config.h"

namespace lanyard::indexer {

struct SourceFile {
  std::string path;        // the repo root joined with the id (may be a symlink)
  std::string id;          // repo-relative path with '/' separators: the document id
  std::string site;        // repo-relative folder of the site the file belongs to ("" or "2024"):
                           // the folder above its collection, or, for a plain page, the nearest
                           // folder above it holding a site config (_config.yml, config.toml,
                           // hugo.toml, _data/, ...)
  std::string collection;  // "posts", "events", "talks", "pages", ... ("" for a plain page)
  std::string rel_path;    // path inside the collection ("fosdem-2017/x.md"), or inside the site
  bool in_collection = false;  // false: a plain page, indexed only when it has front matter
  bool in_drafts = false;      // under a _drafts/ folder
};

// A file that was considered and could not be taken, or a folder not walked.
struct DiscoverSkip {
  std::string id;       // repo-relative path
  std::string reason;   // short category: "symlink loop", "unreadable", ...
  std::string message;  // what happened, for the user
  bool is_file = true;  // false for a folder: not counted as a Markdown file
};

struct Discovery {
  std::vector<SourceFile> files;  // sorted by id
  std::vector<DiscoverSkip> skipped;
};

// Walks root. Markdown = .md, .markdown, .mdown, .mkd, .mkdn. Collections:
// any "_name/" folder (Jekyll; "_posts", "_events", "_schedule/talks", ...)
// except _site, _includes, _layouts, _sass, _data, _plugins, _config; Hugo
// "content/" and Eleventy "_content/" (the collection is the next folder).
// Never entered: hidden folders (".git"), node_modules, vendor, and Hugo's
// archetypes, themes and layouts. Symlinked
// folders are followed once; a folder seen twice (a loop) is reported and
// not entered again. A symlink (file or folder) whose target lies outside the
// repo root is reported ("symlink outside the repo") and never followed, so a
// link to /etc/passwd or a home folder is not published. With config.include set, only matching
// files are taken; config.exclude always removes.
Discovery discover(const std::filesystem::path& root, const Config& config);

}  // namespace lanyard::indexer
