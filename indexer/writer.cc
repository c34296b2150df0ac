#include "indexer/writer.h"

#include <fstream>
#include <functional>
#include <future>
#include <optional>
#include <thread>

#include "core/schema.h"
#include "core/shards.h"

namespace lanyard::indexer {

namespace {

namespace fs = std::filesystem;
namespace shards = core::shards;
using core::Error;
using core::ErrorCode;
namespace prefix = core::schema::prefix;

core::Status xapian_error(const std::string& what, const Xapian::Error& e) {
  return core::Status(ErrorCode::io_error, what + ": " + e.get_description(), "index write error");
}

// Words worth suggesting in "did you mean": unprefixed, unstemmed, alphabetic,
// not CJK n-grams.
bool spelling_candidate(const std::string& term) {
  if (term.size() < 3 || term.size() > 32) return false;
  for (unsigned char c : term) {
    if (c >= 'a' && c <= 'z') continue;
    if (c >= 0x80 && c < 0xE0) continue;  // Latin letters with accents and the like
    if (c >= 0x80 && c < 0xC0) continue;  // their continuation bytes
    return false;
  }
  return true;
}

}  // namespace

IndexWriter::IndexWriter(std::vector<Xapian::WritableDatabase> dbs, bool sharded)
    : dbs_(std::move(dbs)), sharded_(sharded) {}

IndexWriter::~IndexWriter() {
  if (!staging_.empty() && !committed_) {
    // A first build that did not finish leaves nothing behind.
    parts_.reset();
    for (auto& db : dbs_) {
      try {
        db.close();
      } catch (const Xapian::Error&) {
        // Closing is best effort: the folder is removed next.
      }
    }
    std::error_code ec;
    fs::remove_all(staging_, ec);
    return;
  }
  if (!in_transaction_) return;
  for (auto& db : dbs_) {
    try {
      db.cancel_transaction();
    } catch (const Xapian::Error&) {
      // Nothing more to do: the transaction's changes are discarded either way.
    }
  }
}

namespace {

// The file every glass database (Xapian's default backend) holds: its presence
// marks db_dir as one database rather than a sharded index's folder.
constexpr const char* kGlassVersionFile = "iamglass";

// Shards listed in an existing stub (its "auto shard-NN" lines); 0 when none.
std::size_t stub_shard_count(const fs::path& stub) {
  std::ifstream in(stub);
  std::size_t count = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("auto shard-", 0) == 0) ++count;
  }
  return count;
}

// How many shards db_dir has or will have (0 = one database), or why not.
core::Result<std::size_t> layout_of(const fs::path& db_dir, std::size_t wanted) {
  std::error_code ec;
  bool sharded = fs::exists(db_dir / shards::kStubFile, ec);
  bool single = fs::exists(db_dir / kGlassVersionFile, ec);
  if (sharded) {
    std::size_t have = stub_shard_count(db_dir / shards::kStubFile);
    if (wanted && wanted != have) {
      return Error{ErrorCode::invalid_input,
                   db_dir.string() + " has " + std::to_string(have) + " shards, not " +
                       std::to_string(wanted) + ": index into a new folder to change the count",
                   ""};
    }
    return have;
  }
  if (single && wanted) {
    return Error{ErrorCode::invalid_input,
                 db_dir.string() + " is one database: index into a new folder to shard it", ""};
  }
  if (wanted > shards::kMaxShards) {
    return Error{ErrorCode::invalid_input,
                 "--shards: at most " + std::to_string(shards::kMaxShards), ""};
  }
  return wanted;
}

// Opens (creating) the databases of a sharded index and writes its stub.
// flags: DB_CREATE_OR_OPEN, or DB_CREATE_OR_OVERWRITE for a first build.
std::vector<Xapian::WritableDatabase> open_sharded(const fs::path& db_dir, std::size_t count,
                                                   int flags) {
  fs::create_directories(db_dir);
  std::vector<Xapian::WritableDatabase> dbs;
  dbs.emplace_back((db_dir / shards::kLexiconDir).string(), flags);
  for (std::size_t i = 0; i < count; ++i)
    dbs.emplace_back((db_dir / shards::shard_dir(i)).string(), flags);
  fs::path stub = db_dir / shards::kStubFile;
  if (flags == Xapian::DB_CREATE_OR_OVERWRITE || !fs::exists(stub)) {
    fs::path tmp = db_dir / (std::string(shards::kStubFile) + ".tmp");
    std::ofstream(tmp, std::ios::binary) << shards::local_stub(count);
    fs::rename(tmp, stub);
  }
  return dbs;
}

