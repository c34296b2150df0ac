// Renders a confs.tech conference record ({name, startDate, endDate, city,
// country, online}) as a Markdown event post that states the place and dates
// in its body the ways people write them (labelled lines, emoji, a table,
// sentences), in one of several styles chosen by `variant`.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace lanyard::eval {

struct RenderedPost {
  std::string markdown;
  std::string city, country;  // as the record has them ("" when absent)
};

// nullopt when the record lacks a name or a valid startDate.
std::optional<RenderedPost> render_conference(const nlohmann::json& record, std::size_t variant);

}  // namespace lanyard::eval
