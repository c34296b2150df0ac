// The read path: open a Lanyard index and search it (query language, filters,
// exact disjunctive facets, snippets, spelling, synonyms, relaxed matching).
// Returns data; never prints. Not thread-safe: one Searcher per thread (each
// holds its own Xapian::Database); the gazetteer may be shared.
#pragma once

#include <xapian.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/place.h"
#include "core/status.h"
#include "query/facet_index.h"
#include "query/query_builder.h"
#include "query/request.h"
#include "query/result.h"
#include "query/shards.h"
#include "query/stored_hit.h"  // hit_from_document, for callers of Searcher

namespace lanyard::query {

class Searcher {
 public:
  // gazetteer (may be null) resolves --location aliases and --near place names;
  // without it locations match their lowercased text and near needs LAT,LON.
  // db_dir may be a database folder or a stub (query/shards.h): sharded
  // indexes and remote shards open as one database, each remote shard bounded
  // by shards' timeouts. Errors: not_found when db_dir holds no index,
  // io_error when it cannot be read (or a shard is down and !allow_partial).
  static core::Result<std::unique_ptr<Searcher>> open(
      const std::filesystem::path& db_dir,
      std::shared_ptr<const core::Gazetteer> gazetteer = nullptr, const ShardOptions& shards = {});
  ~Searcher();

  // No words: every document matching the filters, newest first. Words that
  // match nothing together are retried as a correction (spelling) and then as
  // any-word (result.relaxed). Errors: invalid_input (an unknown --near place),
  // io_error (the index cannot be read).
  core::Result<SearchResult> search(const SearchRequest& request);

  // Every facet's values over the whole index (limit 0 = all).
  core::Result<std::vector<std::vector<FacetValue>>> facets(std::size_t limit = 0);

  // The stored document with this id (snippet empty, score 0); not_found when absent.
  core::Result<Hit> document(const std::string& id);

  std::size_t document_count() const;

  // Remote shards left out of the last read because they could not be reached
  // (results are partial); empty for a whole index.
  const std::vector<std::string>& missing_shards() const { return missing_; }

  // Moves to the latest committed revision of the index (cheap when nothing
  // changed; a server calls it before each request). True when a newer
  // revision was opened. Reads that race a writer committing twice are retried
  // on the latest revision by every method here, so a result never mixes two.
  // Errors: io_error.
  core::Result<bool> refresh();

  // Completions for search-as-you-type: the last word of typed completed from
  // title words, and typed as the start of a speaker, place or topic; most
  // documents first, at most limit. Empty when typed is blank.
  core::Result<std::vector<Suggestion>> suggest(std::string_view typed, std::size_t limit = 8);

  // Reads now what the first searches on this revision would otherwise read
  // on the way (the facet columns, the spelling index), so that they are not
  // slower than the rest; a server calls it when it opens the index.
  // Errors: io_error.
  core::Status warm();
  // Whether what warm() reads is in memory for the open revision.
  bool is_warm() const;

  // A time budget for counting, per counting pass of a search (the main one
  // and one per selected facet group): past it Xapian stops checking every
  // match (Enquire::set_time_limit). Hits are still the best ones, but the
  // counts are partial: total_exact is then false, total Xapian's estimate
  // and facet counts cover only the matches checked. 0 = none (the default):
  // exact counts, however long they take.
  void set_time_budget(double seconds) { time_budget_ = seconds; }

 private:
  Searcher(Xapian::Database db, std::shared_ptr<const core::Gazetteer> gazetteer);
  // Reopens every shard of a stub, leaving out (or failing on) those that are down.
  core::Status reconnect();
  // Moves to the latest revision and forgets what was read from the old one.
  // Errors: io_error "reopening the index: ...".
  core::Status reopen_latest();
  // Every read of the index goes through here; read returns a core::Result
  // and may throw Xapian::Error:
  //  - DatabaseModifiedError (a writer committed twice while it ran): reopen_latest()
  //    and read again, up to 5 reads;
  //  - NetworkError on a stub's shards: reconnect() (leaving out the shards
  //    that are down, when allowed) and read once more;
  //  - UnimplementedError (a remote backend refused our spy): once, switch to
  //    Xapian's own spies (use_remote_counting) and read again;
  //  - any other Xapian::Error: io_error "what: ...".
  template <typename F>
  auto guarded(const std::string& what, F&& read) -> decltype(read());
  // The query the words stand for, before filters, and how it was chosen.
  struct Base {
    Xapian::Query query;
    bool browse = false;                         // no words, or only filters: nothing to rank by
    std::optional<std::string> corrected_query;  // as SearchResult's
    bool correction_applied = false;
    bool relaxed = false;
  };
  // Every word when something matches them all (with filters); else the
  // spelling correction when it matches; else any word (relaxed). Throws
  // Xapian::Error.
  Base choose_base(const SearchRequest& request, const Filters& filters);
  // The reads guarded() runs: they throw Xapian::Error.
  core::Result<SearchResult> run(const SearchRequest& request);
  core::Result<std::vector<std::vector<FacetValue>>> facets_once(std::size_t limit);
  core::Result<Hit> document_once(const std::string& id);
  core::Result<std::vector<Suggestion>> suggest_once(const std::string& typed, std::size_t limit);
  // suggest_once through guarded() (here, where the template is defined).
  core::Result<std::vector<Suggestion>> suggest_guarded(const std::string& text, std::size_t limit);
  // The facet columns of the open revision, read on first use after each
  // reopen; null when the backend cannot stream values. Throws Xapian::Error.
  std::shared_ptr<const FacetIndex> facet_index();
  // What was read from the revision just left: the facet columns, the
  // spelling index.
  void forget_revision();
  // After a remote backend refused our spy: false when already switched.
  bool use_remote_counting();

  Xapian::Database db_;
  std::shared_ptr<const core::Gazetteer> gazetteer_;
  std::unique_ptr<QueryBuilder> builder_;
  std::shared_ptr<const FacetIndex> facet_index_;
  bool facet_index_supported_ = true;
  double time_budget_ = 0;         // seconds; 0 = none
  std::vector<ShardSpec> shards_;  // empty unless opened from a stub
  ShardOptions shard_options_;
  std::vector<std::string> missing_;
  bool remote_ = false;
  std::chrono::steady_clock::time_point retry_at_{};
};

}  // namespace lanyard::query
