// lanyard_protocol_query: runs a peers-harness query file (../shared/bench/peers,
// README "Queries") against a Lanyard index in one warm process and prints the
// harness's query protocol: one {"meta": ...} line, then one JSON line per query
// with hits, the top 10 ids, location/year/topic facet counts and the in-process
// milliseconds around the search (wall) plus the thread's CPU milliseconds.
//   lanyard_protocol_query [--floor] [--rounds N] DB QUERIES
//   lanyard_protocol_query --urls DB QUERIES   (the same requests as /api/search URLs, for wrk)
// Default: Lanyard's Searcher (query parsing, exact facet counts, snippets).
// --floor: the same index queried by a bare Xapian Enquire (QueryParser AND,
// English stems, filters as boolean terms, exact match count, top 10 ids) with
// no facets, snippets or JSON: Lanyard's overhead over its own engine.
// --rounds N: run the file N times; every round is printed ("round" member).
// Query lines: free words ANDed plus location:SLUG year:YYYY topic:SLUG
// filters; slugs are mapped to the index's own values by bench/filter_map.h.
#include <time.h>
#include <xapian.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "bench/filter_map.h"
#include "core/schema.h"
#include "query/searcher.h"

namespace {

using lanyard::bench::FilterMap;
using lanyard::bench::ParsedLine;
using nlohmann::json;

double now_ms() {
  return std::chrono::duration<double, std::milli>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

double thread_cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

std::vector<std::string> read_lines(const char* path) {
  std::ifstream in(path);
  std::vector<std::string> out;
  for (std::string line; std::getline(in, line);) {
    auto b = line.find_first_not_of(" \t\r");
    if (b == std::string::npos || line[b] == '#') continue;
    auto e = line.find_last_not_of(" \t\r");
    out.push_back(line.substr(b, e - b + 1));
  }
  return out;
}

struct Outcome {
  std::size_t hits = 0;
  std::vector<std::string> top;
  json facets = json::object();
  std::string error;
};

// One query through Lanyard's Searcher.
Outcome run_ours(lanyard::query::Searcher& searcher, const ParsedLine& q) {
  lanyard::query::SearchRequest r;
  r.query = q.words;
  for (const auto& t : q.tags) r.query += (r.query.empty() ? "" : " ") + ("tag:\"" + t + "\"");
  r.locations = q.locations;
  r.topics = q.topics;
  r.online = q.online;
  if (q.year) {
    r.from = lanyard::core::Date{*q.year, 1, 1};
    r.to = lanyard::core::Date{*q.year, 12, 31};
  }
  r.limit = 10;
  Outcome out;
  auto result = searcher.search(r);
  if (!result) {
    out.error = result.error().message;
    return out;
  }
  out.hits = result->total;
  for (const auto& h : result->hits) out.top.push_back(h.id);
  for (std::size_t f = 0; f < lanyard::core::kFacetCount; ++f) {
    std::string name = lanyard::core::kFacets[f].name;
    if (name != "location" && name != "year" && name != "topic") continue;
    json values = json::array();
    for (const auto& v : result->facets[f])
      values.push_back({lanyard::bench::slug(v.value), v.count});
    out.facets[name] = values;
  }
  return out;
}

// The floor: the same words and filters through a bare Enquire.
class Floor {
 public:
  explicit Floor(const Xapian::Database& db) : db_(db), enquire_(db_) {
    parser_.set_database(db_);
    parser_.set_stemmer(Xapian::Stem("english"));
    parser_.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    parser_.set_default_op(Xapian::Query::OP_AND);
  }

  Outcome run(const ParsedLine& q) {
    Outcome out;
    Xapian::Query query = q.words.empty() ? Xapian::Query::MatchAll : parser_.parse_query(q.words);
    std::vector<Xapian::Query> filters;
    for (const auto& l : q.locations)
      filters.emplace_back(std::string(lanyard::core::schema::prefix::kLocation) + l);
    for (const auto& t : q.topics)
      filters.emplace_back(std::string(lanyard::core::schema::prefix::kTopic) + t);
    for (const auto& t : q.tags)
      filters.emplace_back(std::string(lanyard::core::schema::prefix::kTag) + t);
    if (q.year)
      filters.emplace_back(std::string(lanyard::core::schema::prefix::kYear) +
                           std::to_string(*q.year));
    if (q.online)
      filters.emplace_back(std::string(lanyard::core::schema::prefix::kOnline) + "online");
    for (auto& f : filters) query = Xapian::Query(Xapian::Query::OP_FILTER, query, f);
    enquire_.set_query(query);
    Xapian::MSet mset = enquire_.get_mset(0, 10, db_.get_doccount());
    out.hits = mset.get_matches_estimated();
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      Xapian::Document doc = it.get_document();
      auto term = doc.termlist_begin();
      term.skip_to(lanyard::core::schema::prefix::kId);
      if (term != doc.termlist_end() && (*term).rfind(lanyard::core::schema::prefix::kId, 0) == 0) {
        out.top.push_back((*term).substr(std::strlen(lanyard::core::schema::prefix::kId)));
      }
    }
    return out;
  }

 private:
  Xapian::Database db_;
  Xapian::Enquire enquire_;
  Xapian::QueryParser parser_;
};

// "/api/search?q=...": the HTTP form of what run_ours() asks the Searcher.
std::string url_of(const ParsedLine& q) {
  auto enc = [](const std::string& s) {
    std::string out;
    for (unsigned char c : s) {
      if (std::isalnum(c) || c == '-' || c == '_' || c == '.') {
        out += static_cast<char>(c);
      } else {
        char buf[4];
        std::snprintf(buf, sizeof buf, "%%%02X", c);
        out += buf;
      }
    }
    return out;
  };
  std::string query = q.words;
  for (const auto& t : q.tags) query += (query.empty() ? "" : " ") + ("tag:\"" + t + "\"");
  std::string url = "/api/search?limit=10&q=" + enc(query);
  for (const auto& l : q.locations) url += "&location=" + enc(l);
  for (const auto& t : q.topics) url += "&topic=" + enc(t);
  if (q.year) url += "&from=" + std::to_string(*q.year) + "&to=" + std::to_string(*q.year);
  if (q.online) url += "&online=1";
  return url;
}

struct Options {
  bool urls = false;
  bool floor = false;
  int rounds = 1;
  const char* db = nullptr;
  const char* queries = nullptr;
};

std::optional<Options> parse_options(int argc, char** argv) {
  Options o;
  std::vector<const char*> positional;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--floor") == 0) {
      o.floor = true;
    } else if (std::strcmp(argv[i], "--urls") == 0) {
      o.urls = true;
    } else if (std::strcmp(argv[i], "--rounds") == 0 && i + 1 < argc) {
      o.rounds = std::max(1, std::atoi(argv[++i]));
    } else {
      positional.push_back(argv[i]);
    }
  }
  if (positional.size() != 2) return std::nullopt;
  o.db = positional[0];
  o.queries = positional[1];
  return o;
}

