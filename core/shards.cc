#include "core/shards.h"

#include <cstdio>

#include "core/text.h"

namespace lanyard::core::shards {

std::string shard_dir(std::size_t index) {
  char name[32];
  std::snprintf(name, sizeof name, "shard-%02zu", index);
  return name;
}

std::size_t shard_of(std::string_view id, std::size_t count) {
  return count <= 1 ? 0 : static_cast<std::size_t>(fnv1a64(id) % count);
}

std::string local_stub(std::size_t count) {
  std::string text = "# Lanyard sharded index (docs/scale-out.md): the lexicon, then the shards.\n";
  text += std::string("auto ") + kLexiconDir + "\n";
  for (std::size_t i = 0; i < count; ++i) text += "auto " + shard_dir(i) + "\n";
  return text;
}

}  // namespace lanyard::core::shards
