#include "indexer/markdown.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace {

using lanyard::indexer::markdown_to_text;

// One input and what its text must (and must not) hold.
struct Case {
  std::string input;
  std::vector<std::string> lines;    // each must be a whole line of the text
  std::vector<std::string> present;  // substrings of the text
  std::vector<std::string> absent;   // substrings the text must not hold
};

bool has_line(const std::string& text, const std::string& line) {
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (text.compare(start, end - start, line) == 0) return true;
    start = end + 1;
  }
  return false;
}

void check_cases(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    INFO("input: " << c.input);
    const std::string text = markdown_to_text(c.input).text;
    INFO("text: " << text);
    for (const std::string& line : c.lines) CHECK(has_line(text, line));
    for (const std::string& part : c.present) CHECK(text.find(part) != std::string::npos);
    for (const std::string& part : c.absent) CHECK(text.find(part) == std::string::npos);
  }
}

// Layout promises that hold for every output.
void check_layout(const std::string& text) {
  CHECK(text.find(" \n") == std::string::npos);
  CHECK(text.find("\n ") == std::string::npos);
  CHECK(text.find("  ") == std::string::npos);
  CHECK(text.find("\n\n\n") == std::string::npos);
  CHECK(text.find('\r') == std::string::npos);
  if (!text.empty()) {
    CHECK(text.front() != '\n');
    CHECK(text.back() != '\n');
    CHECK(text.back() != ' ');
  }
}

}  // namespace

TEST_CASE("markdown: whole outputs separate blocks by one blank line", "[indexer][markdown]") {
  struct Exact {
    std::string input;
    std::string text;
  };
  const std::vector<Exact> cases = {
      {"", ""},
      {"\n\n  \n", ""},
      {"Hello   world  \n", "Hello world"},
      {"One\ntwo\n\n\n\nThree", "One two\n\nThree"},
      {"# Title\n\nBody *text* here.\n", "Title\n\nBody text here."},
      {"**Location:** Beijing, China\n\n**Where**: New Orleans",
       "Location: Beijing, China\n\nWhere: New Orleans"},
      {"Intro\n\n- one\n- two\n\nOutro", "Intro\n\none\ntwo\n\nOutro"},
      {"| a | b |\n|---|---|\n| 1 | 2 |\n", "a | b\n1 | 2"},
      {"```\nx = 1\n\ny = 2\n```\n", "x = 1\ny = 2"},
      {"Above\n\n---\n\nBelow", "Above\n\nBelow"},
      {"line one  \nline two", "line one\nline two"},
      {"\t  indented paragraph text\n", "indented paragraph text"},
  };
  for (const Exact& c : cases) {
    INFO("input: " << c.input);
    CHECK(markdown_to_text(c.input).text == c.text);
  }
}

TEST_CASE("markdown: Liquid tags and expressions are removed", "[indexer][markdown]") {
  check_cases({
      {"Slides at {{ site.baseurl }}/slides today",
       {},
       {"Slides at /slides today"},
       {"{{", "site"}},
      {"Read [the CFP post]({% post_url 2023-04-20-topic-suggestions %}) first",
       {},
       {"Read the CFP post first"},
       {"post_url", "{%", "2023-04-20"}},
      {"[tickets are still on sale]({{site.ticket_link}})!",
       {"tickets are still on sale!"},
       {},
       {"ticket_link"}},
      {"{% if page.show %}\nShown text\n{% endif %}", {"Shown text"}, {}, {"endif", "page.show"}},
      {"{%- assign x = \"a|b\" | split: \"|\" -%}After", {"After"}, {}, {"assign", "split"}},
      {"<img src=\"{{ site.url }}/assets/x.png\" alt=\"Ecosystem\">",
       {"Ecosystem"},
       {},
       {"site.url"}},
      {"A {{ multi\nline }} expression", {"A expression"}, {}, {"multi"}},
  });
}

TEST_CASE("markdown: Liquid comment, capture, raw and highlight blocks", "[indexer][markdown]") {
  check_cases({
      {"Before\n{% comment %}\nTODO: hidden draft\n{% endcomment %}\nAfter",
       {},
       {"Before", "After"},
       {"hidden draft", "TODO", "comment"}},
      {"A {%comment%}x{%endcomment%} B {% comment %}y{% endcomment %} C", {"A B C"}, {}, {}},
      {"{% capture day %}Monday{% endcapture %}Day: {{ day }}", {"Day:"}, {}, {"Monday"}},
      {"Use {% raw %}{{ page.title }}{% endraw %} in templates",
       {"Use {{ page.title }} in templates"},
       {},
       {"raw"}},
      {"{% highlight python %}\n# a comment, not a heading\ndef f(x):\n    return {x: 1}\n"
       "{% endhighlight %}\n\nAfter",
       {"# a comment, not a heading", "def f(x):", "return {x: 1}", "After"},
       {},
       {"highlight"}},
  });
  const auto result = markdown_to_text("{% highlight sh %}\n# not a heading\n{% endhighlight %}");
  CHECK(result.text == "# not a heading");
  CHECK(result.headings.empty());
}

