#include <catch2/catch.hpp>

#include <string>

#include <xapian.h>

#include "query/snippets.h"

using namespace lanyard::query;

namespace {

// One document holding text, searched for query; the MSet snippets are built from.
struct Searched {
  Xapian::WritableDatabase db{std::string(), Xapian::DB_BACKEND_INMEMORY};
  Xapian::Query query;
  Xapian::MSet mset;

  Searched(const std::string& text, const std::string& words) {
    Xapian::TermGenerator tg;
    tg.set_stemmer(Xapian::Stem("english"));
    Xapian::Document doc;
    tg.set_document(doc);
    tg.index_text(text);
    db.add_document(doc);
    Xapian::QueryParser qp;
    qp.set_stemmer(Xapian::Stem("english"));
    qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    qp.set_database(db);
    query = qp.parse_query(words);
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    mset = enquire.get_mset(0, 10);
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

TEST_CASE("snippets: the words a snippet looks for are the query's stems and plain words", "[query][snippets]") {
  Searched s("Compilers compile compiled code", "compiling \"Fast Code\" title:ignored");
  auto words = snippet_words(s.query);
  CHECK(std::find(words.begin(), words.end(), "compil") != words.end());
  CHECK(std::find(words.begin(), words.end(), "fast") != words.end());
  CHECK(std::find(words.begin(), words.end(), "code") != words.end());
  for (const auto& w : words) CHECK_FALSE(w.empty());
}

TEST_CASE("snippets: a short text gives what Xapian gives for the whole text", "[query][snippets]") {
  std::string text = "PyTorch Day Paris brings the community together. " + filler(1500) + " The end.";
  Searched s(text, "community");
  SnippetOptions o;
  unsigned flags = Xapian::MSet::SNIPPET_BACKGROUND_MODEL | Xapian::MSet::SNIPPET_EXHAUSTIVE |
                   Xapian::MSet::SNIPPET_CJK_NGRAM;
  std::string whole = s.mset.snippet(text, o.length, Xapian::Stem("english"), flags, o.hi_start, o.hi_end, o.omit);
  CHECK(body_snippet(s.mset, snippet_words(s.query), text) == whole);
}

TEST_CASE("snippets: a match deep in a long text is found and marked", "[query][snippets]") {
  std::string text = filler(60000) + " We talk about quantization of large models here. " + filler(20000);
  Searched s(text, "quantization");
  std::string snippet = body_snippet(s.mset, snippet_words(s.query), text);
  CHECK(snippet.find("<mark>quantization</mark>") != std::string::npos);
  CHECK(snippet.rfind("…", 0) == 0);  // text was left out before it
  CHECK(snippet.size() >= 3);
  CHECK(snippet.substr(snippet.size() - 3) == "…");  // and after it
  CHECK(snippet.size() < 600);
}

TEST_CASE("snippets: a stem that rewrites the word's ending still finds it", "[query][snippets]") {
  std::string text = filler(30000) + " Everyone was happy with the results. " + filler(30000);
  Searched s(text, "happy");
  CHECK(body_snippet(s.mset, snippet_words(s.query), text).find("<mark>happy</mark>") != std::string::npos);
}

TEST_CASE("snippets: the stretch with more of the query's words wins", "[query][snippets]") {
  std::string text = filler(10000) + " A lone mention of inference. " + filler(20000) +
                     " Inference on edge devices with quantization tricks. " + filler(20000);
  Searched s(text, "inference quantization");
  std::string snippet = body_snippet(s.mset, snippet_words(s.query), text);
  CHECK(snippet.find("<mark>Inference</mark>") != std::string::npos);
  CHECK(snippet.find("<mark>quantization</mark>") != std::string::npos);
}

TEST_CASE("snippets: a long text without the words, and multi-byte text, stay valid", "[query][snippets]") {
  std::string cjk;
  while (cjk.size() < 40000) cjk += "深度学习会议在北京举行。Привет, мир! ";
  std::string text = cjk + " pytorch " + cjk;
  Searched hit(text, "pytorch");
  std::string a = body_snippet(hit.mset, snippet_words(hit.query), text);
  CHECK(valid_utf8(a));
  CHECK(a.find("<mark>pytorch</mark>") != std::string::npos);
  Searched other(filler(50000), "lorem");
  std::string b = body_snippet(other.mset, {"absentword"}, filler(50000));
  CHECK(valid_utf8(b));
  CHECK_FALSE(b.empty());
}
