// Body text compression for the index's kBody value slot (core/schema.h):
// zstd frames. Xapian zlib-compresses document data itself, and inflating a
// long post's body was up to half of a search; zstd reads it back several
// times faster at about the same size, and values are stored as given.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lanyard::core {

// One zstd frame holding text.
std::string compress_text(std::string_view text);

// The text of a frame compress_text made; nullopt when bytes are not one
// whole frame (a damaged index) or would be over 1 GiB.
std::optional<std::string> decompress_text(std::string_view frame);

}  // namespace lanyard::core
