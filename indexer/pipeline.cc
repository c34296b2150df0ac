#include "indexer/pipeline.h"

#include <sys/stat.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <future>
#include <optional>
#include <set>
#include <thread>

#include "core/schema.h"
#include "core/synonyms.h"
#include "core/text.h"
#include "indexer/context.h"
#include "indexer/discover.h"
#include "indexer/document.h"
#include "indexer/fingerprint.h"
#include "indexer/prepare.h"
#include "indexer/record.h"
#include "indexer/url.h"
#include "indexer/writer.h"

namespace lanyard::indexer {

namespace fs = std::filesystem;

namespace {

using core::Error;
using core::ErrorCode;

constexpr std::size_t kBatchSize = 256;
constexpr std::size_t kMaxIdBytes = 200;
// A first build's parallel writers (indexer/parts.h), at most one per thread.
constexpr unsigned kMaxLanes = 4;

FileOutcome skipped(const SourceFile& file, int line, std::string reason, std::string message) {
  FileOutcome out;
  out.kind = FileOutcome::Kind::skipped;
  out.skip = {file.id, line, std::move(reason), std::move(message)};
  return out;
}

FileOutcome unchanged() {
  FileOutcome out;
  out.kind = FileOutcome::Kind::unchanged;
  return out;
}

struct RunContext {
  const IndexOptions& options;
  const std::map<std::string, std::string>& existing;
  std::uint64_t config_hash = 0;
  bool force = false;
  const core::Gazetteer* gazetteer = nullptr;
  RepoContext repo;  // built before workers start; read-only after
};

std::int64_t mtime_ns_of(const struct stat& st) {
  return static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec;
}

FileOutcome prepare(const SourceFile& file, const RunContext& ctx, Xapian::TermGenerator& tg) {
  const Config& config = ctx.options.config;
  if (file.id.size() > kMaxIdBytes) {
    return skipped(file, 0, "path too long", "paths over 200 bytes cannot be document ids");
  }
  struct stat st {};
  if (::stat(file.path.c_str(), &st) != 0) {
    return skipped(file, 0, "unreadable", std::string("cannot stat: ") + std::strerror(errno));
  }
  // The file's event (its folder's home page, its site's config and data) is
  // part of its version: a change there re-indexes it.
  Fingerprint now{Fingerprint::make_version_tag(core::schema::kSchemaVersion, ctx.config_hash,
                                                ctx.repo.hash_for(file)),
                  static_cast<std::int64_t>(st.st_size), mtime_ns_of(st), 0};
  std::optional<Fingerprint> old;
  if (auto known = ctx.existing.find(file.id); known != ctx.existing.end() && !ctx.force) {
    old = Fingerprint::parse(known->second);
  }
  if (old && old->same_stat(now)) return unchanged();
  if (static_cast<std::uint64_t>(st.st_size) > config.max_file_bytes) {
    return skipped(file, 0, "file too large",
                   std::to_string(st.st_size) + " bytes, over the limit of " +
                       std::to_string(config.max_file_bytes) + " (max_file_size in lanyard.yml)");
  }
  std::ifstream in(file.path, std::ios::binary);
  std::string bytes;
  if (in) {
    bytes.resize(static_cast<std::size_t>(st.st_size));
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
  }
  if (!in && !in.eof()) {
    return skipped(file, 0, "unreadable", std::string("cannot read: ") + std::strerror(errno));
  }
  now.content_hash = core::fnv1a64(bytes);
  if (old && old->same_content(now)) return unchanged();
  return prepare_file_bytes(file, bytes, now.format(), config, ctx.repo.site(file.site),
                            ctx.repo.for_file(file), ctx.gazetteer, tg);
}

FileOutcome prepare_safely(const SourceFile& file, const RunContext& ctx,
                           Xapian::TermGenerator& tg) {
  try {
    return prepare(file, ctx, tg);
  } catch (const Xapian::Error& e) {
    return skipped(file, 0, "indexing error", e.get_description());
  } catch (const std::exception& e) {
    return skipped(file, 0, "indexing error", e.what());
  }
}

// Prepares files[begin, end) on up to tgs.size() threads (thread t with
// tgs[t], kept from batch to batch for its cache of stems), in place.
void prepare_batch(const std::vector<SourceFile>& files, std::size_t begin, std::size_t end,
                   const RunContext& ctx, std::vector<Xapian::TermGenerator>& tgs,
                   std::vector<FileOutcome>& out) {
  // resize() default-constructs every slot on its own; assign() would copy one
  // FileOutcome, and with it share one Xapian object across the worker threads.
  out.clear();
  out.resize(end - begin);
  std::atomic<std::size_t> next{begin};
  auto work = [&](std::size_t t) {
    for (std::size_t i = next++; i < end; i = next++)
      out[i - begin] = prepare_safely(files[i], ctx, tgs[t]);
  };
  std::vector<std::thread> pool;
  for (std::size_t t = 1; t < tgs.size() && t < end - begin; ++t) pool.emplace_back(work, t);
  work(0);
  for (auto& t : pool) t.join();
}

// Hands one prepared batch (files[begin, begin + batch.size())) to the writer
// and counts it in the report; runs on the writer's thread while the next
// batch is prepared.
core::Status write_batch(const std::vector<SourceFile>& files, std::size_t begin,
                         std::vector<FileOutcome>& batch, IndexWriter& writer,
                         const IndexOptions& options, IndexReport& report,
                         std::set<std::string>& keep) {
  std::vector<IndexWriter::Upsert> upserts;
  for (std::size_t i = begin; i < begin + batch.size(); ++i) {
    FileOutcome& p = batch[i - begin];
    const std::string& id = files[i].id;
    bool existed = writer.existing().count(id) > 0;
    switch (p.kind) {
      case FileOutcome::Kind::unchanged:
        ++report.unchanged;
        keep.insert(id);
        break;
      case FileOutcome::Kind::skipped:
        // A file that broke keeps its last good version in the index.
        if (existed) {
          keep.insert(id);
          p.skip.kept_previous = true;
        }
        report.skipped_files.push_back(std::move(p.skip));
        break;
      case FileOutcome::Kind::excluded:
        report.skipped_files.push_back(std::move(p.skip));
        break;
      case FileOutcome::Kind::document:
        upserts.push_back({&id, &*p.doc});
        if (!p.warning.empty()) report.warnings.push_back(std::move(p.warning));
        keep.insert(id);
        ++(existed ? report.updated : report.added);
        break;
    }
  }
  if (auto st = writer.replace_all(upserts); !st) return st;
  if (options.progress) options.progress(begin + batch.size(), files.size());
  return {};
}

}  // namespace

core::Result<IndexReport> run_index(const IndexOptions& options) {
  auto started = std::chrono::steady_clock::now();
  std::error_code ec;
  if (!fs::is_directory(options.repo, ec)) {
    return Error{ErrorCode::not_found, options.repo.string() + ": not a folder", ""};
  }
  Discovery discovery = discover(options.repo, options.config);
  unsigned threads =
      options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  PartOptions parts;
  parts.lanes = std::min(threads, kMaxLanes);
  auto opened = IndexWriter::open(options.db, options.shards, parts);
  if (!opened) return opened.error();
  IndexWriter& writer = **opened;

  IndexReport report;
  const std::uint64_t config_digest = config_hash(options.config);
  RunContext ctx{options,         writer.existing(),       config_digest,
                 options.rebuild, options.gazetteer.get(), {}};
  std::shared_ptr<const core::Gazetteer> loaded;
  if (options.gazetteer_loading.valid()) {
    loaded = options.gazetteer_loading.get();
    ctx.gazetteer = loaded.get();
  }
  ctx.repo = RepoContext::build(options.repo, discovery.files, options.config, ctx.gazetteer);
  for (const auto& s : discovery.skipped) {
    if (!s.is_file) {
      report.warnings.push_back(s.id + ": " + s.message);
      continue;
    }
    report.skipped_files.push_back({s.id, 0, s.reason, s.message});
  }

  std::set<std::string> keep;  // ids that stay in the index
  // Batch k is written on its own thread while batch k + 1 is prepared.
  std::vector<FileOutcome> preparing, writing;
  std::vector<Xapian::TermGenerator> tgs;
  for (unsigned t = 0; t < threads; ++t) tgs.push_back(make_term_generator());
  std::future<core::Status> written;
  const auto& files = discovery.files;
  for (std::size_t begin = 0; begin < files.size(); begin += kBatchSize) {
    std::size_t end = std::min(files.size(), begin + kBatchSize);
    prepare_batch(files, begin, end, ctx, tgs, preparing);
    if (written.valid()) {
      if (auto st = written.get(); !st) return st.error();
    }
    std::swap(preparing, writing);
    written = std::async(std::launch::async, [&, begin] {
      return write_batch(files, begin, writing, writer, options, report, keep);
    });
  }
  if (written.valid()) {
    if (auto st = written.get(); !st) return st.error();
  }
  for (const auto& [id, fingerprint] : writer.existing()) {
    if (keep.count(id)) continue;
    if (auto st = writer.remove(id); !st) return st.error();
    ++report.removed;
  }
  writer.set_metadata(core::schema::kMetaSchemaVersion,
                      std::to_string(core::schema::kSchemaVersion));
  writer.set_metadata(core::schema::kMetaConfigHash, hex64(config_digest));
  writer.set_synonyms(core::default_synonyms());
  if (auto st = writer.commit(); !st) return st.error();

  std::sort(report.skipped_files.begin(), report.skipped_files.end(),
            [](const SkippedFile& a, const SkippedFile& b) { return a.id < b.id; });
  for (const auto& s : report.skipped_files) ++report.skipped_by_reason[s.reason];
  report.skipped = report.skipped_files.size();
  report.files = report.added + report.updated + report.unchanged + report.skipped;
  report.documents = report.added + report.updated + report.unchanged;
  for (const auto& s : report.skipped_files) {
    if (s.kept_previous) ++report.documents;
  }
  report.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return report;
}

}  // namespace lanyard::indexer
