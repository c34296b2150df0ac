// Facet extraction, measured. Two checks:
//   lanyard_facets_eval labels [--split dev|test] [--misses] LABELS... NAME=DIR...
//       labelled documents (LABELS: .jsonl files or folders of them, written as
//       tests/data/facets/LABELLING.md says: tests/data/facets/labels/ for real
//       sites, make_phrasings.py's labels.jsonl), each corpus NAME read from DIR
//   lanyard_facets_eval techconf CONFERENCES_DIR
//       confs.tech records rendered as posts
// Prints accuracy per facet, per corpus and split, as a table, or JSON with --json.
// It runs the indexer's own stages (discovery of the whole site, front matter,
// record, facets) on each file, as `lanyard index` does, without writing an index.
// The misses it lists are the dev split's only: rules are tuned on dev, and the
// test split's misses are never printed.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/place.h"
#include "core/text.h"
#include "indexer/context.h"
#include "indexer/discover.h"
#include "indexer/front_matter.h"
#include "indexer/record.h"
#include "indexer/url.h"
#include "tests/eval/render.h"
#include "tests/eval/scoring.h"

namespace fs = std::filesystem;
using nlohmann::json;
using namespace lanyard;
using eval::Scores;

namespace {

const std::set<std::string> kVocabulary = {"llms",
                                           "compilers",
                                           "distributedtraining",
                                           "inference",
                                           "mobileandedge",
                                           "community",
                                           "releaseannouncements",
                                           "hackathons",
                                           "callsforproposals",
                                           "webframeworks",
                                           "datascience",
                                           "testing",
                                           "security",
                                           "accessibility",
                                           "diversityandinclusion",
                                           "education",
                                           "opensource",
                                           "performance",
                                           "mlops",
                                           "computervision",
                                           "nlp",
                                           "reinforcementlearning",
                                           "databases",
                                           "asyncandconcurrency",
                                           "packaging",
                                           "scientificcomputing",
                                           "visualization",
                                           "hardwareandaccelerators",
                                           "keynotes",
                                           "sponsors",
                                           "machinelearning"};

std::vector<json> read_labels(const fs::path& path) {
  std::vector<json> out;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    if (!core::trim(line).empty()) out.push_back(json::parse(line));
  }
  return out;
}

struct Options {
  std::string split = "all";  // dev, test or all
  bool misses = false;
  bool as_json = false;
};

// Scores one corpus's labels of the chosen split, by split.
std::map<std::string, Scores> score_corpus(const std::vector<json>& labels, const fs::path& root,
                                           const Options& opt, const core::Gazetteer* gazetteer) {
  indexer::Config config;
  indexer::Discovery d = indexer::discover(root, config);
  std::map<std::string, const indexer::SourceFile*> files;
  for (const auto& f : d.files) files[f.id] = &f;
  // As lanyard index does: the whole repo's context first, then each page.
  auto repo = indexer::RepoContext::build(root, d.files, config, gazetteer);
  std::map<std::string, Scores> by_split;
  for (const auto& raw : labels) {
    std::string split = raw.value("split", "dev");
    if (opt.split != "all" && split != opt.split) continue;
    json label = eval::canonical_place(raw, gazetteer);
    Scores& s = by_split[split];
    auto it = files.find(label["id"].get<std::string>());
    if (it == files.end()) {
      s.wrong.push_back(label["id"].get<std::string>() +
                        ": not found (not discovered as a document)");
      continue;
    }
    const indexer::SourceFile& file = *it->second;
    auto record = indexer::read_own_record(file, repo.site(file.site), config, gazetteer,
                                           repo.for_file(file));
    if (!record) {
      s.wrong.push_back(label["id"].get<std::string>() + ": cannot be read or parsed");
      continue;
    }
    eval::score_one(label, *record, s, kVocabulary);
  }
  return by_split;
}

