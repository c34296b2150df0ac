#include "query/json.h"

#include <cmath>

namespace lanyard::query {

namespace {

using ojson = nlohmann::ordered_json;

ojson optional_json(const std::optional<std::string>& s) { return s ? ojson(*s) : ojson(nullptr); }

// The contract's location object, keys in order, or null.
ojson location_json(const nlohmann::json& stored) {
  if (!stored.is_object()) return nullptr;
  ojson j;
  for (const char* key : kLocationTextKeys) {
    auto it = stored.find(key);
    j[key] = it != stored.end() && it->is_string() ? ojson(it->get<std::string>()) : ojson(nullptr);
  }
  j["online"] = stored.value("online", false);
  auto label = stored.find("label");
  j["label"] = label != stored.end() && label->is_string() ? ojson(label->get<std::string>())
                                                           : ojson(nullptr);
  return j;
}

ojson common_json(const Hit& hit) {
  ojson j;
  j["id"] = hit.id;
  j["title"] = hit.title;
  j["url"] = hit.url;
  j["date"] = optional_json(hit.date);
  j["end_date"] = optional_json(hit.end_date);
  j["published"] = optional_json(hit.published);
  j["location"] = location_json(hit.location);
  j["topics"] = hit.topics;
  j["speakers"] = hit.speakers;
  return j;
}

}  // namespace

// Divides by the scale (not multiplies by 0.01) so the result is the double
// nearest the decimal, which prints short ("0.93", not "0.9300000000000001").
double round_places(double v, double scale) { return std::round(v * scale) / scale; }

ojson hit_json(const Hit& hit) {
  ojson j = common_json(hit);
  j["snippet"] = hit.snippet;
  j["score"] = round_places(hit.score, 100);
  j["title_html"] = hit.title_html;
  if (hit.distance_km) j["distance_km"] = round_places(*hit.distance_km, 10);
  return j;
}

ojson document_json(const Hit& hit) {
  ojson j = common_json(hit);
  for (const char* key :
       {"collection", "attendance", "tags", "event", "language", "fields", "text"}) {
    auto it = hit.stored.find(key);
    j[key] = it != hit.stored.end() ? ojson(*it) : ojson(nullptr);
  }
  return j;
}

ojson facets_json(const std::vector<std::vector<FacetValue>>& facets) {
  ojson j = ojson::object();
  for (std::size_t i = 0; i < core::kFacetCount; ++i) {
    ojson values = ojson::array();
    if (i < facets.size()) {
      for (const auto& v : facets[i])
        values.push_back(ojson{{"value", v.value}, {"count", v.count}});
    }
    j[core::kFacets[i].name] = values;
  }
  return j;
}

ojson to_json(const SearchResult& result) {
  ojson j;
  j["query"] = result.query;
  j["total"] = result.total;
  j["total_exact"] = result.total_exact;
  j["took_ms"] = round_places(result.took_ms, 10);
  if (result.corrected_query) j["corrected_query"] = *result.corrected_query;
  if (result.correction_applied) j["correction_applied"] = true;
  if (!result.missing_shards.empty()) {
    j["partial"] = true;
    j["missing_shards"] = result.missing_shards;
  }
  ojson hits = ojson::array();
  for (const auto& h : result.hits) hits.push_back(hit_json(h));
  j["hits"] = hits;
  j["facets"] = facets_json(result.facets);
  return j;
}

ojson suggestions_json(const std::string& query, const std::vector<Suggestion>& suggestions) {
  ojson list = ojson::array();
  for (const auto& s : suggestions)
    list.push_back(ojson{{"text", s.text}, {"kind", s.kind}, {"count", s.count}});
  ojson j;
  j["query"] = query;
  j["suggestions"] = list;
  return j;
}

}  // namespace lanyard::query
