// An in-memory column of facet keys per document, read once per index
// revision from the facet value slots. Counting a facet over a match set is
// then an array walk per match instead of a value read, a string split and a
// map update (the profile showed that at a third of all query time).
#pragma once

#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/facet_table.h"

namespace lanyard::query {

// Appends the keys a slot value contributes to a facet of this kind: the
// value itself, each item of a list (once), or the year / year-month of a
// YYYYMMDD date.
void add_facet_keys(const std::string& value, core::FacetKind kind, std::vector<std::string>& out);

class FacetIndex {
 public:
  // The keys of one facet and each document's key ids: one per document
  // (single[docid] = id + 1, 0 = none) when no document has more than one,
  // else in CSR form (ids[offsets[docid]] .. ids[offsets[docid + 1]]).
  struct Column {
    std::vector<std::string> keys;
    std::vector<std::uint32_t> single;
    std::vector<std::uint32_t> offsets;
    std::vector<std::uint32_t> ids;
  };

  // One pass over each facet slot's value stream. Throws Xapian::Error
  // (DatabaseModifiedError when a writer commits meanwhile, and
  // UnimplementedError on backends without value streams).
  static std::shared_ptr<const FacetIndex> build(const Xapian::Database& db);

  // facet: a core::kFacets row.
  const Column& column(std::size_t facet) const { return columns_[facet]; }

  // Whether each document's XMONTH and XYEAR terms reach its end date (no
  // event spans more than core::schema::kMaxDateTermMonths): then a date
  // range may be looked up by those terms without losing a match.
  bool date_terms_cover_spans() const { return date_terms_cover_spans_; }

 private:
  std::vector<Column> columns_ = std::vector<Column>(core::kFacetCount);
  bool date_terms_cover_spans_ = true;
};

}  // namespace lanyard::query
