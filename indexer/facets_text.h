// Internal to indexer/facets*.cc: reading the body the way facets need it —
// labelled lines ("Location: Paris", "📅 Jun 7", "Venue | ICC Sydney") and the
// sentences of the opening paragraphs. Not part of lanyard_indexer's interface.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lanyard::indexer::facets_text {

enum class LabelKind { location, date, both };

struct Labelled {
  LabelKind kind;
  std::string_view value;  // trimmed, a view into the scanned text
};

// Every "Label: value" in the body, in order. A label starts a line (after a
// list bullet) or follows a space with a capital ("... 2025 Location: Paris"),
// since Markdown soft breaks join lines; a value ends at the next label.
// Labels: Location, Where, Venue, Place, Address, City (location); Date, Dates,
// When, Time and date (date); When/Where, Date & Location (both); the emoji 📍
// (location) and 📅 🗓 (date) need no colon; table rows "Venue | ..." count.
std::vector<Labelled> labelled_values(std::string_view body);

// The first paragraphs of the body (non-empty lines that are not labelled
// lines), up to about max_bytes, split into sentences.
std::vector<std::string_view> opening_sentences(std::string_view body, std::size_t max_bytes = 2000);

// True when the (lowercased) text has word at a word boundary.
bool has_word(std::string_view lower_text, std::string_view word);

}  // namespace lanyard::indexer::facets_text
