// Gazetteer::resolve: split a place text into parts, read each part as city /
// region / country, and keep the one city that agrees with every region and
// country named beside it.
#include <algorithm>
#include <cstdint>

#include "core/gazetteer_data.h"
#include "core/place_fold.h"
#include "core/text.h"

namespace lanyard::core {

namespace {

struct Part {
  std::string raw;  // as written, trimmed
  std::string key;  // fold_place_key(raw)
  bool capitalised = false, all_caps = false;
  std::vector<std::uint32_t> cities;
  std::vector<RegionRef> regions;
  std::optional<std::string> country;  // country code
  WordGate gate = WordGate::none;
  bool used = false;

  bool names_area() const { return !regions.empty() || country.has_value(); }
  bool names_place() const { return names_area() || !cities.empty(); }
};

constexpr std::string_view kWordSeparators[] = {" at ", " @ ", " - ", " – ", " — "};
constexpr std::string_view kCharSeparators = ",;()[]|/\n\t";

// Splits on commas, parentheses, '|', '/', " at ", " - " (and CJK commas).
std::vector<std::string> split_parts(std::string_view text) {
  std::vector<std::string> parts;
  std::string current;
  auto flush = [&] {
    auto t = std::string(trim(current));
    if (!t.empty()) parts.push_back(std::move(t));
    current.clear();
  };
  for (std::size_t i = 0; i < text.size();) {
    if (kCharSeparators.find(text[i]) != std::string_view::npos) {
      flush();
      ++i;
      continue;
    }
    std::size_t skip = 0;
    for (auto sep : {std::string_view("，"), std::string_view("、")})
      if (text.substr(i).starts_with(sep)) skip = sep.size();
    for (auto sep : kWordSeparators)
      if (ascii_lower(text.substr(i, sep.size())) == sep) skip = sep.size();
    if (skip) {
      flush();
      i += skip;
      continue;
    }
    current += text[i++];
  }
  flush();
  return parts;
}

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

// Reads one part's possible meanings from the tables.
Part read_part(const GazetteerData& data, std::string raw) {
  Part p;
  p.key = fold_place_key(raw);
  const auto first = std::find_if(raw.begin(), raw.end(),
                                  [](char c) { return is_upper(c) || is_lower(c) || (c & 0x80); });
  p.capitalised = first != raw.end() && !is_lower(*first);
  p.all_caps = std::none_of(raw.begin(), raw.end(), is_lower) &&
               std::any_of(raw.begin(), raw.end(), is_upper);
  p.raw = std::move(raw);
  p.gate = data.gate(p.key);
  if (p.gate != WordGate::none && !p.capitalised) return p;
  if (auto it = data.city_by_key.find(p.key); it != data.city_by_key.end()) p.cities = it->second;
  if (auto it = data.abbrev_city_by_key.find(p.key);
      it != data.abbrev_city_by_key.end() && p.all_caps)
    p.cities.insert(p.cities.end(), it->second.begin(), it->second.end());
  if (auto it = data.region_by_key.find(p.key); it != data.region_by_key.end())
    for (const auto& r : it->second)
      if (!r.abbrev || p.all_caps) p.regions.push_back(r);
  if (auto it = data.country_by_key.find(p.key); it != data.country_by_key.end())
    if (!it->second.abbrev || p.all_caps) p.country = it->second.country_code;
  return p;
}

bool is_online_part(const GazetteerData& data, const std::string& key) {
  if (data.online_phrases.count(key)) return true;
  for (const auto& w : split(key, ' '))
    if (data.online_words.count(w)) return true;
  return false;
}

// "Paris France", "Chicago IL": a part naming a city and then its region or country
// without a comma becomes two parts, but only when both halves are known.
std::vector<Part> split_run_on(const GazetteerData& data, Part part) {
  std::vector<std::string> words = split(part.raw, ' ');
  for (std::size_t k = 1; k <= 3 && k < words.size(); ++k) {
    const std::size_t cut = words.size() - k;
    Part head = read_part(
        data, join({words.begin(), words.begin() + static_cast<std::ptrdiff_t>(cut)}, " "));
    Part tail =
        read_part(data, join({words.begin() + static_cast<std::ptrdiff_t>(cut), words.end()}, " "));
    if (!head.cities.empty() && tail.names_area()) return {std::move(head), std::move(tail)};
  }
  return {std::move(part)};
}

bool region_matches(const RegionRef& r, const GeoCity& city) {
  return r.country_code == city.country_code && r.name == city.region;
}

// Does part p agree with the city (name its region or its country)?
bool agrees(const GazetteerData& data, const Part& p, const GeoCity& city) {
  if (p.country && data.country_covers(*p.country, city.country_code)) return true;
  return std::any_of(p.regions.begin(), p.regions.end(),
                     [&](const RegionRef& r) { return region_matches(r, city); });
}

// A gated word counts only with evidence (or, for common words, as the whole text).
bool gate_open(const Part& p, int evidence, std::size_t meaningful_parts) {
  if (p.gate == WordGate::evidence) return evidence > 0;
  if (p.gate == WordGate::common) return evidence > 0 || meaningful_parts == 1;
  return true;
}

struct CityChoice {
  std::size_t part = 0;
  std::uint32_t city = 0;
  int evidence = -1;
};

// Scores city c read from part i against the other parts; nullopt when any
// region/country part contradicts it.
std::optional<int> city_evidence(const GazetteerData& data, const std::vector<Part>& parts,
                                 std::size_t i, const GeoCity& c) {
  int evidence = 0;
  for (std::size_t j = 0; j < parts.size(); ++j) {
    if (j == i || !parts[j].names_area()) continue;
    if (agrees(data, parts[j], c))
      ++evidence;
    else if (parts[j].cities.empty())
      return std::nullopt;
  }
  if (evidence > 0) return evidence;
  // Alone, a part that also names a country or a full region name means that
  // area: "Mexico" is the country, not Mexico, Missouri; "Singapore" is both.
  const Part& p = parts[i];
  if (p.country && !data.country_covers(*p.country, c.country_code)) return std::nullopt;
  for (const auto& r : p.regions)
    if (r.known && !r.abbrev && !region_matches(r, c)) return std::nullopt;
  return 0;
}

std::optional<CityChoice> choose_city(const GazetteerData& data, const std::vector<Part>& parts) {
  std::optional<CityChoice> best;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    for (std::uint32_t ci : parts[i].cities) {
      const GeoCity& c = data.cities[ci];
      auto evidence = city_evidence(data, parts, i, c);
      if (!evidence || !gate_open(parts[i], *evidence, parts.size())) continue;
      if (!best || *evidence > best->evidence ||
          (*evidence == best->evidence && c.population > data.cities[best->city].population))
        best = CityChoice{i, ci, *evidence};
    }
  }
  return best;
}

Place place_of_city(const GazetteerData& data, std::vector<Part>& parts, const CityChoice& choice) {
  const GeoCity& c = data.cities[choice.city];
  parts[choice.part].used = true;
  for (auto& p : parts)
    if (!p.used && p.names_area() && agrees(data, p, c)) p.used = true;
  return Place{{},         c.name,     c.region, data.country_label(c.country_code), c.country_code,
               c.latitude, c.longitude};
}

// No known city: the country (and region) named, if any.
std::optional<Place> place_of_area(const GazetteerData& data, std::vector<Part>& parts) {
  std::optional<std::size_t> country_part, region_part;
  for (std::size_t i = 0; i < parts.size(); ++i)
    if (parts[i].country) country_part = i;  // the last one: "Durham, England, UK" reads outwards
  std::string cc = country_part ? *parts[*country_part].country : std::string();
  std::optional<RegionRef> region;
  for (std::size_t i = 0; i < parts.size() && !region; ++i) {
    if (country_part && i == *country_part) continue;
    for (const auto& r : parts[i].regions)
      if ((cc.empty() && r.known) || (!cc.empty() && data.country_covers(cc, r.country_code))) {
        region = r;
        region_part = i;
        break;
      }
  }
  if (cc.empty() && region) cc = region->country_code;
  if (cc.empty()) return std::nullopt;
  const int evidence = country_part && region_part ? 1 : 0;
  std::size_t meaningful = parts.size();
  if (country_part && !gate_open(parts[*country_part], evidence, meaningful)) return std::nullopt;
  if (region_part && !gate_open(parts[*region_part], evidence, meaningful)) return std::nullopt;
  Place place;
  place.country = data.country_label(cc);
  place.country_code = cc;
  if (country_part) parts[*country_part].used = true;
  if (region) {
    place.region = region->name;
    parts[*region_part].used = true;
  }
  return place;
}

// Words that make an unknown part a venue rather than a town GeoNames lacks.
bool looks_like_venue(const std::string& key) {
  static constexpr std::string_view kVenueWords[] = {
      "hall",     "center",  "centre",     "hotel",     "room",       "ballroom",     "office",
      "building", "campus",  "university", "college",   "convention", "arena",        "theatre",
      "theater",  "stadium", "museum",     "library",   "auditorium", "pavilion",     "club",
      "expo",     "cafe",    "bar",        "pub",       "street",     "st",           "avenue",
      "ave",      "road",    "rd",         "pl",        "place",      "blvd",         "boulevard",
      "floor",    "suite",   "inn",        "resort",    "conference", "headquarters", "hq",
      "tower",    "house",   "school",     "institute", "lab",        "the",          "of",
      "and",      "for",     "tbd",        "icc",       "venue",      "online"};
  for (const auto& w : split(key, ' '))
    for (auto v : kVenueWords)
      if (w == v) return true;
  return false;
}

// The town a big-enough gazetteer would know: "Pocono Manor" in "Pocono Manor, PA".
void take_unknown_city(std::vector<Part>& parts, Place& place) {
  for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
    const Part& p = parts[i];
    if (p.used || p.names_place() || !parts[i + 1].used || !p.capitalised) continue;
    if (p.raw.find_first_of("0123456789") != std::string::npos || looks_like_venue(p.key)) continue;
    if (split(p.key, ' ').size() > 4) continue;
    place.city = p.raw;
    parts[i].used = true;
    return;
  }
}

