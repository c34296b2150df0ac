#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "core/gazetteer_data.h"
#include "core/gazetteer_snapshot.h"
#include "core/place.h"
#include "core/place_aliases.h"
#include "core/place_fold.h"
#include "core/text.h"

namespace lanyard::core {

namespace {

class GeoGazetteer final : public Gazetteer {
 public:
  explicit GeoGazetteer(GazetteerData data) : data_(std::move(data)) {
    for (const auto& [key, ref] : data_.country_by_key) {
      if (key.starts_with("the ") || key == fold_place_key(data_.country_label(ref.country_code)))
        continue;
      country_aliases_[ref.country_code].push_back(key);
    }
    for (auto& [code, keys] : country_aliases_) std::sort(keys.begin(), keys.end());
  }

  std::optional<PlaceMatch> resolve(std::string_view text) const override {
    return resolve_place(data_, text);
  }

  std::vector<std::string> location_keys(std::string_view text) const override {
    const std::string key = fold_place_key(text);
    std::vector<std::string> keys;
    auto add = [&keys](const std::string& name) {
      std::string k = ascii_lower(name);
      if (!k.empty() && std::find(keys.begin(), keys.end(), k) == keys.end())
        keys.push_back(std::move(k));
    };
    if (key.empty()) return keys;
    for (const auto* index : {&data_.city_by_key, &data_.abbrev_city_by_key})
      if (auto it = index->find(key); it != index->end())
        for (auto ci : it->second) add(data_.cities[ci].name);
    if (auto it = data_.region_by_key.find(key); it != data_.region_by_key.end())
      for (const auto& r : it->second) add(r.name);
    if (auto it = data_.country_by_key.find(key); it != data_.country_by_key.end())
      add(data_.country_label(it->second.country_code));
    if (data_.online_phrases.count(key)) add("online");
    return keys;
  }

  std::vector<std::string> other_names(const Place& place) const override {
    auto it = country_aliases_.find(place.country_code);
    return it == country_aliases_.end() ? std::vector<std::string>() : it->second;
  }

  std::optional<Place> country_of_code(std::string_view code) const override {
    std::string upper(code);
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    auto it = data_.country_name.find(upper);
    if (upper.size() != 2 || it == data_.country_name.end()) return std::nullopt;
    Place place;
    place.country = it->second;
    place.country_code = upper;
    return place;
  }

  bool ambiguous_city(std::string_view name) const override {
    auto it = data_.city_by_key.find(fold_place_key(name));
    if (it == data_.city_by_key.end() || it->second.size() < 2) return false;
    const GeoCity* largest = nullptr;
    for (auto ci : it->second)
      if (!largest || data_.cities[ci].population > largest->population)
        largest = &data_.cities[ci];
    return std::any_of(it->second.begin(), it->second.end(), [&](std::uint32_t ci) {
      const GeoCity& c = data_.cities[ci];
      return c.country_code != largest->country_code && c.population * 3ull >= largest->population;
    });
  }

 private:
  GazetteerData data_;
  std::map<std::string, std::vector<std::string>> country_aliases_;  // code -> other_names, sorted
};

}  // namespace

Result<std::shared_ptr<const Gazetteer>> Gazetteer::load() { return load({}); }

Result<std::shared_ptr<const Gazetteer>> Gazetteer::load(std::string_view extra_aliases) {
  // The built-in tables come from the snapshot made at build time; a damaged
  // snapshot (it never should be) falls back to building them here.
  if (extra_aliases.empty())
    if (auto data = decode_gazetteer(builtin_gazetteer_snapshot()))
      return std::shared_ptr<const Gazetteer>(std::make_shared<GeoGazetteer>(std::move(*data)));
  std::string table(builtin_place_aliases());
  table += '\n';
  table += extra_aliases;
  auto records = parse_place_aliases(table);
  if (!records) return records.error();
  auto data = build_gazetteer_data(*records);
  if (!data) return data.error();
  return std::shared_ptr<const Gazetteer>(std::make_shared<GeoGazetteer>(std::move(*data)));
}

std::string Place::label() const {
  // Regions read naturally in these countries' addresses ("Durham, North Carolina");
  // elsewhere GeoNames' regions ("Beijing Municipality") would only add noise.
  static const std::set<std::string, std::less<>> kRegionCountries = {"US", "CA", "AU", "GB"};
  std::vector<std::string> parts;
  if (!city.empty()) parts.push_back(city);
  const bool show_region = !region.empty() && region != city &&
                           (city.empty() || kRegionCountries.count(country_code) > 0);
  if (show_region) parts.push_back(region);
  if (!country.empty()) parts.push_back(country);
  return join(parts, ", ");
}

std::vector<std::string> place_keys(const Place& place) {
  std::vector<std::string> keys;
  for (const auto* name : {&place.city, &place.region, &place.country})
    if (!name->empty()) keys.push_back(ascii_lower(*name));
  return keys;
}

}  // namespace lanyard::core
