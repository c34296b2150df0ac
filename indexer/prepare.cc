#include "indexer/prepare.h"

#include <utility>

#include "core/text.h"
#include "indexer/document.h"
#include "indexer/front_matter.h"
#include "indexer/record.h"

namespace lanyard::indexer {

namespace {

FileOutcome skip(const SourceFile& file, int line, std::string reason, std::string message) {
  FileOutcome out;
  out.kind = FileOutcome::Kind::skipped;
  out.skip = {file.id, line, std::move(reason), std::move(message)};
  return out;
}

// Checks that make a file unindexable before any parsing.
std::optional<FileOutcome> check_bytes(const SourceFile& file, const std::string& bytes) {
  if (bytes.size() >= 2 &&
      ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF'))) {
    return skip(file, 1, "not UTF-8", "UTF-16 text (byte order mark); save the file as UTF-8");
  }
  if (auto nul = bytes.find('\0'); nul != std::string::npos) {
    return skip(file, core::line_of_offset(bytes, nul), "binary file",
                "contains NUL bytes: not a text file");
  }
  std::size_t bad = 0;
  if (!core::is_valid_utf8(bytes, &bad)) {
    return skip(file, core::line_of_offset(bytes, bad), "not UTF-8",
                "invalid UTF-8 at byte " + std::to_string(bad));
  }
  return std::nullopt;
}

// What a front-matter error says beyond its line and reason: its detail, or
// the reason when that says it all.
std::string front_matter_problem(const core::Error& e) {
  if (!e.detail.empty()) return e.detail;
  return e.reason.empty() ? e.message : e.reason;
}

// A front-matter error as a skip: its line, the reason as its category.
FileOutcome front_matter_skip(const SourceFile& file, const core::Error& e) {
  std::string reason = e.reason.empty() ? "invalid front matter" : e.reason;
  return skip(file, e.line, std::move(reason), front_matter_problem(e));
}

// Front matter that is not valid YAML but reads as flat "key: value" lines
// is indexed from them, with a warning naming the YAML error.
std::optional<ParsedFile> recover(const SourceFile& file, const std::string& bytes,
                                  const core::Error& e, std::string& warning) {
  if (e.reason != "invalid YAML front matter") return std::nullopt;
  auto recovered = recover_flat_front_matter(bytes);
  if (!recovered) return std::nullopt;
  warning = file.id + ": line " + std::to_string(e.line) + ": " + e.reason + " (" +
            front_matter_problem(e) +
            "); indexed by reading its front matter as plain \"key: value\" lines";
  return recovered;
}

// Old Mac files end lines with a lone CR: read as LF, as the front matter and
// Markdown parsers expect (CRLF is understood as it is).
const std::string& with_lf_line_ends(const std::string& bytes, std::string& converted) {
  bool lone_cr = false;
  for (std::size_t i = bytes.find('\r'); i != std::string::npos && !lone_cr;
       i = bytes.find('\r', i + 1)) {
    lone_cr = i + 1 == bytes.size() || bytes[i + 1] != '\n';
  }
  if (!lone_cr) return bytes;
  converted.reserve(bytes.size());
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] != '\r') {
      converted.push_back(bytes[i]);
    } else if (i + 1 == bytes.size() || bytes[i + 1] != '\n') {
      converted.push_back('\n');
    }
  }
  return converted;
}

}  // namespace

FileOutcome prepare_file_bytes(const SourceFile& file, const std::string& raw_bytes,
                               const std::string& fingerprint, const Config& config,
                               const SiteInfo& site, FileContext context,
                               const core::Gazetteer* gazetteer, Xapian::TermGenerator& termgen) {
  if (auto bad = check_bytes(file, raw_bytes)) return *bad;
  std::string converted;
  const std::string& bytes = with_lf_line_ends(raw_bytes, converted);
  auto parsed = parse_front_matter(bytes);
  std::string warning;
  if (!parsed) {
    auto recovered = recover(file, bytes, parsed.error(), warning);
    if (!recovered) return front_matter_skip(file, parsed.error());
    parsed = std::move(*recovered);
  }
  if (std::string why = exclusion_reason(file, *parsed, config); !why.empty()) {
    FileOutcome out =
        skip(file, 0, why,
             why == "draft" ? "a draft (index it with --drafts)"
                            : "a Markdown file outside any collection, without front matter: "
                              "not a page of the site");
    out.kind = FileOutcome::Kind::excluded;
    return out;
  }
  Record record =
      build_record(file, std::move(*parsed), config, site, gazetteer, std::move(context));
  FileOutcome out;
  out.kind = FileOutcome::Kind::document;
  out.doc = build_document(record, fingerprint, termgen);
  out.warning = std::move(warning);
  return out;
}

}  // namespace lanyard::indexer
