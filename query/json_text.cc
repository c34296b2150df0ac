// to_json_text: search results written straight to compact JSON text, byte
// for byte what to_json(result).dump(-1, ' ', false, replace) gives, without
// building and freeing the ordered_json tree (a third of a server request's
// CPU after the search itself). tests/query/json_text_test.cc holds the two
// to the same bytes.
#include <string_view>

#include "core/text.h"
#include "query/json.h"

namespace lanyard::query {

namespace {

using ojson = nlohmann::ordered_json;

class Writer {
 public:
  explicit Writer(std::string& out) : out_(out) {}

  void text(std::string_view s) {
    if (!core::is_valid_utf8(s)) {  // nlohmann's replacement of bad bytes, exactly
      out_ += ojson(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
      return;
    }
    out_ += '"';
    std::size_t run = 0;  // start of the bytes not yet copied
    for (std::size_t i = 0; i < s.size(); ++i) {
      auto c = static_cast<unsigned char>(s[i]);
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      out_.append(s.substr(run, i - run));
      run = i + 1;
      switch (c) {
        case '"':
          out_ += "\\\"";
          break;
        case '\\':
          out_ += "\\\\";
          break;
        case '\b':
          out_ += "\\b";
          break;
        case '\f':
          out_ += "\\f";
          break;
        case '\n':
          out_ += "\\n";
          break;
        case '\r':
          out_ += "\\r";
          break;
        case '\t':
          out_ += "\\t";
          break;
        default: {
          static constexpr char kHex[] = "0123456789abcdef";
          out_ += "\\u00";
          out_ += kHex[c >> 4];
          out_ += kHex[c & 0xF];
        }
      }
    }
    out_.append(s.substr(run));
    out_ += '"';
  }

  // "key": — with the comma before every key but an object's first.
  Writer& key(const char* k) {
    if (need_comma_) out_ += ',';
    out_ += '"';
    out_ += k;
    out_ += "\":";
    need_comma_ = true;
    return *this;
  }
  void open_object() { out_ += '{', need_comma_ = false; }
  void close_object() { out_ += '}', need_comma_ = true; }
  void open_array() { out_ += '[', need_comma_ = false; }
  void close_array() { out_ += ']', need_comma_ = true; }
  void comma() {
    if (need_comma_) out_ += ',';
    need_comma_ = true;
  }

  void optional_text(const std::optional<std::string>& s) { s ? text(*s) : null(); }
  void null() { out_ += "null"; }
  void boolean(bool b) { out_ += b ? "true" : "false"; }
  void count(std::size_t n) { out_ += std::to_string(n); }
  // nlohmann's shortest round-trip form ("0.93", "1.0"), from nlohmann itself.
  void number(double d) { out_ += ojson(d).dump(); }

  void strings(const std::vector<std::string>& list) {
    open_array();
    for (const auto& s : list) comma(), text(s);
    close_array();
  }

 private:
  std::string& out_;
  bool need_comma_ = false;
};

void write_location(Writer& w, const nlohmann::json& stored) {
  if (!stored.is_object()) return w.null();
  w.open_object();
  for (const char* k : kLocationTextKeys) {
    auto it = stored.find(k);
    w.key(k);
    if (it != stored.end() && it->is_string()) {
      w.text(it->get_ref<const std::string&>());
    } else {
      w.null();
    }
  }
  w.key("online").boolean(stored.value("online", false));
  auto label = stored.find("label");
  w.key("label");
  if (label != stored.end() && label->is_string()) {
    w.text(label->get_ref<const std::string&>());
  } else {
    w.null();
  }
  w.close_object();
}

void write_hit(Writer& w, const Hit& h) {
  w.open_object();
  w.key("id").text(h.id);
  w.key("title").text(h.title);
  w.key("url").text(h.url);
  w.key("date").optional_text(h.date);
  w.key("end_date").optional_text(h.end_date);
  w.key("published").optional_text(h.published);
  w.key("location");
  write_location(w, h.location);
  w.key("topics").strings(h.topics);
  w.key("speakers").strings(h.speakers);
  w.key("snippet").text(h.snippet);
  w.key("score").number(round_places(h.score, 100));
  w.key("title_html").text(h.title_html);
  if (h.distance_km) w.key("distance_km").number(round_places(*h.distance_km, 10));
  w.close_object();
}

}  // namespace

std::string to_json_text(const SearchResult& result) {
  std::string out;
  out.reserve(1024 + result.hits.size() * 1024);
  Writer w(out);
  w.open_object();
  w.key("query").text(result.query);
  w.key("total").count(result.total);
  w.key("total_exact").boolean(result.total_exact);
  w.key("took_ms").number(round_places(result.took_ms, 10));
  if (result.corrected_query) w.key("corrected_query").text(*result.corrected_query);
  if (result.correction_applied) w.key("correction_applied").boolean(true);
  if (!result.missing_shards.empty()) {
    w.key("partial").boolean(true);
    w.key("missing_shards").strings(result.missing_shards);
  }
  w.key("hits").open_array();
  for (const auto& h : result.hits) w.comma(), write_hit(w, h);
  w.close_array();
  w.key("facets").open_object();
  for (std::size_t i = 0; i < core::kFacetCount; ++i) {
    w.key(core::kFacets[i].name).open_array();
    if (i < result.facets.size()) {
      for (const auto& v : result.facets[i]) {
        w.comma();
        w.open_object();
        w.key("value").text(v.value);
        w.key("count").count(v.count);
        w.close_object();
      }
    }
    w.close_array();
  }
  w.close_object();
  w.close_object();
  return out;
}

}  // namespace lanyard::query
