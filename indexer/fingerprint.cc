#include "indexer/fingerprint.h"

#include <charconv>
#include <cstdio>

namespace lanyard::indexer {

namespace {

// The last ':'-separated field of `text`, removed from it; nullopt when there is no ':'.
std::optional<std::string_view> pop_field(std::string_view& text) {
  auto colon = text.rfind(':');
  if (colon == std::string_view::npos) return std::nullopt;
  std::string_view field = text.substr(colon + 1);
  text = text.substr(0, colon);
  return field;
}

template <typename T>
bool parse_number(std::string_view field, T& out, int base) {
  if (field.empty()) return false;
  auto [end, ec] = std::from_chars(field.data(), field.data() + field.size(), out, base);
  return ec == std::errc() && end == field.data() + field.size();
}

}  // namespace

std::string hex64(std::uint64_t value) {
  char buf[20];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(value));
  return buf;
}

std::string Fingerprint::make_version_tag(unsigned schema_version, std::uint64_t config_hash,
                                          std::uint64_t context_hash) {
  return "v" + std::to_string(schema_version) + ":" + hex64(config_hash) + "." +
         hex64(context_hash);
}

std::string Fingerprint::format() const {
  return version_tag + ":" + std::to_string(size) + ":" + std::to_string(mtime_ns) + ":" +
         hex64(content_hash);
}

std::optional<Fingerprint> Fingerprint::parse(std::string_view text) {
  Fingerprint f;
  auto hash = pop_field(text);
  auto mtime = pop_field(text);
  auto size = pop_field(text);
  if (!hash || !mtime || !size || text.empty()) return std::nullopt;
  if (hash->size() > 16 || !parse_number(*hash, f.content_hash, 16)) return std::nullopt;
  if (!parse_number(*mtime, f.mtime_ns, 10) || !parse_number(*size, f.size, 10))
    return std::nullopt;
  f.version_tag = std::string(text);
  return f;
}

}  // namespace lanyard::indexer