// A first build: written in staging (target + ".building"), renamed to target.
// staging holds base-N (database N's spelling, synonyms and metadata; base-0's
// lock is the build's), parts/ and, at commit, index/ (the merged result).
struct FirstBuild {
  fs::path staging, target;
};

// The first build into db_dir, when db_dir holds no index yet (absent or an
// empty folder); nullopt otherwise.
std::optional<FirstBuild> first_build(const fs::path& db_dir) {
  fs::path clean = db_dir.lexically_normal();
  if (clean.filename().empty()) clean = clean.parent_path();
  if (clean.empty() || clean.filename() == "." || clean.filename() == "..") return std::nullopt;
  std::error_code ec;
  bool fresh =
      !fs::exists(clean, ec) ? !ec : fs::is_directory(clean, ec) && fs::is_empty(clean, ec);
  if (!fresh || ec) return std::nullopt;
  return FirstBuild{clean.string() + ".building", clean};
}

// Opens the base databases of a first build in staging, base-0 first: its
// lock keeps a second first build out before anything a killed one left in
// staging is removed. Throws Xapian::Error and fs::filesystem_error.
std::vector<Xapian::WritableDatabase> open_first_build(const fs::path& staging, std::size_t count) {
  fs::create_directories(staging);
  std::vector<Xapian::WritableDatabase> dbs;
  dbs.emplace_back((staging / "base-0").string(), Xapian::DB_CREATE_OR_OVERWRITE);
  for (const auto& entry : fs::directory_iterator(staging)) {
    if (entry.path().filename() != "base-0") fs::remove_all(entry.path());
  }
  for (std::size_t i = 1; i < count; ++i) {
    dbs.emplace_back((staging / ("base-" + std::to_string(i))).string(),
                     Xapian::DB_CREATE_OR_OVERWRITE);
  }
  return dbs;
}

}  // namespace

core::Result<std::unique_ptr<IndexWriter>> IndexWriter::open(const std::filesystem::path& db_dir,
                                                             std::size_t shards,
                                                             PartOptions parts) {
  auto count = layout_of(db_dir, shards);
  if (!count) return count.error();
  auto fresh = first_build(db_dir);
  fs::path staging = fresh ? fresh->staging : fs::path();
  std::unique_ptr<IndexWriter> writer;
  try {
    std::vector<Xapian::WritableDatabase> dbs;
    if (!staging.empty()) {
      dbs = open_first_build(staging, *count ? *count + 1 : 1);
    } else if (*count) {
      dbs = open_sharded(db_dir, *count, Xapian::DB_CREATE_OR_OPEN);
    } else {
      dbs.emplace_back(db_dir.string(), Xapian::DB_CREATE_OR_OPEN);
    }
    writer.reset(new IndexWriter(std::move(dbs), *count > 0));
    writer->staging_ = staging;
    writer->final_dir_ = fresh ? fresh->target : db_dir;
    if (!staging.empty()) {
      if (*count) parts.lanes = 1;  // the shards are the parallel writers
      writer->parts_ = std::make_unique<PartBuilder>(staging / "parts", writer->dbs_.size(), parts);
      fs::create_directories(staging / "parts");
    }
  } catch (const Xapian::DatabaseLockError& e) {
    return Error{ErrorCode::locked,
                 db_dir.string() + ": the index is locked by another `lanyard index` run (" +
                     e.get_msg() + ")",
                 "index locked"};
  } catch (const Xapian::Error& e) {
    return Error{ErrorCode::io_error,
                 db_dir.string() + ": cannot open the index for writing: " + e.get_description(),
                 "index open error"};
  } catch (const fs::filesystem_error& e) {
    return Error{ErrorCode::io_error, db_dir.string() + ": cannot create the index: " + e.what(),
                 "index open error"};
  }
  if (!staging.empty()) return writer;  // nothing to load, no transaction
  if (auto st = writer->load_existing(); !st) return st.error();
  try {
    for (auto& db : writer->dbs_) db.begin_transaction(true);
    writer->in_transaction_ = true;
  } catch (const Xapian::Error& e) {
    return Error{ErrorCode::io_error, db_dir.string() + ": " + e.get_description(), ""};
  }
  return writer;
}

std::size_t IndexWriter::shard_index(const std::string& id) const {
  return sharded_ ? 1 + shards::shard_of(id, dbs_.size() - 1) : 0;
}

