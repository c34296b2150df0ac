// Opening a sharded index: a Xapian stub (a file, or a folder holding
// XAPIANDB) whose lines list local databases ("auto PATH") and remote shards
// served by xapian-tcpsrv ("remote HOST:PORT"). Lanyard reads the stub itself
// so that each remote shard gets bounded timeouts and a shard that is down can
// be left out (a partial result) instead of failing the whole search.
// docs/scale-out.md describes the layout and the stub lines.
#pragma once

#include <xapian.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/status.h"

namespace lanyard::query {

struct ShardOptions {
  // For remote lines without their own timeout=MS / connect_timeout=MS.
  unsigned timeout_ms = 5000;          // each read from a shard server
  unsigned connect_timeout_ms = 2000;  // connecting to it
  // A remote shard that cannot be reached: leave it out and mark results
  // partial (true), or fail the request (false).
  bool allow_partial = true;
  // How long a missing shard is left out before it is tried again.
  unsigned retry_after_ms = 10000;
};

struct ShardSpec {
  std::string name;  // as written in the stub: a path or HOST:PORT
  bool remote = false;
  std::filesystem::path path;  // local: absolute, resolved against the stub's folder
  std::string host;            // remote
  unsigned port = 0;
  unsigned timeout_ms = 0, connect_timeout_ms = 0;
};

// The databases a stub lists, in order; nullopt when path is not a stub (a
// plain database folder). Remote lines are "remote HOST:PORT" optionally
// followed by "timeout=MS" and "connect_timeout=MS" (Xapian ignores what
// follows the port, so the stub still opens with quest and xapian-delve).
// Errors: invalid_input for a line Lanyard cannot open (with its number).
core::Result<std::optional<std::vector<ShardSpec>>> read_stub(const std::filesystem::path& path,
                                                              const ShardOptions& options);

struct OpenedShards {
  Xapian::Database db;               // every shard that opened, as one database
  std::vector<std::string> missing;  // names of remote shards left out
  bool remote = false;               // at least one remote shard opened
};

// Opens every shard (remote ones in parallel, each bounded by its timeouts).
// A remote shard that fails is listed in missing when allow_partial, else an
// io_error naming it; a local one that fails is always an error, as is no
// database at all. (With every remote shard missing, the lexicon alone opens:
// no hits, all shards named.)
core::Result<OpenedShards> open_shards(const std::vector<ShardSpec>& shards, bool allow_partial);

}  // namespace lanyard::query
