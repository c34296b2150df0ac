// Indexer stage 4c: topics. Front-matter tags and categories normalised against
// a taxonomy ("LLMs", "llm", "Large Language Models" -> "llms"), plus topics
// inferred from the title, headings and body. The taxonomy is data/topics.yml,
// compiled into the binary, or a user's file named in lanyard.yml (`topics:`).
// A Taxonomy is immutable once built: share it read-only between threads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace lanyard::indexer {

struct Record;
struct Topic;

struct TopicRule {
  std::string name;  // stored and filtered on: "llms", "distributed training"
  std::vector<std::string>
      aliases;  // tag spellings meaning this topic ("LLM", "genai"); title evidence
  std::vector<std::string> tags;  // tag spellings only, too common in titles ("web", "tutorial")
  std::vector<std::string> keywords;  // evidence in text ("large language model", "llm")
  // Tag spellings that name the topic only when the page backs them with one
  // of its keywords: a `packages` tag on a post introducing a package is not
  // "packaging" (it is kept as the topic "packages").
  std::vector<std::string> weak;
  int min_hits = 3;  // distinct body keywords needed without a title hit (>= 2)
};

class Taxonomy {
 public:
  // Parses the YAML of a topics file (format: data/topics.yml). Errors:
  // invalid_input with the line ("line 12: a topic needs a name").
  static core::Result<std::shared_ptr<const Taxonomy>> parse(std::string_view yaml);
  // Reads and parses a file. Errors: not_found, invalid_input ("FILE: line 3: ...").
  static core::Result<std::shared_ptr<const Taxonomy>> load(const std::filesystem::path& file);
  // Lanyard's own data/topics.yml, embedded at build time; parsed once.
  static std::shared_ptr<const Taxonomy> builtin();

  const std::vector<TopicRule>& rules() const { return rules_; }
  // A stable hash of the taxonomy's source text (part of the config hash).
  std::uint64_t fingerprint() const { return fingerprint_; }

  // The topic a front-matter tag stands for: an alias, keyword or name of a
  // topic ("LLMs" -> "llms"), else the tag itself lowercased with '-'/'_' as
  // spaces ("Open-Source" -> "open source" when not an alias). Nullopt for
  // tags in ignore_tags and for one- or two-character tags that are no alias.
  std::optional<std::string> topic_for_tag(std::string_view tag) const;
  // As topic_for_tag, for a tag of a page with this title and body: a weak
  // spelling names its topic only when the text holds one of its keywords.
  std::optional<std::string> topic_for_tag(std::string_view tag, std::string_view title,
                                           std::string_view body) const;

  // Topics the text supports: a keyword in the title, or at least min_hits
  // distinct keywords in the headings and body that together make at least
  // 1.5% of its words (and at least min_hits occurrences). Title topics
  // first, then by keyword occurrences; at most max_inferred.
  std::vector<std::string> infer(std::string_view title, const std::vector<std::string>& headings,
                                 std::string_view body, std::size_t max_inferred = 3) const;

 private:
  Taxonomy() = default;
  struct Phrase {
    std::vector<std::string> words;  // normalised words (lowercase, no plural s)
    std::size_t rule = 0;
    std::size_t keyword = 0;  // index among the rule's keywords (distinct-hit counting)
    bool alias = false;       // an alias: evidence in titles only
  };
  void build_index();
  // Calls hit(rule, keyword) for every keyword (and, with_aliases, alias)
  // occurrence in text.
  template <typename Hit>
  void scan(std::string_view text, bool with_aliases, Hit&& hit) const;

  std::vector<TopicRule> rules_;
  std::vector<std::string> ignore_keys_;                        // normalised ignore_tags
  std::vector<std::pair<std::string, std::size_t>> tag_keys_;   // normalised spelling -> rule
  std::vector<std::pair<std::string, std::size_t>> weak_keys_;  // normalised weak spelling -> rule
  std::vector<Phrase> phrases_;                                 // sorted by first word
  std::uint64_t fingerprint_ = 0;
};

// The record's topics: front-matter tags and categories (source "front
// matter"; a tag naming the record's event, "pyconau" for "PyCon AU 2016", is
// not a topic), then inferred ones not already present (source "inferred").
std::vector<Topic> extract_topics(const Record& record, const Taxonomy& taxonomy);

}  // namespace lanyard::indexer
