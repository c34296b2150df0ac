// Indexer stage 3: Markdown (CommonMark + GFM tables, strikethrough, autolinks,
// task lists) reduced to the plain text a person reads. Pure, thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lanyard::indexer {

struct MarkdownText {
  // Visible text, one block (paragraph, list item, heading, table row, code
  // block line) per line; blank lines between blocks. Table rows are their
  // cells joined with " | ". Inline emphasis markers are gone, so
  // "**Location:** Beijing" becomes "Location: Beijing".
  std::string text;
  std::vector<std::string> headings;  // every heading's text, in order
  std::string first_heading;          // the first level-1 heading, else empty
};

// Before rendering, Liquid tags ({% ... %}, {{ ... }}, and whole
// {% comment %}...{% endcomment %} / {% raw %} blocks) and kramdown attribute
// lists ({: ...} and {:style="..."}) are removed. Raw HTML blocks and inline
// HTML are reduced to their visible text: tags dropped, entities decoded,
// <script>/<style> content dropped, img alt text kept, <br>/<p>/<div>/<li>
// start new lines. CRLF and lone CR are treated as LF. Never fails: broken
// Markdown (unclosed fences, stray HTML) yields whatever text it holds.
MarkdownText markdown_to_text(std::string_view markdown);

}  // namespace lanyard::indexer
