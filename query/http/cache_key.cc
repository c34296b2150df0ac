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
  KeyText& add(const NearFilter& n) { return add_all(near_filter_fields(n)); }
  KeyText& add(SortOrder s) { return add(static_cast<std::size_t>(s)); }
  KeyText& add(const SearchRequest& r) { return add_all(search_request_fields(r)); }
  KeyText& add(const SuggestRequest& r) { return add(std::string_view(r.query)).add(r.limit); }
  KeyText& add(const DocRequest& r) { return add(std::string_view(r.id)); }
  KeyText& add(NoParams) { return *this; }
  KeyText& add(const std::string& s) { return add(std::string_view(s)); }

  template <typename Tuple>
  KeyText& add_all(const Tuple& fields) {
    std::apply([&](const auto&... field) { (add(field), ...); }, fields);
    return *this;
  }

  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

}  // namespace

std::string search_request_key(const SearchRequest& r) { return KeyText().add(r).take(); }

std::string params_cache_key(const HttpRequest&, const RouteParams& params) {
  KeyText k;
  std::visit([&k](const auto& p) { k.add(p); }, params);
  return k.take();
}

std::string ics_cache_key(const HttpRequest& req, const RouteParams& params) {
  return KeyText()
      .add(std::string_view(req.host))
      .add(std::string_view(params_cache_key(req, params)))
      .take();
}

std::optional<std::string> cache_key(const Route& route, const HttpRequest& req,
                                     const RouteParams& params,
                                     std::chrono::system_clock::time_point now) {
  if (!route.cache_key) return std::nullopt;
  auto day = std::chrono::floor<std::chrono::days>(now).time_since_epoch().count();
  return KeyText()
      .add(route.path)
      .add(static_cast<std::size_t>(day))
      .add(std::string_view(route.cache_key(req, params)))
      .take();
}

}  // namespace lanyard::query::http
