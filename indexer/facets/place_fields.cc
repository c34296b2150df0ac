// The place rules that read front matter and the site: place fields (a string,
// a table of place parts, a list), online flags, rooms, and the site's own
// description. extract_place (place.cc) runs them in order of trust.

#include <algorithm>
#include <cctype>
#include <cstring>

#include "core/text.h"
#include "indexer/facets/facets.h"
#include "indexer/facets/place_rules.h"
#include "indexer/facets/text.h"
#include "indexer/fields.h"

namespace lanyard::indexer::place_rules {

// A label value without its dates: "Dec 2nd, 2022, New Orleans" -> ", New Orleans".
std::string without_dates(std::string_view value) {
  std::string out = facets_text::cut_dates(value);
  std::size_t b = out.find_first_not_of(" ,;|-");
  std::size_t e = out.find_last_not_of(" ,;|-");
  return b == std::string::npos ? "" : out.substr(b, e + 1 - b);
}

// A location value that names somewhere to go: not "TBD", not only online.
bool physical_value(std::string_view value) {
  std::string lower = core::ascii_lower(value);
  for (std::string_view w : {"tbd", "tba", "to be announced", "to be determined", "n/a", "none"}) {
    if (has_word(lower, w)) return false;
  }
  return lower.find_first_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos;
}

namespace {

// A slug ("salt", "chief"): a key into the site's data, never a place name.
bool slug_like(std::string_view text) {
  if (text.empty() || text.size() > 40) return false;
  return std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  });
}

// The texts of a place field, most specific first: a string, or a table's
// place parts ("location: {venue, city, country}", schema.org's {name,
// address: {streetAddress, addressLocality, addressCountry}}, a joined venue's
// {name, address}), or a list of them.
void place_texts(const nlohmann::json& value, std::vector<std::string>& out, int depth = 0) {
  if (depth > 3) return;
  if (value.is_string()) {
    std::string text = core::collapse_spaces(value.get<std::string>());
    if (text.starts_with("http")) {
      if (online_value(text)) out.push_back("online");  // a Jitsi or Zoom link
      return;
    }
    if (!text.empty() && !slug_like(text)) out.push_back(std::move(text));
    return;
  }
  if (value.is_array()) {
    for (const auto& item : value) place_texts(item, out, depth + 1);
    return;
  }
  if (!value.is_object()) return;
  static const std::vector<std::string> kArea = {
      "city",  "town",     "locality",       "address_locality", "region",
      "state", "province", "address_region", "country",          "address_country"};
  static const std::vector<std::string> kOther = {"venue", "name", "address", "street_address",
                                                  "postal_code"};
  std::string structured;  // "city, region, country": the surest reading
  std::string code;  // a two-letter country ("addressCountry": "NL"): ISO, not a state or province
  for (const auto& part : kArea) {
    const nlohmann::json* v = fields::find(value, {part});
    if (!v || !v->is_string()) continue;
    std::string text = core::collapse_spaces(v->get<std::string>());
    bool country = part == "country" || part == "address_country";
    if (country && text.size() == 2) {
      code = text;
      for (char& c : code) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      continue;
    }
    if (!text.empty()) structured += (structured.empty() ? "" : ", ") + text;
  }
  if (!structured.empty()) out.push_back(code.empty() ? structured : structured + " \x1f" + code);
  for (const auto& part : kOther) {
    if (const nlohmann::json* v = fields::find(value, {part})) place_texts(*v, out, depth + 1);
  }
  // A virtual location ({"@type": "VirtualLocation", url}) says online.
  if (const nlohmann::json* type = fields::find(value, {"@type", "type"});
      type && type->is_string() && online_value(type->get<std::string>())) {
    out.push_back("online");
  }
}

}  // namespace

