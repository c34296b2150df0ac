// libFuzzer target: the search request parser (query/request.h) as both
// front ends feed it, then the query it turns into. The first byte picks the
// front end: even = an HTTP query string decoded by cpp-httplib (as the
// server does), odd = CLI-style parameters, "key=value" separated by NUL
// bytes. A parsed request is checked against its limits, then its query text
// goes through the QueryBuilder (both default operators) and its filters
// through build_filters, over a small index with a spelling dictionary.
#include <httplib.h>
#include <stdlib.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "core/place.h"
#include "query/query_builder.h"
#include "query/request.h"

namespace {

using Params = std::multimap<std::string, std::string>;

Params cli_params(std::string_view text) {
  Params params;
  while (!text.empty()) {
    auto end = text.find('\0');
    std::string_view item = text.substr(0, end);
    auto eq = item.find('=');
    params.emplace(std::string(item.substr(0, eq)),
                   eq == std::string_view::npos ? std::string() : std::string(item.substr(eq + 1)));
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return params;
}

// A small index on disk (in-memory databases have no spelling table),
// removed at exit.
struct Fixture {
  std::filesystem::path dir;
  std::shared_ptr<const lanyard::core::Gazetteer> gazetteer;
  Xapian::Database db;
  std::unique_ptr<lanyard::query::QueryBuilder> builder;

  Fixture() {
    char name[] = "/tmp/lanyard-fuzz-XXXXXX";
    if (!::mkdtemp(name)) std::abort();
    dir = name;
    auto loaded = lanyard::core::Gazetteer::load();
    if (!loaded) std::abort();
    gazetteer = *loaded;
    {
      Xapian::WritableDatabase w((dir / "db").string(), Xapian::DB_CREATE_OR_OVERWRITE);
      for (const char* word : {"python", "pytorch", "django", "conference", "keynote", "beijing"}) {
        Xapian::Document doc;
        doc.add_posting(word, 1);
        w.add_document(doc);
        w.add_spelling(word);
      }
      w.commit();
    }
    db = Xapian::Database((dir / "db").string());
    builder = std::make_unique<lanyard::query::QueryBuilder>(db, gazetteer.get());
  }
  ~Fixture() {
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
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
  if (size == 0) return 0;
  Fixture& f = fixture();
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  Params params;
  if (data[0] % 2 == 0) {
    httplib::detail::parse_query_text(std::string(text), params);
  } else {
    params = cli_params(text);
  }
  auto request = lanyard::query::parse_search_request(params);
  if (!request) {
    if (request.error().message.empty()) std::abort();
    return 0;
  }
  using lanyard::query::kMaxLimit;
  using lanyard::query::kMaxOffset;
  if (request->limit < 1 || request->limit > kMaxLimit || request->offset > kMaxOffset)
    std::abort();
  for (auto op : {lanyard::query::DefaultOp::all_words, lanyard::query::DefaultOp::any_word}) {
    auto parsed = f.builder->parse(request->query, {op, request->partial, true});
    (void)parsed.query.get_description();
  }
  lanyard::core::Date today{2025, 6, 7};
  if (auto filters = lanyard::query::build_filters(*request, f.gazetteer.get(), today)) {
    (void)filters->apply(lanyard::query::match_all()).get_description();
  }
  return 0;
}
