// Indexer stage 4: everything Lanyard knows about one file, before it becomes
// a Xapian document: title, URL, dates, people, tags, facets and plain text.
#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/place.h"
#include "indexer/config.h"
#include "indexer/discover.h"
#include "indexer/front_matter.h"
#include "indexer/joins.h"
#include "indexer/markdown.h"
#include "indexer/url.h"

namespace lanyard::indexer {

enum class Attendance { unknown, in_person, online, hybrid };
const char* attendance_name(Attendance a);  // "unknown", "in-person", "online", "hybrid"

struct Topic {
  std::string name;    // normalised topic ("distributed training")
  std::string source;  // "front matter" or "inferred"
};

struct Facets {
  std::optional<core::Place>
      place;  // normalised by the gazetteer; absent when unknown or online only
  Attendance attendance = Attendance::unknown;
  bool attendance_stated = false;  // said in words, a field or a room, not only implied by a place
  std::optional<core::DateRange> event_dates;  // the event itself, not the publication
  std::vector<Topic> topics;
};

// What an event says about itself, as a page of it inherits it: the event's
// home page (a folder's _index.md), its venue or travel page, the site config
// of a one-edition site, or what the event's pages agree on.
struct EventFacts {
  std::optional<core::Place> place;
  Attendance attendance = Attendance::unknown;
  std::optional<core::DateRange> dates;
  bool empty() const { return !place && attendance == Attendance::unknown && !dates; }
};

// What a file's surroundings say before its own text is read
// (indexer/context.h builds it).
struct FileContext {
  EventFacts event;                       // its event's, inherited unless the page states its own
  std::optional<core::Place> site_place;  // where the site's events are ("Go User Group Graz")
  std::optional<int> path_year;           // the year its folders name ("content/2024/talks/x.md")
  std::string site_country;               // country the site is in, for ambiguous city names
  core::DayOrder day_order = core::DayOrder::unknown;  // how the site writes 05/06/2025
  // A page about whoever publishes the site (imprint, privacy, legal notice,
  // credits, 404): no event's page, and the addresses it gives are no event's place.
  bool publisher_page = false;
  std::shared_ptr<const SiteData>
      site_data;  // the site's data files, joined into fields; may be null
};

struct Record {
  std::string id, title, url, collection, site;
  std::optional<core::Date> published;
  std::vector<std::string> speakers, tags, categories;
  std::string event, language;
  std::string site_name, site_description;           // SiteInfo's: what the whole site is about
  nlohmann::json fields = nlohmann::json::object();  // the whole front matter
  FileContext context;
  // The front matter's searchable text (config.fields.searchable,
  // indexer/field_text.h): abstract, venue, company...
  std::vector<std::string> field_text;
  MarkdownText body;
  Facets facets;
  // More names of facets.place for search, from the gazetteer
  // (Gazetteer::other_names: "usa", "america" for the United States).
  std::vector<std::string> place_aliases;

  // The date a document is listed under: event start, else publication.
  std::optional<core::Date> date() const;
  std::optional<core::Date> end_date() const;
};

// Reasons a file that parsed is still not indexed; empty when it is indexed.
// "draft" for draft: true / published: false / _drafts (unless config.drafts).
std::string exclusion_reason(const SourceFile& file, const ParsedFile& parsed,
                             const Config& config);

// Builds the record from the parsed file, facets included (indexer/facets.h).
// Never fails: missing fields fall back (title -> first heading -> file name;
// date -> file name prefix). Without a gazetteer (nullptr) there are no places.
Record build_record(const SourceFile& file, ParsedFile parsed, const Config& config,
                    const SiteInfo& site, const core::Gazetteer* gazetteer = nullptr,
                    FileContext context = {});

}  // namespace lanyard::indexer
