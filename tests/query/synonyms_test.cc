#include "core/synonyms.h"

#include <algorithm>
#include <catch2/catch.hpp>

using lanyard::core::parse_synonyms;
using lanyard::core::SynonymPair;

TEST_CASE("synonyms: a group maps every expression to every other, lowercased", "[query]") {
  auto pairs =
      parse_synonyms("# comment\n\nCFP = Call for  Proposals = call for papers\nNeurIPS=NIPS\n");
  REQUIRE(pairs);
  auto has = [&](const std::string& k, const std::string& v) {
    return std::find(pairs->begin(), pairs->end(), SynonymPair{k, v}) != pairs->end();
  };
  CHECK(pairs->size() == 8);
  CHECK(has("cfp", "call for proposals"));
  CHECK(has("call for proposals", "cfp"));
  CHECK(has("call for papers", "call for proposals"));
  CHECK(has("nips", "neurips"));
}

TEST_CASE("synonyms: a line with one expression is an error naming it", "[query]") {
  auto pairs = parse_synonyms("a = b\nlonely\n");
  REQUIRE_FALSE(pairs);
  CHECK(pairs.error().message.find("line 2") != std::string::npos);
}

TEST_CASE("synonyms: the shipped data/synonyms.txt parses", "[query]") {
  auto pairs = parse_synonyms(lanyard::core::default_synonyms_text());
  REQUIRE(pairs);
  CHECK(std::find(pairs->begin(), pairs->end(), SynonymPair{"ptc", "pytorch conference"}) !=
        pairs->end());
}
