#include "core/gazetteer_snapshot.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <utility>
#include <vector>

namespace lanyard::core {

namespace {

// "LYGZ" then the format version; bump it when GazetteerData's layout changes.
constexpr std::string_view kMagic = "LYGZ\x01";

class Writer {
 public:
  void number(std::uint64_t n) {
    while (n >= 0x80) {
      out_.push_back(static_cast<char>((n & 0x7f) | 0x80));
      n >>= 7;
    }
    out_.push_back(static_cast<char>(n));
  }
  void text(std::string_view s) {
    number(s.size());
    out_.append(s);
  }
  void real(double d) {
    char bytes[sizeof d];
    std::memcpy(bytes, &d, sizeof d);
    out_.append(bytes, sizeof d);
  }
  void raw(std::string_view s) { out_.append(s); }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}

  bool ok() const { return ok_; }
  std::size_t offset() const { return pos_; }
  bool at_end() const { return pos_ == in_.size(); }

  std::uint64_t number() {
    std::uint64_t n = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (!ok_ || pos_ >= in_.size()) return fail();
      const auto byte = static_cast<unsigned char>(in_[pos_++]);
      n |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
      if (byte < 0x80) return n;
    }
    return fail();
  }
  // A count of items that each take at least one byte: never more than the bytes left.
  std::size_t count() {
    const std::uint64_t n = number();
    return n <= in_.size() - pos_ ? static_cast<std::size_t>(n) : fail();
  }
  std::string text() {
    const std::size_t n = count();
    if (!ok_) return {};
    std::string s(in_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  double real() {
    double d = 0;
    if (!ok_ || in_.size() - pos_ < sizeof d) return static_cast<double>(fail());
    std::memcpy(&d, in_.data() + pos_, sizeof d);
    pos_ += sizeof d;
    return d;
  }
  bool flag() { return number() != 0; }
  void expect(std::string_view bytes) {
    if (!ok_ || in_.substr(pos_, bytes.size()) != bytes)
      fail();
    else
      pos_ += bytes.size();
  }
  // Marks the bytes as bad (a value out of range); returns 0 for the caller to return.
  std::size_t fail() {
    ok_ = false;
    return 0;
  }

 private:
  std::string_view in_;
  std::size_t pos_ = 0;
  bool ok_ = true;
};

// A hash map's entries by key, so the bytes do not depend on its bucket order.
template <typename Map>
std::vector<const typename Map::value_type*> sorted(const Map& map) {
  std::vector<const typename Map::value_type*> entries;
  entries.reserve(map.size());
  for (const auto& entry : map) entries.push_back(&entry);
  std::sort(entries.begin(), entries.end(), [](auto* a, auto* b) { return a->first < b->first; });
  return entries;
}

void write_city_index(Writer& w,
                      const std::unordered_map<std::string, std::vector<std::uint32_t>>& index) {
  w.number(index.size());
  for (const auto* entry : sorted(index)) {
    w.text(entry->first);
    w.number(entry->second.size());
    for (auto city : entry->second) w.number(city);
  }
}

void read_city_index(Reader& r, std::size_t cities,
                     std::unordered_map<std::string, std::vector<std::uint32_t>>& index) {
  const std::size_t n = r.count();
  index.reserve(n);
  for (std::size_t i = 0; i < n && r.ok(); ++i) {
    auto& list = index[r.text()];
    const std::size_t m = r.count();
    list.reserve(m);
    for (std::size_t k = 0; k < m && r.ok(); ++k) {
      const std::uint64_t city = r.number();
      if (city >= cities) return void(r.fail());
      list.push_back(static_cast<std::uint32_t>(city));
    }
  }
}

void write_set(Writer& w, const std::set<std::string>& set) {
  w.number(set.size());
  for (const auto& s : set) w.text(s);
}

void read_set(Reader& r, std::set<std::string>& set) {
  const std::size_t n = r.count();
  for (std::size_t i = 0; i < n && r.ok(); ++i) set.insert(set.end(), r.text());
}

}  // namespace

std::string encode_gazetteer(const GazetteerData& data) {
  Writer w;
  w.raw(kMagic);
  w.number(data.cities.size());
  for (const auto& c : data.cities) {
    w.text(c.name);
    w.text(c.region);
    w.text(c.country_code);
    w.real(c.latitude);
    w.real(c.longitude);
    w.number(c.population);
  }
  write_city_index(w, data.city_by_key);
  write_city_index(w, data.abbrev_city_by_key);
  w.number(data.region_by_key.size());
  for (const auto* entry : sorted(data.region_by_key)) {
    w.text(entry->first);
    w.number(entry->second.size());
    for (const auto& ref : entry->second) {
      w.text(ref.country_code);
      w.text(ref.name);
      w.number((ref.known ? 1 : 0) | (ref.abbrev ? 2 : 0));
    }
  }
  w.number(data.country_by_key.size());
  for (const auto* entry : sorted(data.country_by_key)) {
    w.text(entry->first);
    w.text(entry->second.country_code);
    w.number(entry->second.abbrev ? 1 : 0);
  }
  w.number(data.country_name.size());
  for (const auto& [code, name] : data.country_name) {
    w.text(code);
    w.text(name);
  }
  w.number(data.part_of.size());
  for (const auto& [inner, outer] : data.part_of) {
    w.text(inner);
    w.text(outer);
  }
  write_set(w, data.online_phrases);
  write_set(w, data.online_words);
  write_set(w, data.ignored);
  w.number(data.gates.size());
  for (const auto* entry : sorted(data.gates)) {
    w.text(entry->first);
    w.number(static_cast<std::uint64_t>(entry->second));
  }
  return w.take();
}

Result<GazetteerData> decode_gazetteer(std::string_view bytes) {
  Reader r(bytes);
  GazetteerData data;
  r.expect(kMagic);
  const std::size_t cities = r.count();
  data.cities.reserve(cities);
  for (std::size_t i = 0; i < cities && r.ok(); ++i) {
    GeoCity c;
    c.name = r.text();
    c.region = r.text();
    c.country_code = r.text();
    c.latitude = r.real();
    c.longitude = r.real();
    c.population = static_cast<std::uint32_t>(r.number());
    data.cities.push_back(std::move(c));
  }
  read_city_index(r, data.cities.size(), data.city_by_key);
  read_city_index(r, data.cities.size(), data.abbrev_city_by_key);
  const std::size_t regions = r.count();
  data.region_by_key.reserve(regions);
  for (std::size_t i = 0; i < regions && r.ok(); ++i) {
    auto& refs = data.region_by_key[r.text()];
    const std::size_t m = r.count();
    refs.reserve(m);
    for (std::size_t k = 0; k < m && r.ok(); ++k) {
      RegionRef ref;
      ref.country_code = r.text();
      ref.name = r.text();
      const std::uint64_t flags = r.number();
      ref.known = (flags & 1) != 0;
      ref.abbrev = (flags & 2) != 0;
      refs.push_back(std::move(ref));
    }
  }
  const std::size_t countries = r.count();
  data.country_by_key.reserve(countries);
  for (std::size_t i = 0; i < countries && r.ok(); ++i) {
    std::string key = r.text();
    CountryRef ref;
    ref.country_code = r.text();
    ref.abbrev = r.flag();
    data.country_by_key.emplace(std::move(key), std::move(ref));
  }
  const std::size_t names = r.count();
  for (std::size_t i = 0; i < names && r.ok(); ++i) {
    std::string code = r.text();
    data.country_name.emplace_hint(data.country_name.end(), std::move(code), r.text());
  }
  const std::size_t parts = r.count();
  for (std::size_t i = 0; i < parts && r.ok(); ++i) {
    std::string inner = r.text();
    data.part_of.emplace_hint(data.part_of.end(), std::move(inner), r.text());
  }
  read_set(r, data.online_phrases);
  read_set(r, data.online_words);
  read_set(r, data.ignored);
  const std::size_t gates = r.count();
  for (std::size_t i = 0; i < gates && r.ok(); ++i) {
    std::string key = r.text();
    const std::uint64_t gate = r.number();
    if (gate > static_cast<std::uint64_t>(WordGate::evidence)) r.fail();
    data.gates.emplace(std::move(key), static_cast<WordGate>(gate));
  }
  if (!r.ok() || !r.at_end())
    return Error{ErrorCode::invalid_input,
                 "gazetteer snapshot: " +
                     std::string(r.ok() ? "bytes left over" : "bad or cut-short bytes") +
                     " at byte " + std::to_string(r.offset()),
                 "invalid gazetteer snapshot"};
  return data;
}

}  // namespace lanyard::core
