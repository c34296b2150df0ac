#include "query/http/cache_key.h"

#include <charconv>
#include <string_view>

namespace lanyard::query::http {

namespace {

// Each value as "<length>:<bytes>", so that no two different sequences of
// values give the same text, whatever bytes they hold.
class KeyText {
 public:
  KeyText& add(std::string_view s) {
    out_ += std::to_string(s.size());
    out_ += ':';
    out_ += s;
    return *this;
  }
  KeyText& add(std::size_t n) { return add(std::string_view(std::to_string(n))); }
  KeyText& add(bool b) { return add(std::string_view(b ? "1" : "0")); }
  KeyText& add(double d) {
    char buf[64];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d);  // shortest text that reads back as d
    return add(std::string_view(buf, ec == std::errc() ? static_cast<std::size_t>(end - buf) : 0));
  }
  KeyText& add(const std::vector<std::string>& values) {
    add(values.size());
    for (const auto& v : values) add(std::string_view(v));
    return *this;
  }
  template <typename T>
  KeyText& add(const std::optional<T>& v) {
    add(v.has_value());
    return v ? add(*v) : *this;
  }
  KeyText& add(const core::Date& d) { return add(static_cast<std::size_t>(d.yyyymmdd())); }
  KeyText& add(const NearFilter& n) { return add(std::string_view(n.place)).add(n.lat).add(n.lon).add(n.radius_km); }
  KeyText& add(SortOrder s) { return add(static_cast<std::size_t>(s)); }

  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

}  // namespace

std::string search_request_key(const SearchRequest& r) {
  KeyText k;
  k.add(std::string_view(r.query)).add(r.locations).add(r.countries).add(r.topics);
  k.add(r.from).add(r.to).add(r.upcoming).add(r.today).add(r.online).add(r.attendance);
  k.add(r.near).add(r.sort).add(r.partial).add(r.limit).add(r.offset).add(r.facet_limit).add(r.snippets);
  return k.take();
}

std::optional<std::string> search_cache_key(const HttpRequest& req) {
  auto request = parse_search_request(req.params);
  if (!request) return std::nullopt;
  return search_request_key(*request);
}

std::optional<std::string> ics_cache_key(const HttpRequest& req) {
  auto request = ics_request(req.params);
  if (!request) return std::nullopt;
  return KeyText().add(std::string_view(req.host)).add(std::string_view(search_request_key(*request))).take();
}

std::optional<std::string> params_cache_key(const HttpRequest& req) {
  KeyText k;
  for (const auto& [name, value] : req.params) k.add(std::string_view(name)).add(std::string_view(value));
  return k.take();
}

std::optional<std::string> cache_key(const Route& route, const HttpRequest& req,
                                     std::chrono::system_clock::time_point now) {
  if (!route.cache_key) return std::nullopt;
  auto part = route.cache_key(req);
  if (!part) return std::nullopt;
  auto day = std::chrono::floor<std::chrono::days>(now).time_since_epoch().count();
  return KeyText().add(route.path).add(static_cast<std::size_t>(day)).add(std::string_view(*part)).take();
}

}  // namespace lanyard::query::http
