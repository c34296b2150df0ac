#include "indexer/markdown_source.h"

#include <algorithm>
#include <optional>
#include <utility>

namespace lanyard::indexer {
namespace {

constexpr auto npos = std::string_view::npos;

// Longest {% ... %} or {{ ... }} we believe; an opener without a closer this
// near (and before a blank line) is text, so a stray "{{" cannot swallow the
// rest of the document.
constexpr std::size_t kMaxLiquidTag = 1024;

// Kramdown renders ```/~~~ fences as code; this fence is long enough that no
// line inside a {% highlight %} block closes it by accident.
constexpr std::string_view kHighlightFence = "~~~~~~~~~~~~~~~~";

std::string normalize_newlines(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  std::size_t i = 0;
  while (i < in.size()) {
    const std::size_t cr = in.find('\r', i);
    out.append(in.substr(i, cr == npos ? npos : cr - i));
    if (cr == npos) break;
    out.push_back('\n');
    i = cr + 1 < in.size() && in[cr + 1] == '\n' ? cr + 2 : cr + 1;
  }
  return out;
}

// std::string_view::find that remembers its last answer. Scanners ask for the
// next "%}" after every "{%"; without the memory, a line of 10^6 openers and
// no closer would be rescanned 10^6 times.
class NextFinder {
 public:
  NextFinder(std::string_view text, std::string_view needle) : text_(text), needle_(needle) {}
  std::size_t operator()(std::size_t from) {
    if (from >= searched_from_ && (found_ == npos || found_ >= from)) return found_;
    searched_from_ = from;
    found_ = text_.find(needle_, from);
    return found_;
  }

 private:
  std::string_view text_;
  std::string_view needle_;
  std::size_t searched_from_ = npos;  // npos: never searched (compares greater)
  std::size_t found_ = npos;
};

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Finds the next {% name %} tag (whitespace control '-' allowed) at or after a
// position that only grows.
class LiquidTagFinder {
 public:
  LiquidTagFinder(std::string_view text, std::string_view name)
      : text_(text), name_(name), find_name_(text, name) {}
  struct Span {
    std::size_t begin, end;
  };
  std::optional<Span> find(std::size_t from) {
    if (searched_from_ != npos && from >= searched_from_ && (!found_ || found_->begin >= from)) {
      return found_;
    }
    searched_from_ = from;
    found_.reset();
    for (std::size_t at = find_name_(from); at != npos; at = find_name_(at + 1)) {
      if (auto span = tag_around(at); span && span->begin >= from) return found_ = span;
    }
    return found_;
  }

 private:
  std::optional<Span> tag_around(std::size_t at) const {
    std::size_t b = at;
    while (b > 0 && (text_[b - 1] == ' ' || text_[b - 1] == '\t' || text_[b - 1] == '\n')) --b;
    if (b > 0 && text_[b - 1] == '-') --b;
    if (b < 2 || text_.compare(b - 2, 2, "{%") != 0) return std::nullopt;
    std::size_t e = at + name_.size();
    if (e < text_.size() && is_word_char(text_[e])) return std::nullopt;
    while (e < text_.size() && (text_[e] == ' ' || text_[e] == '\t' || text_[e] == '\n')) ++e;
    if (e < text_.size() && text_[e] == '-') ++e;
    if (text_.compare(e, 2, "%}") != 0) return std::nullopt;
    return Span{b - 2, e + 2};
  }

  std::string_view text_;
  std::string_view name_;
  NextFinder find_name_;
  std::size_t searched_from_ = npos;  // the last query, remembered like NextFinder's
  std::optional<Span> found_;
};

// Removes Liquid the way Jekyll's output would lack it: {{ expressions }} and
// {% tags %} vanish, comment and capture blocks vanish whole, raw blocks keep
// their content verbatim, and highlight blocks become fenced code.
class LiquidStripper {
 public:
  explicit LiquidStripper(std::string_view in)
      : in_(in),
        next_tag_end_(in, "%}"),
        next_output_end_(in, "}}"),
        next_blank_line_(in, "\n\n"),
        end_comment_(in, "endcomment"),
        end_capture_(in, "endcapture"),
        end_raw_(in, "endraw"),
        end_highlight_(in, "endhighlight") {}

