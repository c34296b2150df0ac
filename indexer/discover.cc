#include "indexer/discover.h"

#include <sys/stat.h>

#include <algorithm>
#include <set>
#include <system_error>
#include <utility>

#include "core/text.h"

namespace lanyard::indexer {

namespace fs = std::filesystem;

namespace {

const std::set<std::string, std::less<>> kMarkdownExtensions = {".md", ".markdown", ".mdown",
                                                                 ".mkd", ".mkdn"};
const std::set<std::string, std::less<>> kNeverEnter = {"node_modules", "vendor", "_site",
                                                        "_includes", "_layouts", "_sass",
                                                        "_data", "_plugins", "_config"};

bool is_markdown(const fs::path& path) {
  return kMarkdownExtensions.count(core::ascii_lower(path.extension().string())) > 0;
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
    file.rel_path = core::join(std::vector<std::string>(parts.begin() + static_cast<long>(rest),
                                                        parts.end()), "/");
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

struct Walker {
  const Config& config;
  fs::path root;  // canonical
  Discovery result;
  std::set<std::pair<dev_t, ino_t>> seen_dirs;

  // A symlink whose target resolves outside the repo root.
  bool leads_outside(const fs::path& link) const {
    std::error_code ec;
    fs::path target = fs::canonical(link, ec);
    if (ec) return true;
    auto [r, t] = std::mismatch(root.begin(), root.end(), target.begin(), target.end());
    return r != root.end();
  }

  void walk(const fs::path& dir, const std::string& rel) {
    struct stat st {};
    if (::stat(dir.c_str(), &st) != 0) return;
    if (!seen_dirs.insert({st.st_dev, st.st_ino}).second) {
      result.skipped.push_back({rel, "symlink loop",
                                "folder already visited (a symlink loop?): not entered again",
                                false});
      return;
    }
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) {
      result.skipped.push_back({rel.empty() ? "." : rel, "unreadable",
                                "cannot read folder: " + ec.message(), false});
      return;
    }
    // Sorted by name as strings: comparing fs::path objects (component by
    // component) was a third of an unchanged re-index of 100k files.
    std::vector<std::pair<std::string, fs::directory_entry>> entries;
    for (; it != fs::directory_iterator(); it.increment(ec)) {
      if (ec) break;
      entries.emplace_back(it->path().filename().string(), *it);
    }
    std::sort(entries.begin(), entries.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& entry : entries) visit(entry.second, rel);
  }

  void visit(const fs::directory_entry& entry, const std::string& parent_rel) {
    std::string name = entry.path().filename().string();
    std::string rel = parent_rel.empty() ? name : parent_rel + "/" + name;
    std::error_code ec;
    bool is_link = entry.is_symlink(ec);
    // The type read with the folder when it is not a link (no stat per file);
    // a link is followed.
    fs::file_status status = is_link || ec ? entry.status(ec) : fs::file_status(entry.symlink_status(ec).type());
    if (ec) {
      if (is_markdown(entry.path()) && wanted(rel, config)) {
        std::string reason = ec == std::errc::too_many_symbolic_link_levels ? "symlink loop"
                             : is_link ? "broken symlink" : "unreadable";
        result.skipped.push_back({rel, reason, ec.message(), true});
      }
      return;
    }
    const bool markdown = is_markdown(entry.path()) && wanted(rel, config);
    if (is_link && (fs::is_directory(status) || markdown) && leads_outside(entry.path())) {
      const bool folder = fs::is_directory(status);
      result.skipped.push_back({rel, "symlink outside the repo",
                                std::string("a symlink to ") + (folder ? "a folder" : "a file") +
                                    " outside the repo: not " + (folder ? "entered" : "indexed"),
                                !folder});
      return;
    }
    if (fs::is_directory(status)) {
      if (name.starts_with('.') || kNeverEnter.count(name)) return;
      walk(entry.path(), rel);
      return;
    }
    if (!fs::is_regular_file(status) || !markdown) return;
    SourceFile file;
    file.path = entry.path();
    file.id = rel;
    classify(file);
    result.files.push_back(std::move(file));
  }
};

}  // namespace

Discovery discover(const fs::path& root, const Config& config) {
  std::error_code ec;
  fs::path canonical_root = fs::canonical(root, ec);
  Walker walker{config, ec ? root : canonical_root, {}, {}};
  walker.walk(root, "");
  auto& files = walker.result.files;
  std::sort(files.begin(), files.end(),
            [](const SourceFile& a, const SourceFile& b) { return a.id < b.id; });
  return std::move(walker.result);
}

}  // namespace lanyard::indexer
