// Query-aware highlighted text for hits: HTML-escaped, matches in
// <mark>...</mark>, CJK text highlighted by n-grams.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <xapian.h>

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

// The best-matching stretch of body text for the MSet's query. A text over
// 1 KB is first cut to the 1 KB where most of words occur ("…" marks what was
// cut), so the cost does not grow with the page. Always passes markers: with
// empty ones Xapian 1.4 leaves short text unescaped.
std::string body_snippet(const Xapian::MSet& mset, const std::vector<std::string>& words, const std::string& text,
                         const SnippetOptions& options = {});

// The whole title, escaped, its matching words marked.
std::string title_html(const Xapian::MSet& mset, const std::string& title, const SnippetOptions& options = {});

}  // namespace lanyard::query
