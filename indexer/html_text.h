// Plain-text building blocks for indexer stage 3 (markdown.cc): a writer that
// lays text out as lines and blocks, and a reducer from raw HTML to the text a
// browser would show. Neither is thread-safe; each call of markdown_to_text
// makes its own.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

namespace lanyard::indexer {

// Accumulates visible text. Whitespace (space, tab, CR, LF, FF, VT, U+00A0)
// inside appended text collapses to one space; lines never start or end with a
// space. Line and block breaks are only written once more text follows, so
// the result has no leading or trailing blank lines.
class TextWriter {
 public:
  void append(std::string_view text);
  void break_line();
  void break_block();
  // While on, breaks become spaces: a <br> in a table cell or heading must not
  // split the row or the heading.
  void set_single_line(bool on) { single_line_ = on; }
  // Bytes written so far; pending breaks are not counted.
  std::size_t size() const { return out_.size(); }
  const std::string& str() const { return out_; }
  std::string take() { return std::move(out_); }

 private:
  void flush_separator();

  std::string out_;
  int pending_newlines_ = 0;
  bool pending_space_ = false;
  bool single_line_ = false;
};

// Reduces HTML to visible text: tags dropped, entities decoded, <script>,
// <style>, <iframe>, <template>, <video>, <audio> content and comments dropped,
// <img alt> kept, block tags (<p>, <div>, <br>, <li>, <tr>, <h1>...) start new
// lines and table cells are joined with " | ". Linear in the input; a tag or
// comment left open at the end of a fragment swallows only that fragment.
// State (an open <script>, <pre>, table row) carries over between feed()
// calls, because cmark hands inline HTML over one tag at a time.
class HtmlText {
 public:
  void feed(std::string_view html, TextWriter& out);
  // Forgets open elements; markdown.cc calls it at the end of every block so
  // an unclosed <script> cannot hide the rest of the document.
  void reset() { *this = HtmlText(); }
  // True inside dropped content: Markdown text between inline <script> and
  // </script> tags must be dropped too.
  bool hiding() const { return !skip_until_.empty(); }

 private:
  std::size_t markup(std::string_view html, std::size_t lt, TextWriter& out);
  std::size_t tag(std::string_view html, std::size_t lt, TextWriter& out);
  void text(std::string_view raw, TextWriter& out) const;
  void element(std::string_view name, bool closing, bool self_closing, TextWriter& out);

  std::string skip_until_;  // lower-case name whose end tag ends dropped content
  int pre_depth_ = 0;       // inside <pre>, newlines are line breaks
  int cells_in_row_ = 0;
};

// Decodes HTML character references (&amp; &#8217; &#x2019; and common named
// ones; &nbsp; becomes a plain space). Unknown or unterminated references are
// kept as written.
std::string decode_html_entities(std::string_view text);

}  // namespace lanyard::indexer
