#include "indexer/discover.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <set>
#include <string_view>
#include <system_error>
#include <utility>

#include "core/text.h"

namespace lanyard::indexer {

namespace fs = std::filesystem;

namespace {

const std::set<std::string, std::less<>> kMarkdownExtensions = {".md", ".markdown", ".mdown",
                                                                ".mkd", ".mkdn"};
// Hugo's archetypes are page templates ({{ .Date }}), themes/ and layouts/ hold a
// theme's example site and partials: none is the site's content.
const std::set<std::string, std::less<>> kNeverEnter = {
    "node_modules", "vendor",   "_site",   "_includes",  "_layouts", "_sass",
    "_data",        "_plugins", "_config", "archetypes", "themes",   "layouts"};

bool is_markdown(std::string_view name) {
  const auto dot = name.rfind('.');
  // As fs::path::extension(): a leading dot (".md") is a name, not an extension.
  if (dot == std::string_view::npos || dot == 0) return false;
  return kMarkdownExtensions.count(core::ascii_lower(name.substr(dot))) > 0;
}

std::string join_path(const std::string& dir, std::string_view name) {
  std::string path;
  path.reserve(dir.size() + 1 + name.size());
  path += dir;
  if (!path.empty() && path.back() != '/') path += '/';
  path += name;
  return path;
}

// Where a file sits: its site folder, collection and path inside the collection.
void classify(SourceFile& file) {
  std::vector<std::string> parts = core::split(file.id, '/');
  for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
    const std::string& part = parts[i];
    bool hugo = part == "content" || part == "_content";
    bool jekyll = !hugo && part.size() > 1 && part[0] == '_';
    if (!hugo && !jekyll) continue;
    std::vector<std::string> site(parts.begin(), parts.begin() + static_cast<long>(i));
    // Eleventy keeps its input in src/: the site is the folder above it.
    if (!site.empty() && site.back() == "src") site.pop_back();
    file.site = core::join(site, "/");
    std::size_t rest = i + 1;
    if (jekyll) {
      file.collection = part.substr(1);
      if (file.collection == "drafts") file.in_drafts = true;
    } else if (rest + 1 < parts.size()) {
      file.collection = parts[rest++];
    } else {
      file.collection = "pages";
    }
    file.rel_path = core::join(
        std::vector<std::string>(parts.begin() + static_cast<long>(rest), parts.end()), "/");
    file.in_collection = true;
    for (std::size_t k = i + 1; k + 1 < parts.size(); ++k) {
      if (parts[k] == "_drafts") file.in_drafts = true;
    }
    return;
  }
  file.rel_path = file.id;
}

bool wanted(const std::string& id, const Config& config) {
  for (const auto& pattern : config.exclude) {
    if (glob_match(pattern, id)) return false;
  }
  if (config.include.empty()) return true;
  return std::any_of(config.include.begin(), config.include.end(),
                     [&](const std::string& pattern) { return glob_match(pattern, id); });
}

// One folder entry: its name and type as readdir gave them.
struct Entry {
  std::string name;
  unsigned char type;  // DT_DIR, DT_REG, DT_LNK, ... or DT_UNKNOWN
};

// The folders are read with opendir/readdir and paths kept as strings: the
// type comes with the entry (no stat per file; the pipeline stats each
// Markdown file once), and no fs::path is built per entry (that, an lstat per
// file and the sort were most of an unchanged re-index of 100k files).
struct Walker {
  const Config& config;
  fs::path root;  // canonical
  Discovery result;
  std::set<std::pair<dev_t, ino_t>> seen_dirs;
  // Folders holding a site's configuration ("", "2024"): a plain page belongs
  // to the nearest one above it (volcamp's "2024/location/index.md" to "2024").
  std::set<std::string, std::less<>> site_roots;

  static bool is_site_config(std::string_view name) {
    static constexpr std::string_view kNames[] = {
        "_config.yml", "_config.yaml",       "_config.toml", "config.toml", "config.yaml",
        "config.yml",  "config.json",        "hugo.toml",    "hugo.yaml",   "hugo.yml",
        "hugo.json",   "eleventy.config.js", ".eleventy.js", "_data"};
    return std::find(std::begin(kNames), std::end(kNames), name) != std::end(kNames);
  }

  void place_in_site(SourceFile& file) const {
    if (file.in_collection) return;
    for (std::string_view folder = file.id; !folder.empty();) {
      auto slash = folder.rfind('/');
      folder = slash == std::string_view::npos ? std::string_view() : folder.substr(0, slash);
      if (site_roots.count(folder)) {
        file.site = std::string(folder);
        file.rel_path = folder.empty() ? file.id : file.id.substr(folder.size() + 1);
        return;
      }
    }
  }

