#include "query/stored_hit.h"

#include <simdjson.h>

#include <optional>
#include <string>
#include <string_view>

#include "core/compress.h"
#include "core/schema.h"

namespace lanyard::query {

namespace {

namespace od = simdjson::ondemand;

std::optional<std::string> optional_string(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

std::vector<std::string> strings(const nlohmann::json& j, const char* key,
                                 const char* member = nullptr) {
  std::vector<std::string> out;
  auto it = j.find(key);
  if (it == j.end() || !it->is_array()) return out;
  for (const auto& v : *it) {
    if (v.is_string()) out.push_back(v.get<std::string>());
    if (member && v.is_object() && v.contains(member) && v[member].is_string())
      out.push_back(v[member].get<std::string>());
  }
  return out;
}

// The stored JSON as nlohmann's tree (throws nothing: bad JSON is an empty object).
nlohmann::json parse_stored(std::string_view fields) {
  nlohmann::json j = nlohmann::json::parse(fields, nullptr, false);
  return j.is_object() ? j : nlohmann::json::object();
}

void fill_typed(Hit& hit, const nlohmann::json& s) {
  auto text = [&](const char* key) { return optional_string(s, key).value_or(""); };
  hit.id = text("id");
  hit.title = text("title");
  hit.url = text("url");
  hit.date = optional_string(s, "date");
  hit.end_date = optional_string(s, "end_date");
  hit.published = optional_string(s, "published");
  hit.location = s.contains("location") ? s["location"] : nlohmann::json();
  hit.topics = strings(s, "topics", "name");
  hit.speakers = strings(s, "speakers");
  hit.text = text("text");  // in the JSON: schema 3, or a body not valid UTF-8
}

std::string string_of(od::value v) { return std::string(std::string_view(v.get_string())); }

std::optional<std::string> optional_of(od::value v) {
  if (v.type() != od::json_type::string) return std::nullopt;
  return string_of(v);
}

nlohmann::json tree_of(od::value v) {
  switch (v.type()) {
    case od::json_type::string:
      return string_of(v);
    case od::json_type::boolean:
      return bool(v.get_bool());
    case od::json_type::null:
      return nullptr;
    case od::json_type::number: {
      od::number n = v.get_number();
      if (n.is_int64()) return n.get_int64();
      if (n.is_uint64()) return n.get_uint64();
      return n.get_double();
    }
    case od::json_type::array: {
      nlohmann::json a = nlohmann::json::array();
      for (auto item : v.get_array()) a.push_back(tree_of(item.value()));
      return a;
    }
    case od::json_type::object: {
      nlohmann::json o = nlohmann::json::object();
      for (auto field : v.get_object())
        o[std::string(std::string_view(field.unescaped_key()))] = tree_of(field.value());
      return o;
    }
  }
  return nullptr;
}

// topics: names, or objects with a "name"; speakers: names.
std::vector<std::string> names_of(od::value v, bool objects) {
  std::vector<std::string> out;
  if (v.type() != od::json_type::array) return out;
  for (auto item : v.get_array()) {
    od::value x = item.value();
    od::json_type type = x.type();
    if (type == od::json_type::string) {
      out.push_back(string_of(x));
    } else if (objects && type == od::json_type::object) {
      for (auto field : x.get_object()) {
        if (std::string_view(field.unescaped_key()) != "name") continue;
        od::value name = field.value();
        if (name.type() == od::json_type::string) out.push_back(string_of(name));
        break;
      }
    }
  }
  return out;
}

// Throws simdjson_error on anything it cannot read; the caller falls back.
void read_summary(Hit& hit, std::string_view fields) {
  thread_local od::parser parser;
  simdjson::padded_string json(fields);
  od::document doc = parser.iterate(json);
  for (auto field : doc.get_object()) {
    std::string_view key = field.unescaped_key();
    od::value v = field.value();
    if (key == "id" || key == "title" || key == "url") {
      std::string s = optional_of(v).value_or("");
      (key == "id" ? hit.id : key == "title" ? hit.title : hit.url) = std::move(s);
    } else if (key == "date") {
      hit.date = optional_of(v);
    } else if (key == "end_date") {
      hit.end_date = optional_of(v);
    } else if (key == "published") {
      hit.published = optional_of(v);
    } else if (key == "location") {
      hit.location = tree_of(v);
    } else if (key == "topics") {
      hit.topics = names_of(v, true);
    } else if (key == "speakers") {
      hit.speakers = names_of(v, false);
    } else if (key == "text") {
      hit.text = optional_of(v).value_or("");  // the older layout
    }
  }
}

// What the document stores, in the schema 4 layout (fields, NUL, body) or as
// the fields alone: the kStored frame (schema 6), else the document data.
// A damaged frame reads as nothing (an empty hit), never as other bytes.
std::string stored_bytes(const Xapian::Document& doc) {
  std::string frame = doc.get_value(core::schema::slot::kStored);
  if (frame.empty()) return doc.get_data();
  return core::decompress_text(frame).value_or("");
}

// The body: the text after the fields (schemas 6 and 4), else the kBody
// value (schema 5); nullopt when the JSON holds it (schema 3, or not UTF-8).
std::optional<std::string> body_apart(const Xapian::Document& doc,
                                      const std::optional<std::string_view>& after) {
  if (after) return std::string(*after);
  std::string frame = doc.get_value(core::schema::slot::kBody);
  if (!frame.empty())
    return core::decompress_text(frame).value_or("");  // "" only from a damaged index
  return std::nullopt;
}

}  // namespace

Hit hit_from_document(const Xapian::Document& doc) {
  Hit hit;
  const std::string data = stored_bytes(doc);
  auto [fields, after] = core::schema::split_stored_data(data);
  hit.stored = parse_stored(fields);
  if (auto body = body_apart(doc, after)) hit.stored["text"] = std::move(*body);
  fill_typed(hit, hit.stored);
  if (!hit.stored.contains("text")) hit.stored["text"] = "";
  return hit;
}

Hit hit_summary_from_document(const Xapian::Document& doc) {
  const std::string data = stored_bytes(doc);
  auto [fields, after] = core::schema::split_stored_data(data);
  Hit hit;
  try {
    read_summary(hit, fields);
  } catch (const simdjson::simdjson_error&) {
    hit = Hit{};
    fill_typed(hit, parse_stored(fields));  // nlohmann decides, as the whole read does
  }
  if (auto body = body_apart(doc, after)) hit.text = std::move(*body);
  return hit;
}

}  // namespace lanyard::query
