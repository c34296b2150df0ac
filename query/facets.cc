#include "query/facets.h"

#include <algorithm>
#include <chrono>
#include <numeric>

namespace lanyard::query {

std::vector<FacetValue> top_values(const std::map<std::string, std::size_t>& counts,
                                   std::size_t limit) {
  std::vector<FacetValue> values;
  values.reserve(counts.size());
  for (const auto& [value, count] : counts) values.push_back({value, count});
  // stable_sort keeps the map's value order among equal counts.
  std::stable_sort(values.begin(), values.end(),
                   [](const FacetValue& a, const FacetValue& b) { return a.count > b.count; });
  if (limit && values.size() > limit) values.resize(limit);
  return values;
}

IndexedFacetSpy::IndexedFacetSpy(std::shared_ptr<const FacetIndex> index,
                                 std::vector<std::size_t> facets)
    : index_(std::move(index)), facets_(std::move(facets)) {
  for (std::size_t f : facets_) counts_.emplace_back(index_->column(f).keys.size(), 0);
}

void IndexedFacetSpy::operator()(const Xapian::Document& doc, double) { count(doc.get_docid()); }

void IndexedFacetSpy::count(std::size_t docid) {
  for (std::size_t i = 0; i < facets_.size(); ++i) {
    const FacetIndex::Column& c = index_->column(facets_[i]);
    // A document added after the index was read has no entry: the searcher
    // reads a new index whenever it reopens, so the size checks are guards.
    if (!c.offsets.empty()) {
      if (docid + 1 >= c.offsets.size()) continue;
      for (std::uint32_t k = c.offsets[docid]; k < c.offsets[docid + 1]; ++k)
        ++counts_[i][c.ids[k]];
    } else if (docid < c.single.size() && c.single[docid]) {
      ++counts_[i][c.single[docid] - 1];
    }
  }
}

void IndexedFacetSpy::count_all() {
  for (std::size_t i = 0; i < facets_.size(); ++i) {
    const FacetIndex::Column& c = index_->column(facets_[i]);
    if (!c.offsets.empty()) {
      for (std::uint32_t id : c.ids) ++counts_[i][id];
    } else {
      for (std::uint32_t id : c.single) {
        if (id) ++counts_[i][id - 1];
      }
    }
  }
}

void IndexedFacetSpy::count_postings(const Xapian::Database& db, const std::string& term) {
  for (auto p = db.postlist_begin(term); p != db.postlist_end(term); ++p) count(*p);
}

void IndexedFacetSpy::collect(std::size_t limit, std::vector<std::vector<FacetValue>>& out) const {
  out.resize(core::kFacetCount);
  for (std::size_t i = 0; i < facets_.size(); ++i) {
    const auto& keys = index_->column(facets_[i]).keys;
    std::vector<std::uint32_t> order;
    for (std::uint32_t k = 0; k < counts_[i].size(); ++k) {
      if (counts_[i][k]) order.push_back(k);
    }
    // Most frequent first, ties by value: the order top_values gives.
    auto before = [&](std::uint32_t a, std::uint32_t b) {
      return counts_[i][a] != counts_[i][b] ? counts_[i][a] > counts_[i][b] : keys[a] < keys[b];
    };
    std::size_t n = limit ? std::min(limit, order.size()) : order.size();
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(n), order.end(),
                      before);
    auto& values = out[facets_[i]];
    values.clear();
    for (std::size_t j = 0; j < n; ++j) values.push_back({keys[order[j]], counts_[i][order[j]]});
  }
}

FacetCounter::FacetCounter(const std::vector<std::size_t>& facets,
                           std::shared_ptr<const FacetIndex> index) {
  if (index) {
    indexed_ = std::make_unique<IndexedFacetSpy>(std::move(index), facets);
    return;
  }
  facets_ = facets;
  for (std::size_t f : facets) {
    const Xapian::valueno slot = core::kFacets[f].slot;
    auto& spy = slot_spies_[slot];
    if (!spy) spy = std::make_unique<Xapian::ValueCountMatchSpy>(slot);
  }
}

void FacetCounter::attach(Xapian::Enquire& enquire) {
  if (indexed_) enquire.add_matchspy(indexed_.get());
  for (auto& [slot, spy] : slot_spies_) enquire.add_matchspy(spy.get());
}