  std::string run() {
    out_.reserve(in_.size());
    std::size_t i = 0;
    while (i < in_.size()) {
      const std::size_t open = next_opener(i);
      copy(in_.substr(i, open == npos ? npos : open - i));
      if (open == npos) break;
      i = in_[open + 1] == '{' ? skip_output(open) : tag(open);
      if (i != open + 2) i = drop_line_if_alone(i);  // open + 2: only a stray delimiter went
    }
    return std::move(out_);
  }

 private:
  void copy(std::string_view text) {
    const std::size_t newline = text.rfind('\n');
    const std::string_view tail = newline == npos ? text : text.substr(newline + 1);
    if (newline != npos) {
      line_start_ = out_.size() + newline + 1;
      line_blank_ = true;
    }
    line_blank_ = line_blank_ && tail.find_first_not_of(" \t") == npos;
    out_.append(text);
  }

  // A line that held only Liquid goes whole, newline included. Jekyll leaves
  // it blank, but kramdown keeps an HTML block open across blank lines while
  // CommonMark ends it there and reads the indented tags after it as code.
  std::size_t drop_line_if_alone(std::size_t next) {
    if (!line_blank_) return next;
    std::size_t k = next;
    while (k < in_.size() && (in_[k] == ' ' || in_[k] == '\t')) ++k;
    if (k < in_.size() && in_[k] != '\n') return next;
    out_.resize(line_start_);
    return k < in_.size() ? k + 1 : k;
  }

  std::size_t next_opener(std::size_t from) const {
    for (std::size_t at = in_.find('{', from); at != npos; at = in_.find('{', at + 1)) {
      if (at + 1 < in_.size() && (in_[at + 1] == '{' || in_[at + 1] == '%')) return at;
    }
    return npos;
  }

  // End of the markup opened at `open` whose closer is found by `next_end`,
  // or npos when the closer is too far away or past a blank line.
  std::size_t closer(std::size_t open, NextFinder& next_end) {
    const std::size_t end = next_end(open + 2);
    if (end == npos || end - open > kMaxLiquidTag) return npos;
    const std::size_t blank = next_blank_line_(open);
    if (blank != npos && blank < end) return npos;
    return end + 2;
  }

  std::size_t skip_output(std::size_t open) {
    const std::size_t end = closer(open, next_output_end_);
    return end == npos ? open + 2 : end;  // unclosed "{{": drop the delimiter only
  }

  std::size_t tag(std::size_t open) {
    const std::size_t end = closer(open, next_tag_end_);
    if (end == npos) return open + 2;
    std::size_t n = open + 2;
    while (n < end && (in_[n] == '-' || in_[n] == ' ' || in_[n] == '\t' || in_[n] == '\n')) ++n;
    std::size_t name_end = n;
    while (name_end < end && is_word_char(in_[name_end])) ++name_end;
    const std::string_view name = in_.substr(n, name_end - n);
    if (name == "comment") return skip_block(end, end_comment_, false);
    if (name == "capture") return skip_block(end, end_capture_, false);
    if (name == "raw") return skip_block(end, end_raw_, true);
    if (name == "highlight" && !in_highlight_ && end_highlight_.find(end)) {
      fence();
      in_highlight_ = true;
    } else if (name == "endhighlight" && in_highlight_) {
      fence();
      in_highlight_ = false;
    }
    return end;
  }

  // Skips from the end of an opening tag to past its end tag, keeping the
  // content in between if asked. Without an end tag only the opener goes.
  std::size_t skip_block(std::size_t content, LiquidTagFinder& end_tag, bool keep) {
    const auto close = end_tag.find(content);
    if (!close) return content;
    if (keep) copy(in_.substr(content, close->begin - content));
    return close->end;
  }

  void fence() {
    if (!out_.empty() && out_.back() != '\n') copy("\n");
    copy(kHighlightFence);
    copy("\n");
  }