TEST_CASE("markdown: lines holding only Liquid vanish without ending HTML blocks",
          "[indexer][markdown]") {
  check_cases({
      {"<div class=\"partners\">\n  <h3>Our Sponsors</h3>\n  {% for level in levels %}\n"
       "    {% if count != 0 %}\n    <h4 class=\"lead\">{{ level }}</h4>\n"
       "        <img src=\"{{ sponsor.logo }}\" alt=\"{{ sponsor.name }}\" />\n"
       "    {% endif %}\n  {% endfor %}\n</div>\n\nThanks!",
       {"Our Sponsors", "Thanks!"},
       {},
       {"<h4", "<img", "class=", "</div>"}},
      {"First\n  {% assign x = 1 %}  \nSecond", {"First Second"}, {}, {}},
      {"Kept {{ a }}\n{{ b }} kept too", {"Kept kept too"}, {}, {}},
  });
}

TEST_CASE("markdown: unbalanced Liquid delimiters keep the rest of the document",
          "[indexer][markdown]") {
  check_cases({
      {"Price {{ unclosed\n\nNext paragraph stays",
       {"Price unclosed", "Next paragraph stays"},
       {},
       {"{{"}},
      {"Tag {% unclosed\n\n# Heading\n\nBody", {"Tag unclosed", "Heading", "Body"}, {}, {"{%"}},
      {"{% comment %}\nno end tag here\n\nLater text", {}, {"no end tag here", "Later text"}, {}},
      {"{% raw %} never closed, {{ x }} goes", {}, {"never closed,", "goes"}, {}},
      {"{% highlight ruby %}\nputs 1\n\n## Still a heading", {"puts 1", "Still a heading"}, {}, {}},
      {"Text }} and %} stray closers", {"Text }} and %} stray closers"}, {}, {}},
      {"{{" + std::string(5000, 'x') + "}} far close", {}, {"far close"}, {}},
  });
  CHECK(markdown_to_text("{% highlight ruby %}\nputs 1\n\n## Still a heading").headings ==
        std::vector<std::string>{"Still a heading"});
}

TEST_CASE("markdown: kramdown attribute lists are removed", "[indexer][markdown]") {
  check_cases({
      {"![Conference stage](/assets/stage.jpg){:style=\"width:100%\"}",
       {"Conference stage"},
       {},
       {"{:", "style", "width"}},
      {"A paragraph.\n{: .center}\n\nNext", {"A paragraph.", "Next"}, {}, {"{:", "center"}},
      {"{:style=\"max-width:300px; display: block; float: right;\"}\nFloating text",
       {"Floating text"},
       {},
       {"max-width", "float"}},
      {"[Register](https://example.org){:target=\"_blank\"} now", {"Register now"}, {}, {"_blank"}},
      {"## Schedule\n{: #schedule .anchor}\n", {"Schedule"}, {}, {"anchor"}},
      {"{::options parse_block_html=\"true\" /}\nBody", {"Body"}, {}, {"options"}},
      {"```python\nprint(\"{:.2f}\".format(x))\n```", {"print(\"{:.2f}\".format(x))"}, {}, {}},
      {"An {: unclosed list", {"An {: unclosed list"}, {}, {}},
  });
}

