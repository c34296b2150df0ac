#include <catch2/catch.hpp>

#include "core/place.h"
#include "core/place_fold.h"

using namespace lanyard::core;

namespace {

std::shared_ptr<const Gazetteer> gazetteer() {
  auto g = Gazetteer::load();
  if (!g) FAIL(g.error().message);
  return *g;
}

}  // namespace

TEST_CASE("place: smoke", "[place]") {
  auto g = gazetteer();
  for (const char* t : {"Beijing, China", "Durham, NC", "Pittsburgh, PA", "NYC", "Online",
                        "New Orleans, Louisiana (USA) at Generations Hall | Virtual option as well",
                        "ICC Sydney, Sydney, Australia", "213 W Institute Pl, Chicago, IL 60610, United States",
                        "The Fundamentals of MLOps", "Room 101", "France", "Bei Jing Shi", "Malmö, Sweden"}) {
    auto m = g->resolve(t);
    if (!m) { WARN(t << " -> nullopt"); continue; }
    WARN(t << " -> venue=[" << (m->place ? m->place->venue : "") << "] " << (m->place ? m->place->label() : "-")
           << " online=" << m->online << " in_person=" << m->in_person);
  }
}
