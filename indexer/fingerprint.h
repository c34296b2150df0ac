// A source file's fingerprint, stored in each document's slot::kFingerprint
// (docs/schema.md): what the incremental indexer compares to decide whether a
// file changed. Stored as text, "<version tag>:<size>:<mtime ns>:<content hash>",
// the version tag being "v<schema>:<config hash>.<context hash>"; the hashes are
// 16 lowercase hex digits. This type is the one place that writes and reads it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lanyard::indexer {

// 16 lowercase hex digits, as fingerprints and the config-hash metadata store a hash.
std::string hex64(std::uint64_t value);

struct Fingerprint {
  // "same indexer for this file": schema version, config hash and the hash of
  // what the file inherits (RepoContext::hash_for); may itself hold ':'.
  std::string version_tag;
  std::int64_t size = 0;           // bytes
  std::int64_t mtime_ns = 0;       // modification time, nanoseconds since the epoch
  std::uint64_t content_hash = 0;  // core::fnv1a64 of the bytes

  // "v<schema>:<config hash>.<context hash>"
  static std::string make_version_tag(unsigned schema_version, std::uint64_t config_hash,
                                      std::uint64_t context_hash);

  std::string format() const;
  // The fingerprint format() wrote; nullopt for any other text (an empty
  // version tag, a size or mtime that is not a decimal number, a hash that is
  // not 1 to 16 hex digits).
  static std::optional<Fingerprint> parse(std::string_view text);

  // Same version, size and mtime: the file need not even be read.
  bool same_stat(const Fingerprint& other) const {
    return version_tag == other.version_tag && size == other.size && mtime_ns == other.mtime_ns;
  }
  // Same version and bytes (a touched file): nothing to re-index.
  bool same_content(const Fingerprint& other) const {
    return version_tag == other.version_tag && content_hash == other.content_hash;
  }
  bool operator==(const Fingerprint&) const = default;
};

}  // namespace lanyard::indexer