void print_line(const json& j) {
  std::string s = j.dump(-1, ' ', false, json::error_handler_t::replace);
  std::fwrite(s.data(), 1, s.size(), stdout);
  std::fputc('\n', stdout);
}

json meta(const Options& o, std::size_t docs, double load_ms) {
  json filters = {"location", "year", "topic"};
  return {{"meta",
           {{"peer", o.floor ? "ours-floor" : "ours"},
            {"latency_mode", "warm-process"},
            {"docs", docs},
            {"facets", o.floor ? json::array() : filters},
            {"filters", filters},
            {"load_ms", load_ms},
            {"snippets", !o.floor},
            {"xapian", Xapian::version_string()}}}};
}

}  // namespace

int main(int argc, char** argv) {
  auto opts = parse_options(argc, argv);
  if (!opts) {
    std::fprintf(stderr,
                 "usage: lanyard_protocol_query [--floor | --urls] [--rounds N] DB QUERIES\n");
    return 2;
  }
  auto lines = read_lines(opts->queries);
  double t0 = now_ms();
  try {
    Xapian::Database db(opts->db);
    FilterMap filters(db);
    if (opts->urls) {
      for (const auto& line : lines) std::printf("%s\n", url_of(filters.parse(line)).c_str());
      return 0;
    }
    std::unique_ptr<lanyard::query::Searcher> searcher;
    std::unique_ptr<Floor> floor;
    if (opts->floor) {
      floor = std::make_unique<Floor>(db);
    } else {
      auto opened = lanyard::query::Searcher::open(opts->db);
      if (!opened) {
        std::fprintf(stderr, "lanyard_protocol_query: %s\n", opened.error().message.c_str());
        return 2;
      }
      searcher = std::move(*opened);
      // The facet columns and the spelling index, read as the server does at
      // start: part of loading.
      if (!searcher->warm() || !searcher->search({})) return 1;
    }
    print_line(meta(*opts, db.get_doccount(), now_ms() - t0));
    for (int round = 0; round < opts->rounds; ++round) {
      for (std::size_t i = 0; i < lines.size(); ++i) {
        ParsedLine q = filters.parse(lines[i]);
        double start = now_ms(), cpu = thread_cpu_ms();
        Outcome out = floor ? floor->run(q) : run_ours(*searcher, q);
        double cpu_ms = thread_cpu_ms() - cpu, ms = now_ms() - start;
        json line = {{"i", i},          {"q", lines[i]},        {"hits", out.hits},
                     {"top", out.top},  {"facets", out.facets}, {"ms", ms},
                     {"cpu_ms", cpu_ms}};
        if (opts->rounds > 1) line["round"] = round;
        if (!q.unmapped.empty()) line["unsupported_filters"] = q.unmapped;
        if (!out.error.empty()) line["error"] = out.error;
        print_line(line);
      }
    }
  } catch (const Xapian::Error& e) {
    std::fprintf(stderr, "lanyard_protocol_query: %s\n", e.get_description().c_str());
    return 1;
  }
  return 0;
}
