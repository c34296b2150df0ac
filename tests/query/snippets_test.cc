#include "query/snippets.h"

#include <xapian.h>

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace lanyard::query;

namespace {

// One document holding text (and any others), searched for words.
struct Searched {
  Xapian::WritableDatabase db{std::string(), Xapian::DB_BACKEND_INMEMORY};
  Xapian::Query query;
  Xapian::MSet mset;

  Searched(const std::string& text, const std::string& words,
           const std::vector<std::string>& others = {},
           unsigned flags = Xapian::QueryParser::FLAG_DEFAULT) {
    Xapian::TermGenerator tg;
    tg.set_stemmer(Xapian::Stem("english"));
    Xapian::Document doc;
    tg.set_document(doc);
    tg.set_flags(Xapian::TermGenerator::FLAG_CJK_NGRAM);
    tg.index_text(text);
    db.add_document(doc);
    for (const auto& other : others) {
      Xapian::Document d;
      tg.set_document(d);
      tg.index_text(other);
      db.add_document(d);
    }
    Xapian::QueryParser qp;
    qp.set_stemmer(Xapian::Stem("english"));
    qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    qp.set_database(db);
    query = qp.parse_query(words, flags | Xapian::QueryParser::FLAG_CJK_NGRAM);
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    mset = enquire.get_mset(0, 10);
  }

  std::string snippet(const std::string& text) {
    Highlighter h(db, query);
    return body_snippet(h, text);
  }
  std::string title(const std::string& text) {
    Highlighter h(db, query);
    return title_html(h, text);
  }
};

std::string filler(std::size_t bytes) {
  std::string out;
  while (out.size() < bytes) out += "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ";
  return out;
}

bool valid_utf8(const std::string& s) {
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (std::size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) >> 6) != 2) return false;
    i += n;
  }
  return true;
}

}  // namespace

TEST_CASE("snippets: the words a snippet looks for are the query's stems and plain words",
          "[query][snippets]") {
  Searched s("Compilers compile compiled code", "compiling \"Fast Code\" title:ignored");
  auto words = snippet_words(s.query);
  CHECK(std::find(words.begin(), words.end(), "compil") != words.end());
  CHECK(std::find(words.begin(), words.end(), "fast") != words.end());
  CHECK(std::find(words.begin(), words.end(), "code") != words.end());
  for (const auto& w : words) CHECK_FALSE(w.empty());
}

TEST_CASE("snippets: a short text is marked and cut around its match", "[query][snippets]") {
  std::string text =
      "PyTorch Day Paris brings the community together. The talks cover compilers & kernels <now>.";
  Searched s(text, "community kernels");
  CHECK(s.snippet(text) == text.substr(0, 29) +
                               "<mark>community</mark> together. The talks cover compilers &amp; "
                               "<mark>kernels</mark> &lt;now&gt;.");
  std::string title = "Kernels: a Community Day";
  CHECK(s.title(title) == "<mark>Kernels</mark>: a <mark>Community</mark> Day");
}

TEST_CASE("snippets: a text without the words gives its beginning", "[query][snippets]") {
  std::string text = filler(1000);
  Searched s(text, "lorem", {"absent words here"});
  Highlighter h(s.db, Xapian::Query("absent"));
  std::string snippet = body_snippet(h, text);
  CHECK(snippet.rfind("Lorem ipsum dolor", 0) == 0);
  CHECK(snippet.ends_with("…"));
  CHECK(snippet.size() <= 240 + 8);
}

TEST_CASE("snippets: a long snippet starts at the sentence of its first match",
          "[query][snippets]") {
  std::string text = filler(300) + "Compilers turn graphs into kernels. " + filler(600);
  Searched s(text, "kernels");
  std::string snippet = s.snippet(text);
  CHECK(snippet.rfind("…Compilers turn graphs into <mark>kernels</mark>.", 0) == 0);
  CHECK(snippet.ends_with("…"));
  std::string listed = "Kernels first. ";
  for (int i = 0; i < 100; ++i) listed += "alpha, beta. ";
  std::string cut = s.snippet(listed);
  CHECK((cut.ends_with("alpha…") || cut.ends_with("beta…")));  // not "alpha,…" or "beta.…"
}

