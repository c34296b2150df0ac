#include "indexer/context.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>

#include "core/text.h"
#include "indexer/context_facts.h"
#include "indexer/facets/facets.h"
#include "indexer/facets/text.h"
#include "indexer/fields.h"
#include "indexer/front_matter.h"

namespace lanyard::indexer {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr std::uintmax_t kMaxDataFileBytes = 1u << 20;
constexpr std::size_t kMaxDataBytes = 8u << 20;  // per site
constexpr std::size_t kMaxSample = 240;  // pages read to learn what an event's pages agree on

}  // namespace

namespace context_facts {

std::string read_text(const fs::path& path, std::uintmax_t limit) {
  std::error_code ec;
  auto size = fs::file_size(path, ec);
  if (ec || size > limit) return {};
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace context_facts

using namespace context_facts;  // NOLINT: this file's own helpers

namespace {

std::string folder_of(std::string_view id) {
  auto slash = id.rfind('/');
  return slash == std::string_view::npos ? std::string() : std::string(id.substr(0, slash));
}

std::string name_of(std::string_view id) {
  auto slash = id.rfind('/');
  return std::string(slash == std::string_view::npos ? id : id.substr(slash + 1));
}

// A data file as JSON: YAML, TOML or JSON, a mapping or a list.
std::optional<json> parse_data_file(const fs::path& path) {
  std::string text = read_text(path, kMaxDataFileBytes);
  if (text.empty()) return std::nullopt;
  std::string ext = core::ascii_lower(path.extension().string());
  if (ext == ".json") {
    json j = json::parse(text, nullptr, false);
    if (j.is_discarded()) return std::nullopt;
    return j;
  }
  DataFormat format = ext == ".toml" ? DataFormat::toml : DataFormat::yaml;
  if (auto j = parse_data(text, format)) return std::move(*j);
  if (format != DataFormat::yaml) return std::nullopt;
  // A YAML list: read it as the value of one key.
  std::string wrapped = "items:\n";
  for (std::string_view line : core::split(text, '\n')) wrapped += "  " + std::string(line) + "\n";
  auto j = parse_data(wrapped, DataFormat::yaml);
  if (!j || !j->contains("items")) return std::nullopt;
  return (*j)["items"];
}

// The site's data files (Jekyll/Eleventy _data/, Hugo/Zola data/) by name
// without extension, subfolders joined with '/' ("venues", "2024/schedule").
void load_data(const fs::path& dir, const std::string& prefix, int depth, json& out,
               std::size_t& bytes, std::uint64_t& hash) {
  std::error_code ec;
  std::vector<fs::directory_entry> entries;
  for (const auto& e : fs::directory_iterator(dir, ec)) entries.push_back(e);
  std::sort(entries.begin(), entries.end());
  for (const auto& e : entries) {
    std::string name = e.path().filename().string();
    if (name.starts_with(".")) continue;
    if (e.is_directory(ec)) {
      if (depth < 3) load_data(e.path(), prefix + name + "/", depth + 1, out, bytes, hash);
      continue;
    }
    std::string ext = core::ascii_lower(e.path().extension().string());
    if (ext != ".json" && ext != ".yml" && ext != ".yaml" && ext != ".toml") continue;
    auto size = e.file_size(ec);
    if (ec || bytes + size > kMaxDataBytes) continue;
    auto data = parse_data_file(e.path());
    if (!data) continue;
    bytes += size;
    std::string key = prefix + e.path().stem().string();
    hash = core::fnv1a64(std::to_string(hash) + key + data->dump());
    out[key] = std::move(*data);
  }
}

}  // namespace

std::optional<int> year_in_path(std::string_view id) {
  std::optional<int> year;
  auto parts = core::split(std::string(id), '/');
  for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
    const std::string& part = parts[i];
    for (std::size_t p = 0; p + 4 <= part.size(); ++p) {
      bool left = p == 0 || !std::isalnum(static_cast<unsigned char>(part[p - 1]));
      bool right = p + 4 == part.size() || !std::isalnum(static_cast<unsigned char>(part[p + 4]));
      bool digits =
          std::all_of(part.begin() + static_cast<long>(p), part.begin() + static_cast<long>(p + 4),
                      [](char c) { return c >= '0' && c <= '9'; });
      if (!left || !right || !digits) continue;
      int y = std::stoi(part.substr(p, 4));
      if (y >= 1990 && y <= 2099) year = y;
    }
  }
  return year;
}

std::optional<Record> read_own_record(const SourceFile& file, const SiteInfo& site,
                                      const Config& config, const core::Gazetteer* gazetteer,
                                      FileContext context) {
  std::string bytes = read_text(file.path, config.max_file_bytes);
  if (bytes.empty()) return std::nullopt;
  auto parsed = parse_front_matter(bytes);
  if (!parsed) {
    auto recovered = recover_flat_front_matter(bytes);
    if (!recovered) return std::nullopt;
    parsed = std::move(*recovered);
  }
  return build_record(file, std::move(*parsed), config, site, gazetteer, std::move(context));
}

class ContextBuilder {
 public:
  ContextBuilder(const fs::path& root, const std::vector<SourceFile>& files, const Config& config,
                 const core::Gazetteer* gazetteer, RepoContext& out)
      : root_(root), files_(files), config_(config), gazetteer_(gazetteer), out_(out) {
    for (const auto& f : files_) by_id_[f.id] = &f;
  }

