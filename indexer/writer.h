// Indexer stage 6: the Xapian database a run writes. A run is all or nothing:
//  - into an existing index, all changes of a run go into one transaction: a
//    crash or kill leaves the last committed index searchable, and the next
//    run redoes the work;
//  - a first build (db_dir absent or an empty folder) is written aside, in
//    db_dir + ".building": the documents as small databases on parallel lanes
//    (indexer/parts.h), merged by Xapian's compactor at commit into
//    db_dir + ".building/index", which is then renamed to db_dir. A killed
//    first build leaves no index; the next run starts it again. The merge
//    needs room on disk for the parts and the index side by side.
//
// A sharded index (core/shards.h) is several databases: each document goes to
// the shard its id hashes to, spelling data and synonyms go to the lexicon.
// Each database commits its own transaction, shards first, lexicon last; a
// kill between two commits leaves some shards at the new run, and the next run
// completes the rest. The shards of a batch are written on parallel threads.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/status.h"
#include "indexer/parts.h"

namespace lanyard::indexer {

class IndexWriter {
 public:
  // Opens (creating if needed) the database in db_dir and starts the run's
  // transaction. shards: 0 = whatever db_dir holds (one database when new),
  // N >= 1 = N shards (a new db_dir, or one that already has N).
  // parts: how a first build writes its documents (lanes: parallel writers,
  // used when the index is one database; a sharded one writes its shards in
  // parallel instead).
  // Errors: ErrorCode::locked when another writer holds it, invalid_input when
  // shards disagrees with db_dir, io_error when it cannot be created, opened
  // or is not a Lanyard index.
  static core::Result<std::unique_ptr<IndexWriter>> open(const std::filesystem::path& db_dir,
                                                         std::size_t shards = 0,
                                                         PartOptions parts = {});

  ~IndexWriter();  // an uncommitted transaction is cancelled
  IndexWriter(const IndexWriter&) = delete;
  IndexWriter& operator=(const IndexWriter&) = delete;

  // Every document now in the index: id -> stored fingerprint.
  const std::map<std::string, std::string>& existing() const { return existing_; }

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
  void set_synonyms(std::vector<std::pair<std::string, std::string>> pairs) {
    synonyms_ = std::move(pairs);
  }

  // Commits the transaction (a first build: merges its parts and renames the
  // result into place): after this, readers see the whole run.
  core::Status commit();

 private:
  IndexWriter(std::vector<Xapian::WritableDatabase> dbs, bool sharded);
  core::Status load_existing();
  std::size_t shard_index(const std::string& id) const;
  Xapian::WritableDatabase& shard(const std::string& id) { return dbs_[shard_index(id)]; }
  // Adds or replaces docs (all of one database), counting spelling words into words.
  void write_docs(Xapian::WritableDatabase& db, const std::vector<Upsert>& docs,
                  std::unordered_map<std::string, unsigned>& words);
  core::Status commit_fresh();
  // Spelling, synonyms and the shard count into the lexicon (not committed).
  void write_lexicon();
  core::Status write_parts(const std::vector<std::vector<Upsert>>& per_db);
  // The threads' spelling counts into spelling_, or the first error.
  core::Status gather(const std::vector<std::unordered_map<std::string, unsigned>>& words,
                      const std::vector<std::string>& errors);
  Xapian::WritableDatabase& words() { return dbs_.front(); }  // spelling, synonyms, metadata

  // Sharded: the lexicon first, then shard 0..N-1; else the one database.
  std::vector<Xapian::WritableDatabase> dbs_;
  bool sharded_ = false;
  std::map<std::string, std::string> existing_;
  std::unordered_map<std::string, unsigned> spelling_;  // word -> documents, added at commit
  std::vector<std::pair<std::string, std::string>> synonyms_;
  bool in_transaction_ = false;
  // A first build: where it is written, where it goes at commit, and its
  // documents (dbs_ then hold no documents: spelling, synonyms, metadata).
  std::filesystem::path staging_, final_dir_;
  std::unique_ptr<PartBuilder> parts_;
  std::uint64_t batches_ = 0;
  bool committed_ = false;
};

}  // namespace lanyard::indexer
