// Indexer stage 6: the Xapian database a run writes. A run is all or nothing:
//  - into an existing index, all changes of a run go into one transaction: a
//    crash or kill leaves the last committed index searchable, and the next
//    run redoes the work;
//  - a first build (db_dir absent or an empty folder) is written aside, in
//    db_dir + ".building", committing every kFreshCommitEvery documents so
//    that memory stays bounded and Xapian's in-memory changes stay small
//    (one transaction of 10k documents took 1.8x as long as batches of 1,000),
//    and renamed to db_dir at commit. A killed first build leaves no index;
//    the next run starts it again.
//
// A sharded index (core/shards.h) is several databases: each document goes to
// the shard its id hashes to, spelling data and synonyms go to the lexicon.
// Each database commits its own transaction, shards first, lexicon last; a
// kill between two commits leaves some shards at the new run, and the next run
// completes the rest. The shards of a batch are written on parallel threads.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include <xapian.h>

#include "core/status.h"

namespace lanyard::indexer {

class IndexWriter {
 public:
  // Opens (creating if needed) the database in db_dir and starts the run's
  // transaction. shards: 0 = whatever db_dir holds (one database when new),
  // N >= 1 = N shards (a new db_dir, or one that already has N).
  // Errors: ErrorCode::locked when another writer holds it, invalid_input when
  // shards disagrees with db_dir, io_error when it cannot be created, opened
  // or is not a Lanyard index.
  static core::Result<std::unique_ptr<IndexWriter>> open(const std::filesystem::path& db_dir,
                                                         std::size_t shards = 0);

  ~IndexWriter();  // an uncommitted transaction is cancelled
  IndexWriter(const IndexWriter&) = delete;
  IndexWriter& operator=(const IndexWriter&) = delete;

  // 0 for one database, else the number of shards.
  std::size_t shard_count() const { return sharded_ ? dbs_.size() : 0; }

  // Every document now in the index: id -> stored fingerprint.
  const std::map<std::string, std::string>& existing() const { return existing_; }

  std::string metadata(const std::string& key) const;
  void set_metadata(const std::string& key, const std::string& value);

  // Adds or replaces the document with this id; also feeds the spelling dictionary.
  core::Status replace(const std::string& id, const Xapian::Document& doc);

  // replace() for many documents at once: with shards, each shard's documents
  // are written on a thread of their own. Each document must be owned by the
  // batch alone (Xapian handles count references without atomics).
  struct Upsert {
    const std::string* id;
    const Xapian::Document* doc;
  };
  core::Status replace_all(const std::vector<Upsert>& batch);
  core::Status remove(const std::string& id);

  // Query-time synonyms (core/synonyms.h) to store at commit, replacing the
  // index's previous ones in the same transaction.
  void set_synonyms(std::vector<std::pair<std::string, std::string>> pairs) { synonyms_ = std::move(pairs); }

  // Commits the transaction (a first build: renames it into place): after
  // this, readers see the whole run.
  core::Status commit();

  // A first build commits every this many documents while it is written aside.
  static constexpr std::size_t kFreshCommitEvery = 1000;

 private:
  IndexWriter(std::vector<Xapian::WritableDatabase> dbs, bool sharded);
  core::Status load_existing();
  std::size_t shard_index(const std::string& id) const;
  Xapian::WritableDatabase& shard(const std::string& id) { return dbs_[shard_index(id)]; }
  // Adds or replaces docs (all of one database), counting spelling words into words.
  void write_docs(Xapian::WritableDatabase& db, const std::vector<Upsert>& docs,
                  std::unordered_map<std::string, unsigned>& words);
  core::Status commit_fresh();
  Xapian::WritableDatabase& words() { return dbs_.front(); }  // spelling, synonyms, metadata

  // Sharded: the lexicon first, then shard 0..N-1; else the one database.
  std::vector<Xapian::WritableDatabase> dbs_;
  bool sharded_ = false;
  std::map<std::string, std::string> existing_;
  std::unordered_map<std::string, unsigned> spelling_;  // word -> documents, added at commit
  std::vector<std::pair<std::string, std::string>> synonyms_;
  bool in_transaction_ = false;
  // A first build: where it is written, where it goes at commit, and how many
  // documents since its last intermediate commit.
  std::filesystem::path staging_, final_dir_;
  std::vector<std::size_t> pending_;  // per database: documents since its last commit
  bool committed_ = false;
};

}  // namespace lanyard::indexer
