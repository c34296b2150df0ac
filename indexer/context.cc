#include "indexer/context.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>

#include "core/text.h"
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
constexpr std::size_t kMaxSample = 240;         // pages read to learn what an event's pages agree on

std::string read_text(const fs::path& path, std::uintmax_t limit) {
  std::error_code ec;
  auto size = fs::file_size(path, ec);
  if (ec || size > limit) return {};
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

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
void load_data(const fs::path& dir, const std::string& prefix, int depth, json& out, std::size_t& bytes,
               std::uint64_t& hash) {
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

// Pages that say where their folder's event is.
bool is_venue_name(std::string_view stem) {
  static constexpr std::string_view kNames[] = {
      "venue", "venues", "location", "locations", "travel", "getting-there", "directions", "how-to-get-there",
      "venue-and-travel", "travel-and-venue", "lieu", "acces", "acc\xC3\xA8s", "anfahrt", "veranstaltungsort",
      "como-llegar", "ubicacion", "sede", "local", "luogo", "venue-info", "travel-info"};
  std::string lower = core::ascii_lower(stem);
  return std::find(std::begin(kNames), std::end(kNames), lower) != std::end(kNames);
}

bool is_home_name(std::string_view name) { return name == "_index.md" || name == "index.md"; }

// Pages about whoever publishes the site, not its event: they inherit no event.
bool is_publisher_page(std::string_view name) {
  static constexpr std::string_view kStems[] = {
      "imprint", "impressum", "privacy", "privacy-policy", "legal", "legal-notice", "legal-mentions",
      "mentions-legales", "terms", "terms-of-service", "cookies", "cookie-policy", "datenschutz", "disclaimer",
      "image-credits", "credits", "404", "aviso-legal", "privacidad", "colophon"};
  std::string stem = core::ascii_lower(fs::path(std::string(name)).stem().string());
  return std::find(std::begin(kStems), std::end(kStems), stem) != std::end(kStems);
}

// Merges what `more` knows into what `facts` lacks.
void fill(EventFacts& facts, const EventFacts& more) {
  if (!facts.place && more.place) facts.place = more.place;
  if (!facts.dates && more.dates) facts.dates = more.dates;
  if (facts.attendance == Attendance::unknown) facts.attendance = more.attendance;
}

EventFacts facts_of(const Facets& f) {
  EventFacts e;
  e.place = f.place;
  e.dates = f.event_dates;
  e.attendance = f.attendance;
  return e;
}

// "Berlin" from "2020-berlin", "berlin-2023", "san-salvador"; nothing from
// "talks" or "2024".
std::optional<core::Place> place_of_folder(std::string_view name, const core::Gazetteer* gazetteer) {
  std::string words;
  for (std::string_view w : core::split(std::string(name), '-')) {
    for (std::string_view part : core::split(std::string(w), '_')) {
      if (part.empty() || part.find_first_of("0123456789") != std::string_view::npos) continue;
      std::string word(part);
      word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
      words += (words.empty() ? "" : " ") + word;
    }
  }
  if (words.empty() || words == std::string(name)) return std::nullopt;  // a year or number is needed beside it
  auto m = facets_text::place_in_name(words, gazetteer);
  if (!m || !m->place || m->place->city.empty()) return std::nullopt;
  return m->place;
}

core::DayOrder day_order_of(const json& config) {
  const json* lang = fields::find(config, {"languageCode", "defaultContentLanguage", "language", "lang", "locale"});
  std::string code = lang ? core::ascii_lower(fields::scalar_text(*lang)) : "";
  if (code.empty()) return core::DayOrder::unknown;
  if (code == "en-us" || code == "en_us" || code == "en") return code == "en" ? core::DayOrder::unknown
                                                                               : core::DayOrder::month_first;
  return core::DayOrder::day_first;
}

// The city a venue or travel page keeps naming: "the airport Clermont-Ferrand
// Auvergne", "the station of Clermont-Ferrand", "from Paris" once. At least
// twice, and more often than any other city.
std::optional<core::Place> dominant_place(std::string_view text, const core::Gazetteer* gazetteer) {
  if (!gazetteer) return std::nullopt;
  std::map<std::string, std::pair<int, core::Place>> counts;
  std::map<std::string, std::optional<core::Place>> cache;
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) words.push_back(word);
    word.clear();
  };
  for (char c : text) {
    bool part = std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80 || c == '-' ||
                c == '\'';
    if (part) {
      word += c;
    } else {
      flush();
      if (c != ' ') words.emplace_back();  // punctuation ends a run of names
    }
  }
  flush();
  // A city named as where people come from or connect to ("from Paris",
  // "depuis Lyon", "liaisons avec Paris") is not where the page is.
  auto origin = [](const std::string& w) {
    static constexpr std::string_view kWords[] = {"from", "depuis", "desde", "von", "aus", "da", "dal",
                                                  "dalla", "avec", "with", "vers", "towards", "via", "entre"};
    std::string lower = core::ascii_lower(w);
    return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
  };
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!facets_text::is_capitalised_word(words[i]) || (i > 0 && facets_text::is_capitalised_word(words[i - 1])) ||
        (i > 0 && origin(words[i - 1]))) {
      continue;
    }
    std::string run;
    std::optional<core::Place> found;
    for (std::size_t n = 0; n < 3 && i + n < words.size() && facets_text::is_capitalised_word(words[i + n]); ++n) {
      run += (n ? " " : "") + words[i + n];
      auto it = cache.find(run);
      if (it == cache.end()) {
        auto m = gazetteer->resolve(run);
        it = cache.emplace(run, m && m->place && !m->place->city.empty() ? m->place : std::nullopt).first;
      }
      if (it->second) found = it->second;
    }
    if (!found) continue;
    auto& slot = counts[found->city + "|" + found->country];
    ++slot.first;
    slot.second = *found;
  }
  const std::pair<int, core::Place>* best = nullptr;
  int second = 0;
  for (const auto& [key, slot] : counts) {
    if (!best || slot.first > best->first) {
      second = best ? best->first : 0;
      best = &slot;
    } else {
      second = std::max(second, slot.first);
    }
  }
  if (!best || best->first < 2 || best->first <= second) return std::nullopt;
  return best->second;
}

