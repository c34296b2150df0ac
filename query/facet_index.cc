#include "query/facet_index.h"

#include <algorithm>
#include <unordered_map>

#include "core/schema.h"
#include "core/text.h"

namespace lanyard::query {

namespace {

using core::FacetKind;
namespace slot = core::schema::slot;

FacetIndex::Column read_column(const Xapian::Database& db, std::size_t facet) {
  FacetIndex::Column column;
  column.offsets.assign(static_cast<std::size_t>(db.get_lastdocid()) + 2, 0);
  std::unordered_map<std::string, std::uint32_t> ids;
  std::vector<std::string> keys;
  const core::FacetDef& def = core::kFacets[facet];
  for (auto it = db.valuestream_begin(def.slot); it != db.valuestream_end(def.slot); ++it) {
    keys.clear();
    add_facet_keys(*it, def.kind, keys);
    for (auto& key : keys) {
      auto [pos, added] = ids.try_emplace(key, static_cast<std::uint32_t>(column.keys.size()));
      if (added) column.keys.push_back(std::move(key));
      column.ids.push_back(pos->second);
    }
    column.offsets[static_cast<std::size_t>(it.get_docid()) + 1] =
        static_cast<std::uint32_t>(keys.size());
  }
  bool single = true;
  for (std::size_t i = 1; i < column.offsets.size() && single; ++i) single = column.offsets[i] <= 1;
  if (single) {  // half the memory: one id per document, no offsets
    column.single.assign(column.offsets.size() - 1, 0);
    std::size_t next = 0;
    for (std::size_t d = 0; d + 1 < column.offsets.size(); ++d) {
      if (column.offsets[d + 1]) column.single[d] = column.ids[next++] + 1;
    }
    column.offsets = {};
    column.ids = {};
    return column;
  }
  for (std::size_t i = 1; i < column.offsets.size(); ++i)
    column.offsets[i] += column.offsets[i - 1];
  return column;
}

// "YYYYMMDD" or "YYYY-MM..." to months since year 0; -1 when not a date.
int month_number(const std::string& s, std::size_t month_at) {
  if (s.size() < month_at + 2) return -1;
  int year = 0, month = 0;
  for (std::size_t i = 0; i < 4; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    year = year * 10 + (s[i] - '0');
  }
  for (std::size_t i = month_at; i < month_at + 2; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    month = month * 10 + (s[i] - '0');
  }
  return year * 12 + month - 1;
}

// The indexer gives a document month terms from its start (slot kDate) for at
// most kMaxDateTermMonths; does every end date (slot kEndDate) lie within them?
bool date_terms_cover(const Xapian::Database& db, const FacetIndex::Column& months) {
  if (months.single.empty() && !months.ids.empty())
    return false;  // several starts in one document: never written
  for (auto it = db.valuestream_begin(slot::kEndDate); it != db.valuestream_end(slot::kEndDate);
       ++it) {
    auto did = static_cast<std::size_t>(it.get_docid());
    if (did >= months.single.size() || months.single[did] == 0)
      continue;  // no start: no date terms, no date match
    int start = month_number(months.keys[months.single[did] - 1], 5);
    int end = month_number(*it, 4);
    if (start < 0 || end < 0 || end - start >= core::schema::kMaxDateTermMonths) return false;
  }
  return true;
}

}  // namespace

void add_facet_keys(const std::string& value, FacetKind kind, std::vector<std::string>& out) {
  if (value.empty()) return;
  switch (kind) {
    case FacetKind::whole:
      out.push_back(value);
      return;
    case FacetKind::list:
      for (auto& part : core::split(value, core::schema::kListSeparator)) {
        if (!part.empty() && std::find(out.begin(), out.end(), part) == out.end())
          out.push_back(std::move(part));
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

std::shared_ptr<const FacetIndex> FacetIndex::build(const Xapian::Database& db) {
  auto index = std::make_shared<FacetIndex>();
  for (std::size_t f = 0; f < core::kFacetCount; ++f) index->columns_[f] = read_column(db, f);
  index->date_terms_cover_spans_ =
      date_terms_cover(db, index->columns_[core::facet_position(core::Facet::month)]);
  return index;
}

}  // namespace lanyard::query
