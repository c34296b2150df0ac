#include "indexer/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstring>
#include <memory>
#include <mutex>

#include "indexer/html_text.h"
#include "indexer/markdown_source.h"

namespace lanyard::indexer {
namespace {

using CmarkParser = std::unique_ptr<cmark_parser, decltype(&cmark_parser_free)>;
using CmarkNode = std::unique_ptr<cmark_node, decltype(&cmark_node_free)>;
using CmarkIter = std::unique_ptr<cmark_iter, decltype(&cmark_iter_free)>;

constexpr auto npos = std::string_view::npos;

CmarkNode parse_commonmark(std::string_view text) {
  static std::once_flag registered;
  std::call_once(registered, cmark_gfm_core_extensions_ensure_registered);
  CmarkParser parser(cmark_parser_new(CMARK_OPT_DEFAULT), &cmark_parser_free);
  for (const char* name : {"table", "strikethrough", "autolink", "tasklist"}) {
    if (cmark_syntax_extension* extension = cmark_find_syntax_extension(name)) {
      cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
  }
  cmark_parser_feed(parser.get(), text.data(), text.size());
  return CmarkNode(cmark_parser_finish(parser.get()), &cmark_node_free);
}

const char* literal_of(cmark_node* node) {
  const char* literal = cmark_node_get_literal(node);
  return literal ? literal : "";
}

// Walks the tree once, writing text as it goes. Headings are cut back out of
// the written text, so they read exactly as the body does.
class TextCollector {
 public:
  MarkdownText run(cmark_node* root) {
    CmarkIter iter(cmark_iter_new(root), &cmark_iter_free);
    for (auto event = cmark_iter_next(iter.get()); event != CMARK_EVENT_DONE;
         event = cmark_iter_next(iter.get())) {
      cmark_node* node = cmark_iter_get_node(iter.get());
      if (event == CMARK_EVENT_ENTER) {
        enter(node);
      } else {
        leave(node);
      }
    }
    result_.text = out_.take();
    return std::move(result_);
  }

 private:
  // Blocks inside a list sit one per line, so an item stays on its own line.
  void block_break() { list_depth_ > 0 ? out_.break_line() : out_.break_block(); }

  void enter(cmark_node* node) {
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
        if (!html_.hiding()) out_.append(literal_of(node));
        break;
      case CMARK_NODE_SOFTBREAK:
        out_.append(" ");
        break;
      case CMARK_NODE_LINEBREAK:
        out_.break_line();
        break;
      case CMARK_NODE_HTML_INLINE:
        html_.feed(literal_of(node), out_);
        break;
      case CMARK_NODE_HTML_BLOCK:
        block_break();
        html_.feed(literal_of(node), out_);
        html_.reset();
        block_break();
        break;
      case CMARK_NODE_CODE_BLOCK:
        code_block(literal_of(node));
        break;
      case CMARK_NODE_LIST:
        block_break();
        ++list_depth_;
        break;
      case CMARK_NODE_ITEM:
        out_.break_line();
        break;
      case CMARK_NODE_HEADING:
        block_break();
        heading_start_ = out_.size();
        out_.set_single_line(true);
        break;
      case CMARK_NODE_PARAGRAPH:
      case CMARK_NODE_BLOCK_QUOTE:
      case CMARK_NODE_THEMATIC_BREAK:
        block_break();
        break;
      case CMARK_NODE_DOCUMENT:
      case CMARK_NODE_EMPH:
      case CMARK_NODE_STRONG:
      case CMARK_NODE_LINK:
      case CMARK_NODE_IMAGE:  // its children are the alt text
        break;
      default:
        enter_extension(node);
        break;
    }
  }

  void leave(cmark_node* node) {
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_LIST:
        --list_depth_;
        block_break();
        break;
      case CMARK_NODE_ITEM:
        out_.break_line();
        break;
      case CMARK_NODE_HEADING:
        out_.set_single_line(false);
        add_heading(cmark_node_get_heading_level(node));
        html_.reset();
        block_break();
        break;
      case CMARK_NODE_PARAGRAPH:
      case CMARK_NODE_BLOCK_QUOTE:
        html_.reset();
        block_break();
        break;
      case CMARK_NODE_DOCUMENT:
      case CMARK_NODE_EMPH:
      case CMARK_NODE_STRONG:
      case CMARK_NODE_LINK:
      case CMARK_NODE_IMAGE:
        break;
      default:
        leave_extension(node);
        break;
    }
  }

  // GFM tables: one row per line, cells joined with " | ".
  void enter_extension(cmark_node* node) {
    const char* type = cmark_node_get_type_string(node);
    if (std::strcmp(type, "table") == 0) {
      block_break();
    } else if (std::strcmp(type, "table_row") == 0 || std::strcmp(type, "table_header") == 0) {
      out_.break_line();
      first_cell_ = true;
    } else if (std::strcmp(type, "table_cell") == 0) {
      if (!first_cell_) out_.append(" | ");
      first_cell_ = false;
      out_.set_single_line(true);
    }
  }

  void leave_extension(cmark_node* node) {
    const char* type = cmark_node_get_type_string(node);
    if (std::strcmp(type, "table") == 0) {
      block_break();
    } else if (std::strcmp(type, "table_row") == 0 || std::strcmp(type, "table_header") == 0) {
      html_.reset();
      out_.break_line();
    } else if (std::strcmp(type, "table_cell") == 0) {
      out_.set_single_line(false);
    }
  }

  void code_block(std::string_view code) {
    block_break();
    for (std::size_t nl = code.find('\n'); nl != npos; nl = code.find('\n')) {
      out_.append(code.substr(0, nl));
      out_.break_line();
      code.remove_prefix(nl + 1);
    }
    out_.append(code);
    block_break();
  }

  void add_heading(int level) {
    std::string heading = out_.str().substr(heading_start_);
    const std::size_t first = heading.find_first_not_of('\n');  // the break before it
    if (first == npos) return;
    heading.erase(0, first);
    if (level == 1 && result_.first_heading.empty()) result_.first_heading = heading;
    result_.headings.push_back(std::move(heading));
  }

  TextWriter out_;
  HtmlText html_;
  MarkdownText result_;
  int list_depth_ = 0;
  std::size_t heading_start_ = 0;
  bool first_cell_ = true;
};

}  // namespace

MarkdownText markdown_to_text(std::string_view markdown) {
  const std::string source = prepare_markdown_source(markdown);
  const CmarkNode root = parse_commonmark(source);
  if (!root) return {};
  return TextCollector().run(root.get());
}

}  // namespace lanyard::indexer
