// Indexer configuration: defaults that fit Jekyll, Hugo and Eleventy repos, and
// the optional lanyard.yml at the repo root (or --config FILE) that overrides
// them. See docs/config.md for the file format.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"

namespace lanyard::indexer {

class Taxonomy;  // indexer/facets/topics.h

// Front-matter field names, each list tried in order; the first present wins
// (speakers, tags and categories take the union of all listed fields). Names
// are compared ignoring case, '_', '-' and spaces (`startDate` = `start_date` =
// `start-date`), at the top level and inside `extra` (Zola) and `params` (Hugo)
// tables (indexer/fields.h). docs/config.md lists them.
struct FieldNames {
  std::vector<std::string> title = {"title", "name", "headline"};
  std::vector<std::string> published = {
      "date", "published_datetime", "published", "pubDate", "publishDate", "created", "posted"};
  // The event's own start. When one is present, the generic `date` is the
  // publication date, never the event's start. A value may be a range
  // ("when: Oct 3-4, 2024").
  std::vector<std::string> event_start = {
      "start_datetime", "start_date", "event_start", "event_start_date", "event_date", "date_start",
      "start", "starts", "starts_at", "starts_on", "start_time", "begin", "begins", "begins_at",
      "dtstart", "from", "when", "first_day", "conference_date", "conference_dates", "event_dates",
      "dates", "slot", "day", "datetime", "date_time", "event_datetime",
      // in other languages
      "fecha", "fecha_inicio", "fecha_de_inicio", "data_inicio", "date_debut", "date_de_debut",
      "datum", "beginn", "\xE6\x97\xA5\xE6\x9C\x9F", "\xE6\x97\xB6\xE9\x97\xB4",
      "\xE6\x97\xA5\xE6\x99\x82", "\xE5\xBC\x80\xE5\xA7\x8B\xE6\x97\xB6\xE9\x97\xB4",
      "\xE5\xBC\x80\xE5\xA7\x8B\xE6\x97\xA5\xE6\x9C\x9F", "\xE9\x96\x8B\xE5\x82\xAC\xE6\x97\xA5"};
  std::vector<std::string> event_end = {"end_datetime",
                                        "end_date",
                                        "event_end",
                                        "event_end_date",
                                        "date_end",
                                        "end",
                                        "ends",
                                        "ends_at",
                                        "ends_on",
                                        "end_time",
                                        "until",
                                        "dtend",
                                        "to",
                                        "last_day",
                                        "fecha_fin",
                                        "fecha_de_fin",
                                        "data_fim",
                                        "date_fin",
                                        "date_de_fin",
                                        "ende",
                                        "\xE7\xBB\x93\xE6\x9D\x9F\xE6\x97\xB6\xE9\x97\xB4",
                                        "\xE7\xBB\x93\xE6\x9D\x9F\xE6\x97\xA5\xE6\x9C\x9F"};
  std::vector<std::string> speakers = {"speakers", "speaker", "presenters", "presenter",
                                       "authors",  "author",  "guest",      "hosts"};
  std::vector<std::string> tags = {"tags", "tag", "keywords"};
  std::vector<std::string> categories = {"categories", "category", "track", "topics", "topic"};
  // Where: place fields (a string, or a table such as KCD's `location: {city,
  // country, venue}`), most specific first.
  std::vector<std::string> location = {
      "location", "locations", "city", "town", "locality", "region", "state", "province", "country",
      "venue", "venue_name", "venue_address", "place", "where", "address", "location_name",
      // in other languages
      "lugar", "ciudad", "sede", "lieu", "ville", "ort", "stadt", "cidade", "local", "luogo",
      "citta", "\xE5\x9C\xB0\xE7\x82\xB9", "\xE5\x9C\xB0\xE9\xBB\x9E", "\xE4\xBC\x9A\xE5\xA0\xB4",
      "\xE4\xBC\x9A\xE5\x9C\xBA", "\xE5\x9F\x8E\xE5\xB8\x82", "\xE5\x9C\xBA\xE5\x9C\xB0",
      "\xE5\xA0\xB4\xE6\x89\x80"};
  // Says how people attend: `online: true`, `virtual: yes`, `format: online`.
  std::vector<std::string> online = {"online",
                                     "virtual",
                                     "remote",
                                     "is_online",
                                     "is_virtual",
                                     "attendance",
                                     "attendance_mode",
                                     "event_attendance_mode",
                                     "event_mode",
                                     "format",
                                     "mode"};
  // A session's room: never a place, but says how people attend ("Salon A-E" in
  // person, "Online talks" online; see docs/facets.md).
  std::vector<std::string> room = {"room"};
  std::vector<std::string> event = {"event", "conference"};
  std::vector<std::string> language = {"language", "lang"};
  std::vector<std::string> permalink = {"permalink"};
  // Front-matter text searched like the body (indexer/field_text.h): the
  // strings and lists of strings of these fields, names matched ignoring
  // case, '_' and '-' ("subTitle" = "sub_title" = "subtitle"), at the top and
  // inside objects named extra or params (Zola, Hugo); inside an object named
  // location or venue, every string. URLs, paths, slugs, ids and numbers are
  // left out, HTML and Markdown reduced to text.
  std::vector<std::string> searchable = {
      "location",    "venue",        "address",      "city",        "country", "region",
      "place",       "where",        "room",         "description", "summary", "subtitle",
      "abstract",    "excerpt",      "teaser",       "lead",        "bio",     "company",
      "affiliation", "organization", "organisation", "jobtitle",    "track",   "level",
      "difficulty",  "audience",     "format"};

  // Every list with its name in lanyard.yml's `fields:` ("event_start", ...).
  std::vector<std::pair<std::string_view, std::vector<std::string>*>> lists();
  std::vector<std::pair<std::string_view, const std::vector<std::string>*>> lists() const;
};

struct Config {
  // Globs over repo-relative paths ('*' stays within a folder, '**' crosses
  // folders, '?' one character). Empty include = Lanyard's default rules.
  std::vector<std::string> include;
  std::vector<std::string> exclude;
  FieldNames fields;
  std::string base_url;  // prefixed to every URL; "" = take the site's _config.yml url+baseurl
  // Permalink patterns by collection ("posts", "events", ...; "*" for all), as
  // Jekyll writes them: /:collection/:path/, /:year/:month/:day/:title.html
  std::map<std::string, std::string> permalinks;
  bool drafts = false;                      // index drafts too
  std::uint64_t max_file_bytes = 8u << 20;  // larger files are skipped
  // The topic taxonomy (`topics: FILE` in lanyard.yml, relative to it); null =
  // Lanyard's built-in data/topics.yml. Immutable, shared by all threads.
  std::shared_ptr<const Taxonomy> topics;
};

// Load a lanyard.yml. Unknown keys are an error (a typo should not be ignored).
core::Result<Config> load_config(const std::filesystem::path& file);

// A stable hash of everything in the config that changes what gets indexed.
std::uint64_t config_hash(const Config& config);

// The taxonomy the config names, else the built-in one (data/topics.yml).
const Taxonomy& topics_of(const Config& config);

// Glob match over '/'-separated paths: '*' and '?' never match '/', '**'
// matches any run of folders (also none), so "_talks/**" matches
// "_talks/a/b.md" and "**/*.md" matches "x.md".
bool glob_match(std::string_view pattern, std::string_view path);

}  // namespace lanyard::indexer
