// Query-aware highlighted text for hits: HTML-escaped, matches in
// <mark>...</mark>, CJK text highlighted by characters.
//
// Lanyard's own highlighter, not Xapian's MSet::snippet: that one stems every
// word of the text and looks up each word's frequency in the database (64% of
// a search on djangocon-us). This one splits words as Xapian's TermGenerator
// does (xapian/unicode.h), stems only the words that could match a stem of the
// query (same first letter; a per-search cache), and weighs the query's words
// by their document frequency, which is the same in one database and over its
// shards. A word with accents matches a query word spelled without them
// ("Zürich" for "zurich"), as the index does (core/accents.h).
#pragma once

#include <xapian.h>

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace lanyard::query {

struct SnippetOptions {
  std::size_t length = 240;  // bytes of source text; about two lines on the page
  std::string hi_start = "<mark>";
  std::string hi_end = "</mark>";
  std::string omit = "…";
};

// The words a body snippet looks for: the query's unprefixed terms and the
// stems of unprefixed words ("Zcompil" -> "compil"); field and filter terms
// are left out.
std::vector<std::string> snippet_words(const Xapian::Query& query);

// The prefixes of the query's partial words ("asy" of search-as-you-type
// "python asy"), lowercased.
std::vector<std::string> wildcard_prefixes(const Xapian::Query& query);

class Highlighter {
 public:
  // The words of query to mark; each weighs log(1 + N / frequency) in db.
  Highlighter(const Xapian::Database& db, const Xapian::Query& query);

  // The best stretch of at most o.length bytes of text: the one holding the
  // heaviest set of the query's words, begun a little before the first, or
  // the start of text when none occurs. "…" marks text left out.
  std::string snippet(std::string_view text, const SnippetOptions& o = {});

  // All of text, escaped, its matching words marked.
  std::string mark(std::string_view text, const SnippetOptions& o = {});

  // What a long text is searched for before it is cut (snippet_words).
  const std::vector<std::string>& words() const { return words_; }

  struct Token {
    std::size_t begin, end;  // bytes of the text
    int word = -1;           // the query word it matches, or -1
    double weight = 0;       // that word's weight
  };
  // The words of text, with the weights of those that match.
  std::vector<Token> tokens(std::string_view text);

 private:
  struct Word {
    int id = -1;
    double weight = 0;
  };
  Word match(const std::string& lower);  // as written, else accent-folded
  Word match_spelled(const std::string& lower);
  Word match_cjk(std::string_view text, std::size_t begin, std::size_t end,
                 std::size_t next_end) const;
  std::string render(std::string_view text, const std::vector<Token>& tokens, std::size_t from,
                     std::size_t to, const SnippetOptions& o) const;

  Xapian::Stem stemmer_{"english"};
  std::vector<std::string> words_;
  std::unordered_map<std::string, Word> plain_;  // lowercased word
  std::unordered_map<std::string, Word> stems_;
  std::vector<std::string> prefixes_;  // word ids from plain_.size() + stems_.size()
  std::string stem_initials_;          // first bytes of stems_: other words are not stemmed
  std::array<bool, 256> initials_{};   // first bytes of every query word
  std::unordered_map<std::string, std::string> stem_cache_;
};

// The best-matching stretch of body text. A text over 1 KB is first cut to
// the 1 KB where most of the query's words occur (found by substring search),
// so the cost does not grow with the page.
std::string body_snippet(Highlighter& highlighter, const std::string& text,
                         const SnippetOptions& options = {});

// The whole title, escaped, its matching words marked.
std::string title_html(Highlighter& highlighter, const std::string& title,
                       const SnippetOptions& options = {});

}  // namespace lanyard::query
