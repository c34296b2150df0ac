// Indexer stage 3, first half: the Markdown source rewritten so that cmark-gfm
// parses what Jekyll/kramdown would have rendered, within bounds that keep the
// parser fast. markdown.cc runs this before parsing; it is a separate header
// so each rewrite can be reasoned about (and tested) as text in, text out.
// Pure and thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace lanyard::indexer {

// cmark-gfm 0.29.0.gfm.6 (Debian 12) has super-linear cases that later
// releases fixed (CVE-2023-22486, CVE-2023-24824, CVE-2023-37463). These
// limits keep every document near-linear; content beyond them keeps its text
// and only loses structure.
struct MarkdownSourceLimits {
  // Block quote and list markers honoured at the start of one line. Deeper
  // markers are dropped: each lazy continuation line costs the parser one step
  // per open container.
  std::size_t max_nesting = 32;
  // Unescaped '|' per line; more are escaped, so the line is no table row (or
  // its last cell keeps the rest). Table rows cost the square of their cells.
  std::size_t max_table_columns = 64;
  // A paragraph (or any run of lines without a blank one) longer than this is
  // cut by a blank line, between lines or at a space inside a long line.
  // Inline parsing is quadratic on some bracket patterns within one block.
  std::size_t max_block_bytes = 16 * 1024;
  // A table whose cells outnumber its bytes by more than this is ended with a
  // blank line: rows shorter than the header are padded with empty cells, so
  // 2-byte rows under a 64-column header would cost 64 nodes each.
  std::size_t table_cell_slack = 4096;
};

// CRLF and lone CR become LF. Liquid goes: {{ expressions }} and {% tags %}
// vanish, {% comment %} and {% capture %} blocks vanish whole, {% raw %}
// blocks keep their content verbatim, {% highlight %} blocks become fenced
// code. An opener without a closer within 1 KiB and before a blank line is
// dropped alone, never the text after it. Kramdown attribute lists ({: ...},
// {:style="..."}) are removed outside fenced code; a line that held only one
// is removed. Then the limits above apply, to fenced code as well.
std::string prepare_markdown_source(std::string_view markdown,
                                    const MarkdownSourceLimits& limits = {});

}  // namespace lanyard::indexer
