// Facet counts over every match of a query: location, country, topic
// (multi-valued), year, month and online, exact (every match is checked) and
// disjunctive (a facet with a selection is counted without its own filter).
#pragma once

#include <xapian.h>

#include <chrono>
#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "query/facet_index.h"
#include "query/query_builder.h"
#include "query/result.h"

namespace lanyard::query {

// Most frequent first, ties by value; limit 0 = all.
std::vector<FacetValue> top_values(const std::map<std::string, std::size_t>& counts,
                                   std::size_t limit);

// Counts the facets of every match through a FacetIndex: one array walk per
// match and facet.
class IndexedFacetSpy : public Xapian::MatchSpy {
 public:
  IndexedFacetSpy(std::shared_ptr<const FacetIndex> index, std::vector<std::size_t> facets);
  void operator()(const Xapian::Document& doc, double wt) override;
  // Counts every document of the index, as a match of everything would,
  // from the columns alone (a deleted document has no entries there).
  void count_all();
  // Counts the documents that index term, as a match of that one term would,
  // from its posting list without Xapian's matcher.
  void count_postings(const Xapian::Database& db, const std::string& term);
  // Writes the counted facets into out (core::kFacetCount lists).
  void collect(std::size_t limit, std::vector<std::vector<FacetValue>>& out) const;

 private:
  void count(std::size_t docid);
  std::shared_ptr<const FacetIndex> index_;
  std::vector<std::size_t> facets_;
  std::vector<std::vector<std::uint32_t>> counts_;  // per entry of facets_, by key id
};

// Spies for a set of facets, attached to one Enquire: the indexed spy when
// the searcher has a FacetIndex; otherwise Xapian's ValueCountMatchSpy, one
// per slot, which remote backends run on their side (they cannot run a spy of
// ours). Its raw values are turned into facet keys afterwards: a topic list
// counts for each topic in it, a date for its year and month.
class FacetCounter {
 public:
  FacetCounter(const std::vector<std::size_t>& facets, std::shared_ptr<const FacetIndex> index);
  void attach(Xapian::Enquire& enquire);
  // Counts the matches of query without running it, when the facet index is
  // there and query is everything (the columns alone) or one term (its
  // posting list). False (nothing counted) otherwise: attach and match.
  bool count_without_match(const Xapian::Database& db, const Xapian::Query& query);
  // Writes the counted facets into out (core::kFacetCount lists).
  void collect(std::size_t limit, std::vector<std::vector<FacetValue>>& out) const;

 private:
  std::unique_ptr<IndexedFacetSpy> indexed_;
  std::vector<std::size_t> facets_;
  std::map<Xapian::valueno, std::unique_ptr<Xapian::ValueCountMatchSpy>> slot_spies_;
};

// Every facet: each row of core::kFacets.
std::vector<std::size_t> every_facet();

// The facets that are not selected in filters: a counter to attach to the
// main Enquire.
FacetCounter unselected_facet_counter(const Filters& filters,
                                      std::shared_ptr<const FacetIndex> index);

// Whether Enquire::set_time_limit(limit) may have cut a pass started at
// start: the timer cannot fire before the limit. False when limit <= 0.
bool may_have_hit_time_limit(std::chrono::steady_clock::time_point start, double limit);

// For each facet selected in filters, counts it over base filtered by every
// other group (one extra pass each), each pass stopping to check every match
// after time_limit seconds (0 = never); a pass that is everything or one
// term is counted without a match (FacetCounter::count_without_match). False
// when a pass stopped early (its counts are partial). Throws Xapian::Error.
bool count_selected_facets(const Xapian::Database& db, const Xapian::Query& base,
                           const Filters& filters, std::size_t limit,
                           const std::shared_ptr<const FacetIndex>& index,
                           std::vector<std::vector<FacetValue>>& out, double time_limit = 0);

// The facet counts of one search, around its main match: the facets not
// selected are counted on the main match (from the columns alone when it
// matches everything; over a remote backend in an unsorted pass of their
// own), then each selected facet in a pass of its own (count_selected_facets).
class SearchFacetCounts {
 public:
  // db and filters must outlive this; index may be null (Xapian's spies count).
  SearchFacetCounts(const Xapian::Database& db, const Filters& filters,
                    std::shared_ptr<const FacetIndex> index, bool remote);
  // Before the main match of query (base with every filter): attaches the
  // spies it needs to enquire, or counts without them.
  void before_match(Xapian::Enquire& enquire, const Xapian::Query& query);
  // After the main match: the remote pass and the selected facets' passes
  // (each cut after time_limit seconds, 0 = never); every facet into out
  // (core::kFacetCount lists, limit values each). False when a selected pass
  // may have been cut (its counts are partial). Throws Xapian::Error.
  bool after_match(const Xapian::Query& base, std::size_t limit, double time_limit,
                   std::vector<std::vector<FacetValue>>& out);

 private:
  const Xapian::Database& db_;
  const Filters& filters_;
  std::shared_ptr<const FacetIndex> index_;
  bool remote_;
  FacetCounter counter_;
  Xapian::Query query_;
};

}  // namespace lanyard::query
