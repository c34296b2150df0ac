// Indexer stage 5: a Record becomes a Xapian document (terms, values, stored
// data), following core/schema.h.
#pragma once

#include <xapian.h>

#include <nlohmann/json.hpp>
#include <string>

#include "indexer/record.h"

namespace lanyard::indexer {

// A TermGenerator set up as every document needs it: English stemming
// (STEM_SOME, through a cache of stems: keep it for many documents), CJK
// n-grams. Not thread-safe: one per thread at a time.
Xapian::TermGenerator make_term_generator();

// The stored fields (with the body text, one zstd frame in the kStored value
// slot, core/schema.h): id, title, url, collection, date,
// end_date, published, location, online, topics, speakers, tags, event,
// language and fields (the whole front matter).
nlohmann::json stored_json(const Record& record);

// Terms: free text (title x5, headings x2, speakers, event, tags, body) with
// positions, unprefixed and under their prefixes; unprefixed, like the body,
// the front matter's searchable text (Record::field_text) and the place's
// names (city, region, country, Record::place_aliases); beside every
// accented word its accent-folded form (core/accents.h); boolean filter
// terms; value slots. fingerprint goes to slot::kFingerprint.
Xapian::Document build_document(const Record& record, const std::string& fingerprint,
                                Xapian::TermGenerator& termgen);

}  // namespace lanyard::indexer
