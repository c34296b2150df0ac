// Site data files joined into a page's front matter: a field whose value is a
// key of a data file ("venue: chief" with _data/venues.json {"chief": {name,
// address}}, "speakers: [ross_nover]" with people.json) takes the data's
// object, so that its address is a place and its name a speaker.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace lanyard::indexer {

// A site's data files (Jekyll/Eleventy _data/, Hugo/Zola data/) and the keys
// their objects can be found by. Immutable once built; shared by threads.
class SiteData {
 public:
  // files: data file name ("venues", "2024/schedule") -> its parsed content.
  explicit SiteData(nlohmann::json files);
  const nlohmann::json& files() const { return files_; }

  // Replaces, in the page's top-level fields (and its extra/params tables),
  // each value that is a key of a data object by a copy of that object with
  // "key" added. A key found in several files goes to the file whose name
  // holds the field's name ("venue" -> venues.json), else to none.
  void join(nlohmann::json& fields) const;

 private:
  struct Entry {
    std::string file;
    const nlohmann::json* object;
  };
  nlohmann::json files_;
  std::map<std::string, std::vector<Entry>> by_key_;
  const nlohmann::json* find(const std::string& field, const std::string& key) const;
  void join_table(nlohmann::json& table) const;
};

}  // namespace lanyard::indexer
