// Indexer stage 6, first builds: the documents of a new index are written as
// small databases ("parts") on parallel lanes and merged by Xapian's compactor,
// instead of being added to one growing database.
//
// Why: a Xapian database that grows by one batch at a time rewrites its
// B-tree blocks at every commit, so each document costs more as the index
// grows (1.6x more per document at 1M posts than at 10k). A part starts
// empty, and compaction merges sorted tables in one sequential pass; parts
// of one target are also independent, so lanes write them on parallel threads.
// synth-100k on 2 cores: 199 s -> 125 s (parts of 1,000, merged in line),
// and a 1,350 MB index -> 910 MB (a compacted database has full blocks).
// With jemalloc, merges in the background and parts of 300: 96-100 s (parts
// of 1,000: 116 s, of 500: 100-104 s, of 200: 99 s).
//
// Parts are merged in tiers as they pile up (fan_in parts of one level make one
// of the next), which bounds the open files and the work of the last merge.
// A lane's merges run in the background, one after another, while the lane
// writes on. The folder holding the parts is the caller's: it is removed with
// the build.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <filesystem>
#include <future>
#include <memory>
#include <string>
#include <vector>

namespace lanyard::indexer {

struct PartOptions {
  std::size_t part_docs = 300;  // documents per part before it is closed
  std::size_t fan_in = 16;      // parts of one level merged into one of the next
  std::size_t lanes = 1;        // parallel writers per target database
};

class PartBuilder {
 public:
  // dir: an empty folder for the parts. targets: the databases of the index
  // (1, or the lexicon and the shards).
  PartBuilder(std::filesystem::path dir, std::size_t targets, PartOptions options);
  ~PartBuilder();
  PartBuilder(const PartBuilder&) = delete;
  PartBuilder& operator=(const PartBuilder&) = delete;

  std::size_t lanes() const { return options_.lanes; }

  // The most databases one merge reads at once (each holds a file per table open).
  static constexpr std::size_t kMaxSources = 64;

  // Adds doc to the part open on (target, lane); batch orders the parts (the
  // merged index numbers documents part by part, in (batch, lane) order).
  // One thread per (target, lane) at a time. Throws Xapian::Error.
  void add(std::size_t target, std::size_t lane, std::uint64_t batch, const Xapian::Document& doc);

  // After a batch: closes the lane's part once it is full and queues the merge
  // of a tier that has fan_in parts. Throws Xapian::Error (also from a merge
  // queued earlier).
  void end_batch(std::size_t target, std::size_t lane);

  // Commits the open parts of target's lanes (on parallel threads) and waits
  // for their merges. Throws Xapian::Error.
  void close_all(std::size_t target);

  // Merges every part of target, after base (a database with no documents:
  // spelling, synonyms, metadata), into a new database at out.
  // Throws Xapian::Error.
  void finish(std::size_t target, const std::string& base, const std::filesystem::path& out);

  // Documents added so far (all targets).
  std::size_t documents() const;

  // Parts that target's documents are in now (open, closed, merged or being
  // merged), over all its lanes.
  std::size_t parts(std::size_t target) const;

 private:
  struct Part {
    std::filesystem::path path;
    std::uint64_t key = 0;  // (first batch, lane): the merge order
    std::size_t level = 0;
    std::size_t docs = 0;
  };
  struct Lane {
    std::unique_ptr<Xapian::WritableDatabase> open;
    Part open_part;
    std::vector<Part> closed;  // oldest first; a merged part may still be being merged
    std::size_t made = 0;      // parts created, for names
    std::future<void> merges;  // the lane's queued merges, one after another
  };
  Lane& lane(std::size_t target, std::size_t lane) {
    return lanes_[target * options_.lanes + lane];
  }
  const Lane& lane(std::size_t target, std::size_t lane) const {
    return lanes_[target * options_.lanes + lane];
  }
  void close_open(Lane& lane);
  void merge_tiers(std::size_t target, std::size_t lane_index, Lane& lane);
  static void wait_merges(Lane& lane);

  std::filesystem::path dir_;
  PartOptions options_;
  std::vector<Lane> lanes_;  // target-major
};

}  // namespace lanyard::indexer
