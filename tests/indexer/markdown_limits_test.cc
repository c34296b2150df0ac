// The Markdown stage on hostile input: huge and deeply nested documents,
// arbitrary bytes, and the source limits that cut structure but never text.
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include "indexer/markdown.h"
#include "indexer/markdown_source.h"

namespace {

using lanyard::indexer::markdown_to_text;
using lanyard::indexer::MarkdownSourceLimits;
using lanyard::indexer::prepare_markdown_source;

// Deterministic bytes for the "never crash" test (xorshift, fixed seed).
std::string random_bytes(std::uint64_t& state, std::size_t size) {
  static constexpr std::string_view kAlphabet = "#*_`[]()<>!{}%:|-~&;\\/\"'= \n\r\tax1\xc3\xa9\xff";
  std::string out;
  for (std::size_t i = 0; i < size; ++i) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    out.push_back(state % 5 == 0 ? static_cast<char>(state >> 24)
                                 : kAlphabet[(state >> 8) % kAlphabet.size()]);
  }
  return out;
}

}  // namespace

TEST_CASE("markdown: huge and deeply nested input stays fast", "[indexer][markdown]") {
  struct Big {
    std::string name;
    std::string input;
    std::string present;
  };
  std::string long_line;
  for (int i = 0; i < 2'000'000; ++i) long_line += "word ";  // a 10 MB paragraph on one line
  std::string lazy_quotes;
  for (int i = 0; i < 20'000; ++i) lazy_quotes += "> ";
  lazy_quotes += "deep\n";
  for (int i = 0; i < 20'000; ++i) lazy_quotes += "lazy\n";
  std::string lazy_lists;
  for (int i = 0; i < 20'000; ++i) lazy_lists += "- ";
  lazy_lists += "deep item\n";
  for (int i = 0; i < 20'000; ++i) lazy_lists += "lazy\n";
  std::string indented_lists;
  for (int i = 0; i < 500; ++i) indented_lists += std::string(2 * i, ' ') + "* level\n";
  for (int i = 0; i < 50'000; ++i) indented_lists += "lazy\n";
  std::string wide_table = "|";
  for (int i = 0; i < 20'000; ++i) wide_table += "h|";
  wide_table += "\n|";
  for (int i = 0; i < 20'000; ++i) wide_table += "-|";
  wide_table += "\n| cell |\n";
  std::string padded_rows = "|a|b|c|d|e|f|g|h|\n|-|-|-|-|-|-|-|-|\n";
  for (int i = 0; i < 200'000; ++i) padded_rows += "x\n";
  std::string brackets;
  for (int i = 0; i < 100'000; ++i) brackets += "![[]()";
  std::string liquid_openers;
  for (int i = 0; i < 1'000'000; ++i) liquid_openers += "{{{%{:";
  const std::vector<Big> cases = {
      {"long line", long_line, "word word"},
      {"unterminated fence", "```\n" + long_line, "word word"},
      {"long line without spaces", std::string(10'000'000, 'x'), "xxxx"},
      {"nested quotes with lazy lines", lazy_quotes, "deep"},
      {"nested list markers with lazy lines", lazy_lists, "deep item"},
      {"lists nested by indentation", indented_lists, "level"},
      {"wide table", wide_table, "cell"},
      {"short rows under a header", padded_rows, "x"},
      {"image brackets", brackets, "!"},
      {"unclosed Liquid and kramdown openers", liquid_openers, "{"},
  };
  for (const Big& c : cases) {
    INFO(c.name);
    const auto start = std::chrono::steady_clock::now();
    const auto result = markdown_to_text(c.input);
    const auto seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CHECK(result.text.find(c.present) != std::string::npos);
    CHECK(seconds < 20.0);  // quadratic behaviour takes minutes here, even unsanitized
  }
}

TEST_CASE("markdown: arbitrary bytes never crash", "[indexer][markdown]") {
  std::uint64_t state = 0x9E3779B97F4A7C15ull;
  for (int round = 0; round < 300; ++round) {
    const std::string input = random_bytes(state, 1 + round * 7);
    INFO("round " << round);
    const auto result = markdown_to_text(input);
    CHECK(result.text.find("\n\n\n") == std::string::npos);
  }
  const std::string with_nul("a\0b\n\n# t\0", 9);
  CHECK(!markdown_to_text(with_nul).text.empty());
}

TEST_CASE("markdown source: limits cut structure, never text", "[indexer][markdown]") {
  MarkdownSourceLimits tight;
  tight.max_nesting = 2;
  tight.max_table_columns = 3;
  tight.max_block_bytes = 20;
  tight.table_cell_slack = 0;
  struct SourceCase {
    std::string input;
    std::string source;
  };
  const std::vector<SourceCase> cases = {
      {"> > > > deep", "> > deep"},
      {"- - - - item", "- - item"},
      {"a|b|c|d|e", "a|b|c|d\\|e"},
      {"short\nlines\nthat add up to more\n", "short\nlines\n\nthat add up to more\n"},
      {"one two three four five six seven", "one two three four\n\n five six seven"},
      {"```\n{: .kept} a b c d e f g h\n```", "```\n\n{: .kept} a b c d e\n\n f g h\n```"},
      {"> ```\n> - - - - code\n", "> ```\n> - code\n"},
      {"> a|b\n> -|-\n> a table row\n> is not cut\n",
       "> a|b\n> -|-\n> a table row\n> is not cut\n"},
      {"Title\n---\nnot a table, cut\n", "Title\n---\n\nnot a table, cut\n"},
      {"a|b|c\n-|-|-\nx\nx\nx\nx\nx\nx\nx\nx\n", "a|b|c\n-|-|-\nx\nx\nx\nx\nx\nx\n\nx\nx\n"},
      {"Text {: .x}\n{: .only}\nmore", "Text \nmore"},
      {"A\r\nB\rC", "A\nB\nC"},
  };
  for (const SourceCase& c : cases) {
    INFO("input: " << c.input);
    CHECK(prepare_markdown_source(c.input, tight) == c.source);
  }
}

TEST_CASE("markdown: a long line of HTML cut for the block limit leaves no tag pieces",
          "[indexer][markdown]") {
  // tests/data/hostile/html-deep-div-10000.md: the 16 KB cut fell inside a
  // tag, and "v>" and "<d" reached the text (and the index).
  std::string html;
  for (int i = 0; i < 10000; ++i) html += "<div>";
  html += "inside the divs";
  for (int i = 0; i < 10000; ++i) html += "</div>";
  auto out = markdown_to_text(html + "\n\nAfter.\n");
  CHECK(out.text == "inside the divs\n\nAfter.");
  std::string spans = "<span class=\"x\">" + std::string(20000, 'w') + "</span>";
  CHECK(markdown_to_text(spans).text.find('<') == std::string::npos);
}
