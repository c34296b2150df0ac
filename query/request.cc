#include "query/request.h"

#include <algorithm>
#include <charconv>
#include <set>

#include "core/schema.h"
#include "core/text.h"

namespace lanyard::query {

namespace {

using core::Error;
using core::ErrorCode;

Error bad(const std::string& param, const std::string& value, const std::string& why) {
  return Error{ErrorCode::invalid_input, param + " '" + value + "': " + why, "bad request"};
}

std::optional<long long> to_integer(std::string_view s) {
  long long v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || s.empty()) return std::nullopt;
  return v;
}

std::optional<double> to_double(std::string_view s) {
  std::string t(core::trim(s));
  if (t.empty()) return std::nullopt;
  char* end = nullptr;
  double v = std::strtod(t.c_str(), &end);
  if (end != t.c_str() + t.size()) return std::nullopt;
  return v;
}

int days_in_month(int year, int month) {
  for (int d = 31; d >= 28; --d) {
    if (core::is_valid_date(year, month, d)) return d;
  }
  return 28;
}

core::Result<std::size_t> bounded(const std::string& param, const std::string& value, long long lo,
                                  long long hi) {
  auto v = to_integer(value);
  if (!v || *v < lo || *v > hi) {
    return bad(param, value,
               "expected a number from " + std::to_string(lo) + " to " + std::to_string(hi));
  }
  return static_cast<std::size_t>(*v);
}

core::Result<bool> flag(const std::string& param, const std::string& value) {
  std::string v = core::ascii_lower(value);
  if (v.empty() || v == "1" || v == "true" || v == "yes") return true;
  if (v == "0" || v == "false" || v == "no") return false;
  return bad(param, value, "expected true or false");
}

core::Result<SortOrder> sort_order(const std::string& value) {
  if (value == "relevance") return SortOrder::relevance;
  if (value == "date") return SortOrder::date;
  if (value == "-date") return SortOrder::date_desc;
  if (value == "distance") return SortOrder::distance;
  return bad("sort", value, "expected relevance, date, -date or distance");
}

// "LAT,LON" with both in range, else nullopt.
std::optional<std::pair<double, double>> lat_lon(const std::string& text) {
  auto comma = text.find(',');
  if (comma == std::string::npos) return std::nullopt;
  auto lat = to_double(text.substr(0, comma));
  auto lon = to_double(text.substr(comma + 1));
  if (!lat || !lon || *lat < -90 || *lat > 90 || *lon < -180 || *lon > 180) return std::nullopt;
  return std::make_pair(*lat, *lon);
}

// Applies one parameter to the request; an error names it.
core::Status apply(SearchRequest& r, const std::string& key, const std::string& value) {
  auto set_size = [&](std::size_t& out, long long lo, long long hi) -> core::Status {
    auto v = bounded(key, value, lo, hi);
    if (!v) return v.error();
    out = *v;
    return {};
  };
  auto set_flag = [&](bool& out) -> core::Status {
    auto v = flag(key, value);
    if (!v) return v.error();
    out = *v;
    return {};
  };
  if (auto st = check_parameter(key, value); !st) return st;
  if (key == "q") {
    r.query += (r.query.empty() ? "" : " ") + value;
  } else if (key == "location") {
    if (!core::trim(value).empty()) r.locations.push_back(std::string(core::trim(value)));
  } else if (key == "country") {
    if (!core::trim(value).empty()) r.countries.push_back(std::string(core::trim(value)));
  } else if (key == "topic") {
    if (!core::trim(value).empty()) r.topics.push_back(std::string(core::trim(value)));
  } else if (key == "from" || key == "to") {
    auto span = parse_date_span(value);
    if (!span) return with_context(span.error(), key);
    (key == "from" ? r.from : r.to) = key == "from" ? span->first : span->last;
  } else if (key == "today") {
    auto d = core::parse_date(value);
    if (!d) return bad(key, value, "expected YYYY-MM-DD");
    r.today = *d;
  } else if (key == "upcoming") {
    return set_flag(r.upcoming);
  } else if (key == "online") {
    return set_flag(r.online);
  } else if (key == "attendance") {
    std::string a = core::ascii_lower(core::trim(value));
    namespace attendance = core::schema::attendance;
    if (a != attendance::kOnline && a != attendance::kInPerson && a != attendance::kHybrid)
      return bad(key, value, "expected online, in-person or hybrid");
    if (std::find(r.attendance.begin(), r.attendance.end(), a) == r.attendance.end())
      r.attendance.push_back(a);
  } else if (key == "partial") {
    return set_flag(r.partial);
  } else if (key == "snippets") {
    return set_flag(r.snippets);
  } else if (key == "near") {
    NearFilter near = r.near.value_or(NearFilter{});
    near.place = std::string(core::trim(value));
    if (near.place.empty()) return bad(key, value, "expected a place or LAT,LON");
    if (auto ll = lat_lon(near.place)) std::tie(near.lat, near.lon) = *ll;
    r.near = near;
  } else if (key == "radius") {
    auto v = to_double(value);
    if (!v || *v <= 0 || *v > 20040) return bad(key, value, "expected kilometres, more than 0");
    if (!r.near) r.near = NearFilter{};
    r.near->radius_km = *v;
  } else if (key == "sort") {
    auto s = sort_order(value);
    if (!s) return s.error();
    r.sort = *s;
  } else if (key == "limit") {
    return set_size(r.limit, 1, kMaxLimit);
  } else if (key == "offset") {
    return set_size(r.offset, 0, kMaxOffset);
  } else if (key == "facet_limit") {
    return set_size(r.facet_limit, 0, 1000);
  } else {
    return Error{ErrorCode::invalid_input, "unknown parameter '" + key + "'", "bad request"};
  }
  return {};
}

using Params = std::multimap<std::string, std::string>;

// The one value of a parameter; "" when absent. Repeating it is an error.
core::Result<std::string> single(const Params& params, const std::string& key) {
  if (params.count(key) > 1)
    return Error{ErrorCode::invalid_input, key + " given more than once", "bad request"};
  auto it = params.find(key);
  return it == params.end() ? std::string() : it->second;
}

bool has_control(std::string_view s) {
  return std::any_of(s.begin(), s.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
}

}  // namespace

// Text goes on to Xapian's QueryParser, which leaks memory on some invalid
// UTF-8 with control bytes (found by fuzz/search_request.cc), and into the
// access log and error messages: such bytes stop here.
core::Status check_parameter(const std::string& name, const std::string& value) {
  for (const std::string* text : {&name, &value}) {
    if (!core::is_valid_utf8(*text)) {
      return Error{ErrorCode::invalid_input, "parameter '" + name + "': not valid UTF-8",
                   "bad request"};
    }
    if (has_control(*text)) {
      return Error{ErrorCode::invalid_input,
                   "parameter '" + name + "': control characters are not allowed", "bad request"};
    }
  }
  return {};
}

core::Status only_parameters(const std::multimap<std::string, std::string>& params,
                             std::initializer_list<std::string_view> known) {
  for (const auto& [key, value] : params) {
    if (auto st = check_parameter(key, value); !st) return st;
    if (std::find(known.begin(), known.end(), key) == known.end()) {
      return Error{ErrorCode::invalid_input, "unknown parameter '" + key + "'", "bad request"};
    }
  }
  return {};
}

core::Result<DateSpan> parse_date_span(const std::string& text) {
  std::string t(core::trim(text));
  auto error = bad("date", t, "expected YYYY, YYYY-MM or YYYY-MM-DD");
  auto parts = core::split(t, '-');
  if (parts.empty() || parts.size() > 3 || parts[0].size() != 4) return error;
  std::vector<int> n;
  for (const auto& p : parts) {
    auto v = to_integer(p);
    if (!v || p.size() > 4) return error;
    n.push_back(static_cast<int>(*v));
  }
  if (n.size() == 1) {
    if (!core::is_valid_date(n[0], 1, 1)) return error;
    return DateSpan{{n[0], 1, 1}, {n[0], 12, 31}};
  }
  if (n.size() == 2) {
    if (!core::is_valid_date(n[0], n[1], 1)) return error;
    return DateSpan{{n[0], n[1], 1}, {n[0], n[1], days_in_month(n[0], n[1])}};
  }
  if (!core::is_valid_date(n[0], n[1], n[2])) return error;
  return DateSpan{{n[0], n[1], n[2]}, {n[0], n[1], n[2]}};
}

core::Result<SearchRequest> parse_search_request(
    const std::multimap<std::string, std::string>& params, const SearchRequestOptions& options) {
  SearchRequest r;
  r.limit = options.default_limit;
  for (const auto& [key, value] : params) {
    if (auto st = apply(r, key, value); !st) return st.error();
  }
  if (r.near && !r.near->lat && r.near->place.empty()) {
    return Error{ErrorCode::invalid_input, "radius needs near (a place or LAT,LON)", "bad request"};
  }
  if (r.sort == SortOrder::distance && !r.near) {
    return Error{ErrorCode::invalid_input, "sort 'distance' needs near", "bad request"};
  }
  if (r.from && r.to && *r.from > *r.to) {
    return Error{ErrorCode::invalid_input, "from is after to", "bad request"};
  }
  return r;
}

core::Result<SuggestRequest> parse_suggest_request(
    const std::multimap<std::string, std::string>& params) {
  if (auto st = only_parameters(params, {"q", "limit"}); !st) return st.error();
  auto q = single(params, "q");
  if (!q) return q.error();
  auto limit = single(params, "limit");
  if (!limit) return limit.error();
  SuggestRequest r{*q};
  if (!limit->empty()) {
    auto n = bounded("limit", *limit, 1, kSuggestMaxLimit);
    if (!n) return n.error();
    r.limit = *n;
  }
  return r;
}

core::Result<DocRequest> parse_doc_request(const std::multimap<std::string, std::string>& params) {
  if (auto st = only_parameters(params, {"id"}); !st) return st.error();
  auto id = single(params, "id");
  if (!id) return id.error();
  if (id->empty()) return Error{ErrorCode::invalid_input, "id is required", "bad request"};
  return DocRequest{*id};
}

}  // namespace lanyard::query
