#include "indexer/document.h"

#include <xapian.h>

#include <catch2/catch.hpp>
#include <map>
#include <string>
#include <vector>

using lanyard::indexer::build_document;
using lanyard::indexer::make_term_generator;
using lanyard::indexer::Record;

namespace {

struct TermInfo {
  Xapian::termcount wdf = 0;
  std::vector<Xapian::termpos> positions;
};

std::map<std::string, TermInfo> terms_of(const Record& r) {
  Xapian::TermGenerator tg = make_term_generator();
  Xapian::Document doc = build_document(r, "fp", tg);
  std::map<std::string, TermInfo> out;
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t)
    out[*t] = {t.get_wdf(), {t.positionlist_begin(), t.positionlist_end()}};
  return out;
}

Record record(std::string title, std::string body) {
  Record r;
  r.id = "_posts/x.md";
  r.title = std::move(title);
  r.body.text = std::move(body);
  return r;
}

}  // namespace

TEST_CASE("document: the place's names and the front matter's searchable text are words",
          "[indexer][document]") {
  Record r = record("Swiss Python Summit", "A day of talks.");
  lanyard::core::Place place;
  place.city = "Lausanne";
  place.region = "Vaud";
  place.country = "Switzerland";
  place.country_code = "CH";
  r.facets.place = place;
  r.place_aliases = {"schweiz", "suisse"};
  r.field_text = {"EPFL Rolex Learning Center", "Beginner"};
  auto terms = terms_of(r);
  for (const std::string word : {"lausanne", "vaud", "switzerland", "schweiz", "suisse", "epfl",
                                 "rolex", "beginner", "Zbeginn"}) {
    INFO(word);
    CHECK(terms.count(word));
  }
  // Unprefixed only, one per mention, as body words.
  CHECK(terms["lausanne"].wdf == 1);
  CHECK_FALSE(terms.count("Slausanne"));
}
