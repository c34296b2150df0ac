// The index's spelling table held in memory, for "did you mean" lookups
// without Xapian's: Database::get_spelling_suggestion merges the on-disk
// lists of every fragment of the word (prefix-compressed strings, zlib-
// compressed tags): about 0.55 ms a typo on the pyvideo talks, and a quarter
// of all search work there. Here the same fragments index word numbers in
// memory and the same rules pick the same word, in about 0.07 ms. Built from
// Database::spellings_begin (pyvideo: 74,127 words, about 45 ms, 3.9 MB); the
// QueryBuilder builds one only after a few lookups on a revision
// (query_builder.cc), so a one-off CLI search never pays for it. Immutable
// after build.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace lanyard::query {

class SpellingIndex {
 public:
  // Reads every word of db's spelling table. Throws Xapian::Error (a
  // DatabaseModifiedError when a writer commits meanwhile).
  static std::unique_ptr<const SpellingIndex> build(const Xapian::Database& db);

  // What db.get_spelling_suggestion(word, max_edit_distance) returns for the
  // database this was built from, for a word it answers(): among the words sharing enough two- and
  // three-letter fragments with `word`, the one within the fewest edits
  // (a transposition of neighbours is one), then the most frequent, first
  // in byte order on ties; "" when none, or when `word` itself is a word
  // at least as frequent.
  std::string suggest(std::string_view word, unsigned max_edit_distance = 2) const;

  // Whether suggest answers as Xapian does for this word: from four code
  // points on. For shorter words Xapian's edit distance (Berghel-Roach) can
  // count more edits than there are ("ve" -> "have" is not 2 there), so
  // they are for Xapian to look up; so are bytes that are not UTF-8 (Xapian
  // reads each as a Latin-1 letter).
  static bool answers(std::string_view word);

  std::size_t word_count() const { return freq_.size(); }

 private:
  std::string_view word(std::uint32_t id) const {
    return {text_.data() + text_at_[id], text_at_[id + 1] - text_at_[id]};
  }

  std::string text_;                    // the words, in Xapian's (byte) order, end to end
  std::vector<std::uint32_t> text_at_;  // word i is text_[text_at_[i], text_at_[i + 1])
  std::vector<std::uint32_t> freq_;     // the spelling frequency of word i
  // The words that have each fragment (a kind letter and up to three bytes,
  // packed): fragments_ ascending; those of fragments_[i] are
  // words_[starts_[i], starts_[i + 1]), ascending.
  std::vector<std::uint32_t> fragments_;
  std::vector<std::uint32_t> starts_;
  std::vector<std::uint32_t> words_;
};

}  // namespace lanyard::query
