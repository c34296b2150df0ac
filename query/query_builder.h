// Turns what a user typed into Xapian queries: the query language (fields,
// boolean operators, phrases, date ranges, synonyms, spelling, partial words)
// and the request's filters. Owns a QueryParser: one QueryBuilder per thread.
#pragma once

#include <xapian.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/place.h"
#include "core/status.h"
#include "query/filters.h"  // Filters, build_filters, for callers
#include "query/request.h"
#include "query/spelling_index.h"

namespace lanyard::query {

// A query matching every document. Never use Xapian::Query::MatchAll across
// threads: it is one static object with a non-atomic reference count.
inline Xapian::Query match_all() { return Xapian::Query(std::string()); }

enum class DefaultOp { all_words, any_word };

struct ParseOptions {
  DefaultOp op = DefaultOp::all_words;
  bool partial = false;  // complete the last word (search-as-you-type)
  bool spelling = true;  // ask the spelling dictionary for a correction
};

struct ParsedQuery {
  Xapian::Query query;         // empty Query: the text had no searchable words
  std::string suggestion;      // the spelling dictionary's correction, "" when none
  std::string corrected;       // the suggestion when worth showing (typo-like words), else ""
  std::size_t term_count = 0;  // distinct terms; relaxing needs more than one
  // Rare forms of common words ("compiled") are not looked up at first: they
  // match what their stem does. spell_everything looks them up too, for a
  // query that found nothing; this is the text it reads.
  std::string spelling_text;
  bool spelling_skipped = false;
};

class QueryBuilder {
 public:
  // db must outlive the builder; gazetteer may be null.
  QueryBuilder(const Xapian::Database& db, const core::Gazetteer* gazetteer);
  ~QueryBuilder();
  QueryBuilder(const QueryBuilder&) = delete;
  QueryBuilder& operator=(const QueryBuilder&) = delete;

  // Never throws and never fails: syntax Xapian rejects (half-typed "foo AND",
  // an unclosed quote, mixed CJK/Latin text in 1.4.22) is retried with simpler
  // parses, down to plain words. Stop words (core/stop_words.h) are optional:
  // left out unless they are all the text has, quoted or +required. Accents
  // fold both ways: text with accents matches as its folded form
  // (core/accents.h), and the pages spelling it as typed weigh more.
  ParsedQuery parse(const std::string& text, const ParseOptions& options);

  // Looks up the words parse left out (spelling_skipped) and sets suggestion
  // and corrected again; for a query that matched nothing.
  void spell_everything(ParsedQuery& parsed) const;

  // Spelling lookups go to Xapian's spelling table at first; from the
  // kLookupsBeforeIndex-th on one revision, to a SpellingIndex built from it
  // (same answers, a fraction of the time; a one-off search never builds
  // one). allowed = false keeps every lookup in Xapian (remote shards).
  void allow_spelling_index(bool allowed) { spelling_index_allowed_ = allowed; }
  // The database moved to another revision: the spelling index is dropped.
  void revision_changed();
  // Builds the spelling index now (when allowed and not built yet), as a
  // server does at start, instead of on the kLookupsBeforeIndex-th lookup.
  // Throws Xapian::Error.
  void build_spelling_index() const;
  // Whether lookups go to a spelling index now (or never will: not allowed).
  bool spelling_index_ready() const { return spelling_index_ || !spelling_index_allowed_; }
  static constexpr unsigned kLookupsBeforeIndex = 8;

 private:
  std::optional<Xapian::Query> try_parse(const std::string& text, unsigned flags, ParsedQuery& out);
  // The query of collapsed text, down the ladder of simpler parses; spell:
  // ask for a correction (into out).
  Xapian::Query parse_text(const std::string& collapsed, const ParseOptions& options, bool spell,
                           ParsedQuery& out);
  // skipped (when given) says whether a rare form of a common word was left out.
  std::string spelling_suggestion(const std::string& text, bool* skipped) const;
  bool worth_suggesting(const std::string& typed, const std::string& corrected) const;
  // Sets out's suggestion and corrected from out.spelling_text.
  void spell(ParsedQuery& out, bool rare_forms_too) const;
  std::string expand_phrase_synonyms(const std::string& text, bool partial) const;

  // Xapian's get_spelling_suggestion, or the SpellingIndex once there is one.
  std::string spelling_lookup(const std::string& word) const;

  const Xapian::Database& db_;
  Xapian::Stem stemmer_{"english"};  // the parser's; "Z" + stem is a stem's term
  Xapian::QueryParser qp_;
  bool spelling_index_allowed_ = true;
  mutable unsigned spelling_lookups_ = 0;  // on this revision
  mutable std::unique_ptr<const SpellingIndex> spelling_index_;
};

}  // namespace lanyard::query
