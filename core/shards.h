// How a sharded index is laid out on disk, shared by the indexer (which writes
// it) and the query side (which opens it). docs/scale-out.md describes it.
//
//   DIR/XAPIANDB      a Xapian stub file: "auto lexicon", "auto shard-00", ...
//   DIR/lexicon/      no documents: spelling data, synonyms, Lanyard metadata
//   DIR/shard-NN/     the documents whose id hashes to NN
//
// Xapian opens DIR (a "stub directory") or DIR/XAPIANDB as one database.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace lanyard::core::shards {

inline constexpr const char* kStubFile = "XAPIANDB";
inline constexpr const char* kLexiconDir = "lexicon";
inline constexpr std::size_t kMaxShards = 64;

// Metadata key (in the lexicon) holding the shard count.
inline constexpr const char* kMetaShards = "lanyard:shards";

// "shard-00", "shard-01", ...
std::string shard_dir(std::size_t index);

// The shard a document lives in: a stable hash (FNV-1a 64) of its id, so an
// update or a delete of the same id always goes to the same shard.
std::size_t shard_of(std::string_view id, std::size_t count);

// The stub file's text for count local shards and the lexicon.
std::string local_stub(std::size_t count);

}  // namespace lanyard::core::shards
