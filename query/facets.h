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

// The keys one document contributes to facet `facet` (an index into
// kFacetNames), as FacetSpy counts them.
std::vector<std::string> facet_keys(const Xapian::Document& doc, std::size_t facet);

// Most frequent first, ties by value; limit 0 = all.
std::vector<FacetValue> top_values(const std::map<std::string, std::size_t>& counts, std::size_t limit);

// Spies for a set of facets, attached to one Enquire: Xapian's own
// ValueCountMatchSpy, one per value slot, because it is the match spy that
// xapian-tcpsrv can run on remote shards (a subclass of ours would need
// registering in the server). It counts whole slot values; collect() turns
// them into facet keys: a topic list ("a\x1fb") counts for each topic, a
// date "YYYYMMDD" for its year and its month.
class FacetCounter {
 public:
  explicit FacetCounter(const std::vector<std::size_t>& facets);
  void attach(Xapian::Enquire& enquire);
  // Writes the counted facets into out (kFacetCount lists).
  void collect(std::size_t limit, std::vector<std::vector<FacetValue>>& out) const;

 private:
  std::vector<std::size_t> facets_;
  std::map<Xapian::valueno, std::unique_ptr<Xapian::ValueCountMatchSpy>> spies_;  // by slot
};

// The facets that are not selected in filters: a counter to attach to the
// main Enquire.
FacetCounter unselected_facet_counter(const Filters& filters);

// For each facet selected in filters, counts it over base filtered by every
// other group (one extra pass each). Throws Xapian::Error.
void count_selected_facets(const Xapian::Database& db, const Xapian::Query& base, const Filters& filters,
                           std::size_t limit, std::vector<std::vector<FacetValue>>& out);

}  // namespace lanyard::query