  // A symlink whose target resolves outside the repo root.
  bool leads_outside(const std::string& link) const {
    std::error_code ec;
    fs::path target = fs::canonical(link, ec);
    if (ec) return true;
    auto [r, t] = std::mismatch(root.begin(), root.end(), target.begin(), target.end());
    return r != root.end();
  }

  void walk(const std::string& dir, const std::string& rel) {
    struct stat st {};
    if (::stat(dir.c_str(), &st) != 0) return;
    if (!seen_dirs.insert({st.st_dev, st.st_ino}).second) {
      result.skipped.push_back({rel, "symlink loop",
                                "folder already visited (a symlink loop?): not entered again",
                                false});
      return;
    }
    std::vector<Entry> entries;
    if (auto error = read_folder(dir, entries); error) {
      result.skipped.push_back(
          {rel.empty() ? "." : rel, "unreadable", "cannot read folder: " + error.message(), false});
      return;
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return a.name < b.name; });
    if (std::any_of(entries.begin(), entries.end(),
                    [](const Entry& e) { return is_site_config(e.name); })) {
      site_roots.insert(rel);
    }
    for (const auto& entry : entries) visit(dir, entry, rel);
  }

  static std::error_code read_folder(const std::string& dir, std::vector<Entry>& entries) {
    DIR* handle = ::opendir(dir.c_str());
    if (!handle) return {errno, std::generic_category()};
    errno = 0;
    while (const dirent* d = ::readdir(handle)) {
      const std::string_view name = d->d_name;
      if (name != "." && name != "..") entries.push_back({std::string(name), d->d_type});
      errno = 0;
    }
    const int error = errno;
    ::closedir(handle);
    return error ? std::error_code(error, std::generic_category()) : std::error_code();
  }

  // The entry's type, following a symlink; 0 and errno set when it cannot be read.
  static mode_t type_of(const std::string& path, const Entry& entry, bool& is_link) {
    struct stat st {};
    switch (entry.type) {
      case DT_DIR:
        return S_IFDIR;
      case DT_REG:
        return S_IFREG;
      case DT_UNKNOWN:  // file systems without types in their folders
        if (::lstat(path.c_str(), &st) != 0) return 0;
        if (!S_ISLNK(st.st_mode)) return st.st_mode & S_IFMT;
        break;
      case DT_LNK:
        break;
      default:
        return S_IFSOCK;  // a FIFO, socket or device: never indexed
    }
    is_link = true;
    return ::stat(path.c_str(), &st) == 0 ? st.st_mode & S_IFMT : 0;
  }

  void visit(const std::string& dir, const Entry& entry, const std::string& parent_rel) {
    const std::string& name = entry.name;
    std::string rel = parent_rel.empty() ? name : parent_rel + "/" + name;
    std::string path = join_path(dir, name);
    bool is_link = false;
    const mode_t type = type_of(path, entry, is_link);
    if (type == 0) {
      const std::error_code ec(errno, std::generic_category());
      if (is_markdown(name) && wanted(rel, config)) {
        std::string reason = ec == std::errc::too_many_symbolic_link_levels ? "symlink loop"
                             : is_link                                      ? "broken symlink"
                                                                            : "unreadable";
        result.skipped.push_back({rel, reason, ec.message(), true});
      }
      return;
    }
    const bool folder = type == S_IFDIR;
    const bool markdown = !folder && is_markdown(name) && wanted(rel, config);
    if (is_link && (folder || markdown) && leads_outside(path)) {
      result.skipped.push_back({rel, "symlink outside the repo",
                                std::string("a symlink to ") + (folder ? "a folder" : "a file") +
                                    " outside the repo: not " + (folder ? "entered" : "indexed"),
                                !folder});
      return;
    }
    if (folder) {
      if (name.starts_with('.') || kNeverEnter.count(name)) return;
      walk(path, rel);
      return;
    }
    if (type != S_IFREG || !markdown) return;
    SourceFile file;
    file.path = std::move(path);
    file.id = std::move(rel);
    classify(file);
    place_in_site(file);
    result.files.push_back(std::move(file));
  }
};

}  // namespace

Discovery discover(const fs::path& root, const Config& config) {
  std::error_code ec;
  fs::path canonical_root = fs::canonical(root, ec);
  Walker walker{config, ec ? root : canonical_root, {}, {}, {}};
  walker.walk(root.string(), "");
  auto& files = walker.result.files;
  std::sort(files.begin(), files.end(),
            [](const SourceFile& a, const SourceFile& b) { return a.id < b.id; });
  return std::move(walker.result);
}

}  // namespace lanyard::indexer
