// Builds GazetteerData from libgeonames' embedded cities and the alias table.
// libgeonames is GLib-based; its handles are wrapped here and nowhere else.
#include <geonames.h>

#include <algorithm>
#include <memory>
#include <utility>

#include "core/gazetteer_data.h"
#include "core/place_fold.h"

namespace lanyard::core {

namespace {

using CityHandle = std::unique_ptr<GeonamesCity, decltype(&geonames_city_free)>;

// "<CC> <folded name>": a key scoped to one country.
std::string scoped(const std::string& country_code, std::string_view name) {
  return country_code + " " + fold_place_key(name);
}

// A short all-capitals alias ("PA", "NSW", "D.C.", "USA") is a code: matched only
// when the text writes it in capitals too.
bool is_abbreviation(std::string_view alias) {
  std::size_t letters = 0;
  for (char c : alias) {
    if (c >= 'A' && c <= 'Z')
      ++letters;
    else if (c != '.')
      return false;
  }
  return letters > 0 && letters <= 3;
}

// GeoNames spells states "Beijing Municipality", "Canton of Zurich", "Île-de-France
// Region"; texts say "Beijing", "Zurich", "Île-de-France". Both keys find the region.
std::vector<std::string> region_keys(std::string_view state) {
  std::string key = fold_place_key(state);
  std::vector<std::string> keys = {key};
  static constexpr std::string_view kSuffixes[] = {" region",
                                                   " province",
                                                   " municipality",
                                                   " prefecture",
                                                   " voivodeship",
                                                   " county",
                                                   " governorate",
                                                   " oblast",
                                                   " state",
                                                   " district",
                                                   " special administrative region"};
  static constexpr std::string_view kPrefixes[] = {"state of ", "canton of ", "province of ",
                                                   "city of ", "region of "};
  for (auto s : kSuffixes)
    if (key.size() > s.size() && key.ends_with(s))
      keys.push_back(key.substr(0, key.size() - s.size()));
  for (auto p : kPrefixes)
    if (key.size() > p.size() && key.starts_with(p)) keys.push_back(key.substr(p.size()));
  return keys;
}

template <typename T>
void add_unique(std::vector<T>& v, T value) {
  if (std::find(v.begin(), v.end(), value) == v.end()) v.push_back(std::move(value));
}

struct Builder {
  GazetteerData data;
  std::map<std::string, std::string> region_canonical;  // scoped alias -> canonical name
  std::map<std::string, std::string> renamed;           // scoped GeoNames name -> canonical
  std::map<std::string, std::uint32_t> largest;         // scoped GeoNames name -> city

  void add_country(const AliasRecord& r) {
    const std::string& cc = r.fields[0];
    data.country_name[cc] = r.fields[1];
    data.country_by_key[fold_place_key(r.fields[1])] = {cc, false};
    for (const auto& a : r.aliases)
      data.country_by_key[fold_place_key(a)] = {cc, is_abbreviation(a)};
  }

  void add_region(const AliasRecord& r) {
    const std::string& cc = r.fields[0];
    const std::string& name = r.fields[1];
    region_canonical[scoped(cc, name)] = name;
    add_unique(data.region_by_key[fold_place_key(name)], RegionRef{cc, name, true, false});
    for (const auto& a : r.aliases) {
      region_canonical[scoped(cc, a)] = name;
      add_unique(data.region_by_key[fold_place_key(a)],
                 RegionRef{cc, name, true, is_abbreviation(a)});
    }
  }

  void add_list(const AliasRecord& r) {
    for (const auto& a : r.aliases) {
      const std::string key = fold_place_text(a);
      if (r.kind == "online")
        data.online_phrases.insert(key);
      else if (r.kind == "online-word")
        data.online_words.insert(key);
      else if (r.kind == "ignore")
        data.ignored.insert(key);
      else if (r.kind == "evidence")
        data.gates[key] = WordGate::evidence;
      else if (r.kind == "common" && data.gates.find(key) == data.gates.end())
        data.gates[key] = WordGate::common;
    }
  }

