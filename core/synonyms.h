// Query-time synonyms: the groups in data/synonyms.txt (compiled in) turned
// into the (key, synonym) pairs Xapian's add_synonym stores. The indexer's
// writer stores them at commit; the QueryParser applies them
// (FLAG_AUTO_SYNONYMS, FLAG_AUTO_MULTIWORD_SYNONYMS). Pure functions.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"

namespace lanyard::core {

// key: lowercased words joined by single spaces ("large language model"), as
// the QueryParser looks them up. synonym: another expression of the group,
// lowercased (a multi-word synonym is applied by query/query_builder.cc as a
// phrase, since Xapian stores one term per synonym).
using SynonymPair = std::pair<std::string, std::string>;

// Lines of "a = b = c" groups; '#' comments and blank lines ignored. Every
// expression maps to every other one of its group. Errors: invalid_input
// naming the line ("line 3: a group needs at least two expressions").
Result<std::vector<SynonymPair>> parse_synonyms(std::string_view text);

// The text of data/synonyms.txt as built into Lanyard.
std::string_view default_synonyms_text();

// parse_synonyms(default_synonyms_text()); the shipped file always parses
// (a test checks it), so an error yields no pairs.
std::vector<SynonymPair> default_synonyms();

}  // namespace lanyard::core
