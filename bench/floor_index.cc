// The indexing floor: the same files indexed by a bare Xapian TermGenerator
// loop (whole file as text, no front matter, Markdown or facets), committing
// every 1,000 documents as Lanyard's first build does (one transaction over
// 10k documents made Xapian itself 1.8x slower).
// Lanyard's overhead over its own engine = lanyard index time / this time.
//   lanyard_floor_index REPO_DIR DB_DIR
#include <xapian.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: lanyard_floor_index REPO_DIR DB_DIR\n");
    return 2;
  }
  auto start = std::chrono::steady_clock::now();
  Xapian::WritableDatabase db(argv[2], Xapian::DB_CREATE_OR_OVERWRITE);
  Xapian::TermGenerator tg;
  tg.set_stemmer(Xapian::Stem("english"));
  tg.set_flags(Xapian::TermGenerator::FLAG_CJK_NGRAM);
  std::size_t docs = 0, bytes = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(argv[1])) {
    if (!entry.is_regular_file() || entry.path().extension() != ".md") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string text = buffer.str();
    Xapian::Document doc;
    tg.set_document(doc);
    tg.index_text(text);
    doc.set_data(text);
    doc.add_boolean_term("Q" + entry.path().string());
    db.add_document(doc);
    ++docs;
    bytes += text.size();
    if (docs % 1000 == 0) db.commit();
  }
  db.commit();
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("{\"docs\": %zu, \"bytes\": %zu, \"seconds\": %.3f}\n", docs, bytes, secs);
  return 0;
}
