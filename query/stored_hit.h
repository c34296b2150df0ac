// Reading a document's stored data (core::schema::split_stored_data) into a
// Hit. Two depths: the whole stored document, for `show` and /api/doc; and
// only what a search hit shows, read without building a JSON tree, for every
// hit of every search.
#pragma once

#include <xapian.h>

#include "query/result.h"

namespace lanyard::query {

// Every stored field: the typed members, text, and stored (the JSON object,
// with "text"). No snippet, no score.
Hit hit_from_document(const Xapian::Document& doc);

// The typed members (id ... speakers) and text; stored stays null. The same
// values hit_from_document gives, at a fraction of the cost (simdjson's
// on-demand parser skips the front matter a hit does not show).
Hit hit_summary_from_document(const Xapian::Document& doc);

}  // namespace lanyard::query
