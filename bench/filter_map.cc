#include "bench/filter_map.h"

#include <cctype>
#include <sstream>

#include "core/schema.h"

namespace lanyard::bench {

namespace prefix = core::schema::prefix;

std::string slug(const std::string& text) {
  std::string out;
  bool gap = false;
  for (unsigned char c : text) {
    bool word = std::isalnum(c) || c == '_' || c >= 0x80;
    if (!word) {
      gap = true;
      continue;
    }
    if (gap && !out.empty()) out += '-';
    gap = false;
    out += static_cast<char>(std::tolower(c));
  }
  while (!out.empty() && (out.back() == '_' || out.back() == '-')) out.pop_back();
  std::size_t b = out.find_first_not_of("-_");
  return b == std::string::npos ? std::string() : out.substr(b);
}

namespace {

std::map<std::string, std::string> terms_by_slug(const Xapian::Database& db,
                                                 const std::string& pfx) {
  std::map<std::string, std::string> out;
  for (auto it = db.allterms_begin(pfx); it != db.allterms_end(pfx); ++it) {
    std::string value = (*it).substr(pfx.size());
    out.emplace(slug(value), value);
  }
  return out;
}

}  // namespace

FilterMap::FilterMap(const Xapian::Database& db)
    : places_(terms_by_slug(db, prefix::kLocation)),
      topics_(terms_by_slug(db, prefix::kTopic)),
      tags_(terms_by_slug(db, prefix::kTag)) {}

std::optional<std::string> FilterMap::location(const std::string& s) const {
  std::optional<std::string> best;
  std::size_t best_len = 0;
  for (const auto& [key, value] : places_) {
    bool prefix_match = s == key || (s.size() > key.size() && s.compare(0, key.size(), key) == 0 &&
                                     s[key.size()] == '-');
    if (prefix_match && key.size() > best_len) {
      best = value;
      best_len = key.size();
    }
  }
  return best;
}

ParsedLine FilterMap::parse(const std::string& line) const {
  ParsedLine out;
  std::istringstream in(line);
  for (std::string tok; in >> tok;) {
    auto colon = tok.find(':');
    std::string key = colon == std::string::npos ? "" : tok.substr(0, colon);
    for (auto& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::string value = colon == std::string::npos ? "" : slug(tok.substr(colon + 1));
    if (key == "year" && value.size() == 4 && std::isdigit(static_cast<unsigned char>(value[0]))) {
      out.year = std::stoi(value);
    } else if ((key == "location" || key == "loc") && value == "online") {
      out.online = true;
    } else if (key == "location" || key == "loc") {
      auto place = location(value);
      if (!place) out.unmapped.push_back(tok);
      out.locations.push_back(place ? *place : value);
    } else if (key == "topic") {
      auto topic = topics_.find(value);
      auto tag = tags_.find(value);
      if (topic != topics_.end()) {
        out.topics.push_back(topic->second);
      } else if (tag != tags_.end()) {
        out.tags.push_back(tag->second);
      } else {
        out.unmapped.push_back(tok);
        out.topics.push_back(value);
      }
    } else {
      // Words as lib/qparse.py takes them: \w+ runs, so "c++" is "c".
      std::string word;
      for (unsigned char c : tok + " ") {
        if (std::isalnum(c) || c == '_' || c >= 0x80) {
          word += static_cast<char>(std::tolower(c));
        } else if (!word.empty()) {
          out.words += (out.words.empty() ? "" : " ") + word;
          word.clear();
        }
      }
    }
  }
  return out;
}

}  // namespace lanyard::bench
