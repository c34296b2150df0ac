#include "query/searcher.h"

#include "core/schema.h"

namespace lanyard::query {

namespace {

using core::Error;
using core::ErrorCode;
namespace prefix = core::schema::prefix;

std::optional<std::string> optional_string(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

Xapian::Query parse(const Xapian::Database& db, const std::string& text) {
  Xapian::QueryParser qp;
  qp.set_database(db);
  qp.set_stemmer(Xapian::Stem("english"));
  qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  qp.set_default_op(Xapian::Query::OP_AND);
  qp.add_prefix("title", prefix::kTitle);
  qp.add_prefix("speaker", prefix::kSpeaker);
  qp.add_prefix("event", prefix::kEvent);
  qp.add_boolean_prefix("tag", prefix::kTag);
  unsigned flags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_CJK_NGRAM;
  try {
    return qp.parse_query(text, flags);
  } catch (const Xapian::QueryParserError&) {
    // Half-typed syntax ("foo AND", an unclosed quote): search the plain words.
    return qp.parse_query(text, Xapian::QueryParser::FLAG_CJK_NGRAM);
  }
}

}  // namespace

core::Result<std::unique_ptr<Searcher>> Searcher::open(const std::filesystem::path& db_dir) {
  std::error_code ec;
  if (!std::filesystem::exists(db_dir, ec)) {
    return Error{ErrorCode::not_found,
                 db_dir.string() + ": no index here (run `lanyard index` first)", ""};
  }
  try {
    return std::unique_ptr<Searcher>(new Searcher(Xapian::Database(db_dir.string())));
  } catch (const Xapian::DatabaseNotFoundError& e) {
    return Error{ErrorCode::not_found, db_dir.string() + ": not a Lanyard index (" + e.get_msg() + ")", ""};
  } catch (const Xapian::Error& e) {
    return Error{ErrorCode::io_error, db_dir.string() + ": cannot open the index: " + e.get_description(), ""};
  }
}

std::size_t Searcher::document_count() const { return db_.get_doccount(); }

core::Result<SearchResult> Searcher::search(const SearchRequest& request) {
  try {
    Xapian::Enquire enquire(db_);
    bool browse = request.query.find_first_not_of(" \t") == std::string::npos;
    enquire.set_query(browse ? Xapian::Query::MatchAll : parse(db_, request.query));
    if (browse) enquire.set_sort_by_value(core::schema::slot::kDate, true);
    Xapian::MSet mset = enquire.get_mset(static_cast<Xapian::doccount>(request.offset),
                                         static_cast<Xapian::doccount>(request.limit),
                                         db_.get_doccount());
    SearchResult result;
    result.total = mset.get_matches_estimated();
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      Hit hit;
      hit.stored = nlohmann::json::parse(it.get_document().get_data(), nullptr, false);
      if (hit.stored.is_discarded()) hit.stored = nlohmann::json::object();
      hit.id = hit.stored.value("id", "");
      hit.title = hit.stored.value("title", "");
      hit.url = hit.stored.value("url", "");
      hit.date = optional_string(hit.stored, "date");
      hit.end_date = optional_string(hit.stored, "end_date");
      hit.published = optional_string(hit.stored, "published");
      hit.score = it.get_percent() / 100.0;
      result.hits.push_back(std::move(hit));
    }
    return result;
  } catch (const Xapian::Error& e) {
    return Error{ErrorCode::io_error, "search failed: " + e.get_description(), ""};
  }
}

core::Result<nlohmann::json> Searcher::document(const std::string& id) {
  try {
    std::string term = core::schema::boolean_term(prefix::kId, id);
    auto post = db_.postlist_begin(term);
    if (post == db_.postlist_end(term)) return Error{ErrorCode::not_found, "no document with id " + id, ""};
    auto stored = nlohmann::json::parse(db_.get_document(*post).get_data(), nullptr, false);
    if (stored.is_discarded()) return Error{ErrorCode::io_error, id + ": stored data is not JSON", ""};
    return stored;
  } catch (const Xapian::Error& e) {
    return Error{ErrorCode::io_error, "reading " + id + ": " + e.get_description(), ""};
  }
}

}  // namespace lanyard::query
