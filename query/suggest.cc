// Searcher::suggest: completions for search-as-you-type, read from the term
// lists (title words, whole speaker names, places, topics), so they cost one
// term-list walk per kind and need nothing extra at index time.
#include <algorithm>
#include <set>

#include "core/schema.h"
#include "core/text.h"
#include "query/searcher.h"

namespace lanyard::query {

namespace {

namespace prefix = core::schema::prefix;

constexpr std::size_t kMaxTyped = 100;     // bytes of input considered
constexpr std::size_t kMaxScanned = 2000;  // terms walked per kind

// Terms prefix+start..., with their document counts, capped at kMaxScanned.
std::vector<std::pair<std::string, std::size_t>> completions(const Xapian::Database& db,
                                                             const std::string& prefix,
                                                             const std::string& start) {
  std::vector<std::pair<std::string, std::size_t>> out;
  std::string from = prefix + start;
  std::size_t scanned = 0;
  for (auto t = db.allterms_begin(from); t != db.allterms_end(from) && scanned < kMaxScanned;
       ++t, ++scanned) {
    std::string term = *t;
    // Omega's capital rule puts a ':' after multi-letter prefixes; our values
    // are lowercased, so such a term is not ours to complete.
    std::string value = term.substr(prefix.size());
    if (value.empty() || value.front() == ':') continue;
    out.emplace_back(value, t.get_termfreq());
  }
  return out;
}

// The stored spelling of a lowercased value: the first document with the term
// usually has it with its capitals ("ada lovelace" -> "Ada Lovelace").
std::string display_form(const Xapian::Database& db, const std::string& term,
                         const std::string& value, const char* field) {
  auto post = db.postlist_begin(term);
  if (post == db.postlist_end(term)) return value;
  Hit hit = hit_summary_from_document(db.get_document(*post));
  std::vector<std::string> candidates;
  if (std::string(field) == "speaker") candidates = hit.speakers;
  if (std::string(field) == "topic") candidates = hit.topics;
  if (std::string(field) == "place" && hit.location.is_object()) {
    for (const char* key : {"city", "region", "country"}) {
      if (hit.location.contains(key) && hit.location[key].is_string())
        candidates.push_back(hit.location[key]);
    }
  }
  for (const auto& c : candidates) {
    if (core::ascii_lower(c) == value) return c;
  }
  return value;
}

}  // namespace

core::Result<std::vector<Suggestion>> Searcher::suggest(std::string_view typed, std::size_t limit) {
  std::string text = core::ascii_lower(core::trim(core::utf8_truncate(typed, kMaxTyped)));
  if (text.empty() || limit == 0) return std::vector<Suggestion>{};
  return suggest_guarded(text, limit);
}

core::Result<std::vector<Suggestion>> Searcher::suggest_once(const std::string& text,
                                                             std::size_t limit) {
  std::vector<Suggestion> out;
  // Title words complete the last word; the words before it stay as typed.
  std::size_t space = text.find_last_of(' ');
  std::string head = space == std::string::npos ? "" : text.substr(0, space + 1);
  std::string last = space == std::string::npos ? text : text.substr(space + 1);
  if (!last.empty()) {
    for (auto& [word, count] : completions(db_, prefix::kTitle, last))
      out.push_back({head + word, "title", count});
  }
  const std::pair<const char*, const char*> kinds[] = {
      {prefix::kSpeakerExact, "speaker"}, {prefix::kLocation, "place"}, {prefix::kTopic, "topic"}};
  for (const auto& [pfx, kind] : kinds) {
    for (auto& [value, count] : completions(db_, pfx, text)) out.push_back({value, kind, count});
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Suggestion& a, const Suggestion& b) { return a.count > b.count; });
  std::vector<Suggestion> best;
  std::set<std::string> seen;
  for (auto& s : out) {
    if (best.size() == limit) break;
    if (!seen.insert(s.kind == "title" ? s.text : s.kind + ":" + s.text).second) continue;
    if (s.kind != "title") {
      const char* pfx = s.kind == "speaker" ? prefix::kSpeakerExact
                        : s.kind == "place" ? prefix::kLocation
                                            : prefix::kTopic;
      s.text = display_form(db_, core::schema::boolean_term(pfx, s.text), s.text, s.kind.c_str());
    }
    best.push_back(std::move(s));
  }
  return best;
}

}  // namespace lanyard::query
