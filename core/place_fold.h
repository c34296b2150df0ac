// Folding place text into lookup keys, shared by the gazetteer's loader and
// matcher. Pure functions, thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace lanyard::core {

// A case-, accent- and punctuation-insensitive key: "São Paulo" -> "sao paulo",
// "U.S.A." -> "usa", "St. Louis" -> "saint louis", "Москва" -> "москва".
// Latin letters lose their accents (ß -> ss, Ł -> l), Cyrillic and Greek are
// lowercased, other scripts (CJK) are kept; '.' and apostrophes vanish, other
// punctuation becomes a space; spaces are collapsed. Invalid UTF-8 bytes are
// dropped.
std::string fold_place_text(std::string_view text);

// fold_place_text without the words holding a digit (postal codes, street
// numbers): "IL 60610" -> "il", "75001 Paris" -> "paris".
std::string fold_place_key(std::string_view text);

}  // namespace lanyard::core
