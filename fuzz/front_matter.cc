// libFuzzer target: front matter, YAML, TOML or JSON (indexer/front_matter.h),
// on any bytes.
// Beyond "no crash": a success is a JSON object and its body is a suffix of
// the input; an error carries a reason and a line.
#include "indexer/front_matter.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto parsed = lanyard::indexer::parse_front_matter(text);
  if (parsed) {
    if (!parsed->fields.is_object()) std::abort();
    if (!text.ends_with(parsed->body)) std::abort();
    if (parsed->body_line < 1) std::abort();
    (void)parsed->fields.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  } else if (parsed.error().reason.empty() || parsed.error().line < 1) {
    std::abort();
  }
  return 0;
}
