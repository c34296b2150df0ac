// Scoring extracted facets against labels (tests/data/facets/LABELLING.md):
// per facet, how many labelled documents the extraction got right.
#pragma once

#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "core/place.h"
#include "indexer/record.h"

namespace lanyard::eval {

struct Tally {
  int total = 0, right = 0;
  void add(bool ok) {
    ++total;
    right += ok ? 1 : 0;
  }
  double pct() const { return total ? 100.0 * right / total : 0.0; }
};

struct Scores {
  Tally place;            // labelled city: city and country exact
  Tally country;          // labelled country (city or not): country exact
  Tally place_invented;   // labelled no place: right when none was extracted
  Tally start, end;       // labelled start/end: exact
  Tally date_invented;    // labelled no event date: right when none was extracted
  Tally online;           // labelled attendance: exact
  Tally topic_precision;  // each taxonomy topic found (from tags or inferred): in the labels?
  Tally topic_recall;     // each labelled topic: found (any source)?
  std::vector<std::string> wrong;  // "id: what was wrong"

  void merge(const Scores& other);
};

// Lowercased letters and digits, '&' as "and": how labels and facets are compared.
std::string fold(std::string_view s);

// The label's place as the gazetteer names it ("Washington, DC" -> Washington,
// United States), so that spelling variants of a label agree with the facet.
// Unchanged when the gazetteer cannot resolve it.
nlohmann::json canonical_place(const nlohmann::json& label, const core::Gazetteer* gazetteer);

// Adds one labelled document's facets to s. vocabulary: the folded taxonomy
// topic names whose inferred use counts for precision.
void score_one(const nlohmann::json& label, const indexer::Record& record, Scores& s,
               const std::set<std::string>& vocabulary);

nlohmann::json scores_json(const Scores& s);

// A table row per name.
void print_table(const std::vector<std::pair<std::string, const Scores*>>& rows);

}  // namespace lanyard::eval
