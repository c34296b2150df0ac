// The per-file step of the indexer, from a file's bytes to a Xapian document or
// a reason to skip it: byte checks (UTF-16, NUL, UTF-8) -> front matter ->
// exclusion (drafts, plain pages) -> record -> document. No I/O, no database:
// pipeline.cc calls it after reading each file, and the fuzz target
// fuzz/index_file.cc calls it on arbitrary bytes. Thread-safe given one
// TermGenerator per thread.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>

#include "core/place.h"
#include "indexer/config.h"
#include "indexer/discover.h"
#include "indexer/pipeline.h"
#include "indexer/record.h"
#include "indexer/site_info.h"

namespace lanyard::indexer {

// What one file turned into. unchanged: the index already holds this version
// (decided by the pipeline from the file's fingerprint, before the bytes are
// prepared). Xapian handles count references without atomics: each outcome
// owns its own document (never a copy of another's), built on one worker
// thread and handed over under the batch's join.
struct FileOutcome {
  enum class Kind { unchanged, skipped, excluded, document } kind = Kind::skipped;
  std::optional<Xapian::Document> doc;  // set for Kind::document
  SkippedFile skip;                     // set for skipped and excluded
  std::string warning;                  // indexed, but with a problem the user should fix
};

// fingerprint (Fingerprint::format(), indexer/fingerprint.h) goes into the
// document's fingerprint slot. Never returns Kind::unchanged. Never throws for bad
// content: every user-caused problem is a skip with a reason (see
// SkippedFile); Xapian or library exceptions are left to the caller.
FileOutcome prepare_file_bytes(const SourceFile& file, const std::string& bytes,
                               const std::string& fingerprint, const Config& config,
                               const SiteInfo& site, FileContext context,
                               const core::Gazetteer* gazetteer, Xapian::TermGenerator& termgen);

}  // namespace lanyard::indexer
