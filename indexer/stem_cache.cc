#include "indexer/stem_cache.h"

#include <unordered_map>

namespace lanyard::indexer {

namespace {

class CachedStem : public Xapian::StemImplementation {
 public:
  CachedStem(const std::string& language, std::size_t max_words)
      : stem_(language), language_(language), max_words_(max_words) {}

  std::string operator()(const std::string& word) override {
    if (auto it = cache_.find(word); it != cache_.end()) return it->second;
    if (cache_.size() >= max_words_) cache_.clear();
    return cache_.emplace(word, stem_(word)).first->second;
  }

  std::string get_description() const override { return "cached " + language_; }

 private:
  Xapian::Stem stem_;
  std::string language_;
  std::size_t max_words_;
  std::unordered_map<std::string, std::string> cache_;
};

}  // namespace

Xapian::Stem cached_stemmer(const std::string& language, std::size_t max_words) {
  return Xapian::Stem(new CachedStem(language, max_words));
}

}  // namespace lanyard::indexer
