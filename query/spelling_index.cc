#include "query/spelling_index.h"

#include <algorithm>
#include <cstdlib>
#include <unordered_map>

#include "core/text.h"

namespace lanyard::query {

namespace {

// Xapian's: a candidate must share at least this close to the most fragments
// any candidate so far shares with the word.
constexpr std::uint32_t kScoreSlack = 2;

std::uint32_t key(char kind, char a, char b, char c = '\0') {
  auto byte = [](char x) { return static_cast<std::uint32_t>(static_cast<unsigned char>(x)); };
  return byte(kind) << 24 | byte(a) << 16 | byte(b) << 8 | byte(c);
}

// Head and tail pairs, and the first-and-last "bookend" of a word up to four
// bytes: filed and looked up alike. Appended to out.
void end_fragments(std::string_view w, std::vector<std::uint32_t>& out) {
  out.push_back(key('H', w[0], w[1]));
  out.push_back(key('T', w[w.size() - 2], w[w.size() - 1]));
  if (w.size() <= 4) out.push_back(key('B', w[0], w[w.size() - 1]));
}

// The fragments Xapian's glass backend files a word of the table under: its
// ends and every distinct three-byte middle. Appended to out.
void stored_fragments(std::string_view w, std::vector<std::uint32_t>& out) {
  const auto first = static_cast<std::ptrdiff_t>(out.size());
  end_fragments(w, out);
  for (std::size_t s = 0; s + 3 <= w.size(); ++s) {
    std::uint32_t m = key('M', w[s], w[s + 1], w[s + 2]);
    if (std::find(out.begin() + first, out.end(), m) == out.end()) out.push_back(m);
  }
}

// The fragments Xapian looks a word up by: its ends, a middle as often as it
// occurs (each occurrence counts), and the transposed forms of two- and
// three-byte words.
std::vector<std::uint32_t> lookup_fragments(std::string_view w) {
  std::vector<std::uint32_t> out;
  end_fragments(w, out);
  if (w.size() > 2) {
    for (std::size_t s = 0; s + 3 <= w.size(); ++s)
      out.push_back(key('M', w[s], w[s + 1], w[s + 2]));
    if (w.size() == 3) {
      out.push_back(key('M', w[1], w[0], w[2]));
      out.push_back(key('M', w[0], w[2], w[1]));
    }
  } else {
    out.push_back(key('H', w[1], w[0]));
    out.push_back(key('T', w[1], w[0]));
  }
  return out;
}

void append_code_points(std::string_view w, std::vector<char32_t>& out) {
  for (std::size_t i = 0; i < w.size();) {
    const auto c = static_cast<unsigned char>(w[i]);
    if (c < 0x80) {
      out.push_back(c);
      ++i;
    } else {
      out.push_back(core::next_code_point(w, i));
    }
  }
}

// Edits (insert, delete, substitute, swap neighbours) from a to b, or any
// number over `limit` once it is certain to be over. Three rows of the
// table, on the stack for words up to kShortWord code points.
constexpr int kShortWord = 64;

int edit_distance(const char32_t* a, int n, const char32_t* b, int m, int limit) {
  if (std::abs(n - m) > limit) return limit + 1;
  int stack[3][kShortWord + 1];
  std::vector<int> heap;
  int* rows[3] = {stack[0], stack[1], stack[2]};
  if (m > kShortWord) {
    heap.resize(3 * (static_cast<std::size_t>(m) + 1));
    for (int r = 0; r < 3; ++r) rows[r] = heap.data() + r * (m + 1);
  }
  int* prev2 = rows[0];
  int* prev = rows[1];
  int* row = rows[2];
  for (int j = 0; j <= m; ++j) prev[j] = j;
  for (int i = 1; i <= n; ++i) {
    row[0] = i;
    int lowest = i;
    for (int j = 1; j <= m; ++j) {
      const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      int d = std::min({prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d = std::min(d, prev2[j - 2] + 1);
      row[j] = d;
      lowest = std::min(lowest, d);
    }
    if (lowest > limit) return limit + 1;
    int* spare = prev2;
    prev2 = prev;
    prev = row;
    row = spare;
  }
  return prev[m];
}

}  // namespace

std::unique_ptr<const SpellingIndex> SpellingIndex::build(const Xapian::Database& db) {
  auto index = std::make_unique<SpellingIndex>();
  SpellingIndex& x = *index;
  x.text_at_.push_back(0);
  // Two passes, so that nothing larger than the result is held meanwhile:
  // the words and how many words file each fragment, then the lists.
  std::unordered_map<std::uint32_t, std::uint32_t> filed;
  std::vector<std::uint32_t> fragments;
  for (auto it = db.spellings_begin(); it != db.spellings_end(); ++it) {
    const std::string w = *it;
    if (w.size() < 2) continue;  // Xapian never files these
    x.text_ += w;
    x.text_at_.push_back(static_cast<std::uint32_t>(x.text_.size()));
    x.freq_.push_back(it.get_termfreq());
    fragments.clear();
    stored_fragments(w, fragments);
    for (std::uint32_t f : fragments) ++filed[f];
  }
  x.fragments_.reserve(filed.size());
  for (const auto& [f, n] : filed) x.fragments_.push_back(f);
  std::sort(x.fragments_.begin(), x.fragments_.end());
  x.starts_.reserve(x.fragments_.size() + 1);
  std::uint32_t total = 0;
  for (std::uint32_t f : x.fragments_) {
    x.starts_.push_back(total);
    total += filed[f];
  }
  x.starts_.push_back(total);
  filed = {};
  std::vector<std::uint32_t> next(x.starts_.begin(), x.starts_.end() - 1);
  x.words_.resize(total);
  for (std::uint32_t id = 0; id < x.freq_.size(); ++id) {
    fragments.clear();
    stored_fragments(x.word(id), fragments);
    for (std::uint32_t f : fragments) {
      const auto i = static_cast<std::size_t>(
          std::lower_bound(x.fragments_.begin(), x.fragments_.end(), f) - x.fragments_.begin());
      x.words_[next[i]++] = id;
    }
  }
  for (auto* v : {&x.text_at_, &x.freq_}) v->shrink_to_fit();
  x.text_.shrink_to_fit();
  return index;
}

bool SpellingIndex::answers(std::string_view word) {
  if (!core::is_valid_utf8(word)) return false;
  std::size_t points = 0;
  for (std::size_t i = 0; i < word.size() && points < 4; ++points) core::next_code_point(word, i);
  return points >= 4;
}

std::string SpellingIndex::suggest(std::string_view word, unsigned max_edit_distance) const {
  if (word.size() <= 1 || freq_.empty()) return {};
  // How many of the word's fragments each word of the table shares, and
  // which words share any, in the table's order (Xapian merges the lists in
  // byte order, and the best score so far depends on that order).
  std::vector<std::uint16_t> score(freq_.size());
  std::vector<std::uint64_t> seen(freq_.size() / 64 + 1);
  for (std::uint32_t f : lookup_fragments(word)) {
    auto at = std::lower_bound(fragments_.begin(), fragments_.end(), f);
    if (at == fragments_.end() || *at != f) continue;
    const auto i = static_cast<std::size_t>(at - fragments_.begin());
    for (std::uint32_t k = starts_[i]; k < starts_[i + 1]; ++k) {
      const std::uint32_t id = words_[k];
      if (score[id] < 65535) ++score[id];
      seen[id / 64] |= std::uint64_t{1} << (id % 64);
    }
  }
  std::vector<char32_t> target, candidate;
  append_code_points(word, target);
  const int target_size = static_cast<int>(target.size());
  std::uint32_t best = 1;
  int edist_best = static_cast<int>(max_edit_distance);
  std::uint32_t freq_best = 0, freq_exact = 0;
  std::uint32_t result = 0;
  bool found = false;
  for (std::size_t block = 0; block < seen.size(); ++block) {
    for (std::uint64_t bits = seen[block]; bits; bits &= bits - 1) {
      const auto id =
          static_cast<std::uint32_t>(block * 64 + static_cast<std::size_t>(__builtin_ctzll(bits)));
      if (score[id] + kScoreSlack < best) continue;
      best = std::max<std::uint32_t>(best, score[id]);
      // Lengths in bytes first (as Xapian does): no word more than four bytes
      // a letter longer or shorter can be within edist_best.
      const std::string_view w = this->word(id);
      if (std::abs(static_cast<long>(w.size()) - static_cast<long>(word.size())) > 4L * edist_best)
        continue;
      candidate.clear();
      append_code_points(w, candidate);
      const int edist = edit_distance(candidate.data(), static_cast<int>(candidate.size()),
                                      target.data(), target_size, edist_best);
      if (edist > edist_best) continue;
      if (edist == 0) {
        freq_exact = freq_[id];
        continue;
      }
      if (edist < edist_best || freq_[id] > freq_best) {
        result = id;
        found = true;
        edist_best = edist;
        freq_best = freq_[id];
      }
    }
  }
  if (!found || freq_best < freq_exact) return {};
  return std::string(this->word(result));
}

}  // namespace lanyard::query