// How a site writes numeric dates, when its config does not say: its
// unambiguous ones ("13/10/2023" is day first), else its language (most of the
// world outside the United States writes the day first; English alone says
// nothing). Reads the start of up to 48 of the site's pages.
core::DayOrder learn_day_order(const std::vector<const SourceFile*>& pages) {
  int day_first = 0, month_first = 0, english = 0, other = 0;
  std::size_t step = pages.size() / 48 + 1;
  for (std::size_t i = 0; i < pages.size(); i += step) {
    std::string text = read_text(pages[i]->path, 1u << 20).substr(0, 4096);
    for (std::size_t p = 0; p + 8 <= text.size(); ++p) {
      if (text[p] != '/' || !std::isdigit(static_cast<unsigned char>(text[p + 1]))) continue;
      std::size_t a = p, b = p + 1;
      while (a > 0 && std::isdigit(static_cast<unsigned char>(text[a - 1]))) --a;
      while (b < text.size() && std::isdigit(static_cast<unsigned char>(text[b]))) ++b;
      if (a == p || p - a > 2 || b - p - 1 > 2 || b >= text.size() || text[b] != '/') continue;
      int first = std::stoi(text.substr(a, p - a)), second = std::stoi(text.substr(p + 1, b - p - 1));
      if (first > 12 && second <= 12) ++day_first;
      if (second > 12 && first <= 12) ++month_first;
    }
    std::string lower = core::ascii_lower(text);
    for (std::string_view w : {"the", "and", "with", "this", "you"}) english += facets_text::has_word(lower, w);
    for (std::string_view w : {"le", "les", "des", "avec", "der", "die", "und", "mit", "los", "las", "para", "con",
                               "uma", "com", "della", "che", "het", "een"}) {
      other += facets_text::has_word(lower, w);
    }
  }
  if (day_first != month_first) return day_first > month_first ? core::DayOrder::day_first : core::DayOrder::month_first;
  if (other > english * 2 && other >= 6) return core::DayOrder::day_first;
  return core::DayOrder::unknown;
}