core::Status IndexWriter::load_existing() {
  try {
    for (auto& db : dbs_) {
      // Fingerprints by document number from the value stream: one sequential
      // read, where fetching each document cost a fifth of an unchanged re-index.
      std::vector<std::string> fingerprints(db.get_lastdocid() + 1);
      const auto slot = core::schema::slot::kFingerprint;
      for (auto v = db.valuestream_begin(slot); v != db.valuestream_end(slot); ++v) {
        fingerprints[v.get_docid()] = *v;
      }
      // Ids from the order slot ("date\x1fid") in one more sequential read;
      // opening the posting list of every id term cost as much as the rest.
      Xapian::doccount found = 0;
      const auto order = core::schema::slot::kOrder;
      for (auto v = db.valuestream_begin(order); v != db.valuestream_end(order); ++v) {
        std::string value = *v;
        auto sep = value.find(core::schema::kListSeparator);
        if (sep == std::string::npos) break;
        existing_[value.substr(sep + 1)] = std::move(fingerprints[v.get_docid()]);
        ++found;
      }
      if (found == db.get_doccount()) continue;
      // An index without the slot on every document: the id terms, one by one.
      for (auto it = db.allterms_begin(prefix::kId); it != db.allterms_end(prefix::kId); ++it) {
        std::string term = *it;
        auto post = db.postlist_begin(term);
        if (post == db.postlist_end(term)) continue;
        Xapian::docid did = *post;
        // Ids the order slot gave keep what it gave (their fingerprint was moved out).
        existing_.try_emplace(term.substr(1),
                              did < fingerprints.size() ? fingerprints[did] : std::string());
      }
    }
  } catch (const Xapian::Error& e) {
    return xapian_error("reading the index", e);
  }
  return {};
}

void IndexWriter::set_metadata(const std::string& key, const std::string& value) {
  words().set_metadata(key, value);
}

core::Status IndexWriter::replace(const std::string& id, const Xapian::Document& doc) {
  return replace_all({Upsert{&id, &doc}});
}

namespace {

using Words = std::unordered_map<std::string, unsigned>;

void count_spelling(const Xapian::Document& doc, Words& words) {
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
    const std::string& term = *t;
    if (spelling_candidate(term)) ++words[term];
  }
}

// Runs job(0..n-1), each on a thread of its own (the last on this thread).
template <typename Job>
void run_parallel(std::size_t n, const Job& job) {
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i + 1 < n; ++i) threads.emplace_back(job, i);
  if (n) job(n - 1);
  for (auto& t : threads) t.join();
}

}  // namespace

void IndexWriter::write_docs(Xapian::WritableDatabase& db, const std::vector<Upsert>& docs,
                             std::unordered_map<std::string, unsigned>& words) {
  for (const auto& u : docs) {
    // A new id cannot match any document: add_document skips replace's lookup.
    if (existing_.count(*u.id)) {
      db.replace_document(core::schema::boolean_term(prefix::kId, *u.id), *u.doc);
    } else {
      db.add_document(*u.doc);
    }
    count_spelling(*u.doc, words);
  }
}

core::Status IndexWriter::replace_all(const std::vector<Upsert>& batch) {
  std::vector<std::vector<Upsert>> per_db(dbs_.size());
  for (const auto& u : batch) per_db[shard_index(*u.id)].push_back(u);
  if (parts_) return write_parts(per_db);
  // Each database with documents on a thread of its own.
  std::vector<std::size_t> busy;
  for (std::size_t i = 0; i < dbs_.size(); ++i) {
    if (!per_db[i].empty()) busy.push_back(i);
  }
  std::vector<Words> words(busy.size());
  std::vector<std::string> errors(busy.size());
  run_parallel(busy.size(), [&](std::size_t j) {
    try {
      write_docs(dbs_[busy[j]], per_db[busy[j]], words[j]);
    } catch (const Xapian::Error& e) {
      errors[j] = e.get_description();
    }
  });
  return gather(words, errors);
}

// A first build: each database's documents of the batch are cut into one
// slice per lane, and each slice goes into its lane's part on a thread of its own.
core::Status IndexWriter::write_parts(const std::vector<std::vector<Upsert>>& per_db) {
  struct Slice {
    std::size_t db, lane;
    const Upsert *begin, *end;
  };
  const std::size_t lanes = parts_->lanes();
  std::vector<Slice> slices;
  for (std::size_t i = 0; i < per_db.size(); ++i) {
    const Upsert* docs = per_db[i].data();
    const std::size_t n = per_db[i].size();
    for (std::size_t l = 0; l < lanes; ++l) {
      std::size_t from = n * l / lanes, to = n * (l + 1) / lanes;
      if (from < to) slices.push_back({i, l, docs + from, docs + to});
    }
  }
  const std::uint64_t batch = batches_++;
  std::vector<Words> words(slices.size());
  std::vector<std::string> errors(slices.size());
  run_parallel(slices.size(), [&](std::size_t j) {
    const Slice& s = slices[j];
    try {
      for (const Upsert* u = s.begin; u != s.end; ++u) {
        parts_->add(s.db, s.lane, batch, *u->doc);
        count_spelling(*u->doc, words[j]);
      }
      parts_->end_batch(s.db, s.lane);
    } catch (const Xapian::Error& e) {
      errors[j] = e.get_description();
    }
  });
  return gather(words, errors);
}

