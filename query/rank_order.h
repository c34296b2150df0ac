// Relevance order with Lanyard's tie-break (equal scores: the order slot
// descending, i.e. newest first, then by id) without asking Xapian to sort by
// relevance then value: that sort reads the order value of every matching
// document (at 1M posts, 19k block reads and 2.5x the time of the match for
// a common word). Xapian sorts by relevance alone, ties by document number;
// the ties on the page are put in order here, reading only their values.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <limits>
#include <optional>
#include <utility>
#include <vector>

namespace lanyard::query {

// How many items to ask Xapian for, from the first, to cut the page
// [offset, offset + limit) from: one more, to see a tie continue past it.
Xapian::doccount rank_fetch_size(std::size_t offset, std::size_t limit);

// The page [offset, offset + limit) of mset (relevance order, fetched from 0
// with rank_fetch_size items), runs of equal weight ordered by the value in
// order_slot, descending (then by mset's order). nullopt when a run of equal
// weight reaches the last item fetched while more documents match: its order
// then depends on documents not fetched, and the caller sorts with Xapian.
std::optional<std::vector<Xapian::MSetIterator>> rank_page(const Xapian::MSet& mset,
                                                           std::size_t offset, std::size_t limit,
                                                           Xapian::valueno order_slot);

// A spy on the main match that keeps every document that can still be on the
// first k by weight: all those at least as heavy as the k-th heaviest seen,
// so that a run of equal weights at the edge of the page is kept whole,
// however long. Its page needs no second match when the edge of the page
// falls inside a run of ties (rank_page's fallback: a weighted pass over
// every match again).
class TopByWeight : public Xapian::MatchSpy {
 public:
  explicit TopByWeight(std::size_t k);
  void operator()(const Xapian::Document& doc, double wt) override;
  // The page [offset, offset + limit) of the documents seen, as (docid,
  // weight): heaviest first, equal weights by the value in order_slot
  // descending (read from db only for the runs on the page), then by docid.
  std::vector<std::pair<Xapian::docid, double>> page(const Xapian::Database& db, std::size_t offset,
                                                     std::size_t limit, Xapian::valueno order_slot);

 private:
  void prune();
  std::size_t k_;
  std::size_t prune_at_;
  double floor_ = -std::numeric_limits<double>::infinity();
  std::vector<std::pair<double, Xapian::docid>> items_;
};

// The page [offset, offset + limit) of a search's main match in Lanyard's
// order, as (document, score 0..1), one of four ways: sorted by a value or key
// (the MSet is the page); relevance over one database with words (a
// TopByWeight spy on the match); relevance otherwise (rank_page over the
// MSet: shards, where a spy sees each shard's own document numbers, a remote
// shard running the match on its side, or no words, every weight 0); and when
// a run of ties goes on past what was fetched, Xapian's relevance-then-value
// sort in a second match.
class PageCollector {
 public:
  // by_value: the Enquire sorts by a value or key. spy: TopByWeight may be
  // used. scored: scores are Xapian's percentages (else 0: browsing).
  PageCollector(std::size_t offset, std::size_t limit, bool by_value, bool spy, bool scored);
  // Before the match: attaches the spy, when used (enquire keeps a pointer).
  void before_match(Xapian::Enquire& enquire);
  // Runs the main match, checking at least check_at_least documents.
  Xapian::MSet match(const Xapian::Enquire& enquire, Xapian::doccount check_at_least) const;
  // The page of mset (what match returned); query is the match's, for the
  // fallback sort. Throws Xapian::Error.
  std::vector<std::pair<Xapian::Document, double>> page(const Xapian::Database& db,
                                                        const Xapian::MSet& mset,
                                                        const Xapian::Query& query);

 private:
  double score(const Xapian::MSet& mset, double weight) const;
  std::size_t offset_, limit_;
  bool by_value_, scored_;
  std::optional<TopByWeight> top_;
};

}  // namespace lanyard::query
