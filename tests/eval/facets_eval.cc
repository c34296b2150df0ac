// Facet extraction, measured. Two checks:
//   lanyard_facets_eval labels LABELS.jsonl NAME=DIR...   hand-labelled documents
//   lanyard_facets_eval techconf CONFERENCES_DIR           confs.tech records rendered as posts
// Prints accuracy per facet (and per corpus) as a table, or JSON with --json.
// It runs the indexer's own stages (front matter -> record -> facets) on each
// file, exactly as `lanyard index` does, without writing an index.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <cmath>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/place.h"
#include "core/text.h"
#include "indexer/discover.h"
#include "indexer/front_matter.h"
#include "indexer/record.h"
#include "indexer/url.h"
#include "tests/eval/render.h"

namespace fs = std::filesystem;
using nlohmann::json;
using namespace lanyard;

namespace {

struct Tally {
  int total = 0, right = 0;
  void add(bool ok) {
    ++total;
    right += ok ? 1 : 0;
  }
  double pct() const { return total ? 100.0 * right / total : 0.0; }
};

struct Scores {
  Tally place;          // labelled city: city and country exact
  Tally country;        // labelled country (city or not): country exact
  Tally place_invented; // labelled no place: a place was extracted (right = none extracted)
  Tally start, end;     // labelled start/end: exact
  Tally date_invented;  // labelled no event date: an event date was extracted
  Tally online;         // labelled attendance: exact
  Tally topic_precision;  // each inferred topic in the label vocabulary: in the labels?
  Tally topic_recall;     // each labelled topic: found (any source)?
  std::vector<std::string> wrong;
};

std::string fold(std::string s) {
  s = core::ascii_lower(s);
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      out += "and";
    } else if (std::isalnum(static_cast<unsigned char>(s[i])) || static_cast<unsigned char>(s[i]) >= 0x80) {
      out += s[i];
    }
  }
  if (out == "deploymentandmlops") out = "mlops";
  return out;
}

bool same(const json& label, const std::string& got) {
  if (label.is_null()) return got.empty();
  return fold(label.get<std::string>()) == fold(got);
}

std::string label_str(const json& j) { return j.is_null() ? "-" : j.get<std::string>(); }

indexer::Record record_for(const indexer::SourceFile& file, const std::string& bytes,
                           const indexer::Config& config, const core::Gazetteer* gazetteer,
                           std::map<std::string, indexer::SiteInfo>& sites, const fs::path& root) {
  auto parsed = indexer::parse_front_matter(bytes);
  if (!parsed) {  // as lanyard index does: flat "key: value" front matter is recovered
    auto recovered = indexer::recover_flat_front_matter(bytes);
    parsed = recovered ? std::move(*recovered) : indexer::ParsedFile{false, json::object(), bytes, 1};
  }
  if (!sites.count(file.site)) sites[file.site] = indexer::load_site_info(root / file.site);
  return indexer::build_record(file, std::move(*parsed), config, sites[file.site], gazetteer);
}

void score_one(const json& label, const indexer::Record& r, Scores& s, const std::set<std::string>& vocabulary) {
  const auto& f = r.facets;
  std::string city = f.place ? f.place->city : "", country = f.place ? f.place->country : "";
  std::string why;
  if (!label["city"].is_null()) {
    bool ok = same(label["city"], city) && same(label["country"], country);
    s.place.add(ok);
    if (!ok) why += " place=" + (f.place ? f.place->label() : "-") + " want " + label_str(label["city"]) + ", " + label_str(label["country"]);
  }
  if (!label["country"].is_null()) {
    bool ok = same(label["country"], country);
    s.country.add(ok);
    if (!ok && label["city"].is_null()) why += " country=" + (country.empty() ? "-" : country) + " want " + label_str(label["country"]);
  }
  if (label["city"].is_null() && label["country"].is_null()) {
    s.place_invented.add(!f.place);
    if (f.place) why += " invented place " + f.place->label();
  }
  std::string start = f.event_dates ? f.event_dates->start.iso() : "";
  std::string end = f.event_dates ? f.event_dates->end.iso() : "";
  if (!label["start"].is_null()) {
    s.start.add(start == label["start"].get<std::string>());
    if (start != label["start"].get<std::string>()) why += " start=" + (start.empty() ? "-" : start) + " want " + label["start"].get<std::string>();
  } else {
    s.date_invented.add(start.empty());
    if (!start.empty()) why += " invented date " + start;
  }
  if (!label["end"].is_null()) s.end.add(end == label["end"].get<std::string>());
  if (!label["online"].is_null()) {
    std::string got = indexer::attendance_name(f.attendance);
    s.online.add(got == label["online"].get<std::string>());
    if (got != label["online"].get<std::string>()) why += " attendance=" + got + " want " + label["online"].get<std::string>();
  }
  std::set<std::string> want, found;
  for (const auto& t : label["topics"]) want.insert(fold(t.get<std::string>()));
  for (const auto& t : f.topics) {
    found.insert(fold(t.name));
    if (t.source == "inferred" && vocabulary.count(fold(t.name))) {
      s.topic_precision.add(want.count(fold(t.name)) > 0);
      if (!want.count(fold(t.name))) why += " topic+" + t.name;
    }
  }
  for (const auto& t : want) s.topic_recall.add(found.count(t) > 0);
  if (!why.empty()) s.wrong.push_back(label["id"].get<std::string>() + ":" + why);
}

