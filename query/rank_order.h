// Relevance order with Lanyard's tie-break (equal scores: the order slot
// descending, i.e. newest first, then by id) without asking Xapian to sort by
// relevance then value: that sort reads the order value of every matching
// document (at 1M posts, 19k block reads and 2.5x the time of the match for
// a common word). Xapian sorts by relevance alone, ties by document number;
// the ties on the page are put in order here, reading only their values.
#pragma once

#include <cstddef>
#include <optional>
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

}  // namespace lanyard::query
