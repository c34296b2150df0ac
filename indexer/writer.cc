#include "indexer/writer.h"

#include "core/schema.h"

namespace lanyard::indexer {

namespace {

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

IndexWriter::IndexWriter(Xapian::WritableDatabase db) : db_(std::move(db)) {}

IndexWriter::~IndexWriter() {
  if (!in_transaction_) return;
  try {
    db_.cancel_transaction();
  } catch (const Xapian::Error&) {
    // Nothing more to do: the transaction's changes are discarded either way.
  }
}

core::Result<std::unique_ptr<IndexWriter>> IndexWriter::open(const std::filesystem::path& db_dir) {
  std::unique_ptr<IndexWriter> writer;
  try {
    Xapian::WritableDatabase db(db_dir.string(), Xapian::DB_CREATE_OR_OPEN);
    writer.reset(new IndexWriter(std::move(db)));
  } catch (const Xapian::DatabaseLockError& e) {
    return Error{ErrorCode::locked,
                 db_dir.string() + ": the index is locked by another `lanyard index` run (" +
                     e.get_msg() + ")",
                 "index locked"};
  } catch (const Xapian::Error& e) {
    return Error{ErrorCode::io_error,
                 db_dir.string() + ": cannot open the index for writing: " + e.get_description(),
                 "index open error"};
  }
  if (auto st = writer->load_existing(); !st) return st.error();
  try {
    writer->db_.begin_transaction(true);
    writer->in_transaction_ = true;
  } catch (const Xapian::Error& e) {
    return Error{ErrorCode::io_error, db_dir.string() + ": " + e.get_description(), ""};
  }
  return writer;
}

core::Status IndexWriter::load_existing() {
  try {
    for (auto it = db_.allterms_begin(prefix::kId); it != db_.allterms_end(prefix::kId); ++it) {
      std::string term = *it;
      auto post = db_.postlist_begin(term);
      if (post == db_.postlist_end(term)) continue;
      std::string id = term.substr(1);
      existing_[id] = db_.get_document(*post).get_value(core::schema::slot::kFingerprint);
    }
  } catch (const Xapian::Error& e) {
    return xapian_error("reading the index", e);
  }
  return {};
}

std::string IndexWriter::metadata(const std::string& key) const {
  try {
    return db_.get_metadata(key);
  } catch (const Xapian::Error&) {
    return "";
  }
}

void IndexWriter::set_metadata(const std::string& key, const std::string& value) {
  db_.set_metadata(key, value);
}

core::Status IndexWriter::replace(const std::string& id, const Xapian::Document& doc) {
  try {
    // A new id cannot match any document: add_document skips replace's lookup.
    if (existing_.count(id)) {
      db_.replace_document(core::schema::boolean_term(prefix::kId, id), doc);
    } else {
      db_.add_document(doc);
    }
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
      const std::string& term = *t;
      if (spelling_candidate(term)) ++spelling_[term];
    }
  } catch (const Xapian::Error& e) {
    return xapian_error(id, e);
  }
  return {};
}

core::Status IndexWriter::remove(const std::string& id) {
  try {
    db_.delete_document(core::schema::boolean_term(prefix::kId, id));
  } catch (const Xapian::Error& e) {
    return xapian_error(id, e);
  }
  return {};
}

core::Status IndexWriter::commit() {
  try {
    // Spelling data goes in once per word: adding it per document costs more
    // than the rest of indexing put together.
    for (const auto& [word, count] : spelling_) db_.add_spelling(word, count);
    spelling_.clear();
    std::vector<std::string> old_keys(db_.synonym_keys_begin(), db_.synonym_keys_end());
    for (const auto& key : old_keys) db_.clear_synonyms(key);
    for (const auto& [key, synonym] : synonyms_) db_.add_synonym(key, synonym);
    db_.commit_transaction();
    in_transaction_ = false;
    db_.commit();
  } catch (const Xapian::Error& e) {
    return xapian_error("committing the index", e);
  }
  return {};
}

}  // namespace lanyard::indexer
