#include "query/snippets.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

#include "core/accents.h"
#include "core/text.h"

namespace lanyard::query {

namespace {

// Long texts are cut to the stretch of this many bytes that holds the most
// query words first (found by plain substring search); the snippet is picked
// within it.
constexpr std::size_t kWindowBytes = 1024;
constexpr std::size_t kMaxOccurrences = 32;  // per word: enough to place the window
constexpr std::size_t kMaxSuffix = 3;        // "c++": as TermGenerator
constexpr std::size_t kMaxLead = 60;         // context before the first match
constexpr std::size_t kStemCacheLimit = 4096;
constexpr double kRepeatShare = 0.1;  // a word's second sighting in a window counts this much

bool ascii_alnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// ASCII, most of the text, is decided here; the rest by core and Xapian.
char32_t next_cp(std::string_view text, std::size_t& i) {
  auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  return core::next_code_point(text, i);
}

bool cjk(char32_t cp) { return cp >= 0x2E80 && core::is_cjk(cp); }

bool is_digit(char32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return Xapian::Unicode::get_category(cp) == Xapian::Unicode::DECIMAL_DIGIT_NUMBER;
}

bool word_char(char32_t cp) {
  if (cp < 0x80) return ascii_alnum(static_cast<unsigned char>(cp)) || cp == '_';
  return !core::is_cjk(cp) && Xapian::Unicode::is_wordchar(cp);
}

void append_lower(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp);
  } else {
    Xapian::Unicode::append_utf8(out, Xapian::Unicode::tolower(cp));
  }
}

// A character that joins two word characters into one word, as Xapian's
// TermGenerator has it ("don't", "AT&T", "3.14"): what it becomes in the
// word, or 0.
char32_t infix(char32_t cp, char32_t before) {
  if (cp == '\'' || cp == '&' || cp == 0xB7 || cp == 0x5F4 || cp == 0x2027) return cp;
  if (cp == 0x2019 || cp == 0x201B) return '\'';
  if (is_digit(before) && (cp == ',' || cp == '.' || cp == ';')) return cp;
  return 0;
}

// What to look for in the lowercased text: a stem's last letter is often
// rewritten ("happi" for "happy"), so long stems lose it.
std::string search_key(const std::string& word) {
  if (word.size() > 4 && static_cast<unsigned char>(word.back()) < 0x80)
    return word.substr(0, word.size() - 1);
  return word;
}

// text lowercased and, when it has accents, folded (core/accents.h), so that
// "zurich" is found in "Zürich"; at[i] is the offset in text of byte i (left
// empty when the two line up).
std::string searchable_lower(const std::string& text, std::vector<std::size_t>& at) {
  if (!core::has_accents(text)) return core::ascii_lower(text);
  std::string folded;
  folded.reserve(text.size());
  at.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    const char32_t cp = core::next_code_point(text, i);
    if (cp >= 0x300 && cp <= 0x36F) continue;  // a combining mark
    std::string_view base = core::latin_base(cp);
    if (base.empty()) base = std::string_view(text).substr(start, i - start);
    folded += base;
    at.insert(at.end(), base.size(), start);
  }
  return core::ascii_lower(folded);
}

