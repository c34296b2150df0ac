#include "indexer/record.h"

#include <algorithm>
#include <filesystem>

#include "core/schema.h"
#include "core/text.h"
#include "indexer/facets/facets.h"
#include "indexer/field_text.h"
#include "indexer/fields.h"
#include "indexer/json_ld.h"

namespace lanyard::indexer {

namespace {

using nlohmann::json;

using fields::scalar_text;

std::optional<std::string> first_text(const json& fields, const std::vector<std::string>& names) {
  for (const auto& name : names) {
    const json* value = fields::find(fields, {name});
    if (!value) continue;
    std::string text = scalar_text(*value);
    if (!text.empty()) return text;
  }
  return std::nullopt;
}

void add_unique(std::vector<std::string>& list, std::string value) {
  value = core::collapse_spaces(value);
  if (value.empty()) return;
  std::string lower = core::ascii_lower(value);
  for (const auto& existing : list) {
    if (core::ascii_lower(existing) == lower) return;
  }
  list.push_back(std::move(value));
}

// Union of the listed fields; each a string or a list of strings/objects with a name.
std::vector<std::string> all_texts(const json& fields, const std::vector<std::string>& names) {
  std::vector<std::string> out;
  for (const json* it : fields::find_all(fields, names)) {
    if (it->is_array()) {
      for (const auto& item : *it) {
        if (item.is_object() && item.contains("name")) {
          add_unique(out, scalar_text(item["name"]));
        } else {
          add_unique(out, scalar_text(item));
        }
      }
    } else {
      add_unique(out, scalar_text(*it));
    }
  }
  return out;
}

bool is_false(const json& fields, const char* name) {
  auto it = fields.find(name);
  if (it == fields.end()) return false;
  if (it->is_boolean()) return !it->get<bool>();
  return it->is_string() && core::ascii_lower(it->get<std::string>()) == "false";
}

bool is_true(const json& fields, const char* name) {
  auto it = fields.find(name);
  if (it == fields.end()) return false;
  if (it->is_boolean()) return it->get<bool>();
  return it->is_string() && core::ascii_lower(it->get<std::string>()) == "true";
}

// "2022-9-14-anouncing-pytorch-conference" -> "anouncing pytorch conference".
std::string title_from_filename(const std::string& id) {
  std::string stem = std::filesystem::path(id).stem().string();
  if (core::date_from_filename(stem)) {
    int dashes = 0;
    for (std::size_t i = 0; i < stem.size(); ++i) {
      if (stem[i] == '-' && ++dashes == 3) {
        stem = stem.substr(i + 1);
        break;
      }
    }
  }
  std::replace(stem.begin(), stem.end(), '-', ' ');
  std::replace(stem.begin(), stem.end(), '_', ' ');
  return core::collapse_spaces(stem);
}

}  // namespace

const char* attendance_name(Attendance a) {
  switch (a) {
    case Attendance::unknown:
      return "unknown";
    case Attendance::in_person:
      return core::schema::attendance::kInPerson;
    case Attendance::online:
      return core::schema::attendance::kOnline;
    case Attendance::hybrid:
      return core::schema::attendance::kHybrid;
  }
  return "unknown";
}

std::optional<core::Date> Record::date() const {
  if (facets.event_dates) return facets.event_dates->start;
  return published;
}

std::optional<core::Date> Record::end_date() const {
  if (facets.event_dates) return facets.event_dates->end;
  return published;
}

std::string exclusion_reason(const SourceFile& file, const ParsedFile& parsed,
                             const Config& config) {
  if (config.drafts) return "";
  if (file.in_drafts || is_true(parsed.fields, "draft") || is_false(parsed.fields, "published")) {
    return "draft";
  }
  if (!file.in_collection && !parsed.has_front_matter) return "no front matter (plain page)";
  return "";
}

Record build_record(const SourceFile& file, ParsedFile parsed, const Config& config,
                    const SiteInfo& site, const core::Gazetteer* gazetteer, FileContext context) {
  const FieldNames& names = config.fields;
  Record r;
  r.id = file.id;
  r.collection = file.collection;
  r.site = file.site;
  r.site_name = site.name;
  r.site_description = site.description;
  r.fields = std::move(parsed.fields);
  r.context = std::move(context);
  if (r.context.site_data) r.context.site_data->join(r.fields);
  // A schema.org Event in the page's JSON-LD is front matter of its own kind.
  if (parsed.body.find("ld+json") != std::string::npos) {
    if (auto event = json_ld_event(parsed.body); !event.empty() && r.fields.is_object())
      r.fields["jsonld"] = std::move(event);
  }
  r.body = markdown_to_text(parsed.body);
  r.title = first_text(r.fields, names.title).value_or("");
  if (r.title.empty()) r.title = r.body.first_heading;
  if (r.title.empty()) r.title = title_from_filename(file.id);
  r.title = core::collapse_spaces(r.title);

  for (const json* it : fields::find_all(r.fields, names.published)) {
    if (auto d = core::parse_date(scalar_text(*it))) {
      r.published = d;
      break;
    }
  }
  if (!r.published)
    r.published = core::date_from_filename(std::filesystem::path(file.id).filename().string());

  r.speakers = all_texts(r.fields, names.speakers);
  r.tags = all_texts(r.fields, names.tags);
  r.categories = all_texts(r.fields, names.categories);
  r.event = first_text(r.fields, names.event).value_or("");
  r.language = core::ascii_lower(first_text(r.fields, names.language).value_or(""));

  UrlInput url;
  url.file = &file;
  url.permalink = first_text(r.fields, names.permalink);
  url.date = r.published;
  for (const auto& c : r.categories) url.categories.push_back(core::slugify(c));
  url.configured_base_url = config.base_url;
  if (auto it = config.permalinks.find(file.collection); it != config.permalinks.end()) {
    url.configured_pattern = it->second;
  } else if (auto all = config.permalinks.find("*"); all != config.permalinks.end()) {
    url.configured_pattern = all->second;
  }
  r.url = derive_url(url, site);
  r.field_text = searchable_text(r.fields, names.searchable);
  r.facets = extract_facets(r, config, gazetteer);
  if (r.facets.place && gazetteer) r.place_aliases = gazetteer->other_names(*r.facets.place);
  return r;
}

}  // namespace lanyard::indexer