  void run() {
    std::map<std::string, std::vector<const SourceFile*>> sites;
    for (const auto& f : files_) sites[f.site].push_back(&f);
    for (const auto& [site, pages] : sites) {
      build_site(site);
      auto& s = out_.sites_[site];
      if (s.day_order == core::DayOrder::unknown) s.day_order = learn_day_order(pages);
    }
    std::set<std::string> folders;
    for (const auto& f : files_) {
      for (std::string folder = folder_of(f.id);; folder = folder_of(folder)) {
        bool inside = f.site.empty() || folder == f.site || folder.starts_with(f.site + "/");
        if (!inside) break;
        folders.insert(folder);
        if (folder.empty() || folder == f.site) break;
      }
    }
    for (const auto& folder : folders) build_folder(folder);
  }

 private:
  const fs::path& root_;
  const std::vector<SourceFile>& files_;
  const Config& config_;
  const core::Gazetteer* gazetteer_;
  RepoContext& out_;
  std::map<std::string, const SourceFile*> by_id_;
  std::map<std::string, std::optional<Facets>> own_;  // by file id

  RepoContext::Site& site_of(const SourceFile& f) { return out_.sites_[f.site]; }

  // A page's facts as a page of no event (cached).
  const std::optional<Facets>& own(const SourceFile& f) {
    auto it = own_.find(f.id);
    if (it != own_.end()) return it->second;
    const auto& site = site_of(f);
    FileContext context;
    context.path_year = year_in_path(f.id);
    context.publisher_page = out_.for_file(f).publisher_page;
    context.site_country = site.country;
    context.day_order = site.day_order;
    context.site_data = site.data;
    std::optional<Facets> facets;
    if (auto r = read_own_record(f, site.info, config_, gazetteer_, std::move(context)))
      facets = r->facets;
    return own_[f.id] = std::move(facets);
  }

  void build_site(const std::string& id) {
    RepoContext::Site& s = out_.sites_[id];
    fs::path dir = root_ / id;
    s.info = load_site_info(dir);
    json data = json::object();
    std::size_t bytes = 0;
    for (const char* sub : {"_data", "data", "src/_data"})
      load_data(dir / sub, "", 0, data, bytes, s.data_hash);
    s.data = std::make_shared<const SiteData>(std::move(data));
    s.day_order = day_order_of(s.info.config);
    // The config read as an event page: its date and location fields, its description.
    Record r;
    r.fields = s.info.config;
    r.body.text = s.info.description;
    r.collection = "events";
    r.context.path_year = year_in_path(id + "/x");
    r.context.day_order = s.day_order;
    PlaceFacet where = extract_place(r, config_, gazetteer_);
    auto dates = extract_event_dates(r, config_);
    bool edition = r.context.path_year.has_value() || dates.has_value();
    if (edition) {
      s.event.place = where.place;
      s.event.attendance = where.attendance;
      s.event.dates = dates;
    }
    s.place = where.place;
    if (!s.place) {
      if (auto m = facets_text::place_in_name(s.info.name, gazetteer_); m && m->place)
        s.place = m->place;
    }
    if (s.place) s.country = s.place->country;
    if (edition) s.event.dates = dates;  // the site folder's facts are completed in build_folder
    edition_[id] = edition;
  }

  std::map<std::string, bool> edition_;

  const SourceFile* file(const std::string& id) const {
    auto it = by_id_.find(id);
    return it == by_id_.end() ? nullptr : it->second;
  }

