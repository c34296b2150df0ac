#include "query/searcher.h"

#include <chrono>
#include <ctime>
#include <optional>

#include "core/schema.h"
#include "query/facets.h"
#include "query/rank_order.h"
#include "query/snippets.h"
#include "query/stored_hit.h"

namespace lanyard::query {

namespace {

using core::Error;
using core::ErrorCode;
namespace prefix = core::schema::prefix;
namespace slot = core::schema::slot;

// The most a document could score for q: 0 when q holds only filters
// ("year:2025"). No match is run for it (no documents are asked for).
double max_weight(const Xapian::Database& db, const Xapian::Query& q) {
  Xapian::Enquire e(db);
  e.set_query(q);
  return e.get_mset(0, 0).get_max_possible();
}

core::Date system_today() {
  std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  return core::Date{utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday};
}

// Sets the order of enquire's hits; false for relevance, which Xapian sorts
// by relevance alone and rank_page then breaks the ties of.
bool set_order(Xapian::Enquire& enquire, const SearchRequest& r, bool browse,
               const Filters& filters, std::unique_ptr<Xapian::KeyMaker>& keymaker) {
  SortOrder order = r.sort.value_or(browse ? SortOrder::date_desc : SortOrder::relevance);
  switch (order) {
    case SortOrder::relevance:
      return false;
    case SortOrder::date:
      enquire.set_sort_by_value_then_relevance(slot::kOrder, false);
      return true;
    case SortOrder::date_desc:
      enquire.set_sort_by_value_then_relevance(slot::kOrder, true);
      return true;
    case SortOrder::distance:
      if (!filters.centre) return false;
      keymaker = std::make_unique<Xapian::LatLongDistanceKeyMaker>(
          slot::kLatLong, Xapian::LatLongCoords(*filters.centre), Xapian::GreatCircleMetric());
      enquire.set_sort_by_key_then_relevance(keymaker.get(), false);
      return true;
  }
  return true;
}

std::optional<double> distance_km(const Xapian::Document& doc, const Filters& filters) {
  if (!filters.centre) return std::nullopt;
  std::string value = doc.get_value(slot::kLatLong);
  if (value.empty()) return std::nullopt;
  Xapian::LatLongCoords coords;
  coords.unserialise(value);
  return Xapian::GreatCircleMetric()(Xapian::LatLongCoords(*filters.centre), coords) / 1000.0;
}

// A hit of the page: its stored fields, score and distance, and with
// highlighter its snippet and marked title.
Hit page_hit(const Xapian::Document& doc, double score, Highlighter* highlighter,
             const Filters& filters) {
  Hit hit = hit_summary_from_document(doc);
  hit.score = score;
  if (highlighter) {
    hit.snippet = body_snippet(*highlighter, hit.text);
    hit.title_html = title_html(*highlighter, hit.title);
  }
  hit.distance_km = distance_km(doc, filters);
  return hit;
}

}  // namespace

Searcher::Searcher(Xapian::Database db, std::shared_ptr<const core::Gazetteer> gazetteer)
    : db_(std::move(db)),
      gazetteer_(std::move(gazetteer)),
      builder_(std::make_unique<QueryBuilder>(db_, gazetteer_.get())) {}

Searcher::~Searcher() = default;

core::Result<std::unique_ptr<Searcher>> Searcher::open(
    const std::filesystem::path& db_dir, std::shared_ptr<const core::Gazetteer> gazetteer,
    const ShardOptions& shards) {
  std::error_code ec;
  if (!std::filesystem::exists(db_dir, ec)) {
    return Error{ErrorCode::not_found,
                 db_dir.string() + ": no index here (run `lanyard index` first)", ""};
  }
  try {
    auto stub = read_stub(db_dir, shards);
    if (!stub) return stub.error();
    if (!*stub)
      return std::unique_ptr<Searcher>(
          new Searcher(Xapian::Database(db_dir.string()), std::move(gazetteer)));
    auto opened = open_shards(**stub, shards.allow_partial);
    if (!opened)
      return Error{opened.error().code, db_dir.string() + ": " + opened.error().message, ""};
    std::unique_ptr<Searcher> searcher(new Searcher(opened->db, std::move(gazetteer)));
    searcher->shards_ = std::move(**stub);
    searcher->shard_options_ = shards;
    searcher->missing_ = std::move(opened->missing);
    searcher->remote_ = opened->remote;
    searcher->builder_->allow_spelling_index(!opened->remote);
    searcher->retry_at_ =
        std::chrono::steady_clock::now() + std::chrono::milliseconds(shards.retry_after_ms);
    return searcher;
  } catch (const Xapian::DatabaseNotFoundError& e) {
    return Error{ErrorCode::not_found,
                 db_dir.string() + ": not a Lanyard index (" + e.get_msg() + ")", ""};
  } catch (const Xapian::Error& e) {
    return Error{ErrorCode::io_error,
                 db_dir.string() + ": cannot open the index: " + e.get_description(), ""};
  }
}

std::shared_ptr<const FacetIndex> Searcher::facet_index() {
  // Remote: the match runs on the shard servers. Several local shards: the
  // spy's document numbers and the value streams' do not line up in Xapian
  // 1.4 (a test counted wrong facets), so Xapian's spies count there too.
  if (remote_ || !shards_.empty()) return nullptr;
  if (!facet_index_ && facet_index_supported_) {
    try {
      facet_index_ = FacetIndex::build(db_);
    } catch (const Xapian::UnimplementedError&) {
      facet_index_supported_ = false;  // a backend without value streams: Xapian's spies count
    }
  }
  return facet_index_;
}

std::size_t Searcher::document_count() const { return db_.get_doccount(); }

void Searcher::forget_revision() {
  facet_index_.reset();
  builder_->revision_changed();
}

core::Status Searcher::reconnect() {
  retry_at_ =
      std::chrono::steady_clock::now() + std::chrono::milliseconds(shard_options_.retry_after_ms);
  auto opened = open_shards(shards_, shard_options_.allow_partial);
  if (!opened) return opened.error();
  db_ = opened->db;
  missing_ = std::move(opened->missing);
  remote_ = opened->remote;
  builder_ = std::make_unique<QueryBuilder>(db_, gazetteer_.get());
  builder_->allow_spelling_index(!remote_);
  facet_index_.reset();
  return {};
}

core::Status Searcher::reopen_latest() {
  try {
    db_.reopen();
    forget_revision();
  } catch (const Xapian::Error& e) {
    return Error{ErrorCode::io_error, "reopening the index: " + e.get_description(), ""};
  }
  return {};
}

template <typename F>
auto Searcher::guarded(const std::string& what, F&& read) -> decltype(read()) {
  int modified = 0, network = 0;
  for (;;) {
    try {
      return read();
    } catch (const Xapian::DatabaseModifiedError& e) {
      // A writer committed twice while the read ran.
      if (++modified == 5)
        return Error{ErrorCode::io_error, "the index keeps changing: " + e.get_description(), ""};
      if (auto st = reopen_latest(); !st) return st.error();
    } catch (const Xapian::NetworkError& e) {
      if (shards_.empty() || ++network == 2) {
        return Error{ErrorCode::io_error, "a shard server failed: " + e.get_description(), ""};
      }
      if (auto st = reconnect(); !st) return st.error();
    } catch (const Xapian::UnimplementedError& e) {
      if (!use_remote_counting())
        return Error{ErrorCode::io_error, what + ": " + e.get_description(), ""};
    } catch (const Xapian::Error& e) {
      return Error{ErrorCode::io_error, what + ": " + e.get_description(), ""};
    }
  }
}

core::Result<SearchResult> Searcher::search(const SearchRequest& request) {
  auto started = std::chrono::steady_clock::now();
  auto result = guarded("search failed", [&] { return run(request); });
  if (result) {
    result->missing_shards = missing_;
    result->took_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
            .count();
  }
  return result;
}

bool Searcher::use_remote_counting() {
  // A remote backend runs the match on its side and cannot run a spy of
  // ours: count with Xapian's own spies from now on.
  if (!facet_index_supported_) return false;
  facet_index_supported_ = false;
  facet_index_.reset();
  return true;
}

Searcher::Base Searcher::choose_base(const SearchRequest& r, const Filters& filters) {
  Base b;
  ParsedQuery parsed = builder_->parse(r.query, {DefaultOp::all_words, r.partial, !r.partial});
  b.browse = parsed.query.empty();
  b.query = b.browse ? match_all() : parsed.query;
  if (!parsed.corrected.empty()) b.corrected_query = parsed.corrected;
  if (b.browse) return b;
  // Does anything match? Only then are the full pass and facets worth it.
  // Unweighted, the probe stops at the first match (weighted, Xapian would
  // score every posting of a common word to find the best one: at 1M posts
  // 15-20 ms of a 150 ms search).
  auto probe = [&](const Xapian::Query& q) {
    Xapian::Enquire e(db_);
    e.set_query(filters.apply(q));
    e.set_weighting_scheme(Xapian::BoolWeight());
    return e.get_mset(0, 1);
  };
  Xapian::MSet first = probe(b.query);
  if (first.empty() && parsed.spelling_skipped) {
    builder_->spell_everything(parsed);
    if (!parsed.corrected.empty()) b.corrected_query = parsed.corrected;
  }
  if (first.empty() && !parsed.suggestion.empty()) {
    ParsedQuery fixed = builder_->parse(parsed.suggestion, {DefaultOp::all_words, false, false});
    if (!fixed.query.empty() && !probe(fixed.query).empty()) {
      b.query = fixed.query;
      b.corrected_query = parsed.suggestion;
      b.correction_applied = true;
    }
  }
  if (first.empty() && !b.correction_applied && parsed.term_count > 1) {
    ParsedQuery any = builder_->parse(r.query, {DefaultOp::any_word, r.partial, false});
    if (!any.query.empty()) {
      b.query = any.query;
      b.relaxed = true;
    }
  }
  // Only filters ("year:2025", "topic:llm"): nothing to rank by, so list
  // them like a browse.
  if (!first.empty() && max_weight(db_, b.query) == 0) b.browse = true;
  return b;
}

core::Result<SearchResult> Searcher::run(const SearchRequest& r) {
  auto index = facet_index();
  auto filters = build_filters(r, gazetteer_.get(), r.today.value_or(system_today()),
                               index && index->date_terms_cover_spans());
  if (!filters) return filters.error();
  SearchResult result;
  result.query = r.query;
  const Base base = choose_base(r, *filters);
  result.corrected_query = base.corrected_query;
  result.correction_applied = base.correction_applied;
  result.relaxed = base.relaxed;

  Xapian::Enquire enquire(db_);
  const Xapian::Query query = filters->apply(base.query);
  enquire.set_query(query);
  if (time_budget_ > 0) enquire.set_time_limit(time_budget_);
  std::unique_ptr<Xapian::KeyMaker> keymaker;
  const bool by_value = set_order(enquire, r, base.browse, *filters, keymaker);
  SearchFacetCounts facet_counts(db_, *filters, index, remote_);
  facet_counts.before_match(enquire, query);
  // TopByWeight sees each shard's own document numbers over shards (Xapian
  // 1.4), and a remote shard runs the match on its side.
  const bool one_database = !remote_ && shards_.empty();
  PageCollector pages(r.offset, r.limit, by_value, one_database && !base.browse, !base.browse);
  pages.before_match(enquire);
  auto counting = std::chrono::steady_clock::now();
  Xapian::MSet mset = pages.match(enquire, db_.get_doccount());
  const bool cut = may_have_hit_time_limit(counting, time_budget_);
  const bool facets_whole =
      facet_counts.after_match(base.query, r.facet_limit, time_budget_, result.facets);
  result.total = mset.get_matches_estimated();
  result.total_exact =
      mset.get_matches_lower_bound() == mset.get_matches_upper_bound() && !cut && facets_whole;

  std::optional<Highlighter> highlighter;
  if (r.snippets) highlighter.emplace(db_, base.query);
  for (const auto& [doc, score] : pages.page(db_, mset, query)) {
    result.hits.push_back(page_hit(doc, score, highlighter ? &*highlighter : nullptr, *filters));
  }
  return result;
}

core::Result<bool> Searcher::refresh() {
  // A shard left out is tried again once its retry time has come.
  bool retry = !missing_.empty() && std::chrono::steady_clock::now() >= retry_at_;
  try {
    if (!retry) {
      bool changed = db_.reopen();
      if (changed) forget_revision();
      return changed;
    }
  } catch (const Xapian::NetworkError& e) {
    // A shard server that went away is left out by reconnect() below.
    if (shards_.empty())
      return Error{ErrorCode::io_error, "reopening the index: " + e.get_description(), ""};
  } catch (const Xapian::Error& e) {
    return Error{ErrorCode::io_error, "reopening the index: " + e.get_description(), ""};
  }
  if (auto st = reconnect(); !st) return st.error();
  return true;
}

core::Status Searcher::warm() {
  auto warmed = guarded("reading the index", [&]() -> core::Result<bool> {
    facet_index();
    builder_->build_spelling_index();
    return true;
  });
  if (!warmed) return warmed.error();
  return {};
}

bool Searcher::is_warm() const {
  bool columns = facet_index_ || !facet_index_supported_ || remote_ || !shards_.empty();
  return columns && builder_->spelling_index_ready();
}

core::Result<std::vector<std::vector<FacetValue>>> Searcher::facets(std::size_t limit) {
  return guarded("reading facets", [&] { return facets_once(limit); });
}

core::Result<std::vector<std::vector<FacetValue>>> Searcher::facets_once(std::size_t limit) {
  FacetCounter counter(every_facet(), facet_index());
  if (!counter.count_without_match(db_, match_all())) {
    Xapian::Enquire enquire(db_);
    enquire.set_query(match_all());
    counter.attach(enquire);
    enquire.get_mset(0, 0, db_.get_doccount());
  }
  std::vector<std::vector<FacetValue>> out;
  counter.collect(limit, out);
  return out;
}

core::Result<std::vector<Suggestion>> Searcher::suggest_guarded(const std::string& text,
                                                                std::size_t limit) {
  return guarded("suggest", [&] { return suggest_once(text, limit); });
}

core::Result<Hit> Searcher::document(const std::string& id) {
  return guarded("reading " + id, [&] { return document_once(id); });
}

core::Result<Hit> Searcher::document_once(const std::string& id) {
  std::string term = core::schema::boolean_term(prefix::kId, id);
  auto post = db_.postlist_begin(term);
  if (post == db_.postlist_end(term))
    return Error{ErrorCode::not_found, "no document with id '" + id + "'", ""};
  return hit_from_document(db_.get_document(*post));
}

}  // namespace lanyard::query