core::Date next_day(core::Date d) {
  if (core::is_valid_date(d.year, d.month, d.day + 1)) return {d.year, d.month, d.day + 1};
  if (d.month < 12) return {d.year, d.month + 1, 1};
  return {d.year + 1, 1, 1};
}

// What the pages agree on: the days most of them give (with the days beside
// them that at least a quarter as many give), the place most of them name.
EventFacts consensus(const std::vector<Facets>& pages) {
  EventFacts out;
  std::map<core::Date, int> days;
  std::map<std::string, std::pair<int, core::Place>> places;
  std::map<Attendance, int> attendance;
  int placed = 0, known = 0;
  for (const auto& f : pages) {
    if (f.event_dates && f.event_dates->start.year == f.event_dates->end.year &&
        f.event_dates->end.yyyymmdd() - f.event_dates->start.yyyymmdd() < 20) {
      for (core::Date d = f.event_dates->start; d <= f.event_dates->end; d = next_day(d)) ++days[d];
    }
    if (f.place) {
      ++placed;
      auto& slot = places[f.place->label()];
      ++slot.first;
      slot.second = *f.place;
    }
    // Only pages that say how people attend vote ("in-person" because a
    // speaker's bio names a city is no vote).
    if (f.attendance != Attendance::unknown && f.attendance_stated) ++known, ++attendance[f.attendance];
  }
  if (!days.empty()) {
    auto peak = std::max_element(days.begin(), days.end(), [](auto& a, auto& b) { return a.second < b.second; });
    // The main days; side days with a few workshops are not the event's.
    int floor = std::max(2, (peak->second + 2) / 3);
    if (peak->second >= 2) {
      auto lo = peak, hi = peak;
      while (lo != days.begin() && next_day(std::prev(lo)->first) == lo->first && std::prev(lo)->second >= floor) --lo;
      while (std::next(hi) != days.end() && next_day(hi->first) == std::next(hi)->first &&
             std::next(hi)->second >= floor) {
        ++hi;
      }
      out.dates = core::DateRange{lo->first, hi->first};
    }
  }
  // A few pages that name a place in passing (a speaker's city) are no event's
  // place: at least one page in twenty must name it, and most of those that name one.
  const int enough = std::max<int>(2, static_cast<int>(pages.size()) / 20);
  if (std::getenv("LANYARD_DEBUG_CONSENSUS")) {
    std::fprintf(stderr, "consensus over %zu pages, %d placed, %d with attendance\n", pages.size(), placed, known);
    for (const auto& [label, slot] : places) std::fprintf(stderr, "  %d %s\n", slot.first, label.c_str());
    for (const auto& [a, n] : attendance) std::fprintf(stderr, "  %d %s\n", n, attendance_name(a));
  }
  // ... or, when nearly every page that names a place names the same one, at
  // least three.
  // A page that names only the country ("DjangoCon US") agrees with a city in it.
  std::map<std::string, int> by_country;
  for (const auto& [label, slot] : places) {
    if (slot.second.city.empty()) by_country[slot.second.country] += slot.first;
  }
  int best = 0;
  for (const auto& [label, slot] : places) {
    if (slot.second.city.empty()) continue;
    int support = slot.first + by_country[slot.second.country];
    bool pure = slot.first >= 3 && support * 4 >= placed * 3;
    if ((slot.first >= enough || pure) && support * 2 > placed && slot.first > best) {
      out.place = slot.second;
      best = slot.first;
    }
  }
  // An event some of whose pages are online (sessions in an online room,
  // "online-only tickets") while others meet in person is hybrid.
  // One page that says both ("On-site tickets allow access to the virtual part
  // of the conference") is enough when the others meet in person.
  const int hybrid = attendance[Attendance::hybrid];
  const int online = attendance[Attendance::online] + hybrid;
  const int in_person = attendance[Attendance::in_person] + hybrid;
  const bool sessions_both = online >= enough && online * 10 >= known;
  if ((hybrid >= 1 || sessions_both) && in_person >= enough && in_person * 10 >= known) {
    out.attendance = Attendance::hybrid;
  } else {
    for (const auto& [a, n] : attendance) {
      // Most pages that say, or the only kind any page says ("an online venue
      // will be available at Remo" on an online conference's site).
      if ((n >= enough && n * 10 >= known * 6) || (n == known && n > 0)) out.attendance = a;
    }
  }
  return out;
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
      bool digits = std::all_of(part.begin() + static_cast<long>(p), part.begin() + static_cast<long>(p + 4),
                                [](char c) { return c >= '0' && c <= '9'; });
      if (!left || !right || !digits) continue;
      int y = std::stoi(part.substr(p, 4));
      if (y >= 1990 && y <= 2099) year = y;
    }
  }
  return year;
}

