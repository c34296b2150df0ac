#include "query/rank_order.h"

#include <algorithm>
#include <string>

#include "core/schema.h"

namespace lanyard::query {

Xapian::doccount rank_fetch_size(std::size_t offset, std::size_t limit) {
  return static_cast<Xapian::doccount>(offset + limit + 1);
}

std::optional<std::vector<Xapian::MSetIterator>> rank_page(const Xapian::MSet& mset,
                                                           std::size_t offset, std::size_t limit,
                                                           Xapian::valueno order_slot) {
  const std::size_t want = offset + limit;
  const std::size_t fetched = mset.size();
  std::vector<Xapian::MSetIterator> items;
  items.reserve(fetched);
  for (auto it = mset.begin(); it != mset.end(); ++it) items.push_back(it);
  // Only the first `want` are ranked; an item past them tells whether the
  // last run of ties goes on.
  std::size_t ranked = std::min(want, fetched);
  if (fetched > want && items[want].get_weight() == items[want - 1].get_weight())
    return std::nullopt;
  if (fetched == ranked && mset.get_matches_lower_bound() > fetched && ranked > 0) {
    // Fewer fetched than asked although more match: cannot see past the page.
    return std::nullopt;
  }
  for (std::size_t begin = 0; begin < ranked;) {
    std::size_t end = begin + 1;
    while (end < ranked && items[end].get_weight() == items[begin].get_weight()) ++end;
    if (end - begin > 1 && end > offset) {
      std::vector<std::pair<std::string, Xapian::MSetIterator>> run;
      for (std::size_t i = begin; i < end; ++i)
        run.emplace_back(items[i].get_document().get_value(order_slot), items[i]);
      std::stable_sort(run.begin(), run.end(),
                       [](const auto& a, const auto& b) { return a.first > b.first; });
      for (std::size_t i = begin; i < end; ++i) items[i] = run[i - begin].second;
    }
    begin = end;
  }
  if (offset >= ranked) return std::vector<Xapian::MSetIterator>{};
  return std::vector<Xapian::MSetIterator>(items.begin() + static_cast<std::ptrdiff_t>(offset),
                                           items.begin() + static_cast<std::ptrdiff_t>(ranked));
}

TopByWeight::TopByWeight(std::size_t k) : k_(std::max<std::size_t>(k, 1)), prune_at_(4 * k_ + 64) {}

void TopByWeight::operator()(const Xapian::Document& doc, double wt) {
  if (wt < floor_) return;
  items_.emplace_back(wt, doc.get_docid());
  if (items_.size() >= prune_at_) prune();
}

void TopByWeight::prune() {
  if (items_.size() > k_) {
    auto kth = items_.begin() + static_cast<std::ptrdiff_t>(k_ - 1);
    std::nth_element(items_.begin(), kth, items_.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    floor_ = kth->first;
    std::erase_if(items_, [&](const auto& item) { return item.first < floor_; });
  }
  // A long run of ties stays whole: prune again only after it has doubled.
  prune_at_ = std::max(4 * k_ + 64, 2 * items_.size());
}

std::vector<std::pair<Xapian::docid, double>> TopByWeight::page(const Xapian::Database& db,
                                                                std::size_t offset,
                                                                std::size_t limit,
                                                                Xapian::valueno order_slot) {
  prune();
  std::sort(items_.begin(), items_.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  const std::size_t want = std::min(offset + limit, items_.size());
  std::vector<std::pair<Xapian::docid, double>> ranked;
  for (std::size_t begin = 0; begin < want;) {
    std::size_t end = begin + 1;
    while (end < items_.size() && items_[end].first == items_[begin].first) ++end;
    if (end - begin > 1 && end > offset) {
      // The run is in docid order: one pass along the slot's value stream.
      std::vector<std::pair<std::string, std::size_t>> run;
      Xapian::ValueIterator value = db.valuestream_begin(order_slot);
      for (std::size_t i = begin; i < end; ++i) {
        Xapian::docid did = items_[i].second;
        if (value != db.valuestream_end(order_slot)) value.skip_to(did);
        bool has = value != db.valuestream_end(order_slot) && value.get_docid() == did;
        run.emplace_back(has ? *value : std::string(), i);
      }
      std::stable_sort(run.begin(), run.end(),
                       [](const auto& a, const auto& b) { return a.first > b.first; });
      for (const auto& [key, i] : run) ranked.emplace_back(items_[i].second, items_[i].first);
    } else {
      for (std::size_t i = begin; i < end; ++i)
        ranked.emplace_back(items_[i].second, items_[i].first);
    }
    begin = end;
  }
  if (offset >= want) return {};
  ranked.resize(want);
  return {ranked.begin() + static_cast<std::ptrdiff_t>(offset), ranked.end()};
}

PageCollector::PageCollector(std::size_t offset, std::size_t limit, bool by_value, bool spy,
                             bool scored)
    : offset_(offset), limit_(limit), by_value_(by_value), scored_(scored) {
  if (!by_value && spy) top_.emplace(offset + limit);
}

void PageCollector::before_match(Xapian::Enquire& enquire) {
  if (top_) enquire.add_matchspy(&*top_);
}

Xapian::MSet PageCollector::match(const Xapian::Enquire& enquire,
                                  Xapian::doccount check_at_least) const {
  if (by_value_) {
    return enquire.get_mset(static_cast<Xapian::doccount>(offset_),
                            static_cast<Xapian::doccount>(limit_), check_at_least);
  }
  return enquire.get_mset(0, rank_fetch_size(offset_, limit_), check_at_least);
}

double PageCollector::score(const Xapian::MSet& mset, double weight) const {
  return scored_ ? mset.convert_to_percent(weight) / 100.0 : 0;
}

std::vector<std::pair<Xapian::Document, double>> PageCollector::page(const Xapian::Database& db,
                                                                     const Xapian::MSet& mset,
                                                                     const Xapian::Query& query) {
  constexpr Xapian::valueno kOrder = core::schema::slot::kOrder;
  std::vector<std::pair<Xapian::Document, double>> out;
  if (by_value_) {
    for (auto it = mset.begin(); it != mset.end(); ++it)
      out.emplace_back(it.get_document(), score(mset, it.get_weight()));
  } else if (top_) {
    for (const auto& [did, wt] : top_->page(db, offset_, limit_, kOrder))
      out.emplace_back(db.get_document(did), score(mset, wt));
  } else if (auto ranked = rank_page(mset, offset_, limit_, kOrder)) {
    for (const auto& it : *ranked)
      out.emplace_back(it.get_document(), score(mset, it.get_weight()));
  } else {
    Xapian::Enquire tied(db);
    tied.set_query(query);
    tied.set_sort_by_relevance_then_value(kOrder, true);
    Xapian::MSet sorted = tied.get_mset(static_cast<Xapian::doccount>(offset_),
                                        static_cast<Xapian::doccount>(limit_));
    for (auto it = sorted.begin(); it != sorted.end(); ++it)
      out.emplace_back(it.get_document(), score(sorted, it.get_weight()));
  }
  return out;
}

}  // namespace lanyard::query