TEST_CASE("markdown: raw HTML is reduced to its visible text", "[indexer][markdown]") {
  check_cases({
      {"<div class=\"community-event\">COMMUNITY EVENT</div>\n\n**Date**: Jan 19 - 25, 2025",
       {"COMMUNITY EVENT", "Date: Jan 19 - 25, 2025"},
       {},
       {"<", "community-event"}},
      {"Hello <b>bold</b> and <u>EVENT OVERVIEW</u>", {"Hello bold and EVENT OVERVIEW"}, {}, {}},
      {"<font size=\"1\"> This is my text number 1</font>",
       {"This is my text number 1"},
       {},
       {"font"}},
      {"<p>Fish &amp; chips &lt;3 it&#8217;s &#x2019; caf&eacute;&nbsp;bar</p>",
       {"Fish & chips <3 it’s ’ café bar"},
       {},
       {"&amp;", "&#", "&eacute;"}},
      {"<script>\nvar secret = \"x\";\n</script>\n\nVisible", {"Visible"}, {}, {"secret", "var"}},
      {"<style>\n.x { color: red }\n</style>\nStyled", {}, {"Styled"}, {"color"}},
      {"Text <!-- hidden note --> more\n\n<!--\nblock comment\n-->",
       {"Text more"},
       {},
       {"hidden", "block comment"}},
      {"<div>\n  <img src=\"/x.png\" alt=\"A cat\" width=\"100%\">\n</div>",
       {"A cat"},
       {},
       {"x.png"}},
      {"<div>one<br>two<br/>three</div>", {"one", "two", "three"}, {}, {}},
      {"<div><p>para one</p><p>para two</p></div>", {"para one", "para two"}, {}, {}},
      {"<ul>\n<li>first</li>\n<li>second</li>\n</ul>", {"first", "second"}, {}, {}},
      {"<table>\n<tr><th>Day</th><th>Room</th></tr>\n<tr><td>Mon</td><td>A</td></tr>\n</table>",
       {"Day | Room", "Mon | A"},
       {},
       {}},
      {"Watch:\n\n<iframe width=\"560\" src=\"https://www.youtube.com/embed/x\" "
       "title=\"YouTube video player\"></iframe>\n\nAfter",
       {"Watch:", "After"},
       {},
       {"youtube", "YouTube", "560"}},
      {"<video controls><source src=\"/a.mov\" type=\"video/mov\">Your browser does not "
       "support video.</video>\n\nNext",
       {"Next"},
       {},
       {"browser", "mov"}},
      {"To run it, pass <link> to the script and wait.",
       {"To run it, pass to the script and wait."},
       {},
       {}},
      {"If a < b and b > c then", {"If a < b and b > c then"}, {}, {}},
      {"Contact <a href=\"mailto:events@example.org\">events@example.org</a>.",
       {"Contact events@example.org."},
       {},
       {"mailto"}},
      {"<div title=\"a > b\">quoted gt</div>", {"quoted gt"}, {}, {"a > b"}},
      {"Inline <script>alert(1)</script> script", {"Inline script"}, {}, {"alert"}},
      {"Open <script> never closed\n\nNext paragraph survives",
       {"Next paragraph survives"},
       {},
       {}},
      {"<pre>\nline 1\nline 2\n</pre>", {"line 1", "line 2"}, {}, {}},
      {"<p>&bogus; & &#99999999; &#0;</p>", {}, {"&bogus; &"}, {}},
  });
}

TEST_CASE("markdown: headings are collected and the first level-1 heading kept",
          "[indexer][markdown]") {
  struct HeadingCase {
    std::string input;
    std::vector<std::string> headings;
    std::string first_heading;
  };
  const std::vector<HeadingCase> cases = {
      {"# PyTorch Day *France*\n\n## Why **attend**?\n\n### Travel",
       {"PyTorch Day France", "Why attend?", "Travel"},
       "PyTorch Day France"},
      {"## Only level two\n\nText", {"Only level two"}, ""},
      {"Setext title\n============\n\nSub\n---\n\n# Later h1",
       {"Setext title", "Sub", "Later h1"},
       "Setext title"},
      {"## First\n\n# Main\n\n# Second main", {"First", "Main", "Second main"}, "Main"},
      {"# Tickets [here](https://x.org) `now`", {"Tickets here now"}, "Tickets here now"},
      {"#\n\n# \n\nText", {}, ""},
      {"> # Quoted heading\n\n- ## Listed heading",
       {"Quoted heading", "Listed heading"},
       "Quoted heading"},
      {"# Closing hashes ##\n", {"Closing hashes"}, "Closing hashes"},
      {"#NoSpace is a paragraph", {}, ""},
      {"# Café &amp; Bar\r\n", {"Café & Bar"}, "Café & Bar"},
      {"# Day one<br>Keynotes\n\nSetext with  \nhard break\n===",
       {"Day one Keynotes", "Setext with hard break"},
       "Day one Keynotes"},
  };
  for (const HeadingCase& c : cases) {
    INFO("input: " << c.input);
    const auto result = markdown_to_text(c.input);
    CHECK(result.headings == c.headings);
    CHECK(result.first_heading == c.first_heading);
  }
  const auto result = markdown_to_text("# Title\n\nBody");
  CHECK(result.text == "Title\n\nBody");  // headings stay in the text too
}

TEST_CASE("markdown: inline markup keeps only the words", "[indexer][markdown]") {
  check_cases({
      {"*em* _em_ **strong** __strong__ ~~gone~~ `code`",
       {"em em strong strong gone code"},
       {},
       {"*", "_", "~", "`"}},
      {"See [the schedule](https://example.org/schedule \"Title\") now",
       {"See the schedule now"},
       {},
       {"https", "Title"}},
      {"![Two people on a stage](/img/stage.png)", {"Two people on a stage"}, {}, {"png"}},
      {"Logo: ![**PyTorch** logo](/logo.svg) here", {"Logo: PyTorch logo here"}, {}, {}},
      {"Mail <https://pytorch.org/events> or www.example.com or https://a.org/x",
       {},
       {"https://pytorch.org/events", "www.example.com", "https://a.org/x"},
       {"<", ">"}},
      {"[ref link][r]\n\n[r]: https://example.org/ref", {"ref link"}, {}, {"example.org"}},
      {"Held on 2024\\. (May 23\\) with Q\\&A and \\*stars\\*",
       {"Held on 2024. (May 23) with Q&A and *stars*"},
       {},
       {"\\"}},
      {"Entity &mdash; and &copy; and &#169;", {"Entity — and © and ©"}, {}, {}},
      {"[](https://empty.example)Text", {"Text"}, {}, {"empty"}},
  });
}

