// libFuzzer target: Markdown (Liquid, kramdown IALs, raw HTML, cmark-gfm) to
// plain text (indexer/markdown.h). It never fails; the text it returns must
// not contain what it promises to remove (<script> content is checked by the
// hostile-input tests, where the payload is known).
#include "indexer/markdown.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto out = lanyard::indexer::markdown_to_text(text);
  (void)out;
  return 0;
}
