// libFuzzer target: the whole per-file indexing step (indexer/prepare.h) on
// any bytes, as a Jekyll post with the real gazetteer: byte checks, front
// matter, record, facets, Markdown, Xapian document. No database is written.
// A document must carry its id term and stored data; a skip must say why.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "core/place.h"
#include "core/schema.h"
#include "indexer/document.h"
#include "indexer/prepare.h"

namespace {

struct Fixture {
  std::shared_ptr<const lanyard::core::Gazetteer> gazetteer;
  lanyard::indexer::Config config;
  lanyard::indexer::SiteInfo site;
  lanyard::indexer::SourceFile file;
  Xapian::TermGenerator termgen = lanyard::indexer::make_term_generator();

  Fixture() {
    auto loaded = lanyard::core::Gazetteer::load();
    if (!loaded) std::abort();
    gazetteer = *loaded;
    site.base_url = "https://example.org";
    file.path = "/nonexistent/_posts/2025-06-07-fuzz.md";
    file.id = "_posts/2025-06-07-fuzz.md";
    file.collection = "posts";
    file.rel_path = "2025-06-07-fuzz.md";
    file.in_collection = true;
  }
};

Fixture& fixture() {
  static Fixture f;
  return f;
}

}  // namespace

// The fixture loads the gazetteer (seconds under ASan): built before the
// first input, so that it does not count against the per-input timeout.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)fixture();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Fixture& f = fixture();
  std::string bytes(reinterpret_cast<const char*>(data), size);
  using lanyard::indexer::FileOutcome;
  FileOutcome out = lanyard::indexer::prepare_file_bytes(f.file, bytes, "v0:fuzz", f.config, f.site,
                                                         {}, f.gazetteer.get(), f.termgen);
  if (out.kind == FileOutcome::Kind::document) {
    if (!out.doc || out.doc->get_value(lanyard::core::schema::slot::kStored).empty() ||
        out.doc->termlist_count() == 0)
      std::abort();
  } else if (out.skip.reason.empty() || out.skip.id != f.file.id) {
    std::abort();
  }
  return 0;
}