  std::string_view in_;
  std::string out_;
  NextFinder next_tag_end_, next_output_end_, next_blank_line_;
  LiquidTagFinder end_comment_, end_capture_, end_raw_, end_highlight_;
  bool in_highlight_ = false;
  std::size_t line_start_ = 0;  // where the line being written begins in out_
  bool line_blank_ = true;      // nothing but spaces and tabs on it so far
};

// Tracks fenced code blocks line by line, so attribute lists are only removed
// outside code and "{:.2f}".format(x) keeps its braces. Block quote and
// indentation prefixes are skipped; list markers before a fence are not.
class FenceTracker {
 public:
  bool in_code(std::string_view line) {
    std::size_t k = 0;
    while (k < line.size() && (line[k] == ' ' || line[k] == '\t' || line[k] == '>')) ++k;
    const char c = k < line.size() ? line[k] : '\0';
    std::size_t run = 0;
    while (k + run < line.size() && line[k + run] == c) ++run;
    const bool fence = (c == '`' || c == '~') && run >= 3;
    const std::string_view rest = line.substr(std::min(k + run, line.size()));
    if (fence_char_ == '\0') {
      if (!fence || (c == '`' && rest.find('`') != npos)) return false;
      fence_char_ = c;
      fence_length_ = run;
      return true;
    }
    if (fence && c == fence_char_ && run >= fence_length_ &&
        rest.find_first_not_of(" \t\n") == npos) {
      fence_char_ = '\0';
    }
    return true;
  }

