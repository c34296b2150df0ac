#include "indexer/stem_cache.h"

#include <xapian.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "indexer/document.h"

using lanyard::indexer::cached_stemmer;

TEST_CASE("stem cache: the same stems as Xapian's stemmer, also after the cache empties",
          "[indexer][stem]") {
  const std::vector<std::string> words = {
      "running",    "runs",       "ran",        "happy",      "happiness", "conferences",
      "conference", "generously", "Python",     "naïve",      "cafés",     "a",
      "",           "running",    "organisers", "organizers", "keynotes",  "keynote"};
  Xapian::Stem plain("english");
  Xapian::Stem cached = cached_stemmer("english", 4);  // emptied every few new words
  for (int round = 0; round < 3; ++round) {
    for (const auto& w : words) {
      INFO(w);
      CHECK(cached(w) == plain(w));
    }
  }
  CHECK(cached.get_description() == "Xapian::Stem(cached english)");
  CHECK_THROWS_AS(cached_stemmer("klingon"), Xapian::InvalidArgumentError);
}

TEST_CASE("stem cache: a document's terms are those an uncached TermGenerator makes",
          "[indexer][stem]") {
  const std::string text =
      "Running conferences: organisers ran happier keynotes, and runners run. Running!";
  Xapian::TermGenerator tg = lanyard::indexer::make_term_generator();
  Xapian::Document cached_doc, plain_doc;
  tg.set_document(cached_doc);
  tg.index_text(text);
  tg.index_text(text, 1, "S");
  Xapian::TermGenerator plain;
  plain.set_stemmer(Xapian::Stem("english"));
  plain.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  plain.set_flags(Xapian::TermGenerator::FLAG_CJK_NGRAM);
  plain.set_document(plain_doc);
  plain.index_text(text);
  plain.index_text(text, 1, "S");
  std::vector<std::string> a(cached_doc.termlist_begin(), cached_doc.termlist_end());
  std::vector<std::string> b(plain_doc.termlist_begin(), plain_doc.termlist_end());
  CHECK(a == b);
  CHECK(std::find(a.begin(), a.end(), "Zrun") != a.end());
}
