#include "query/rank_order.h"

#include <algorithm>
#include <string>

namespace lanyard::query {

Xapian::doccount rank_fetch_size(std::size_t offset, std::size_t limit) {
  return static_cast<Xapian::doccount>(offset + limit + 1);
}

std::optional<std::vector<Xapian::MSetIterator>> rank_page(const Xapian::MSet& mset, std::size_t offset,
                                                           std::size_t limit, Xapian::valueno order_slot) {
  const std::size_t want = offset + limit;
  const std::size_t fetched = mset.size();
  std::vector<Xapian::MSetIterator> items;
  items.reserve(fetched);
  for (auto it = mset.begin(); it != mset.end(); ++it) items.push_back(it);
  // Only the first `want` are ranked; an item past them tells whether the
  // last run of ties goes on.
  std::size_t ranked = std::min(want, fetched);
  if (fetched > want && items[want].get_weight() == items[want - 1].get_weight()) return std::nullopt;
  if (fetched == ranked && mset.get_matches_lower_bound() > fetched && ranked > 0) {
    // Fewer fetched than asked although more match: cannot see past the page.
    return std::nullopt;
  }
  for (std::size_t begin = 0; begin < ranked;) {
    std::size_t end = begin + 1;
    while (end < ranked && items[end].get_weight() == items[begin].get_weight()) ++end;
    if (end - begin > 1 && end > offset) {
      std::vector<std::pair<std::string, Xapian::MSetIterator>> run;
      for (std::size_t i = begin; i < end; ++i) run.emplace_back(items[i].get_document().get_value(order_slot), items[i]);
      std::stable_sort(run.begin(), run.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
      for (std::size_t i = begin; i < end; ++i) items[i] = run[i - begin].second;
    }
    begin = end;
  }
  if (offset >= ranked) return std::vector<Xapian::MSetIterator>{};
  return std::vector<Xapian::MSetIterator>(items.begin() + static_cast<std::ptrdiff_t>(offset),
                                           items.begin() + static_cast<std::ptrdiff_t>(ranked));
}

}  // namespace lanyard::query
