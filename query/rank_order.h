// Relevance order with Lanyard's tie-break (equal scores: the order slot
// descending, i.e. newest first, then by id) without asking Xapian to sort by
// relevance then value: that sort reads the order value of every matching
// document (at 1M posts, 19k block reads and 2.5x the time of the match for
// a common word). Xapian sorts by relevance alone, ties by document number;
// the ties on the page are put in order here, reading only their values.
#pragma once

#include <cstddef>
#include <limits>
#include <optional>
#include <utility>
#include <vector>

#include <xapian.h>

namespace lanyard::query {

// How many items to ask Xapian for, from the first, to cut the page
// [offset, offset + limit) from: one more, to see a tie continue past it.
Xapian::doccount rank_fetch_size(std::size_t offset, std::size_t limit);

// The page [offset, offset + limit) of mset (relevance order, fetched from 0
// with rank_fetch_size items), runs of equal weight ordered by the value in
// order_slot, descending (then by mset's order). nullopt when a run of equal
// weight reaches the last item fetched while more documents match: its order
// then depends on documents not fetched, and the caller sorts with Xapian.
std::optional<std::vector<Xapian::MSetIterator>> rank_page(const Xapian::MSet& mset, std::size_t offset,
                                                           std::size_t limit, Xapian::valueno order_slot);

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

}  // namespace lanyard::query
