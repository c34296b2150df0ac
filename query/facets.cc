#include "query/facets.h"

#include <algorithm>

#include "core/schema.h"
#include "core/text.h"

namespace lanyard::query {

namespace {

namespace slot = core::schema::slot;

struct FacetSpec {
  Xapian::valueno slot;
  FacetKind kind;
};

// In kFacetNames order: location, country, topic, year, month, online.
constexpr FacetSpec kSpecs[kFacetCount] = {
    {slot::kLocationLabel, FacetKind::whole}, {slot::kCountry, FacetKind::whole},
    {slot::kTopics, FacetKind::list},         {slot::kDate, FacetKind::year},
    {slot::kDate, FacetKind::month},          {slot::kOnline, FacetKind::whole},
};

void add_keys(const std::string& value, FacetKind kind, std::vector<std::string>& out) {
  if (value.empty()) return;
  switch (kind) {
    case FacetKind::whole:
      out.push_back(value);
      return;
    case FacetKind::list:
      for (auto& part : core::split(value, core::schema::kListSeparator)) {
        if (!part.empty() && std::find(out.begin(), out.end(), part) == out.end()) out.push_back(std::move(part));
      }
      return;
    case FacetKind::year:
      if (value.size() >= 4) out.push_back(value.substr(0, 4));
      return;
    case FacetKind::month:
      if (value.size() >= 6) out.push_back(value.substr(0, 4) + "-" + value.substr(4, 2));
      return;
  }
}

}  // namespace

std::vector<std::string> facet_keys(const Xapian::Document& doc, std::size_t facet) {
  std::vector<std::string> keys;
  add_keys(doc.get_value(kSpecs[facet].slot), kSpecs[facet].kind, keys);
  return keys;
}

std::vector<FacetValue> top_values(const std::map<std::string, std::size_t>& counts, std::size_t limit) {
  std::vector<FacetValue> values;
  values.reserve(counts.size());
  for (const auto& [value, count] : counts) values.push_back({value, count});
  // stable_sort keeps the map's value order among equal counts.
  std::stable_sort(values.begin(), values.end(),
                   [](const FacetValue& a, const FacetValue& b) { return a.count > b.count; });
  if (limit && values.size() > limit) values.resize(limit);
  return values;
}

FacetCounter::FacetCounter(const std::vector<std::size_t>& facets) : facets_(facets) {
  for (std::size_t f : facets) {
    auto& spy = spies_[kSpecs[f].slot];
    if (!spy) spy = std::make_unique<Xapian::ValueCountMatchSpy>(kSpecs[f].slot);
  }
}

void FacetCounter::attach(Xapian::Enquire& enquire) {
  for (auto& [slot, spy] : spies_) enquire.add_matchspy(spy.get());
}

void FacetCounter::collect(std::size_t limit, std::vector<std::vector<FacetValue>>& out) const {
  out.resize(kFacetCount);
  std::vector<std::string> keys;
  for (std::size_t facet : facets_) {
    const auto& spy = *spies_.at(kSpecs[facet].slot);
    std::map<std::string, std::size_t> counts;
    for (auto it = spy.values_begin(); it != spy.values_end(); ++it) {
      keys.clear();
      add_keys(*it, kSpecs[facet].kind, keys);
      for (auto& k : keys) counts[std::move(k)] += it.get_termfreq();
    }
    out[facet] = top_values(counts, limit);
  }
}

FacetCounter unselected_facet_counter(const Filters& filters) {
  std::vector<std::size_t> facets;
  for (std::size_t f = 0; f < kFacetCount; ++f) {
    if (!filters.by_facet.count(f)) facets.push_back(f);
  }
  return FacetCounter(facets);
}

void count_selected_facets(const Xapian::Database& db, const Xapian::Query& base, const Filters& filters,
                           std::size_t limit, std::vector<std::vector<FacetValue>>& out) {
  for (const auto& [facet, query] : filters.by_facet) {
    Xapian::Enquire enquire(db);
    enquire.set_query(filters.apply(base, facet));
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    FacetCounter counter({facet});
    counter.attach(enquire);
    enquire.get_mset(0, 0, db.get_doccount());
    counter.collect(limit, out);
  }
}

}  // namespace lanyard::query