TEST_CASE("snippets: words are split as Xapian splits them", "[query][snippets]") {
  std::string text = "We don't use C++ or C# at AT&T, only Python 3.12 and pre-commit.";
  Searched s(text, "don't c++ at&t 3.12 commit");
  std::string snippet = s.snippet(text);
  CHECK(snippet.find("<mark>don't</mark>") != std::string::npos);
  CHECK(snippet.find("<mark>C++</mark>") != std::string::npos);
  CHECK(snippet.find("<mark>AT&amp;T</mark>") != std::string::npos);
  CHECK(snippet.find("<mark>3.12</mark>") != std::string::npos);
  CHECK(snippet.find("pre-<mark>commit</mark>") != std::string::npos);
  CHECK(snippet.find("<mark>C#</mark>") == std::string::npos);
}

TEST_CASE("snippets: a half-typed last word marks the words it starts", "[query][snippets]") {
  std::string text = "Asynchronous Python with asyncio and async views.";
  Searched s(text, "python asy", {},
             Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_PARTIAL);
  CHECK(wildcard_prefixes(s.query) == std::vector<std::string>{"asy"});
  CHECK(s.snippet(text) ==
        "<mark>Asynchronous</mark> <mark>Python</mark> with <mark>asyncio</mark> and "
        "<mark>async</mark> views.");
}

TEST_CASE("snippets: CJK text is marked by its characters", "[query][snippets]") {
  std::string text = "深度学习会议在北京举行。PyTorch 北京";
  Searched s(text, "北京");
  CHECK(s.snippet(text) == "深度学习会议在<mark>北京</mark>举行。PyTorch <mark>北京</mark>");
}

TEST_CASE("snippets: the rarer word decides the window", "[query][snippets]") {
  // "python" is in every document, "quantization" in one: the window with
  // the rare word wins over one with the common word twice.
  std::string text = "python python python. " + filler(400) + " About quantization. " + filler(400);
  Searched s(text, "python OR quantization", {"python a", "python b", "python c"});
  CHECK(s.snippet(text).find("<mark>quantization</mark>") != std::string::npos);
}

TEST_CASE("snippets: a match deep in a long text is found and marked", "[query][snippets]") {
  std::string text =
      filler(60000) + " We talk about quantization of large models here. " + filler(20000);
  Searched s(text, "quantization");
  std::string snippet = s.snippet(text);
  CHECK(snippet.find("<mark>quantization</mark>") != std::string::npos);
  CHECK(snippet.rfind("…", 0) == 0);  // text was left out before it
  CHECK(snippet.size() >= 3);
  CHECK(snippet.substr(snippet.size() - 3) == "…");  // and after it
  CHECK(snippet.size() < 600);
}

TEST_CASE("snippets: a stem that rewrites the word's ending still finds it", "[query][snippets]") {
  std::string text = filler(30000) + " Everyone was happy with the results. " + filler(30000);
  Searched s(text, "happy");
  CHECK(s.snippet(text).find("<mark>happy</mark>") != std::string::npos);
}

TEST_CASE("snippets: the stretch with more of the query's words wins", "[query][snippets]") {
  std::string text = filler(10000) + " A lone mention of inference. " + filler(20000) +
                     " Inference on edge devices with quantization tricks. " + filler(20000);
  Searched s(text, "inference quantization");
  std::string snippet = s.snippet(text);
  CHECK(snippet.find("<mark>Inference</mark>") != std::string::npos);
  CHECK(snippet.find("<mark>quantization</mark>") != std::string::npos);
}

TEST_CASE("snippets: a long text without the words, and multi-byte text, stay valid",
          "[query][snippets]") {
  std::string cjk;
  while (cjk.size() < 40000) cjk += "深度学习会议在北京举行。Привет, мир! ";
  std::string text = cjk + " pytorch " + cjk;
  Searched hit(text, "pytorch");
  std::string a = hit.snippet(text);
  CHECK(valid_utf8(a));
  CHECK(a.find("<mark>pytorch</mark>") != std::string::npos);
  Searched other(filler(50000), "lorem");
  Highlighter absent(other.db, Xapian::Query("absentword"));
  std::string b = body_snippet(absent, filler(50000));
  CHECK(valid_utf8(b));
  CHECK_FALSE(b.empty());
}