void from_front_matter(const Record& record, const Config& config, const core::Gazetteer* gazetteer,
                       Evidence& ev) {
  std::vector<std::string> parts;
  for (const nlohmann::json* value : fields::find_all(record.fields, config.fields.location)) {
    place_texts(*value, parts);
  }
  if (parts.empty()) return;
  for (const auto& p : parts) ev.set_online(online_value(p));
  // Each field alone first, in the order of trust (location, city, ..., venue,
  // address): "Accra, Ghana" before "Castle Road, Accra GA-110" (GA is no Georgia).
  std::optional<core::PlaceMatch> country_only;
  for (const auto& p : parts) {
    // "Amsterdam \x1fNL": the text, and the ISO code its place must have.
    auto mark = p.find(" \x1f");
    std::string_view text =
        mark == std::string::npos ? std::string_view(p) : std::string_view(p).substr(0, mark);
    std::string_view code =
        mark == std::string::npos ? std::string_view() : std::string_view(p).substr(mark + 2);
    auto m = resolve(gazetteer, text);
    if (!m || !m->place) continue;
    if (!code.empty() && m->place->country_code != code) continue;
    if (!m->place->city.empty()) {
      ev.add(*m);
      break;
    }
    if (!country_only) country_only = m;
  }
  if (!ev.place) {
    std::string joined = core::join(parts, ", ");
    joined.erase(std::remove(joined.begin(), joined.end(), '\x1f'), joined.end());
    if (auto m = resolve(gazetteer, joined); m && m->place) ev.add(*m);
  }
  if (!ev.place && country_only) ev.add(*country_only);
  // Anything else than "online"/"TBD" names a place to go ("venue: Igloo 74").
  for (const auto& p : parts)
    ev.in_person = ev.in_person || (!online_value(p) && physical_value(p));
}

// How an online flag field says it: `online: true`, `format: online`, `virtual: yes`.
void from_online_fields(const Record& record, const Config& config, Evidence& ev) {
  for (const nlohmann::json* value : fields::find_all(record.fields, config.fields.online)) {
    if (value->is_boolean()) {
      ev.set_online(value->get<bool>());
      continue;
    }
    std::string text = core::ascii_lower(fields::scalar_text(*value));
    // schema.org's eventAttendanceMode.
    if (text.ends_with("mixedeventattendancemode")) ev.set_online(true), ev.in_person = true;
    if (text.ends_with("onlineeventattendancemode")) ev.set_online(true);
    if (text.ends_with("offlineeventattendancemode")) ev.in_person = true;
    if (text.ends_with("eventattendancemode")) continue;
    if (text == "true" || text == "yes") ev.set_online(true);
    if (online_value(text) || has_word(text, "hybrid")) ev.set_online(true);
    if (has_word(text, "hybrid") || in_person_phrase(text)) ev.in_person = true;
  }
}

void from_room(const Record& record, const Config& config, Evidence& ev) {
  for (const nlohmann::json* it : fields::find_all(record.fields, config.fields.room)) {
    if (!it->is_string()) continue;
    auto kind = facets_text::room_kind(it->get<std::string>());
    ev.set_online(kind == facets_text::RoomKind::online);
    if (kind == facets_text::RoomKind::physical) ev.in_person = true;
    return;
  }
}

// The site's own description ("DjangoCon US 2022 conference will take place in
// San Diego, California", _config.yml) says where its event is; a page of that
// site that names the city ("One of San Diego's best breweries", "see you --
// and your kids -- soon in San Diego") is about that place. A page that does
// not name it gets nothing from the site.
void from_site(const Record& record, const core::Gazetteer* gazetteer, Evidence& ev) {
  if (ev.place || !gazetteer || record.site_description.empty()) return;
  std::optional<core::PlaceMatch> site;
  for (std::string_view s : facets_text::opening_sentences(record.site_description)) {
    if ((site = place_in_sentence(s, gazetteer))) break;
  }
  if (!site || !site->place || site->place->city.empty()) return;
  std::string_view city = site->place->city;
  // As a word of prose: not "Raleigh/Durham", "Raleigh-Durham Airport" or "photo_Durham.jpg".
  auto names_city = [city](std::string_view text) {
    for (std::size_t p = text.find(city); p != std::string_view::npos; p = text.find(city, p + 1)) {
      bool left = p == 0 || std::string_view(" (\"*[").find(text[p - 1]) != std::string_view::npos;
      std::size_t e = p + city.size();
      bool right = e >= text.size() ||
                   std::string_view(" ,.;:!?)'\"*]\n\xE2").find(text[e]) != std::string_view::npos;
      if (left && right) return true;
    }
    return false;
  };
  bool named = names_city(record.title) || names_city(record.body.text);
  for (const char* field : {"description", "summary", "excerpt"}) {  // a place's `description:`
    auto it = record.fields.find(field);
    named = named ||
            (it != record.fields.end() && it->is_string() && names_city(it->get<std::string>()));
  }
  if (named) ev.add(*site);
}

}  // namespace lanyard::indexer::place_rules