bool FacetCounter::count_without_match(const Xapian::Database& db, const Xapian::Query& query) {
  if (!indexed_) return false;
  switch (query.get_type()) {
    case Xapian::Query::LEAF_MATCH_ALL:
      indexed_->count_all();
      return true;
    case Xapian::Query::LEAF_TERM:
      indexed_->count_postings(db, *query.get_terms_begin());
      return true;
    default:
      return false;
  }
}

void FacetCounter::collect(std::size_t limit, std::vector<std::vector<FacetValue>>& out) const {
  out.resize(core::kFacetCount);
  if (indexed_) indexed_->collect(limit, out);
  std::vector<std::string> keys;
  for (std::size_t f : facets_) {
    const auto& spy = *slot_spies_.at(core::kFacets[f].slot);
    std::map<std::string, std::size_t> counts;
    for (auto v = spy.values_begin(); v != spy.values_end(); ++v) {
      keys.clear();
      add_facet_keys(*v, core::kFacets[f].kind, keys);
      for (const auto& k : keys) counts[k] += v.get_termfreq();
    }
    out[f] = top_values(counts, limit);
  }
}

std::vector<std::size_t> every_facet() {
  std::vector<std::size_t> facets(core::kFacetCount);
  std::iota(facets.begin(), facets.end(), std::size_t{0});
  return facets;
}

FacetCounter unselected_facet_counter(const Filters& filters,
                                      std::shared_ptr<const FacetIndex> index) {
  std::vector<std::size_t> facets;
  for (std::size_t f = 0; f < core::kFacetCount; ++f) {
    if (!filters.by_facet.count(f)) facets.push_back(f);
  }
  return FacetCounter(facets, std::move(index));
}

bool may_have_hit_time_limit(std::chrono::steady_clock::time_point start, double limit) {
  return limit > 0 &&
         std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() >= limit;
}

bool count_selected_facets(const Xapian::Database& db, const Xapian::Query& base,
                           const Filters& filters, std::size_t limit,
                           const std::shared_ptr<const FacetIndex>& index,
                           std::vector<std::vector<FacetValue>>& out, double time_limit) {
  bool whole = true;
  for (const auto& [facet, query] : filters.by_facet) {
    // No words and no other group, or one word and no other group
    // (`python topic:django`): counted without Xapian's matcher.
    Xapian::Query pass = filters.apply(base, facet);
    FacetCounter counter({facet}, index);
    if (counter.count_without_match(db, pass)) {
      counter.collect(limit, out);
      continue;
    }
    Xapian::Enquire enquire(db);
    enquire.set_query(pass);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    if (time_limit > 0) enquire.set_time_limit(time_limit);
    counter.attach(enquire);
    auto started = std::chrono::steady_clock::now();
    enquire.get_mset(0, 0, db.get_doccount());
    // The MSet's bounds do not show a cut pass with no hits asked for.
    whole = whole && !may_have_hit_time_limit(started, time_limit);
    counter.collect(limit, out);
  }
  return whole;
}

SearchFacetCounts::SearchFacetCounts(const Xapian::Database& db, const Filters& filters,
                                     std::shared_ptr<const FacetIndex> index, bool remote)
    : db_(db),
      filters_(filters),
      index_(index),
      remote_(remote),
      counter_(unselected_facet_counter(filters, std::move(index))) {}

void SearchFacetCounts::before_match(Xapian::Enquire& enquire, const Xapian::Query& query) {
  query_ = query;
  if (remote_) return;  // counted in a pass of its own, after the match
  // Everything, unfiltered (a site's first page): the facet index counts the
  // whole index without a spy on each of its documents. (One term is matched
  // here anyway for the hits, so the spy counts it on the way.)
  const bool everything = query.get_type() == Xapian::Query::LEAF_MATCH_ALL;
  if (!(everything && counter_.count_without_match(db_, query))) counter_.attach(enquire);
}

bool SearchFacetCounts::after_match(const Xapian::Query& base, std::size_t limit, double time_limit,
                                    std::vector<std::vector<FacetValue>>& out) {
  if (remote_) {
    // Xapian 1.4.22 over remote shards: match spies on an Enquire that sorts
    // by a value (or relevance then value) and returns fewer items than match
    // count some documents twice. Count in an unsorted pass of its own there.
    Xapian::Enquire facet_pass(db_);
    facet_pass.set_query(query_);
    facet_pass.set_weighting_scheme(Xapian::BoolWeight());
    counter_.attach(facet_pass);
    facet_pass.get_mset(0, 0, db_.get_doccount());
  }
  counter_.collect(limit, out);
  return count_selected_facets(db_, base, filters_, limit, index_, out, time_limit);
}

}  // namespace lanyard::query
