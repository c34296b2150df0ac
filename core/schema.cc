#include "core/schema.h"

#include "core/text.h"

namespace lanyard::core::schema {

std::string boolean_term(std::string_view prefix, std::string_view value) {
  std::string term(prefix);
  // Omega's convention: a prefix ending in a capital followed by a value that
  // starts with a capital needs a ':' so the two can be told apart.
  if (prefix.size() > 1 && !value.empty() && value.front() >= 'A' && value.front() <= 'Z') {
    term += ':';
  }
  std::size_t room = term.size() < kMaxTermBytes ? kMaxTermBytes - term.size() : 0;
  term += utf8_truncate(value, room);
  return term;
}

}  // namespace lanyard::core::schema
