#include "indexer/facets/facets.h"

#include "indexer/facets/topics.h"

namespace lanyard::indexer {

Facets extract_facets(const Record& record, const Config& config, const core::Gazetteer* gazetteer) {
  Facets facets;
  PlaceFacet where = extract_place(record, config, gazetteer);
  facets.place = std::move(where.place);
  facets.attendance = where.attendance;
  facets.event_dates = extract_event_dates(record, config);
  const Taxonomy& taxonomy = config.topics ? *config.topics : *Taxonomy::builtin();
  facets.topics = extract_topics(record, taxonomy);
  return facets;
}

}  // namespace lanyard::indexer