  // F/venue.md, F/location/index.md, F/travel.md, ...
  std::vector<const SourceFile*> venue_pages(const std::string& folder) const {
    std::vector<const SourceFile*> out;
    std::string prefix = folder.empty() ? "" : folder + "/";
    for (auto it = by_id_.lower_bound(prefix); it != by_id_.end() && it->first.starts_with(prefix);
         ++it) {
      std::string rest = it->first.substr(prefix.size());
      auto parts = core::split(rest, '/');
      bool direct = parts.size() == 1 && is_venue_name(fs::path(rest).stem().string());
      bool bundle = parts.size() == 2 && is_venue_name(parts[0]) && is_home_name(parts[1]);
      if (direct || bundle) out.push_back(it->second);
    }
    return out;
  }

  void build_folder(const std::string& folder) {
    const SourceFile* home = nullptr;
    for (const char* name : {"_index.md", "index.md"}) {
      if (!home) home = file(folder.empty() ? name : folder + "/" + name);
    }
    // The site folder of a one-edition site, or any folder with a home page.
    bool is_site = false;
    for (const auto& [id, edition] : edition_) is_site = is_site || (id == folder && edition);
    EventFacts facts;
    if (home && own(*home)) fill(facts, facts_of(*own(*home)));
    for (const SourceFile* venue : venue_pages(folder)) {
      if (!own(*venue)) continue;
      const Facets& v = *own(*venue);
      // A venue page that says the event is online beats the home page's venue
      // field ("KCD San Salvador ... will be held online").
      if (v.attendance == Attendance::online && !v.place) facts.attendance = Attendance::online;
      if (facts.place) continue;
      if (v.place) facts.place = v.place;
      if (facts.place || v.attendance == Attendance::online) continue;
      // A travel page names its city again and again, and other cities once.
      if (auto r = read_own_record(*venue, site_of(*venue).info, config_, gazetteer_)) {
        facts.place = dominant_place(r->title + "\n" + r->body.text, gazetteer_);
      }
    }
    if (is_site) fill(facts, out_.sites_[folder].event);
    auto name_place = place_of_folder(name_of(folder), gazetteer_);
    if (!facts.place && name_place) facts.place = name_place;
    if ((home || is_site) && (!facts.dates || !facts.place)) fill(facts, agreed(folder));
    if (facts.attendance == Attendance::online) facts.place.reset();
    if (!facts.empty()) out_.folders_[folder] = facts;
  }

  // An edition's schedule in the site's data files ("data/2022/schedule.json":
  // {"date": "October, 13 - Thursday", ...}): each day it gives is one more
  // page's voice. Only schedule-like files (schedule, program, agenda,
  // timetable, sessions) of the folder's year, or with no year in their name for
  // the site's top folder; only their date fields.
  void schedule_dates(const std::string& folder, const std::string& site_id,
                      const RepoContext::Site& site, std::vector<Facets>& pages) const {
    if (!site.data) return;
    auto year = year_in_path(name_of(folder) + "/x");
    std::string rel = site_id.empty()     ? folder
                      : folder == site_id ? ""
                                          : folder.substr(site_id.size() + 1);
    bool top = rel.empty() || rel == "content" || rel == "_content" || rel == "src/_content";
    for (const auto& [name, content] : site.data->files().items()) {
      static constexpr std::string_view kKinds[] = {"schedule", "program",   "programme",
                                                    "agenda",   "timetable", "sessions"};
      std::string stem = core::ascii_lower(name_of(name));
      bool kind = std::any_of(std::begin(kKinds), std::end(kKinds), [&](std::string_view k) {
        return stem.find(k) != std::string::npos;
      });
      auto named_year = year_in_path(name + "/x");
      if (!kind || !(year ? named_year == year : (top && !named_year))) continue;
      date_fields(content, year, site.day_order, pages, 0);
    }
  }

  static void date_fields(const nlohmann::json& node, std::optional<int> year, core::DayOrder order,
                          std::vector<Facets>& pages, int depth) {
    if (depth > 6 || pages.size() > 4000) return;
    if (node.is_array()) {
      for (const auto& item : node) date_fields(item, year, order, pages, depth + 1);
      return;
    }
    if (!node.is_object()) return;
    for (const auto& [key, value] : node.items()) {
      std::string k = fields::normalise_key(key);
      if (value.is_string() && (k == "date" || k == "day" || k == "startdate" || k == "start" ||
                                k == "datetime" || k == "startdatetime" || k == "starttime")) {
        auto r = core::parse_date_range(value.get_ref<const std::string&>(), year, order);
        if (r && (!year || r->start.year == *year)) {
          // A schedule names each day once, where pages name it once each: a
          // schedule's day counts as three pages.
          Facets f;
          f.event_dates = r;
          for (int vote = 0; vote < 3; ++vote) pages.push_back(f);
        }
      } else {
        date_fields(value, year, order, pages, depth + 1);
      }
    }
  }

