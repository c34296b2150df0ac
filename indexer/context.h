// What the indexer knows about a repo before it reads a page: each site's
// config and data files, and each event's facts, so that a page can take its
// event's place and dates (docs/facets.md, "Pages inherit their event").
//
// An event is a folder with a home page (Hugo's _index.md or index.md: a
// section or page bundle such as content/events/2024-chicago/), or a site that
// is one edition (a site folder named by a year, volcamp/2024, or whose config
// gives the event's dates). Its facts come from, in order of trust: the home
// page's own facts, its venue or travel page (venue.md, location/index.md,
// travel.md), the site config (params.date, location), the folder's name
// (2024-chicago, berlin-2023), and, for what is still missing, what the pages
// under it agree on (the dates most of its pages give, the place most name).
// A multi-event site (a meetup series) is no event, but the place its name or
// config gives ("Go User Group Graz") is the site's place.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/place.h"
#include "indexer/config.h"
#include "indexer/discover.h"
#include "indexer/record.h"
#include "indexer/site_info.h"

namespace lanyard::indexer {

class RepoContext {
 public:
  // Reads the configs and data files of the sites the files belong to, and the
  // home, venue and (where needed) other pages of their events. Never fails:
  // an unreadable or broken page or data file gives nothing. files: sorted by id.
  static RepoContext build(const std::filesystem::path& root, const std::vector<SourceFile>& files,
                           const Config& config, const core::Gazetteer* gazetteer);

  // The site a file belongs to (an empty SiteInfo for a site not built).
  const SiteInfo& site(const std::string& site) const;
  // What the file inherits: its event's facts, the site's place and country,
  // its folders' year, the site's data files.
  FileContext for_file(const SourceFile& file) const;
  // A hash of for_file(file): part of the file's fingerprint, so that a change
  // to its event (its home page, its site's config or data) re-indexes it.
  std::uint64_t hash_for(const SourceFile& file) const;

 private:
  struct Site {
    SiteInfo info;
    std::shared_ptr<const SiteData> data;  // data files by name ("venues", "2024/schedule")
    std::uint64_t data_hash = 0;
    EventFacts event;                  // a one-edition site's event
    std::optional<core::Place> place;  // where its events are, from its name or config
    std::string country;
    core::DayOrder day_order = core::DayOrder::unknown;
  };
  std::map<std::string, Site> sites_;
  std::map<std::string, EventFacts> folders_;  // event folders by repo-relative path
  std::optional<int> path_year(const SourceFile& file) const;
  friend class ContextBuilder;
};

// A page's facts as a page of no event (no inheritance): what RepoContext
// reads from home and venue pages. Reads and parses the file; nullopt when it
// cannot be read or parsed.
std::optional<Record> read_own_record(const SourceFile& file, const SiteInfo& site,
                                      const Config& config, const core::Gazetteer* gazetteer,
                                      FileContext context = {});

// The year a path's folders name: "content/2024/talks/x.md", "2024-chicago/",
// "berlin-2023/", "_talks/pycon-us-2019/x.md" -> the last such folder's year.
std::optional<int> year_in_path(std::string_view id);

}  // namespace lanyard::indexer
