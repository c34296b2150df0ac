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

TEST_CASE(
    "document: an accented word has its folded twin at its positions, with the folded word's stem",
    "[indexer][document]") {
  auto terms = terms_of(record("Zürich Meetup", "We meet in Zürich for a multilingüe evening."));
  struct Case {
    std::string accented, folded;
  };
  const std::vector<Case> cases = {
      {"zürich", "zurich"},    // title x5 and body: wdf 6, both positions
      {"Szürich", "Szurich"},  // the title's prefixed term
      {"multilingüe", "multilingue"},
  };
  for (const auto& c : cases) {
    INFO(c.accented);
    REQUIRE(terms.count(c.accented));
    REQUIRE(terms.count(c.folded));
    CHECK(terms[c.folded].wdf == terms[c.accented].wdf);
    CHECK(terms[c.folded].positions == terms[c.accented].positions);
  }
  CHECK(terms["zurich"].wdf == 6);
  // The stems the query parser makes of the folded words ("multilingue" stems
  // to "multilingu"), whatever the accented word stemmed to.
  CHECK(terms.count("Zzurich"));
  CHECK(terms.count("Zmultilingu"));
  CHECK(terms.count("ZSzurich"));
  // Words without accents have no twin and keep their wdf.
  CHECK(terms["meetup"].wdf == 5);
  CHECK(terms["evening"].wdf == 1);
}

TEST_CASE("document: ids and filter terms are never folded", "[indexer][document]") {
  Record r = record("Café", "Text");
  r.id = "_posts/café.md";  // replace_document("Q_posts/cafe.md") must not find it
  lanyard::core::Place place;
  place.city = "Zürich";
  place.country = "Switzerland";
  r.facets.place = place;
  r.speakers = {"José García"};
  auto terms = terms_of(r);
  for (const std::string term : {"Q_posts/café.md", "XCITYzürich", "XLOCzürich", "XSPKjosé garcía",
                                 "cafe", "zurich", "Ajose"}) {
    INFO(term);
    CHECK(terms.count(term));
  }
  for (const std::string term :
       {"Q_posts/cafe.md", "XCITYzurich", "XLOCzurich", "XSPKjose garcia"}) {
    INFO(term);
    CHECK_FALSE(terms.count(term));
  }
}

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
