#include "query/snippets.h"

namespace lanyard::query {

namespace {

// A Stem keeps state while stemming: one per call, never shared across threads.
Xapian::Stem english() { return Xapian::Stem("english"); }

}  // namespace

std::string body_snippet(const Xapian::MSet& mset, const std::string& text, const SnippetOptions& o) {
  if (text.empty()) return "";
  unsigned flags = Xapian::MSet::SNIPPET_BACKGROUND_MODEL | Xapian::MSet::SNIPPET_EXHAUSTIVE |
                   Xapian::MSet::SNIPPET_CJK_NGRAM;
  return mset.snippet(text, o.length, english(), flags, o.hi_start, o.hi_end, o.omit);
}

std::string title_html(const Xapian::MSet& mset, const std::string& title, const SnippetOptions& o) {
  if (title.empty()) return "";
  // A length past the title's own keeps all of it.
  return mset.snippet(title, title.size() + 1, english(), Xapian::MSet::SNIPPET_CJK_NGRAM, o.hi_start,
                      o.hi_end, o.omit);
}

}  // namespace lanyard::query
