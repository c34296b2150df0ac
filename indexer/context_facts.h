// Internal to indexer/context*.cc: what RepoContext (context.h) learns about
// an event from its pages and folders (context_facts.cc), and reading a file's
// text under a size limit (context.cc). Not part of lanyard_indexer's
// interface. Pure, except read_text and learn_day_order, which read files.
#pragma once

#include <cstdint>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/place.h"
#include "indexer/discover.h"
#include "indexer/record.h"

namespace lanyard::indexer::context_facts {

// The file's bytes; empty when it cannot be read or is over `limit` bytes.
std::string read_text(const std::filesystem::path& path, std::uintmax_t limit);

// Pages that say where their folder's event is ("venue", "travel", "anfahrt").
bool is_venue_name(std::string_view stem);
// An event folder's home page: "_index.md" or "index.md".
bool is_home_name(std::string_view name);
// Pages about whoever publishes the site, not its event: they inherit no event.
bool is_publisher_page(std::string_view name);
// Merges what `more` knows into what `facts` lacks.
void fill(EventFacts& facts, const EventFacts& more);
EventFacts facts_of(const Facets& f);
// "Berlin" from "2020-berlin", "berlin-2023", "san-salvador"; nothing from "talks".
std::optional<core::Place> place_of_folder(std::string_view name, const core::Gazetteer* gazetteer);
core::DayOrder day_order_of(const nlohmann::json& config);
// The city a venue or travel page keeps naming (at least twice, more than any other).
std::optional<core::Place> dominant_place(std::string_view text, const core::Gazetteer* gazetteer);
// How a site writes numeric dates, from up to 48 of its pages.
core::DayOrder learn_day_order(const std::vector<const SourceFile*>& pages);
// What the pages agree on: the days most of them give, the place most name.
EventFacts consensus(const std::vector<Facets>& pages);

}  // namespace lanyard::indexer::context_facts