// One page's facts and what it inherits, for reading a miss.
int run_show(const fs::path& root, const std::string& id, const core::Gazetteer* gazetteer) {
  indexer::Config config;
  indexer::Discovery d = indexer::discover(root, config);
  auto repo = indexer::RepoContext::build(root, d.files, config, gazetteer);
  for (const auto& file : d.files) {
    if (file.id != id) continue;
    auto ctx = repo.for_file(file);
    auto own = indexer::read_own_record(file, repo.site(file.site), config, gazetteer);
    auto r = indexer::read_own_record(file, repo.site(file.site), config, gazetteer, ctx);
    auto show = [](const indexer::Facets& f) {
      return (f.place ? f.place->label() : std::string("-")) + " | " +
             (f.event_dates ? f.event_dates->start.iso() + ".." + f.event_dates->end.iso()
                            : std::string("-")) +
             " | " + indexer::attendance_name(f.attendance);
    };
    indexer::Facets inherited;
    inherited.place = ctx.event.place;
    inherited.event_dates = ctx.event.dates;
    inherited.attendance = ctx.event.attendance;
    std::printf("site %s, collection %s, path year %d, site place %s\n", file.site.c_str(),
                file.collection.c_str(), ctx.path_year.value_or(0),
                ctx.site_place ? ctx.site_place->label().c_str() : "-");
    std::printf("event:  %s\n", show(inherited).c_str());
    if (own) std::printf("own:    %s\n", show(own->facets).c_str());
    if (r) std::printf("result: %s\n", show(r->facets).c_str());
    return 0;
  }
  std::fprintf(stderr, "%s: not discovered in %s\n", id.c_str(), root.c_str());
  return 1;
}

int run_labels(const std::vector<fs::path>& sources, const std::map<std::string, fs::path>& roots,
               const Options& opt, const core::Gazetteer* gazetteer) {
  std::vector<fs::path> label_files;
  for (const auto& source : sources) {
    if (!fs::is_directory(source)) {
      label_files.push_back(source);
      continue;
    }
    std::vector<fs::path> in_folder;
    for (const auto& e : fs::directory_iterator(source)) {
      if (e.path().extension() == ".jsonl") in_folder.push_back(e.path());
    }
    std::sort(in_folder.begin(), in_folder.end());
    label_files.insert(label_files.end(), in_folder.begin(), in_folder.end());
  }
  std::map<std::string, std::vector<json>> by_corpus;
  for (const auto& f : label_files) {
    for (auto& l : read_labels(f))
      by_corpus[l["corpus"].get<std::string>()].push_back(std::move(l));
  }
  std::map<std::string, Scores> rows;    // "corpus split"
  std::map<std::string, Scores> totals;  // "all split"
  for (const auto& [corpus, labels] : by_corpus) {
    auto root = roots.find(corpus);
    if (root == roots.end()) {
      std::fprintf(stderr,
                   "no folder given for corpus %s (NAME=DIR): its %zu labels are not scored\n",
                   corpus.c_str(), labels.size());
      continue;
    }
    for (auto& [split, s] : score_corpus(labels, root->second, opt, gazetteer)) {
      totals["all " + split].merge(s);
      rows[corpus + " " + split] = std::move(s);
    }
  }
  if (opt.as_json) {
    json out = json::object();
    for (const auto* group : {&rows, &totals}) {
      for (const auto& [name, s] : *group) {
        out[name] = eval::scores_json(s);
        if (name.ends_with(" dev")) out[name]["wrong"] = s.wrong;
      }
    }
    std::printf("%s\n", out.dump(1).c_str());
    return 0;
  }
  std::vector<std::pair<std::string, const Scores*>> table;
  for (const auto& [name, s] : rows) table.emplace_back(name, &s);
  for (const auto& [name, s] : totals) table.emplace_back(name, &s);
  eval::print_table(table);
  if (opt.misses) {
    std::printf("\nwrong (dev split only):\n");
    for (const auto& [name, s] : rows) {
      if (!name.ends_with(" dev")) continue;
      for (const auto& w : s.wrong)
        std::printf("  %s/%s\n", name.substr(0, name.size() - 4).c_str(), w.c_str());
    }
  }
  return 0;
}

