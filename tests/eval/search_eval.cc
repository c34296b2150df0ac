// Search, measured: recall@5 of queries with known answers
// (tests/data/search/<corpus>.jsonl, README.md there).
//   lanyard_search_eval [--json] [--split dev|test|all] [--misses] QUERIES... NAME=DIR...
// Indexes each corpus DIR into a temporary index with the real indexer (the
// gazetteer included), then runs each of its queries as `lanyard search` does
// and counts a query as found when one of its relevant pages is among the
// first five hits. Misses are listed for the dev split only.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/place.h"
#include "core/text.h"
#include "indexer/pipeline.h"
#include "query/searcher.h"

namespace fs = std::filesystem;
using nlohmann::json;
using namespace lanyard;

namespace {

constexpr std::size_t kCutoff = 5;

struct Tally {
  int found = 0, total = 0;
  double pct() const { return total ? 100.0 * found / total : 0.0; }
};

std::vector<json> read_queries(const std::vector<fs::path>& sources) {
  std::vector<fs::path> files;
  for (const auto& s : sources) {
    if (!fs::is_directory(s)) {
      files.push_back(s);
      continue;
    }
    for (const auto& e : fs::directory_iterator(s)) {
      if (e.path().extension() == ".jsonl") files.push_back(e.path());
    }
  }
  std::sort(files.begin(), files.end());
  std::vector<json> out;
  for (const auto& f : files) {
    std::ifstream in(f);
    for (std::string line; std::getline(in, line);) {
      if (!core::trim(line).empty()) out.push_back(json::parse(line));
    }
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  bool as_json = std::erase(args, "--json") > 0;
  bool misses = std::erase(args, "--misses") > 0;
  std::string split = "all";
  if (auto it = std::find(args.begin(), args.end(), "--split");
      it != args.end() && it + 1 != args.end()) {
    split = *(it + 1);
    args.erase(it, it + 2);
  }
  std::map<std::string, fs::path> roots;
  std::vector<fs::path> sources;
  for (const auto& a : args) {
    auto eq = a.find('=');
    if (eq != std::string::npos) {
      roots[a.substr(0, eq)] = a.substr(eq + 1);
    } else {
      sources.emplace_back(a);
    }
  }
  if (sources.empty() || roots.empty()) {
    std::fprintf(stderr,
                 "usage: lanyard_search_eval [--json] [--split dev|test|all] [--misses] QUERIES... "
                 "NAME=DIR...\n");
    return 2;
  }
  auto gazetteer = core::Gazetteer::load();
  if (!gazetteer) {
    std::fprintf(stderr, "gazetteer: %s\n", gazetteer.error().message.c_str());
    return 2;
  }
  std::map<std::string, std::vector<json>> by_corpus;
  for (auto& q : read_queries(sources))
    by_corpus[q["corpus"].get<std::string>()].push_back(std::move(q));

  fs::path work = fs::temp_directory_path() / ("lanyard-search-eval-" + std::to_string(::getpid()));
  std::map<std::string, Tally> rows;
  std::vector<std::string> wrong;
  for (const auto& [corpus, queries] : by_corpus) {
    auto root = roots.find(corpus);
    if (root == roots.end()) {
      std::fprintf(stderr, "no folder given for corpus %s: its %zu queries are not run\n",
                   corpus.c_str(), queries.size());
      continue;
    }
    indexer::IndexOptions options;
    options.repo = root->second;
    options.db = work / corpus;
    options.gazetteer = *gazetteer;
    options.rebuild = true;
    auto report = indexer::run_index(options);
    if (!report) {
      std::fprintf(stderr, "%s: %s\n", corpus.c_str(), report.error().message.c_str());
      return 1;
    }
    auto searcher = query::Searcher::open(options.db, *gazetteer);
    if (!searcher) {
      std::fprintf(stderr, "%s: %s\n", corpus.c_str(), searcher.error().message.c_str());
      return 1;
    }
    for (const auto& q : queries) {
      std::string s = q.value("split", "dev");
      if (split != "all" && s != split) continue;
      query::SearchRequest request;
      request.query = q["query"].get<std::string>();
      request.limit = kCutoff;
      request.snippets = false;
      auto result = (*searcher)->search(request);
      bool found = false;
      std::vector<std::string> got;
      if (result) {
        for (const auto& hit : result->hits) {
          got.push_back(hit.id);
          for (const auto& r : q["relevant"]) found = found || r.get<std::string>() == hit.id;
        }
      }
      Tally& t = rows[corpus + " " + s];
      Tally& all = rows["all " + s];
      ++t.total, ++all.total;
      t.found += found, all.found += found;
      if (!found && s == "dev") {
        wrong.push_back(corpus + ": '" + request.query + "' got [" + core::join(got, ", ") + "]");
      }
    }
  }
  std::error_code ec;
  fs::remove_all(work, ec);
  if (as_json) {
    json out = json::object();
    for (const auto& [name, t] : rows) {
      out[name] = {{"found", t.found}, {"total", t.total}, {"pct", std::round(t.pct() * 10) / 10}};
    }
    std::printf("%s\n", out.dump(1).c_str());
    return 0;
  }
  std::printf("%-24s %16s\n", "corpus", "recall@5");
  for (const auto& [name, t] : rows)
    std::printf("%-24s %6.1f%% %3d/%-3d\n", name.c_str(), t.pct(), t.found, t.total);
  if (misses) {
    std::printf("\nnot in the first five (dev split only):\n");
    for (const auto& w : wrong) std::printf("  %s\n", w.c_str());
  }
  return 0;
}
