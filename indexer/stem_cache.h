// A stemmer that remembers its answers. Xapian's TermGenerator stems every
// occurrence of every word, and a Snowball stemmer costs far more than a hash
// lookup; most words of a corpus recur.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <string>

namespace lanyard::indexer {

// Xapian's stemmer for language, with a cache of up to max_words words
// (emptied when full). Gives exactly the stems Xapian::Stem(language) gives.
// Not thread-safe: like a TermGenerator, one per thread at a time.
// Throws Xapian::InvalidArgumentError for an unknown language.
Xapian::Stem cached_stemmer(const std::string& language, std::size_t max_words = 1 << 16);

}  // namespace lanyard::indexer
