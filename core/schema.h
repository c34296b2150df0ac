// The index schema: every Xapian term prefix and value slot Lanyard uses, in
// one place. docs/schema.md describes the same table for people; keep both in
// step. Changing what is indexed bumps kSchemaVersion, which makes the next
// `lanyard index` run re-index every file.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lanyard::core::schema {

// 7: the front matter's searchable fields, the place's names and the
// accent-folded twins of accented words are indexed as free text.
inline constexpr int kSchemaVersion = 7;

// Database metadata keys.
inline constexpr const char* kMetaSchemaVersion = "lanyard:schema_version";
inline constexpr const char* kMetaConfigHash = "lanyard:config_hash";
inline constexpr const char* kMetaLastRun = "lanyard:last_run";

// Term prefixes (Omega conventions where one exists).
namespace prefix {
inline constexpr const char* kId = "Q";          // boolean: the document id (repo-relative path)
inline constexpr const char* kTitle = "S";       // free text: title words
inline constexpr const char* kSpeaker = "A";     // free text: speaker / author names
inline constexpr const char* kTag = "K";         // boolean: a front-matter tag, lowercased
inline constexpr const char* kEvent = "XEVENT";  // free text: the event a talk belongs to
inline constexpr const char* kHeading = "XH";    // free text: heading words
inline constexpr const char* kCollection =
    "XCOL";  // boolean: collection ("posts", "events", "talks")
inline constexpr const char* kLanguage = "XLANG";     // boolean: language code ("eng")
inline constexpr const char* kSpeakerExact = "XSPK";  // boolean: whole speaker name, lowercased
inline constexpr const char* kCity = "XCITY";         // boolean: city, lowercased
inline constexpr const char* kRegion = "XREGION";     // boolean: region, lowercased
inline constexpr const char* kCountry = "XCOUNTRY";   // boolean: country, lowercased
inline constexpr const char* kLocation = "XLOC";  // boolean: any of city/region/country, lowercased
inline constexpr const char* kOnline = "XONLINE";  // boolean: an attendance:: value (below)
inline constexpr const char* kTopic = "XTOPIC";    // boolean: topic slug
inline constexpr const char* kYear = "XYEAR";      // boolean: event year "2025"
inline constexpr const char* kMonth = "XMONTH";    // boolean: event year-month "2025-06"
}  // namespace prefix

// Value slots.
namespace slot {
inline constexpr unsigned kDate = 0;       // event start (else publication) date, "YYYYMMDD"
inline constexpr unsigned kEndDate = 1;    // event end date, "YYYYMMDD"
inline constexpr unsigned kPublished = 2;  // publication date, "YYYYMMDD"
inline constexpr unsigned kFingerprint =
    3;  // v<schema>:<config hash>.<context hash>:<size>:<mtime ns>:<hash>
inline constexpr unsigned kTitleSort = 4;      // lowercased title, for sorting by title
inline constexpr unsigned kLocationLabel = 5;  // "Beijing, China", for facet counts
inline constexpr unsigned kCountry = 6;        // canonical country name, for facet counts
inline constexpr unsigned kLatLong = 7;        // Xapian::LatLongCoords, serialised
inline constexpr unsigned kTopics = 8;         // topic slugs joined with '\x1f', for facet counts
inline constexpr unsigned kOnline = 9;         // an attendance:: value (below)
inline constexpr unsigned kOrder =
    10;  // kDate's value, '\x1f', the id: breaks ties the same way in one
         // database and over shards (where document numbers differ)
inline constexpr unsigned kBody =
    11;  // schema 5 only: the body text as a zstd frame (read, no longer written)
inline constexpr unsigned kStored =
    12;  // the stored fields (and body) as one zstd frame (core/compress.h); below
}  // namespace slot

// The attendance values: XONLINE terms and the kOnline slot hold one of these.
namespace attendance {
inline constexpr const char* kOnline = "online";
inline constexpr const char* kInPerson = "in-person";
inline constexpr const char* kHybrid = "hybrid";
}  // namespace attendance

// XYEAR and XMONTH are added for every month an event spans, from its start,
// for at most this many months (a wrong end date cannot flood the index).
inline constexpr int kMaxDateTermMonths = 24;

// What a document stores: its fields as a JSON object, this byte and the body
// text, as one zstd frame in the kStored value slot (schema 6); the document
// data is empty. Xapian zlib-inflates document data on every read, which was
// up to half of a search on long posts (the body, moved out in schema 5) and
// then 14% (the fields). A body that is not valid UTF-8 stays in the JSON as
// "text", with no separator. Older layouts in the document data: schema 5 the
// JSON, with the body as a zstd frame in kBody; schema 4 the fields, this byte
// and the body as is; schema 3 the body in the JSON. Readers
// (query/stored_hit.cc) take all four.
inline constexpr char kDataTextSeparator = '\0';

struct StoredData {
  std::string_view fields;               // the JSON object
  std::optional<std::string_view> text;  // the body, when stored apart
};
inline StoredData split_stored_data(std::string_view data) {
  auto at = data.find(kDataTextSeparator);
  if (at == std::string_view::npos) return {data, std::nullopt};
  return {data.substr(0, at), data.substr(at + 1)};
}

// Separator inside multi-valued value slots.
inline constexpr char kListSeparator = '\x1f';

// Xapian rejects terms over 245 bytes; longer boolean values are cut to this.
inline constexpr std::size_t kMaxTermBytes = 240;

// prefix + value, with the value cut (at a UTF-8 boundary) to fit kMaxTermBytes.
std::string boolean_term(std::string_view prefix, std::string_view value);

}  // namespace lanyard::core::schema