core::Status IndexWriter::gather(
    const std::vector<std::unordered_map<std::string, unsigned>>& words,
    const std::vector<std::string>& errors) {
  for (const auto& e : errors) {
    if (!e.empty())
      return core::Status(ErrorCode::io_error, "writing the index: " + e, "index write error");
  }
  for (const auto& w : words) {
    for (const auto& [word, count] : w) spelling_[word] += count;
  }
  return {};
}

core::Status IndexWriter::remove(const std::string& id) {
  try {
    shard(id).delete_document(core::schema::boolean_term(prefix::kId, id));
  } catch (const Xapian::Error& e) {
    return xapian_error(id, e);
  }
  return {};
}

void IndexWriter::write_lexicon() {
  // Spelling data goes in once per word: adding it per document costs more
  // than the rest of indexing put together.
  Xapian::WritableDatabase& lexicon = words();
  for (const auto& [word, count] : spelling_) lexicon.add_spelling(word, count);
  spelling_.clear();
  std::vector<std::string> old_keys(lexicon.synonym_keys_begin(), lexicon.synonym_keys_end());
  for (const auto& key : old_keys) lexicon.clear_synonyms(key);
  for (const auto& [key, synonym] : synonyms_) lexicon.add_synonym(key, synonym);
  if (sharded_) lexicon.set_metadata(shards::kMetaShards, std::to_string(dbs_.size() - 1));
}

core::Status IndexWriter::commit() {
  try {
    if (!staging_.empty()) return commit_fresh();
    write_lexicon();
    // Shards first, the lexicon (metadata: schema version, config) last.
    for (std::size_t i = dbs_.size(); i-- > 0;) dbs_[i].commit_transaction();
    in_transaction_ = false;
  } catch (const Xapian::Error& e) {
    return xapian_error("committing the index", e);
  }
  return {};
}

core::Status IndexWriter::commit_fresh() {
  // Each database's parts, after its base, merged into staging/index; the
  // databases of a sharded index on parallel threads.
  const fs::path out = staging_ / "index";
  // job(i) on database i's thread; the first Xapian error, if any.
  auto each_db = [this](const std::function<void(std::size_t)>& job) {
    std::vector<std::string> errors(dbs_.size());
    run_parallel(dbs_.size(), [&](std::size_t i) {
      try {
        job(i);
      } catch (const Xapian::Error& e) {
        errors[i] = e.get_description();
      }
    });
    for (auto& e : errors) {
      if (!e.empty()) return e;
    }
    return std::string();
  };
  try {
    // The bases (spelling above all) are written while the lanes commit
    // their last parts: different databases, one thread each.
    auto bases = std::async(std::launch::async, [this] {
      write_lexicon();
      for (auto& db : dbs_) db.commit();
    });
    std::string error = each_db([this](std::size_t i) { parts_->close_all(i); });
    bases.get();
    if (error.empty()) {
      if (sharded_) fs::create_directories(out);
      error = each_db([&](std::size_t i) {
        fs::path to = !sharded_ ? out
                      : i == 0  ? out / shards::kLexiconDir
                                : out / shards::shard_dir(i - 1);
        parts_->finish(i, (staging_ / ("base-" + std::to_string(i))).string(), to);
      });
    }
    if (!error.empty())
      return core::Status(ErrorCode::io_error, "merging the index: " + error, "index write error");
    if (sharded_)
      std::ofstream(out / shards::kStubFile, std::ios::binary)
          << shards::local_stub(dbs_.size() - 1);
    for (auto& db : dbs_) db.close();
  } catch (const fs::filesystem_error& e) {
    return core::Status(ErrorCode::io_error, std::string("merging the index: ") + e.what(),
                        "index write error");
  }
  parts_.reset();
  std::error_code ec;
  fs::rename(out, final_dir_, ec);
  if (ec) {
    committed_ = true;  // built: never remove it now
    return core::Status(ErrorCode::io_error,
                        "cannot move the new index into place (" + ec.message() +
                            "): it is complete in " + out.string() + "; move it to " +
                            final_dir_.string() + " yourself",
                        "index write error");
  }
  committed_ = true;
  fs::remove_all(staging_, ec);  // the parts and bases: nothing of the index
  return {};
}

}  // namespace lanyard::indexer