std::optional<Record> read_own_record(const SourceFile& file, const SiteInfo& site, const Config& config,
                                      const core::Gazetteer* gazetteer, FileContext context) {
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
    if (auto r = read_own_record(f, site.info, config_, gazetteer_, std::move(context))) facets = r->facets;
    return own_[f.id] = std::move(facets);
  }

  void build_site(const std::string& id) {
    RepoContext::Site& s = out_.sites_[id];
    fs::path dir = root_ / id;
    s.info = load_site_info(dir);
    json data = json::object();
    std::size_t bytes = 0;
    for (const char* sub : {"_data", "data", "src/_data"}) load_data(dir / sub, "", 0, data, bytes, s.data_hash);
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
      if (auto m = facets_text::place_in_name(s.info.name, gazetteer_); m && m->place) s.place = m->place;
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
    for (auto it = by_id_.lower_bound(prefix); it != by_id_.end() && it->first.starts_with(prefix); ++it) {
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
  void schedule_dates(const std::string& folder, const std::string& site_id, const RepoContext::Site& site,
                      std::vector<Facets>& pages) const {
    if (!site.data) return;
    auto year = year_in_path(name_of(folder) + "/x");
    std::string rel = site_id.empty() ? folder : folder == site_id ? "" : folder.substr(site_id.size() + 1);
    bool top = rel.empty() || rel == "content" || rel == "_content" || rel == "src/_content";
    for (const auto& [name, content] : site.data->files().items()) {
      static constexpr std::string_view kKinds[] = {"schedule", "program", "programme", "agenda", "timetable",
                                                    "sessions"};
      std::string stem = core::ascii_lower(name_of(name));
      bool kind = std::any_of(std::begin(kKinds), std::end(kKinds), [&](std::string_view k) { return stem.find(k) != std::string::npos; });
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
      if (value.is_string() && (k == "date" || k == "day" || k == "startdate" || k == "start" || k == "datetime" ||
                                k == "startdatetime" || k == "starttime")) {
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
    for (auto it = by_id_.lower_bound(prefix); it != by_id_.end() && it->first.starts_with(prefix); ++it) {
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

RepoContext RepoContext::build(const fs::path& root, const std::vector<SourceFile>& files, const Config& config,
                               const core::Gazetteer* gazetteer) {
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
  std::string page = home ? name_of(folder_of(file.id)) : name_of(file.id);  // "legal-mentions/index.md"
  if (is_publisher_page(page)) {
    c.publisher_page = true;
    return c;
  }
  for (std::string folder = folder_of(file.id);; folder = folder_of(folder)) {
    bool inside = file.site.empty() || folder == file.site || folder.starts_with(file.site + "/");
    if (!inside) break;
    auto it = home && folder == folder_of(file.id) ? folders_.end() : folders_.find(folder);
    bool same_edition = !edition || (it != folders_.end() && it->second.dates &&
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
  auto place = [](const std::optional<core::Place>& p) { return p ? p->label() + "|" + p->country_code : "-"; };
  key += place(c.event.place) + ";" + attendance_name(c.event.attendance) + ";";
  key += c.event.dates ? c.event.dates->start.iso() + c.event.dates->end.iso() : "-";
  key += ";" + place(c.site_place) + ";" + c.site_country + ";" + std::to_string(static_cast<int>(c.day_order));
  key += c.publisher_page ? ";publisher" : "";
  if (auto it = sites_.find(file.site); it != sites_.end()) key += ";" + std::to_string(it->second.data_hash);
  return core::fnv1a64(key);
}

}  // namespace lanyard::indexer