 private:
  char fence_char_ = '\0';
  std::size_t fence_length_ = 0;
};

bool is_blank(std::string_view line) { return line.find_first_not_of(" \t\n") == npos; }

// Copies `line` without its kramdown attribute lists ({: .class},
// {:style="..."}, {::options}) into `out`; false when nothing else was there.
bool copy_without_attribute_lists(std::string_view line, std::string& out) {
  out.clear();
  bool removed = false;
  std::size_t i = 0;
  std::size_t close = 0;
  for (std::size_t open = line.find("{:"); open != npos; open = line.find("{:", i)) {
    if (close != npos && close < open + 2) close = line.find('}', open + 2);
    if (close == npos) break;  // no '}' left on this line: no more lists either
    out.append(line.substr(i, open - i));
    i = close + 1;
    removed = true;
  }
  out.append(line.substr(i));
  return !removed || !is_blank(out);
}

// End of the block quote or list marker at line[k] ("> ", "- ", "12. "), 0 if none.
std::size_t marker_end(std::string_view line, std::size_t k) {
  auto space_at = [&](std::size_t i) {
    return i < line.size() && (line[i] == ' ' || line[i] == '\t');
  };
  if (k >= line.size()) return 0;
  if (line[k] == '>') return k + 1;
  if ((line[k] == '-' || line[k] == '*' || line[k] == '+') && space_at(k + 1)) return k + 2;
  std::size_t j = k;
  while (j < line.size() && j - k < 9 && line[j] >= '0' && line[j] <= '9') ++j;
  if (j > k && j < line.size() && (line[j] == '.' || line[j] == ')') && space_at(j + 1))
    return j + 2;
  return 0;
}

void cap_nesting(std::string& line, std::size_t max_nesting) {
  std::size_t k = 0;
  std::size_t markers = 0;
  std::size_t keep = 0;  // end of the last marker we keep
  for (;;) {
    while (k < line.size() && (line[k] == ' ' || line[k] == '\t')) ++k;
    const std::size_t next = marker_end(line, k);
    if (next == 0) break;
    if (++markers <= max_nesting) keep = next;
    k = next;
  }
  if (markers <= max_nesting) return;
  const bool spaced = line[keep - 1] == ' ' || line[keep - 1] == '\t';
  line = line.substr(0, keep) + (spaced ? "" : " ") + line.substr(k);
}

void cap_pipes(std::string& line, std::size_t max_pipes) {
  std::size_t pipes = 0;
  std::string capped;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const bool unescaped_pipe = line[i] == '|' && (i == 0 || line[i - 1] != '\\');
    if (unescaped_pipe && ++pipes > max_pipes) {
      if (capped.empty()) capped.assign(line, 0, i);
      capped.push_back('\\');
    }
    if (!capped.empty()) capped.push_back(line[i]);
  }
  if (!capped.empty()) line = std::move(capped);
}

// A GFM table delimiter row ("|---|:--:|", perhaps quoted) has pipes, dashes
// and nothing else. Returns its column count, 0 for any other line.
std::size_t delimiter_row_columns(std::string_view line) {
  const std::size_t start = line.find_first_not_of(" \t>");
  if (start == npos) return 0;
  line.remove_prefix(start);
  if (line.find_first_not_of("|:- \t\n") != npos || line.find('-') == npos) return 0;
  const auto pipes = static_cast<std::size_t>(std::count(line.begin(), line.end(), '|'));
  return pipes == 0 ? 0 : pipes + 1;
}

// Appends `line`, cut by blank lines into pieces of at most `max` bytes, at a
// space when there is one in the second half of the piece, else after a '>'
// (so a long run of HTML tags is not cut inside a tag). Returns the size of
// the last piece.
std::size_t append_in_pieces(std::string_view line, std::size_t max, std::string& out) {
  max = std::max<std::size_t>(max, 2);  // every piece holds at least one byte
  while (line.size() > max) {
    std::size_t cut = line.rfind(' ', max);
    if (cut == npos || cut < max / 2) {
      cut = line.rfind('>', max - 1);
      if (cut != npos) ++cut;
    }
    if (cut == npos || cut < max / 2) {
      cut = max;
      while (cut > max / 2 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    }
    out.append(line.substr(0, cut));
    out.append("\n\n");
    line.remove_prefix(cut);
  }
  out.append(line);
  return line.size();
}

// The line-by-line rewrites: attribute lists go, then the parser limits apply.
class LineRewriter {
 public:
  explicit LineRewriter(const MarkdownSourceLimits& limits) : limits_(limits) {}

  std::string run(std::string_view in) {
    std::string out;
    out.reserve(in.size() + in.size() / 256);
    for (std::size_t i = 0; i < in.size();) {
      const std::size_t eol = in.find('\n', i);
      const std::size_t next = eol == npos ? in.size() : eol + 1;
      rewrite(in.substr(i, next - i), out);
      i = next;
    }
    return out;
  }

 private:
  // The limits apply inside fenced code too: FenceTracker cannot see where a
  // container (quote, list item, HTML block) ends a fence early, and code
  // only loses a blank line or a backslash to them.
  void rewrite(std::string_view raw, std::string& out) {
    if (fences_.in_code(raw)) {
      line_.assign(raw);
    } else if (!copy_without_attribute_lists(raw, line_)) {
      return;
    }
    cap_nesting(line_, limits_.max_nesting);
    cap_pipes(line_, limits_.max_table_columns);
    if (is_blank(line_)) {
      out.append(line_);
      block_bytes_ = 0;
      table_columns_ = 0;
      previous_blank_ = true;
      return;
    }
    track_table(out);
    if (table_columns_ == 0 && block_bytes_ > 0 &&
        block_bytes_ + line_.size() > limits_.max_block_bytes) {
      out.push_back('\n');
      block_bytes_ = 0;
    }
    const std::size_t last_piece = append_in_pieces(line_, limits_.max_block_bytes, out);
    if (last_piece < line_.size()) {  // cut: any table ended at the first blank line
      block_bytes_ = last_piece;
      table_columns_ = 0;
    } else {
      block_bytes_ += line_.size();
    }
    previous_size_ = line_.size();
    previous_blank_ = false;
  }

  // Starts counting at a delimiter row; ends the table with a blank line once
  // padded cells outgrow the bytes that were written.
  void track_table(std::string& out) {
    if (table_columns_ == 0) {
      const std::size_t columns = previous_blank_ ? 0 : delimiter_row_columns(line_);
      if (columns == 0) return;
      table_columns_ = columns;
      table_cells_ = 2 * columns;
      table_bytes_ = previous_size_ + line_.size();
      return;
    }
    table_cells_ += table_columns_;
    table_bytes_ += line_.size();
    if (table_cells_ > table_bytes_ + limits_.table_cell_slack) {
      out.push_back('\n');
      table_columns_ = 0;
      block_bytes_ = 0;
    }
  }

  const MarkdownSourceLimits& limits_;
  FenceTracker fences_;
  std::string line_;  // the line being rewritten, reused to spare allocations
  std::size_t block_bytes_ = 0;
  std::size_t previous_size_ = 0;
  bool previous_blank_ = true;
  std::size_t table_columns_ = 0;  // 0: not in a table
  std::size_t table_cells_ = 0;
  std::size_t table_bytes_ = 0;
};

}  // namespace

std::string prepare_markdown_source(std::string_view markdown, const MarkdownSourceLimits& limits) {
  const std::string normalized = normalize_newlines(markdown);
  const std::string without_liquid = LiquidStripper(normalized).run();
  return LineRewriter(limits).run(without_liquid);
}

}  // namespace lanyard::indexer