json scores_json(const Scores& s) {
  auto t = [](const Tally& x) { return json{{"right", x.right}, {"total", x.total}, {"pct", std::round(x.pct() * 10) / 10}}; };
  return {{"place_city_country", t(s.place)}, {"country", t(s.country)}, {"no_invented_place", t(s.place_invented)},
          {"start_date", t(s.start)}, {"end_date", t(s.end)}, {"no_invented_date", t(s.date_invented)},
          {"online", t(s.online)}, {"inferred_topic_precision", t(s.topic_precision)},
          {"topic_recall", t(s.topic_recall)}};
}

void print_table(const std::map<std::string, Scores>& by) {
  std::printf("%-16s %14s %14s %14s %14s %14s %14s %14s %14s\n", "corpus", "city+country", "country",
              "no inv. place", "start", "end", "no inv. date", "online", "topic prec.");
  for (const auto& [name, s] : by) {
    auto c = [](const Tally& t) {
      char buf[40];
      std::snprintf(buf, sizeof buf, "%5.1f%% %3d/%-3d", t.pct(), t.right, t.total);
      return std::string(buf);
    };
    std::printf("%-16s %14s %14s %14s %14s %14s %14s %14s %14s\n", name.c_str(), c(s.place).c_str(),
                c(s.country).c_str(), c(s.place_invented).c_str(), c(s.start).c_str(), c(s.end).c_str(),
                c(s.date_invented).c_str(), c(s.online).c_str(), c(s.topic_precision).c_str());
  }
}

void merge_into(Scores& all, const Scores& s) {
  for (auto [a, b] : {std::pair{&all.place, &s.place}, {&all.country, &s.country}, {&all.place_invented, &s.place_invented},
                      {&all.start, &s.start}, {&all.end, &s.end}, {&all.date_invented, &s.date_invented},
                      {&all.online, &s.online}, {&all.topic_precision, &s.topic_precision}, {&all.topic_recall, &s.topic_recall}}) {
    a->total += b->total;
    a->right += b->right;
  }
}

