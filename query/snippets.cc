#include "query/snippets.h"

#include <algorithm>
#include <set>

namespace lanyard::query {

namespace {

// A Stem keeps state while stemming: one per call, never shared across threads.
Xapian::Stem english() { return Xapian::Stem("english"); }

constexpr unsigned kBodyFlags = Xapian::MSet::SNIPPET_BACKGROUND_MODEL | Xapian::MSet::SNIPPET_EXHAUSTIVE |
                                Xapian::MSet::SNIPPET_CJK_NGRAM;
// Xapian reads a text whole to pick its snippet, stemming every word and
// looking up its frequency: 70% of a search's time on long pages. Longer
// texts are cut to the stretch of this many bytes that holds the most query
// words first (found by plain substring search), and Xapian picks within it.
constexpr std::size_t kWindowBytes = 1024;
constexpr std::size_t kMaxOccurrences = 32;  // per word: enough to place the window

bool ascii_alnum(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

bool continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// What to look for in the lowercased text: a stem's last letter is often
// rewritten ("happi" for "happy"), so long stems lose it.
std::string search_key(const std::string& word) {
  if (word.size() > 4 && static_cast<unsigned char>(word.back()) < 0x80) return word.substr(0, word.size() - 1);
  return word;
}

// Start of the window: where the most distinct words occur within kWindowBytes.
std::size_t window_start(const std::string& text, const std::vector<std::string>& words) {
  std::string lower = text;
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  std::vector<std::pair<std::size_t, std::size_t>> hits;  // (offset, word index)
  for (std::size_t w = 0; w < words.size(); ++w) {
    std::string key = search_key(words[w]);
    if (key.empty()) continue;
    bool ascii = static_cast<unsigned char>(key[0]) < 0x80;
    std::size_t found = 0;
    for (auto pos = lower.find(key); pos != std::string::npos && found < kMaxOccurrences;
         pos = lower.find(key, pos + 1)) {
      if (ascii && pos > 0) {
        unsigned char before = static_cast<unsigned char>(lower[pos - 1]);
        if (ascii_alnum(before) || before >= 0x80) continue;  // inside a word
      }
      hits.emplace_back(pos, w);
      ++found;
    }
  }
  if (hits.empty()) return 0;
  std::sort(hits.begin(), hits.end());
  const std::size_t margin = kWindowBytes / 4;
  std::size_t best_start = 0, best_count = 0;
  for (const auto& anchor : hits) {
    std::size_t start = anchor.first > margin ? anchor.first - margin : 0;
    std::set<std::size_t> seen;
    for (const auto& h : hits)
      if (h.first >= start && h.first < start + kWindowBytes) seen.insert(h.second);
    if (seen.size() > best_count) {
      best_count = seen.size();
      best_start = start;
    }
  }
  return best_start;
}

}  // namespace

std::vector<std::string> snippet_words(const Xapian::Query& query) {
  std::set<std::string> words;
  for (auto t = query.get_terms_begin(); t != query.get_terms_end(); ++t) {
    std::string term = *t;
    if (term.empty()) continue;
    if (term[0] == 'Z') {
      term.erase(0, 1);  // a stem of an unprefixed word
      if (term.empty() || (term[0] >= 'A' && term[0] <= 'Z')) continue;  // a field's stem
    } else if (term[0] >= 'A' && term[0] <= 'Z') {
      continue;  // a field or filter term
    }
    words.insert(term);
  }
  return {words.begin(), words.end()};
}

std::string body_snippet(const Xapian::MSet& mset, const std::vector<std::string>& words, const std::string& text,
                         const SnippetOptions& o) {
  if (text.empty()) return "";
  if (text.size() <= kWindowBytes) return mset.snippet(text, o.length, english(), kBodyFlags, o.hi_start, o.hi_end, o.omit);
  std::size_t start = std::min(window_start(text, words), text.size() - kWindowBytes);
  std::size_t end = start + kWindowBytes;
  // Whole characters, and whole words where a space is near.
  while (start > 0 && continuation(static_cast<unsigned char>(text[start]))) ++start;
  while (end < text.size() && continuation(static_cast<unsigned char>(text[end]))) --end;
  if (start > 0) {
    auto space = text.find(' ', start);
    if (space != std::string::npos && space < start + 64) start = space + 1;
  }
  if (end < text.size()) {
    auto space = text.rfind(' ', end);
    if (space != std::string::npos && space > start && space + 64 > end) end = space;
  }
  std::string out = mset.snippet(text.substr(start, end - start), o.length, english(), kBodyFlags, o.hi_start,
                                 o.hi_end, o.omit);
  if (start > 0 && !out.starts_with(o.omit)) out = o.omit + out;
  if (end < text.size() && !out.ends_with(o.omit)) out += o.omit;
  return out;
}

std::string title_html(const Xapian::MSet& mset, const std::string& title, const SnippetOptions& o) {
  if (title.empty()) return "";
  // A length past the title's own keeps all of it.
  return mset.snippet(title, title.size() + 1, english(), Xapian::MSet::SNIPPET_CJK_NGRAM, o.hi_start,
                      o.hi_end, o.omit);
}

}  // namespace lanyard::query
