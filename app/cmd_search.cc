// `lanyard search`: the query language, filters, facets and snippets of the
// query library, printed as an aligned listing or as the documented JSON.
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>

#include "app/commands.h"
#include "app/text_output.h"
#include "core/place.h"
#include "query/json.h"
#include "query/request.h"
#include "query/searcher.h"

namespace lanyard::app {

namespace {

struct SearchArgs {
  std::string db;
  std::vector<std::string> words, locations, countries, topics, attendance;
  std::string from, to, near, radius, sort, limit, offset, facet_limit;
  bool json = false, upcoming = false, online = false, partial = false;
  query::ShardOptions shards;
};

// The CLI's options as the parameter map query::parse_search_request reads,
// so the CLI and the HTTP API validate the same way.
std::multimap<std::string, std::string> to_params(const SearchArgs& a) {
  std::multimap<std::string, std::string> p;
  for (const auto& w : a.words) p.emplace("q", w);
  for (const auto& v : a.locations) p.emplace("location", v);
  for (const auto& v : a.countries) p.emplace("country", v);
  for (const auto& v : a.topics) p.emplace("topic", v);
  for (const auto& v : a.attendance) p.emplace("attendance", v);
  const std::pair<const char*, const std::string*> single[] = {
      {"from", &a.from},     {"to", &a.to},
      {"near", &a.near},     {"radius", &a.radius},
      {"sort", &a.sort},     {"limit", &a.limit},
      {"offset", &a.offset}, {"facet_limit", &a.facet_limit}};
  for (const auto& [key, value] : single) {
    if (!value->empty()) p.emplace(key, *value);
  }
  if (a.upcoming) p.emplace("upcoming", "true");
  if (a.online) p.emplace("online", "true");
  if (a.partial) p.emplace("partial", "true");
  if (const char* today = std::getenv("LANYARD_TODAY"); today && *today) p.emplace("today", today);
  return p;
}

std::string place_of(const query::Hit& h) {
  if (h.location.is_object() && h.location.contains("label") && h.location["label"].is_string()) {
    return h.location["label"].get<std::string>();
  }
  return "";
}

void print_hit(std::size_t n, const query::Hit& h, const Terminal& t) {
  std::string num = std::to_string(n) + ". ";
  std::string date = h.date.value_or("");
  if (h.end_date && h.date && *h.end_date != *h.date) date += " – " + *h.end_date;
  std::size_t indent = num.size();
  std::size_t title_room =
      t.width > indent + date.size() + 2 ? t.width - indent - date.size() - 2 : 10;
  std::string title = fit(
      html_to_terminal(h.title_html.empty() ? h.title : h.title_html, t.colour, "1"), title_room);
  std::size_t pad = title_room > display_width(title) ? title_room - display_width(title) : 0;
  std::printf("%s%s%s  %s\n", styled(num, "2", t.colour).c_str(),
              styled(title, "1", t.colour).c_str(), std::string(pad, ' ').c_str(), date.c_str());
  std::string where = place_of(h);
  std::string line = where.empty() ? h.url : where + " · " + h.url;
  std::string margin(indent, ' ');
  std::printf("%s%s\n", margin.c_str(),
              styled(fit(terminal_text(line), t.width - indent), "36", t.colour).c_str());
  if (!h.snippet.empty()) {
    std::printf("%s%s\n", margin.c_str(),
                fit(html_to_terminal(h.snippet, t.colour), t.width - indent).c_str());
  }
}

void print_facets(const std::vector<std::vector<query::FacetValue>>& facets, const Terminal& t,
                  std::size_t top) {
  for (std::size_t i = 0; i < core::kFacetCount && i < facets.size(); ++i) {
    if (facets[i].empty()) continue;
    std::string line = std::string(core::kFacets[i].name) + ": ";
    for (std::size_t k = 0; k < facets[i].size() && k < top; ++k) {
      line +=
          (k ? ", " : "") + facets[i][k].value + " (" + std::to_string(facets[i][k].count) + ")";
    }
    std::printf("  %s\n", fit(terminal_text(line), t.width - 2).c_str());
  }
}

void print_listing(const query::SearchResult& r, const query::SearchRequest& request) {
  Terminal t = stdout_terminal();
  std::string head = std::to_string(r.total) + (r.total == 1 ? " result" : " results");
  if (!r.query.empty()) head += " for \"" + terminal_text(r.query) + "\"";
  char took[32];
  std::snprintf(took, sizeof took, " (%.1f ms)", r.took_ms);
  std::printf("%s%s\n", styled(head, "1", t.colour).c_str(), took);
  if (r.corrected_query) {
    std::printf("%s \"%s\"\n", r.correction_applied ? "Showing results for" : "Did you mean",
                terminal_text(*r.corrected_query).c_str());
  }
  if (r.relaxed) std::printf("No document has every word; showing documents with some of them\n");
  for (std::size_t i = 0; i < r.hits.size(); ++i) {
    std::printf("\n");
    print_hit(request.offset + i + 1, r.hits[i], t);
  }
  if (r.total > 0) {
    std::printf("\n%s\n", styled("Refine", "1", t.colour).c_str());
    print_facets(r.facets, t, 5);
  }
}

int run(const SearchArgs& args) {
  auto request = query::parse_search_request(to_params(args));
  if (!request) {
    print_error(request.error().message);
    return kExitError;
  }
  // The gazetteer resolves --location aliases ("usa", "nyc") and --near place
  // names; without it locations match their lowercased text and --near needs LAT,LON.
  auto gazetteer = load_gazetteer("place aliases are off");
  auto searcher = query::Searcher::open(db_path(args.db), gazetteer, args.shards);
  if (!searcher) {
    print_error(searcher.error().message);
    return kExitError;
  }
  auto result = (*searcher)->search(*request);
  if (!result) {
    print_error(result.error().message);
    return kExitError;
  }
  for (const auto& shard : result->missing_shards) {
    std::fprintf(stderr, "warning: shard %s could not be reached: results are partial\n",
                 shard.c_str());
  }
  if (args.json) {
    std::printf("%s\n", query::to_json_text(*result).c_str());
  } else {
    print_listing(*result, *request);
  }
  return kExitOk;
}

}  // namespace

Command add_search_command(CLI::App& app) {
  auto a = std::make_shared<SearchArgs>();
  CLI::App* cmd = app.add_subcommand("search", "Search the index");
  add_db_option(cmd, a->db);
  add_shard_options(cmd, a->shards);
  cmd->add_flag("--json", a->json, "Print results as JSON");
  cmd->add_option("--location", a->locations, "City, region or country (repeatable, OR'd)");
  cmd->add_option("--country", a->countries, "Country (repeatable, OR'd)");
  cmd->add_option("--topic", a->topics, "Topic (repeatable, OR'd)");
  cmd->add_option("--from", a->from, "Events ending on or after YYYY, YYYY-MM or YYYY-MM-DD");
  cmd->add_option("--to", a->to, "Events starting on or before YYYY, YYYY-MM or YYYY-MM-DD");
  cmd->add_flag("--upcoming", a->upcoming, "Events ending today or later");
  cmd->add_flag("--online", a->online, "Online or hybrid events");
  cmd->add_option("--attendance", a->attendance, "online, in-person or hybrid (repeatable, OR'd)");
  cmd->add_option("--near", a->near, "A place, or LAT,LON");
  cmd->add_option("--radius", a->radius, "Kilometres around --near (default 50)");
  cmd->add_option("--sort", a->sort, "relevance, date, -date or distance");
  cmd->add_option("--limit", a->limit, "Results to show (1-100, default 10)");
  cmd->add_option("--offset", a->offset, "Results to skip (0-10000)");
  cmd->add_option("--facet-limit", a->facet_limit, "Values per facet (default 10; 0 = all)");
  cmd->add_flag("--partial", a->partial, "Search as you type: complete the last word");
  cmd->add_option("QUERY", a->words, "Words to search for; none lists everything by date");
  return {cmd, [a] { return run(*a); }};
}

}  // namespace lanyard::app
