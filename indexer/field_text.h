// Indexer stage 4c: the front-matter text a search should find (a talk's
// abstract, an event's venue and city, a speaker's company) as plain text,
// indexed like the body (indexer/document.cc). Pure, thread-safe.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace lanyard::indexer {

// The text values of the fields names lists (config.fields.searchable), in
// the order of the JSON object's keys:
// - a listed field's string, or each string of its list;
// - the same inside objects named extra or params (Zola, Hugo), nested too;
// - inside an object named location or venue, every string (its name,
//   street, city...), nested objects too.
// Names match ignoring ASCII case, '_' and '-' ("subTitle", "sub_title" and
// "subtitle" are one name). Markdown and HTML are reduced to the text they
// show (markdown_to_text), and URLs among their words dropped; values
// searchable_value rejects are left out. Nesting is followed to
// kMaxFieldDepth objects; values are taken until they hold kMaxFieldTextBytes
// (front matter is short; a hostile file's thousands of values are not all
// reduced and indexed).
std::vector<std::string> searchable_text(const nlohmann::json& fields,
                                         const std::vector<std::string>& names);
inline constexpr int kMaxFieldDepth = 4;
inline constexpr std::size_t kMaxFieldTextBytes = 64 << 10;

// Whether a front-matter string is text a person would search for: not only
// a number, date or time ("2024", "10:30"), and, for a single word, not a
// URL, a file or image path, an e-mail address, a slug or an id
// ("my-talk-2024", "3f2a9c1e77b04d21").
bool searchable_value(std::string_view value);

}  // namespace lanyard::indexer
