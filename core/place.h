// Places as conference content writes them, normalised against a real
// gazetteer (GeoNames cities with population >= 15,000, as Debian's
// libgeonames ships them, plus countries, regions/states and aliases).
// Load once, share read-only: every const method is thread-safe.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace lanyard::core {

// A normalised place, canonical English names ("United States", "Beijing").
struct Place {
  std::string venue;         // "Generations Hall", "Zhongguancun Exhibition Center"; may be empty
  std::string city;          // may be empty (a country-only place)
  std::string region;        // state / province when known ("Louisiana"); may be empty
  std::string country;       // canonical country name; empty only when unknown
  std::string country_code;  // ISO 3166-1 alpha-2 ("US")
  std::optional<double> latitude, longitude;  // the city's (or country's) coordinates

  // "Beijing, China"; "Pittsburgh, Pennsylvania, United States"; "France".
  std::string label() const;
  bool operator==(const Place&) const = default;
};

// What a piece of text says about where an event happens.
struct PlaceMatch {
  std::optional<Place> place;  // absent for a purely online event
  bool online = false;         // "Online", "Virtual", "virtual option as well"
  bool in_person = false;      // a physical place was named
  // online && in_person = hybrid.
};

class Gazetteer {
 public:
  // Loads the gazetteer (libgeonames' embedded cities plus Lanyard's alias
  // table). Errors: io_error when the data cannot be read.
  static Result<std::shared_ptr<const Gazetteer>> load();

  // As load(), with a user's alias table (same format as data/places.tsv, see
  // docs/gazetteer.md) read after the built-in one. Errors: invalid_input
  // naming the line of a malformed record.
  static Result<std::shared_ptr<const Gazetteer>> load(std::string_view extra_aliases);

  virtual ~Gazetteer() = default;

  // Normalises a place text: "Beijing, China", "Bei Jing Shi", "Pittsburgh, PA",
  // "New Orleans, Louisiana (USA) at Generations Hall | Virtual option as well",
  // "NYC", "SF", "Bay Area", "Online", "ICC Sydney, Sydney, Australia",
  // "213 W Institute Pl, Chicago, IL 60610, United States". nullopt when the text
  // names no known place and no online marker. Never guesses: a word that is
  // not a place gives nothing.
  virtual std::optional<PlaceMatch> resolve(std::string_view text) const = 0;

  // For search filters: the lowercased canonical names a user's place text
  // stands for ("usa" -> {"united states"}, "nyc" -> {"new york city"},
  // "new york" -> {"new york city", "new york"}, "bay area" -> {"san francisco", ...}).
  // Empty when unknown.
  virtual std::vector<std::string> location_keys(std::string_view text) const = 0;

  // More names of a place, for search: the other names the alias table gives
  // its country ("usa", "us", "america", "united states of america" and
  // "estados unidos" for the United States), folded and lowercased
  // (core/place_fold.h), without "the ..." forms or the canonical name. A
  // document at the place is indexed with them as words. Empty by default.
  virtual std::vector<std::string> other_names(const Place& place) const {
    (void)place;
    return {};
  }

  // A city name that alone leaves its country open: another city of that name
  // in another country has at least a third of the population of the one
  // resolve() picks ("Vancouver": Canada and Washington, US; "Durham"; "San
  // Jose"). False for names that are no city.
  // The country an ISO 3166-1 alpha-2 code stands for ("AU" -> Australia), as a
  // country-only place; nullopt for a code it does not know.
  virtual std::optional<Place> country_of_code(std::string_view code) const {
    (void)code;
    return std::nullopt;
  }

  virtual bool ambiguous_city(std::string_view name) const {
    (void)name;
    return false;
  }
};

// The keys a document at this place is filed under for location_keys() to find:
// the lowercased (ASCII) city, region and country names, the non-empty ones.
std::vector<std::string> place_keys(const Place& place);

}  // namespace lanyard::core
