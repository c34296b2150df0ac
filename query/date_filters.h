// The date filters of a search (--from, --to, --upcoming): an event matches
// when its dates [start, end] overlap the range. By the XMONTH/XYEAR terms
// where they can answer, else by the dates in value slots kDate/kEndDate.
#pragma once

#include "core/date.h"
#include "query/filters.h"
#include "query/request.h"

namespace lanyard::query {

// Appends the filters of r's from, to and upcoming to f.other. date_terms:
// the index's month terms cover every event's span (build_filters).
void add_date_filters(const SearchRequest& r, const core::Date& today, bool date_terms, Filters& f);

}  // namespace lanyard::query