TEST_CASE("markdown: lists, quotes, tables and code become lines", "[indexer][markdown]") {
  check_cases({
      {"* AI Applications\n* Core Framework\n  * Nested item\n\n1. First\n2. Second",
       {"AI Applications", "Core Framework", "Nested item", "First", "Second"},
       {},
       {"*", "1."}},
      {"- **Date:** June 7, 2025\n- **Location:** Zhongguancun, Beijing, China",
       {"Date: June 7, 2025", "Location: Zhongguancun, Beijing, China"},
       {},
       {}},
      {"- loose one\n\n- loose two\n\n  second paragraph",
       {"loose one", "loose two", "second paragraph"},
       {},
       {}},
      {"- [x] done task\n- [ ] open task", {"done task", "open task"}, {}, {"[x]", "[ ]"}},
      {"> Quoted *words*\n> continue\n\n> > nested",
       {"Quoted words continue", "nested"},
       {},
       {">"}},
      {"| Day | Talk | Room |\n|:---|:---:|---:|\n| Mon | **Keynote** | A |\n| Tue | | B |",
       {"Day | Talk | Room", "Mon | Keynote | A", "Tue | | B"},
       {},
       {"---", ":"}},
      {"| a \\| b | c |\n|---|---|\n| d | e |", {"a | b | c", "d | e"}, {}, {}},
      {"| Time | Talk |\n|---|---|\n| 9:00<br>9:30 | Welcome<br/>and intro |",
       {"Time | Talk", "9:00 9:30 | Welcome and intro"},
       {},
       {}},
      {"```bash\npip install   torch\n```\n\n    indented code\n",
       {"pip install torch", "indented code"},
       {},
       {"bash", "```"}},
      {"~~~\ntilde fence\n~~~", {"tilde fence"}, {}, {"~"}},
      {"***\n___\n- - -\n\nAfter rules", {"After rules"}, {}, {"*", "_", "-"}},
  });
}

TEST_CASE("markdown: CRLF and lone CR line endings read as LF", "[indexer][markdown]") {
  const std::vector<std::string> inputs = {
      "# Title\r\n\r\nFirst line\r\nsecond line\r\n\r\n- item\r\n",
      "# Title\r\rFirst line\rsecond line\r\r- item\r",
      "# Title\n\r\nFirst line\rsecond line\r\n\n- item",
  };
  for (const std::string& input : inputs) {
    INFO("input: " << input);
    const auto result = markdown_to_text(input);
    CHECK(result.text == "Title\n\nFirst line second line\n\nitem");
    CHECK(result.first_heading == "Title");
  }
}

TEST_CASE("markdown: output never has stray spaces or blank-line runs", "[indexer][markdown]") {
  const std::vector<std::string> inputs = {
      "  Leading and   inner   spaces  \n\n\n\n\nnext\t\ttabs\t\n",
      "<div>  spaced   <b> html </b>  </div>\n\n<p> </p>\n\n<br><br><br>\n\ntext",
      "| a |  |\n|---|---|\n|  | b |\n\n> \n>\n\n-\n- \n\n```\n\n\n```\nEnd &nbsp; &nbsp; here",
      "Text with&nbsp;&nbsp;non-breaking\xc2\xa0\xc2\xa0spaces",
  };
  for (const std::string& input : inputs) {
    INFO("input: " << input);
    check_layout(markdown_to_text(input).text);
  }
  CHECK(markdown_to_text(inputs[3]).text == "Text with non-breaking spaces");
}

TEST_CASE("markdown: broken Markdown keeps its text", "[indexer][markdown]") {
  check_cases({
      {"Intro\n\n```python\nimport torch\nx = torch.ones(2)\n``\n\n## Not a heading any "
       "more\n\nmore text",
       {"import torch", "x = torch.ones(2)", "more text"},
       {},
       {}},
      {"**unclosed strong and *unclosed em", {}, {"unclosed strong and", "unclosed em"}, {}},
      {"[unclosed link(https://x.org", {}, {"unclosed link"}, {}},
      {"<div class=\"x\"\nno closing bracket\n\nLater", {}, {"Later"}, {}},
      {"<!-- never closed comment\n\nText after", {}, {}, {}},
      {"Trailing tabs\t\t\n\n\n\n", {"Trailing tabs"}, {}, {}},
  });
}