std::string leftover_venue(const std::vector<Part>& parts) {
  std::vector<std::string> rest;
  for (const auto& p : parts)
    if (!p.used) rest.push_back(p.raw);
  return join(rest, ", ");
}

}  // namespace

std::optional<PlaceMatch> resolve_place(const GazetteerData& data, std::string_view text) {
  PlaceMatch match;
  std::vector<Part> parts;
  for (auto& raw : split_parts(text)) {
    Part p = read_part(data, std::move(raw));
    if (p.key.empty() || data.ignored.count(p.key)) continue;
    if (!p.names_place() && is_online_part(data, p.key)) {
      match.online = true;
      continue;
    }
    for (auto& q :
         p.names_place() ? std::vector<Part>{std::move(p)} : split_run_on(data, std::move(p)))
      parts.push_back(std::move(q));
  }
  std::optional<Place> place;
  if (auto choice = choose_city(data, parts)) {
    place = place_of_city(data, parts, *choice);
  } else if ((place = place_of_area(data, parts))) {
    take_unknown_city(parts, *place);
  }
  if (place) {
    place->venue = leftover_venue(parts);
    match.place = std::move(place);
    match.in_person = true;
  }
  if (!match.place && !match.online) return std::nullopt;
  return match;
}

}  // namespace lanyard::core
