// Facet counts over every match of a query: location, country, topic
// (multi-valued), year, month and online, exact (every match is checked) and
// disjunctive (a facet with a selection is counted without its own filter).
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <xapian.h>

#include "query/query_builder.h"
#include "query/result.h"

namespace lanyard::query {

// What one facet counts in a document, from its value slot.
enum class FacetKind { whole, list, year, month };

// Counts facet keys of every document it sees. Xapian's ValueCountMatchSpy
// counts one string per slot, so topics (a U+001F-joined list) and the
// year/month of a YYYYMMDD date need this one.
class FacetSpy : public Xapian::MatchSpy {
 public:
  FacetSpy(Xapian::valueno slot, FacetKind kind) : slot_(slot), kind_(kind) {}
  void operator()(const Xapian::Document& doc, double wt) override;
  const std::map<std::string, std::size_t>& counts() const { return counts_; }

 private:
  Xapian::valueno slot_;
  FacetKind kind_;
  std::map<std::string, std::size_t> counts_;
};

// The keys one document contributes to facet `facet` (an index into
// kFacetNames), as FacetSpy counts them.
std::vector<std::string> facet_keys(const Xapian::Document& doc, std::size_t facet);

// Most frequent first, ties by value; limit 0 = all.
std::vector<FacetValue> top_values(const std::map<std::string, std::size_t>& counts, std::size_t limit);

// Spies for a set of facets, attached to one Enquire.
class FacetCounter {
 public:
  explicit FacetCounter(const std::vector<std::size_t>& facets);
  void attach(Xapian::Enquire& enquire);
  // Writes the counted facets into out (kFacetCount lists).
  void collect(std::size_t limit, std::vector<std::vector<FacetValue>>& out) const;

 private:
  std::vector<std::pair<std::size_t, std::unique_ptr<FacetSpy>>> spies_;
};

// The facets that are not selected in filters: a counter to attach to the
// main Enquire.
FacetCounter unselected_facet_counter(const Filters& filters);

// For each facet selected in filters, counts it over base filtered by every
// other group (one extra pass each), each pass stopping to check every match
// after time_limit seconds (0 = never). False when a pass stopped early (its
// counts are partial). Throws Xapian::Error.
bool count_selected_facets(const Xapian::Database& db, const Xapian::Query& base, const Filters& filters,
                           std::size_t limit, std::vector<std::vector<FacetValue>>& out, double time_limit = 0);

}  // namespace lanyard::query
