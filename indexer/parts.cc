#include "indexer/parts.h"

#include <algorithm>
#include <chrono>

namespace lanyard::indexer {

namespace fs = std::filesystem;

namespace {

// Merges sources, in order, into a new database at out (renumbering the
// documents source after source). One pass: DBCOMPACT_MULTIPASS (posting
// lists merged in rounds through temporary tables) cost more than it saved
// here: pyvideo 8.3-8.5 -> 7.6-7.7 s, synth-10k 8.9 -> 8.4 s, synth-100k
// 91 -> 83 s without it, the same index.
void compact_into(const std::vector<std::string>& sources, const fs::path& out) {
  Xapian::Database all;
  for (const auto& s : sources) all.add_database(Xapian::Database(s));
  all.compact(out.string());
}

}  // namespace

PartBuilder::PartBuilder(fs::path dir, std::size_t targets, PartOptions options)
    : dir_(std::move(dir)), options_(options) {
  options_.lanes = std::max<std::size_t>(1, options_.lanes);
  options_.part_docs = std::max<std::size_t>(1, options_.part_docs);
  options_.fan_in = std::clamp<std::size_t>(options_.fan_in, 2, kMaxSources);
  lanes_.resize(targets * options_.lanes);
}

PartBuilder::~PartBuilder() {
  for (auto& l : lanes_) {
    try {
      if (l.merges.valid()) l.merges.wait();
      if (l.open) l.open->close();
    } catch (const Xapian::Error&) {
      // Best effort: the caller removes the folder of parts next.
    }
  }
}

void PartBuilder::add(std::size_t target, std::size_t lane_index, std::uint64_t batch,
                      const Xapian::Document& doc) {
  Lane& l = lane(target, lane_index);
  if (!l.open) {
    l.open_part = Part{};
    l.open_part.path = dir_ / ("t" + std::to_string(target) + "-l" + std::to_string(lane_index) +
                               "-" + std::to_string(l.made++));
    l.open_part.key = batch * options_.lanes + lane_index;
    l.open = std::make_unique<Xapian::WritableDatabase>(l.open_part.path.string(),
                                                        Xapian::DB_CREATE_OR_OVERWRITE);
  }
  l.open->add_document(doc);
  ++l.open_part.docs;
}

void PartBuilder::end_batch(std::size_t target, std::size_t lane_index) {
  Lane& l = lane(target, lane_index);
  // A merge that failed stops the build now, not at the end.
  if (l.merges.valid() && l.merges.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
    l.merges.get();
  if (!l.open || l.open_part.docs < options_.part_docs) return;
  close_open(l);
  merge_tiers(target, lane_index, l);
}

void PartBuilder::close_open(Lane& l) {
  if (!l.open) return;
  l.open->commit();
  l.open->close();
  l.open.reset();
  l.closed.push_back(l.open_part);
}

void PartBuilder::merge_tiers(std::size_t target, std::size_t lane_index, Lane& l) {
  // Like a binary counter in base fan_in: the newest fan_in parts of one level
  // become one part of the next, which may complete a tier of its own.
  while (l.closed.size() >= options_.fan_in) {
    auto first = l.closed.end() - static_cast<std::ptrdiff_t>(options_.fan_in);
    std::size_t level = first->level;
    if (!std::all_of(first, l.closed.end(), [&](const Part& p) { return p.level == level; }))
      return;
    Part merged;
    merged.path = dir_ / ("t" + std::to_string(target) + "-l" + std::to_string(lane_index) + "-" +
                          std::to_string(l.made++));
    merged.key = first->key;
    merged.level = level + 1;
    std::vector<std::string> sources;
    for (auto it = first; it != l.closed.end(); ++it) {
      sources.push_back(it->path.string());
      merged.docs += it->docs;
    }
    // Queued after the lane's earlier merges, which may be making its sources.
    l.merges = std::async(
        std::launch::async, [before = std::move(l.merges), sources, to = merged.path]() mutable {
          if (before.valid()) before.get();
          compact_into(sources, to);
          for (const auto& s : sources) {
            std::error_code ec;
            fs::remove_all(s, ec);  // a leftover is removed with the folder of parts
          }
        });
    l.closed.erase(first, l.closed.end());
    l.closed.push_back(std::move(merged));
  }
}

void PartBuilder::close_all(std::size_t target) {
  // The lanes' open parts are committed (their documents inverted and
  // written) on parallel threads, as they were written; a lane with none
  // open (closed already, or never written) needs no thread.
  std::vector<std::future<void>> closing;
  for (std::size_t i = 1; i < options_.lanes; ++i) {
    Lane& l = lane(target, i);
    if (l.open) closing.push_back(std::async(std::launch::async, [this, &l] { close_open(l); }));
  }
  close_open(lane(target, 0));
  for (auto& c : closing) c.get();
  for (std::size_t i = 0; i < options_.lanes; ++i) wait_merges(lane(target, i));
}

void PartBuilder::finish(std::size_t target, const std::string& base, const fs::path& out) {
  close_all(target);
  std::vector<Part> parts;
  for (std::size_t i = 0; i < options_.lanes; ++i) {
    const Lane& l = lane(target, i);
    parts.insert(parts.end(), l.closed.begin(), l.closed.end());
  }
  std::sort(parts.begin(), parts.end(), [](const Part& a, const Part& b) { return a.key < b.key; });
  std::vector<std::string> paths;
  for (const auto& p : parts) paths.push_back(p.path.string());
  // Each source holds a file open per table: past kMaxSources (many lanes and
  // tiers, millions of documents), runs of fan_in are merged first.
  for (std::size_t round = 0; paths.size() + 1 > kMaxSources; ++round) {
    std::vector<std::string> fewer;
    for (std::size_t i = 0; i < paths.size(); i += options_.fan_in) {
      auto from = paths.begin() + static_cast<std::ptrdiff_t>(i);
      std::vector<std::string> group(
          from, from + static_cast<std::ptrdiff_t>(std::min(options_.fan_in, paths.size() - i)));
      std::string name = "t" + std::to_string(target) + "-final" + std::to_string(round) + "-" +
                         std::to_string(fewer.size());
      fewer.push_back((dir_ / name).string());
      compact_into(group, fewer.back());
      for (const auto& g : group) {
        std::error_code ec;
        fs::remove_all(g, ec);
      }
    }
    paths = std::move(fewer);
  }
  std::vector<std::string> sources{base};
  sources.insert(sources.end(), paths.begin(), paths.end());
  compact_into(sources, out);
}

void PartBuilder::wait_merges(Lane& l) {
  if (l.merges.valid()) l.merges.get();
}

std::size_t PartBuilder::parts(std::size_t target) const {
  std::size_t total = 0;
  for (std::size_t i = 0; i < options_.lanes; ++i) {
    const Lane& l = lanes_[target * options_.lanes + i];
    total += l.closed.size() + (l.open ? 1 : 0);
  }
  return total;
}

std::size_t PartBuilder::documents() const {
  std::size_t total = 0;
  for (const auto& l : lanes_) {
    total += l.open ? l.open_part.docs : 0;
    for (const auto& p : l.closed) total += p.docs;
  }
  return total;
}

}  // namespace lanyard::indexer