int run_labels(const std::string& labels_path, const std::map<std::string, fs::path>& roots, bool as_json,
               const core::Gazetteer* gazetteer) {
  const std::set<std::string> vocabulary = {
      "compilers", "distributedtraining", "llms", "inference", "mobileandedge", "community",
      "releaseannouncements", "hackathons", "callsforproposals", "webframeworks", "datascience",
      "testing", "security", "accessibility", "diversityandinclusion", "education", "opensource",
      "performance", "mlops", "computervision", "nlp", "reinforcementlearning", "databases",
      "asyncandconcurrency", "packaging", "scientificcomputing", "visualization",
      "hardwareandaccelerators", "keynotes", "sponsors"};
  std::ifstream in(labels_path);
  if (!in) {
    std::fprintf(stderr, "cannot read %s\n", labels_path.c_str());
    return 2;
  }
  std::map<std::string, std::vector<json>> by_corpus;
  for (std::string line; std::getline(in, line);) {
    if (core::trim(line).empty()) continue;
    json j = json::parse(line);
    by_corpus[j["corpus"].get<std::string>()].push_back(j);
  }
  std::map<std::string, Scores> scores;
  Scores all;
  indexer::Config config;
  for (auto& [corpus, labels] : by_corpus) {
    auto root = roots.find(corpus);
    if (root == roots.end()) {
      std::fprintf(stderr, "no folder given for corpus %s (NAME=DIR): its %zu labels are not scored\n",
                   corpus.c_str(), labels.size());
      continue;
    }
    indexer::Config only = config;
    for (const auto& l : labels) only.include.push_back(l["id"].get<std::string>());
    indexer::Discovery d = indexer::discover(root->second, only);
    std::map<std::string, const indexer::SourceFile*> files;
    for (const auto& f : d.files) files[f.id] = &f;
    std::map<std::string, indexer::SiteInfo> sites;
    Scores& s = scores[corpus];
    for (const auto& l : labels) {
      auto it = files.find(l["id"].get<std::string>());
      if (it == files.end()) {
        s.wrong.push_back(l["id"].get<std::string>() + ": not found");
        continue;
      }
      std::ifstream f(it->second->path, std::ios::binary);
      std::stringstream bytes;
      bytes << f.rdbuf();
      score_one(l, record_for(*it->second, bytes.str(), config, gazetteer, sites, root->second), s, vocabulary);
    }
    merge_into(all, s);
  }
  scores["all"] = all;
  if (as_json) {
    json out = json::object();
    for (const auto& [name, s] : scores) out[name] = scores_json(s), out[name]["wrong"] = s.wrong;
    std::printf("%s\n", out.dump(1).c_str());
    return 0;
  }
  print_table(scores);
  std::printf("\ntopic recall (any source): %.1f%% of %d labelled topics\n", all.topic_recall.pct(), all.topic_recall.total);
  std::printf("\nwrong:\n");
  for (const auto& [name, s] : scores) {
    if (name == "all") continue;
    for (const auto& w : s.wrong) std::printf("  %s/%s\n", name.c_str(), w.c_str());
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
      json label = {{"id", path.parent_path().filename().string() + "/" + path.filename().string() + "#" + std::to_string(records)},
                    {"city", nullptr}, {"region", nullptr}, {"country", nullptr}, {"online", nullptr},
                    {"start", rec.value("startDate", "")}, {"end", rec.value("endDate", rec.value("startDate", ""))},
                    {"topics", json::array()}};
      if (!post->city.empty()) {
        auto expected = gazetteer ? gazetteer->resolve(post->city + ", " + post->country) : std::nullopt;
        if (!expected || !expected->place || expected->place->city.empty()) {
          ++unresolvable;  // the gazetteer cannot name it even from clean fields: not an extraction error
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
      score_one(label, r, s, {});
    }
  }
  if (as_json) {
    json out = scores_json(s);
    out["records"] = records;
    out["skipped_unresolvable_place"] = unresolvable;
    out["wrong"] = s.wrong;
    std::printf("%s\n", out.dump(1).c_str());
    return 0;
  }
  std::printf("%zu records rendered as posts (%zu skipped: the gazetteer cannot resolve their clean city/country)\n",
              records, unresolvable);
  print_table({{"tech-conferences", s}});
  std::printf("\nfirst wrong cases:\n");
  for (std::size_t i = 0; i < s.wrong.size() && i < 40; ++i) std::printf("  %s\n", s.wrong[i].c_str());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  bool as_json = std::erase(args, "--json") > 0;
  if (args.size() < 2) {
    std::fprintf(stderr,
                 "usage: lanyard_facets_eval [--json] labels LABELS.jsonl NAME=DIR...\n"
                 "       lanyard_facets_eval [--json] techconf CONFERENCES_DIR\n");
    return 2;
  }
  auto gazetteer = core::Gazetteer::load();
  if (!gazetteer) {
    std::fprintf(stderr, "gazetteer: %s\n", gazetteer.error().message.c_str());
    return 2;
  }
  if (args[0] == "labels") {
    std::map<std::string, fs::path> roots;
    for (std::size_t i = 2; i < args.size(); ++i) {
      auto eq = args[i].find('=');
      if (eq != std::string::npos) roots[args[i].substr(0, eq)] = args[i].substr(eq + 1);
    }
    return run_labels(args[1], roots, as_json, gazetteer->get());
  }
  if (args[0] == "techconf") return run_techconf(args[1], as_json, gazetteer->get());
  std::fprintf(stderr, "unknown check '%s'\n", args[0].c_str());
  return 2;
}