  void add_city(GeoCity city, std::string_view geonames_name) {
    const auto index = static_cast<std::uint32_t>(data.cities.size());
    const std::string name_key = scoped(city.country_code, geonames_name);
    if (auto it = renamed.find(name_key); it != renamed.end()) city.name = it->second;
    if (auto it = region_canonical.find(scoped(city.country_code, city.region));
        it != region_canonical.end())
      city.region = it->second;
    auto best = largest.find(name_key);
    if (best == largest.end() || data.cities[best->second].population < city.population)
      largest[name_key] = index;
    for (const auto& key : region_keys(city.region)) {
      if (key.empty()) continue;
      auto& refs = data.region_by_key[key];
      const bool known = std::any_of(refs.begin(), refs.end(), [&](const RegionRef& r) {
        return r.known && r.country_code == city.country_code && r.name == city.region;
      });
      if (!known) add_unique(refs, RegionRef{city.country_code, city.region, false, false});
    }
    add_unique(data.city_by_key[fold_place_key(geonames_name)], index);
    add_unique(data.city_by_key[fold_place_key(city.name)], index);
    data.cities.push_back(std::move(city));
  }

  Status load_geonames() {
    const int n = geonames_get_n_cities();
    if (n <= 0)
      return Status(ErrorCode::io_error, "gazetteer: libgeonames has no cities", "gazetteer data");
    data.cities.reserve(static_cast<std::size_t>(n) + 16);
    for (int i = 0; i < n; ++i) {
      CityHandle handle(geonames_get_city(i), &geonames_city_free);
      if (!handle) continue;
      GeonamesCity* c = handle.get();
      auto text = [](const char* s) { return std::string(s ? s : ""); };
      const std::string cc = text(geonames_city_get_country_code(c));
      if (data.country_name.find(cc) == data.country_name.end())
        data.country_name[cc] = text(geonames_city_get_country(c));
      data.country_by_key.try_emplace(fold_place_key(text(geonames_city_get_country(c))),
                                      CountryRef{cc, false});
      const std::string name = text(geonames_city_get_name(c));
      add_city(GeoCity{name, text(geonames_city_get_state(c)), cc, geonames_city_get_latitude(c),
                       geonames_city_get_longitude(c), geonames_city_get_population(c)},
               name);
    }
    return {};
  }

  Status add_extra_city(const AliasRecord& r) {
    try {
      add_city(GeoCity{r.fields[1], r.fields[2], r.fields[0], std::stod(r.fields[3]),
                       std::stod(r.fields[4]), static_cast<std::uint32_t>(std::stoul(r.fields[5]))},
               r.fields[1]);
    } catch (const std::exception&) {
      return Status(ErrorCode::invalid_input,
                    "place aliases: line " + std::to_string(r.line) +
                        ": bad latitude, longitude or population",
                    "invalid place aliases");
    }
    return {};
  }

  Status add_city_aliases(const AliasRecord& r) {
    auto it = largest.find(scoped(r.fields[0], r.fields[1]));
    if (it == largest.end())
      return Status(ErrorCode::invalid_input,
                    "place aliases: line " + std::to_string(r.line) + ": no city '" + r.fields[1] +
                        "' in " + r.fields[0],
                    "invalid place aliases");
    for (const auto& a : r.aliases)
      add_unique(
          (is_abbreviation(a) ? data.abbrev_city_by_key : data.city_by_key)[fold_place_key(a)],
          it->second);
    return {};
  }
};

}  // namespace

Result<GazetteerData> build_gazetteer_data(const std::vector<AliasRecord>& aliases) {
  Builder b;
  // Names and regions first, so cities read while loading get canonical names.
  for (const auto& r : aliases) {
    if (r.kind == "country")
      b.add_country(r);
    else if (r.kind == "region")
      b.add_region(r);
    else if (r.kind == "rename")
      b.renamed[scoped(r.fields[0], r.fields[1])] = r.fields[2];
    else if (r.kind == "partof")
      b.data.part_of.emplace(r.fields[0], r.fields[1]);
    else
      b.add_list(r);
  }
  if (auto s = b.load_geonames(); !s) return s.error();
  for (const auto& r : aliases) {
    if (r.kind != "addcity") continue;
    if (auto s = b.add_extra_city(r); !s) return s.error();
  }
  for (const auto& r : aliases) {
    if (r.kind != "city") continue;
    if (auto s = b.add_city_aliases(r); !s) return s.error();
  }
  return std::move(b.data);
}

std::string GazetteerData::country_label(const std::string& code) const {
  auto it = country_name.find(code);
  return it == country_name.end() ? std::string() : it->second;
}

bool GazetteerData::country_covers(const std::string& outer, const std::string& inner) const {
  if (outer == inner) return true;
  auto [lo, hi] = part_of.equal_range(inner);
  for (auto it = lo; it != hi; ++it)
    if (it->second == outer) return true;
  return false;
}

WordGate GazetteerData::gate(const std::string& key) const {
  auto it = gates.find(key);
  return it == gates.end() ? WordGate::none : it->second;
}

}  // namespace lanyard::core
