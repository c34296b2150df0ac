// libFuzzer target: places. The gazetteer's resolve() and location_keys() on
// any text, and the indexer's place facet (indexer/facets_place.cc) with the
// text as a front-matter location, as a labelled body line and as an event
// sentence. A resolved place must have a country or coordinates in range.
#include "core/place.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "indexer/facets/facets.h"

namespace {

const lanyard::core::Gazetteer& gazetteer() {
  static std::shared_ptr<const lanyard::core::Gazetteer> g = [] {
    auto loaded = lanyard::core::Gazetteer::load();
    if (!loaded) std::abort();
    return *loaded;
  }();
  return *g;
}

void check(const std::optional<lanyard::core::Place>& place) {
  if (!place) return;
  if (place->latitude && (*place->latitude < -90 || *place->latitude > 90)) std::abort();
  if (place->longitude && (*place->longitude < -180 || *place->longitude > 180)) std::abort();
  (void)place->label();
  (void)lanyard::core::place_keys(*place);
}

}  // namespace

// Loading the gazetteer takes seconds under ASan: done before the first input,
// so that it does not count against the per-input timeout.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)gazetteer();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  const auto& g = gazetteer();
  if (auto m = g.resolve(text)) check(m->place);
  (void)g.location_keys(text);

  using namespace lanyard::indexer;
  static const Config config;
  Record record;
  record.collection = "events";
  record.fields["location"] = text;
  check(extract_place(record, config, &g).place);
  record.fields = nlohmann::json::object();
  record.event = text;
  record.body.text =
      "Location: " + text + "\n\nThe conference is held in " + text + " this year.\n";
  check(extract_place(record, config, &g).place);
  return 0;
}