// Start of the window: where the most distinct words occur within kWindowBytes.
std::size_t window_start(const std::string& text, const std::vector<std::string>& words) {
  std::vector<std::size_t> at;
  std::string lower = searchable_lower(text, at);
  std::vector<std::pair<std::size_t, std::size_t>> hits;  // (offset, word index)
  for (std::size_t w = 0; w < words.size(); ++w) {
    std::string key = search_key(core::fold_accents(words[w]));
    if (key.empty()) continue;
    bool ascii = static_cast<unsigned char>(key[0]) < 0x80;
    std::size_t found = 0;
    for (auto pos = lower.find(key); pos != std::string::npos && found < kMaxOccurrences;
         pos = lower.find(key, pos + 1)) {
      if (ascii && pos > 0) {
        unsigned char before = static_cast<unsigned char>(lower[pos - 1]);
        if (ascii_alnum(before) || before >= 0x80) continue;  // inside a word
      }
      hits.emplace_back(at.empty() ? pos : at[pos], w);
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

void escape_into(std::string& out, std::string_view text) {
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      default:
        out += c;
    }
  }
}

double idf(const Xapian::Database& db, const std::string& term) {
  double n = std::max<double>(1, db.get_doccount());
  return std::log(1 + n / std::max<double>(1, db.get_termfreq(term)));
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

std::vector<std::string> wildcard_prefixes(const Xapian::Query& query) {
  std::vector<std::string> out;
  if (query.get_type() == Xapian::Query::OP_WILDCARD) {
    // Xapian 1.4 has no accessor for the pattern; its description is
    // "WILDCARD <combiner> <pattern>" (a test pins this down).
    std::string d = query.get_description();
    auto open = d.find("WILDCARD ");
    if (open == std::string::npos) return out;
    auto space = d.find(' ', open + 9);
    auto close = d.rfind(')');
    if (space == std::string::npos || close == std::string::npos || close <= space + 1) return out;
    std::string pattern = d.substr(space + 1, close - space - 1);
    if (!pattern.empty() && !(pattern[0] >= 'A' && pattern[0] <= 'Z')) out.push_back(pattern);
    return out;
  }
  for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) {
    auto sub = wildcard_prefixes(query.get_subquery(i));
    out.insert(out.end(), sub.begin(), sub.end());
  }
  return out;
}

Highlighter::Highlighter(const Xapian::Database& db, const Xapian::Query& query)
    : words_(snippet_words(query)), prefixes_(wildcard_prefixes(query)) {
  int id = 0;
  for (auto t = query.get_terms_begin(); t != query.get_terms_end(); ++t) {
    const std::string& term = *t;
    if (term.size() > 1 && term[0] == 'Z' && !(term[1] >= 'A' && term[1] <= 'Z')) {
      if (stems_.emplace(term.substr(1), Word{id, idf(db, term)}).second) ++id;
      if (stem_initials_.find(term[1]) == std::string::npos) stem_initials_ += term[1];
    } else if (!term.empty() && !(term[0] >= 'A' && term[0] <= 'Z')) {
      if (plain_.emplace(term, Word{id, idf(db, term)}).second) ++id;
    }
  }
  for (const auto& p : prefixes_) words_.push_back(p);
  for (const auto* words : {&plain_, &stems_})
    for (const auto& [word, _] : *words) initials_[static_cast<unsigned char>(word[0])] = true;
  for (const auto& p : prefixes_) initials_[static_cast<unsigned char>(p[0])] = true;
}

Highlighter::Word Highlighter::match(const std::string& lower) {
  Word w = match_spelled(lower);
  // "Zürich" in the text for a query "zurich": the index matched its folded
  // twin (indexer/document.cc), so the word is marked as it is written.
  if (w.id < 0 && core::has_accents(lower)) w = match_spelled(core::fold_accents(lower));
  return w;
}

Highlighter::Word Highlighter::match_spelled(const std::string& lower) {
  if (lower.empty()) return {};
  if (auto it = plain_.find(lower); it != plain_.end()) return it->second;
  if (!stems_.empty() && stem_initials_.find(lower[0]) != std::string::npos) {
    auto cached = stem_cache_.find(lower);
    if (cached == stem_cache_.end()) {
      if (stem_cache_.size() >= kStemCacheLimit) stem_cache_.clear();
      cached = stem_cache_.emplace(lower, stemmer_(lower)).first;
    }
    if (auto it = stems_.find(cached->second); it != stems_.end()) return it->second;
  }
  for (std::size_t p = 0; p < prefixes_.size(); ++p) {
    // A partial word weighs as a word found in a tenth of the documents.
    if (lower.starts_with(prefixes_[p]))
      return Word{static_cast<int>(plain_.size() + stems_.size() + p), std::log(11.0)};
  }
  return {};
}

Highlighter::Word Highlighter::match_cjk(std::string_view text, std::size_t begin, std::size_t end,
                                         std::size_t next_end) const {
  // Xapian indexes CJK text as characters and pairs of characters: a
  // character is marked when it, or a pair it is part of, is a query term.
  Word best;
  auto look = [&](std::size_t to) {
    auto it = plain_.find(std::string(text.substr(begin, to - begin)));
    if (it != plain_.end() && it->second.weight > best.weight) best = it->second;
  };
  look(end);
  if (next_end > end) look(next_end);
  return best;
}

std::vector<Highlighter::Token> Highlighter::tokens(std::string_view text) {
  std::vector<Token> out;
  std::string lower;
  std::size_t previous_cjk = std::string_view::npos;  // start of the CJK character just before
  for (std::size_t i = 0; i < text.size();) {
    std::size_t begin = i;
    char32_t cp = next_cp(text, i);
    if (cjk(cp)) {
      Word w;
      if (!plain_.empty()) {
        std::size_t next_end = i;
        if (i < text.size() && !cjk(next_cp(text, next_end))) next_end = i;
        w = match_cjk(text, begin, i, next_end);
        if (previous_cjk != std::string_view::npos) {
          Word pair = match_cjk(text, previous_cjk, i, i);
          if (pair.weight > w.weight) w = pair;
        }
      }
      out.push_back({begin, i, w.id, w.weight});
      previous_cjk = begin;
      continue;
    }
    previous_cjk = std::string_view::npos;
    if (!word_char(cp)) continue;
    lower.clear();
    append_lower(lower, cp);
    // Only a word whose first letter some query word has is spelled out, or
    // one starting with an accented Latin letter (which may fold onto one).
    const auto initial = static_cast<unsigned char>(lower[0]);
    const bool wanted = initials_[initial] || (initial >= 0xC3 && initial <= 0xC8);
    std::size_t end = i;
    char32_t last = cp;
    while (end < text.size()) {
      std::size_t j = end;
      char32_t c = next_cp(text, j);
      if (word_char(c)) {
        if (wanted) append_lower(lower, c);
        end = j, last = c;
        continue;
      }
      char32_t joined = infix(c, last);
      if (!joined || j >= text.size()) break;
      std::size_t k = j;
      char32_t next = next_cp(text, k);
      if (!word_char(next) || (is_digit(last) != is_digit(next) && joined != '\'' && joined != '&'))
        break;
      if (wanted) append_lower(lower, joined), append_lower(lower, next);
      end = k, last = next;
    }
    Word w = wanted ? match(lower) : Word{};
    // "C++", "C#": the suffix belongs to the word when the query has it so.
    std::size_t suffix_end = end;
    while (wanted && suffix_end < text.size() && suffix_end - end < kMaxSuffix &&
           (text[suffix_end] == '+' || text[suffix_end] == '#'))
      ++suffix_end;
    if (suffix_end > end) {
      std::size_t k = suffix_end;
      if (k >= text.size() || !word_char(next_cp(text, k))) {
        Word whole = match(lower + std::string(text.substr(end, suffix_end - end)));
        if (whole.id >= 0) w = whole, end = suffix_end;
      }
    }
    out.push_back({begin, end, w.id, w.weight});
    i = end;
  }
  return out;
}

std::string Highlighter::render(std::string_view text, const std::vector<Token>& tokens,
                                std::size_t from, std::size_t to, const SnippetOptions& o) const {
  std::string out;
  out.reserve((to - from) * 11 / 10 + 32);
  std::size_t at = from;
  bool open = false;
  for (const auto& t : tokens) {
    if (t.begin < from || t.word < 0) continue;
    if (t.end > to) break;
    if (open && t.begin == at) {  // adjacent CJK characters share one mark
      escape_into(out, text.substr(t.begin, t.end - t.begin));
      at = t.end;
      continue;
    }
    if (open) out += o.hi_end;
    escape_into(out, text.substr(at, t.begin - at));
    out += o.hi_start;
    escape_into(out, text.substr(t.begin, t.end - t.begin));
    open = true;
    at = t.end;
  }
  if (open) out += o.hi_end;
  escape_into(out, text.substr(at, to - at));
  return out;
}

std::string Highlighter::mark(std::string_view text, const SnippetOptions& o) {
  return render(text, tokens(text), 0, text.size(), o);
}

std::string Highlighter::snippet(std::string_view text, const SnippetOptions& o) {
  auto toks = tokens(text);
  if (toks.empty()) return "";
  std::vector<std::size_t> matches;
  for (std::size_t i = 0; i < toks.size(); ++i)
    if (toks[i].word >= 0) matches.push_back(i);
  // The window with the heaviest distinct words; the earliest on a tie.
  std::size_t first = 0, last = 0;
  double best = -1;
  for (std::size_t a = 0; a < matches.size(); ++a) {
    std::vector<int> seen;
    double score = 0;
    std::size_t b = a;
    for (; b < matches.size() && toks[matches[b]].end - toks[matches[a]].begin <= o.length; ++b) {
      const Token& t = toks[matches[b]];
      bool again = std::find(seen.begin(), seen.end(), t.word) != seen.end();
      score += again ? t.weight * kRepeatShare : t.weight;
      if (!again) seen.push_back(t.word);
    }
    if (b == a) b = a + 1;  // a single word longer than the window
    if (score > best) best = score, first = toks[matches[a]].begin, last = toks[matches[b - 1]].end;
  }
  std::size_t from = 0;
  if (best >= 0) {
    // Some context before the first match: from a sentence start when one is
    // near, else a few words.
    std::size_t slack = o.length > last - first ? o.length - (last - first) : 0;
    std::size_t lead = std::min(slack / 2, kMaxLead);
    bool snap = true;  // to a sentence start
    if (text.size() - last < slack - lead) {
      lead = slack - (text.size() - last);  // near the end: the room goes before
      snap = false;
    }
    from = first;
    for (const auto& t : toks) {
      if (t.begin + lead >= first) {
        from = std::min(t.begin, first);
        break;
      }
    }
    for (std::size_t p = first; snap && p > from; --p) {
      char c = text[p - 1];
      if (c == '\n' || ((c == ' ') && p >= 2 &&
                        (text[p - 2] == '.' || text[p - 2] == '!' || text[p - 2] == '?'))) {
        from = p;
        break;
      }
    }
    while (from < first && (text[from] == ' ' || text[from] == '\n')) ++from;
  }
  std::size_t to = from;
  bool more = false;
  for (const auto& t : toks) {
    if (t.begin < from) continue;
    if (t.end - from > o.length && t.end > last) {
      more = true;
      break;
    }
    to = t.end;
  }
  if (!more) {
    // The text's end: its closing punctuation too ("views.").
    while (to < text.size() && to - from < o.length + 4 &&
           std::ispunct(static_cast<unsigned char>(text[to])))
      ++to;
  } else {
    // Cut mid-text: closing brackets and quotes stay with their word, but not
    // a comma or full stop before the "…" ("latency…", not "latency,…").
    while (to < text.size() &&
           (text[to] == ')' || text[to] == ']' || text[to] == '"' || text[to] == '\''))
      ++to;
  }
  std::string out = render(text, toks, from, to, o);
  if (from > 0) out = o.omit + out;
  if (more) out += o.omit;
  return out;
}

std::string body_snippet(Highlighter& h, const std::string& text, const SnippetOptions& o) {
  if (text.empty()) return "";
  if (text.size() <= kWindowBytes) return h.snippet(text, o);
  std::size_t start = std::min(window_start(text, h.words()), text.size() - kWindowBytes);
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
  std::string out = h.snippet(std::string_view(text).substr(start, end - start), o);
  if (start > 0 && !out.starts_with(o.omit)) out = o.omit + out;
  if (end < text.size() && !out.ends_with(o.omit)) out += o.omit;
  return out;
}

std::string title_html(Highlighter& h, const std::string& title, const SnippetOptions& o) {
  if (title.empty()) return "";
  return h.mark(title, o);
}

}  // namespace lanyard::query