int run_techconf(const fs::path& dir, bool as_json, const core::Gazetteer* gazetteer) {
  Scores s;
  std::size_t records = 0, unresolvable = 0;
  indexer::Config config;
  indexer::SiteInfo site;
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.is_regular_file() && e.path().extension() == ".json") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& path : files) {
    std::ifstream in(path);
    json list = json::parse(in, nullptr, false);
    if (!list.is_array()) continue;
    for (const auto& rec : list) {
      auto post = eval::render_conference(rec, records);
      if (!post) continue;
      ++records;
      json label = {{"id", path.parent_path().filename().string() + "/" + path.filename().string() +
                               "#" + std::to_string(records)},
                    {"city", nullptr},
                    {"region", nullptr},
                    {"country", nullptr},
                    {"online", nullptr},
                    {"start", rec.value("startDate", "")},
                    {"end", rec.value("endDate", rec.value("startDate", ""))},
                    {"topics", json::array()}};
      if (!post->city.empty()) {
        auto expected =
            gazetteer ? gazetteer->resolve(post->city + ", " + post->country) : std::nullopt;
        if (!expected || !expected->place || expected->place->city.empty()) {
          ++unresolvable;  // the gazetteer cannot name it even from clean fields: not an extraction
                           // error
          continue;
        }
        label["city"] = expected->place->city;
        label["country"] = expected->place->country;
      }
      if (rec.value("online", false) && post->city.empty()) label["online"] = "online";
      indexer::SourceFile file;
      file.id = "_events/tc-" + std::to_string(records) + ".md";
      file.collection = "events";
      file.rel_path = file.id.substr(8);
      file.in_collection = true;
      auto parsed = indexer::parse_front_matter(post->markdown);
      if (!parsed) continue;
      indexer::Record r = indexer::build_record(file, std::move(*parsed), config, site, gazetteer);
      eval::score_one(label, r, s, {});
    }
  }
  if (as_json) {
    json out = eval::scores_json(s);
    out["records"] = records;
    out["skipped_unresolvable_place"] = unresolvable;
    out["wrong"] = s.wrong;
    std::printf("%s\n", out.dump(1).c_str());
    return 0;
  }
  std::printf(
      "%zu records rendered as posts (%zu skipped: the gazetteer cannot resolve their clean "
      "city/country)\n",
      records, unresolvable);
  eval::print_table({{"tech-conferences", &s}});
  std::printf("\nfirst wrong cases:\n");
  for (std::size_t i = 0; i < s.wrong.size() && i < 40; ++i)
    std::printf("  %s\n", s.wrong[i].c_str());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  Options opt;
  opt.as_json = std::erase(args, "--json") > 0;
  opt.misses = std::erase(args, "--misses") > 0;
  if (auto it = std::find(args.begin(), args.end(), "--split");
      it != args.end() && it + 1 != args.end()) {
    opt.split = *(it + 1);
    args.erase(it, it + 2);
  }
  if (args.size() < 2 || (opt.split != "dev" && opt.split != "test" && opt.split != "all")) {
    std::fprintf(stderr,
                 "usage: lanyard_facets_eval [--json] labels [--split dev|test|all] [--misses] "
                 "LABELS... NAME=DIR...\n"
                 "       lanyard_facets_eval [--json] techconf CONFERENCES_DIR\n"
                 "       lanyard_facets_eval show ROOT ID\n");
    return 2;
  }
  auto gazetteer = core::Gazetteer::load();
  if (!gazetteer) {
    std::fprintf(stderr, "gazetteer: %s\n", gazetteer.error().message.c_str());
    return 2;
  }
  if (args[0] == "labels") {
    std::map<std::string, fs::path> roots;
    std::vector<fs::path> sources;
    for (std::size_t i = 1; i < args.size(); ++i) {
      auto eq = args[i].find('=');
      if (eq != std::string::npos) {
        roots[args[i].substr(0, eq)] = args[i].substr(eq + 1);
      } else {
        sources.emplace_back(args[i]);
      }
    }
    return run_labels(sources, roots, opt, gazetteer->get());
  }
  if (args[0] == "techconf") return run_techconf(args[1], opt.as_json, gazetteer->get());
  if (args[0] == "show" && args.size() == 3) return run_show(args[1], args[2], gazetteer->get());
  if (args[0] == "resolve") {  // what the gazetteer makes of each text
    for (std::size_t i = 1; i < args.size(); ++i) {
      auto m = (*gazetteer)->resolve(args[i]);
      std::printf("%s -> %s%s%s\n", args[i].c_str(),
                  m && m->place ? m->place->label().c_str() : "-",
                  m && m->online ? " (online)" : "",
                  (*gazetteer)->ambiguous_city(args[i]) ? " (ambiguous)" : "");
    }
    return 0;
  }
  std::fprintf(stderr, "unknown check '%s'\n", args[0].c_str());
  return 2;
}