  // What the pages under a folder agree on, from an even sample of them.
  EventFacts agreed(const std::string& folder) {
    std::string prefix = folder.empty() ? "" : folder + "/";
    std::vector<const SourceFile*> under;
    for (auto it = by_id_.lower_bound(prefix); it != by_id_.end() && it->first.starts_with(prefix);
         ++it) {
      under.push_back(it->second);
    }
    std::vector<Facets> pages;
    std::size_t step = under.size() / kMaxSample + 1;
    for (std::size_t i = 0; i < under.size(); i += step) {
      if (const auto& f = own(*under[i])) pages.push_back(*f);
    }
    if (!under.empty()) schedule_dates(folder, under.front()->site, site_of(*under.front()), pages);
    EventFacts out = consensus(pages);
    // Dates count only when most dated pages fall in them: a list of many
    // events ("content/events/") agrees on no event's days.
    if (out.dates) {
      int dated = 0, inside = 0;
      for (const auto& p : pages) {
        if (!p.event_dates) continue;
        ++dated;
        inside += p.event_dates->start <= out.dates->end && p.event_dates->end >= out.dates->start;
      }
      if (inside * 10 < dated * 6) out.dates.reset();
    }
    return out;
  }
};

RepoContext RepoContext::build(const fs::path& root, const std::vector<SourceFile>& files,
                               const Config& config, const core::Gazetteer* gazetteer) {
  RepoContext out;
  ContextBuilder(root, files, config, gazetteer, out).run();
  return out;
}

const SiteInfo& RepoContext::site(const std::string& site) const {
  static const SiteInfo kNone;
  auto it = sites_.find(site);
  return it == sites_.end() ? kNone : it->second.info;
}

FileContext RepoContext::for_file(const SourceFile& file) const {
  FileContext c;
  c.path_year = year_in_path(file.id);
  if (auto it = sites_.find(file.site); it != sites_.end()) {
    const Site& s = it->second;
    c.site_place = s.place;
    c.site_country = s.country;
    c.day_order = s.day_order;
    c.site_data = s.data;
  }
  // A folder named by a year is an edition of its own: above it, only an event
  // of that year is its event ("content/2022/" inside the 2026 site's "content/").
  std::optional<int> edition;
  // A folder's home page made that folder's facts: it inherits from above it.
  const bool home = is_home_name(name_of(file.id));
  std::string page =
      home ? name_of(folder_of(file.id)) : name_of(file.id);  // "legal-mentions/index.md"
  if (is_publisher_page(page)) {
    c.publisher_page = true;
    return c;
  }
  for (std::string folder = folder_of(file.id);; folder = folder_of(folder)) {
    bool inside = file.site.empty() || folder == file.site || folder.starts_with(file.site + "/");
    if (!inside) break;
    auto it = home && folder == folder_of(file.id) ? folders_.end() : folders_.find(folder);
    bool same_edition =
        !edition ||
        (it != folders_.end() && it->second.dates &&
         (it->second.dates->start.year == *edition || it->second.dates->end.year == *edition));
    if (it != folders_.end() && same_edition) fill(c.event, it->second);
    if (!edition) edition = year_in_path(name_of(folder) + "/x");
    if (folder.empty() || folder == file.site) break;
  }
  return c;
}

std::uint64_t RepoContext::hash_for(const SourceFile& file) const {
  FileContext c = for_file(file);
  std::string key;
  auto place = [](const std::optional<core::Place>& p) {
    return p ? p->label() + "|" + p->country_code : "-";
  };
  key += place(c.event.place) + ";" + attendance_name(c.event.attendance) + ";";
  key += c.event.dates ? c.event.dates->start.iso() + c.event.dates->end.iso() : "-";
  key += ";" + place(c.site_place) + ";" + c.site_country + ";" +
         std::to_string(static_cast<int>(c.day_order));
  key += c.publisher_page ? ";publisher" : "";
  if (auto it = sites_.find(file.site); it != sites_.end())
    key += ";" + std::to_string(it->second.data_hash);
  return core::fnv1a64(key);
}

}  // namespace lanyard::indexer
