#include "indexer/facets/topics.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cassert>
#include <fstream>
#include <sstream>

#include "core/text.h"
#include "indexer/record.h"

namespace lanyard::indexer {

extern const std::string_view kBuiltinTopicsYaml;  // topics_data.cc, generated from data/topics.yml

namespace {

using core::Error;
using core::ErrorCode;

bool is_word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

// "Models" -> "model": one trailing 's' off, so singular and plural meet. Both
// sides of every comparison go through it, so "analysis" -> "analysi" is harmless.
std::string singular(std::string word) {
  if (word.size() > 3 && word.back() == 's' && word[word.size() - 2] != 's') word.pop_back();
  return word;
}

// Lowercased words without plural 's': "LLMs for torch.compile" -> {llm, for, torch, compile}.
std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !is_word_byte(static_cast<unsigned char>(text[i]))) ++i;
    std::size_t start = i;
    while (i < text.size() && is_word_byte(static_cast<unsigned char>(text[i]))) ++i;
    if (i > start) words.push_back(singular(core::ascii_lower(text.substr(start, i - start))));
  }
  return words;
}

// A tag's spelling-insensitive key: "Large Language Models" and "large-language-model"
// -> "largelanguagemodel".
std::string tag_key(std::string_view tag) {
  std::string key;
  for (const auto& w : words_of(tag)) key += w;
  return key;
}

std::vector<std::string> string_list(const YAML::Node& node, const char* what) {
  std::vector<std::string> out;
  if (!node) return out;
  if (node.IsScalar()) return {node.as<std::string>()};
  if (!node.IsSequence()) throw YAML::Exception(node.Mark(), std::string(what) + " must be a list");
  for (const auto& item : node) out.push_back(item.as<std::string>());
  return out;
}

TopicRule parse_rule(const YAML::Node& node) {
  if (!node.IsMap()) throw YAML::Exception(node.Mark(), "a topic must be a mapping");
  TopicRule rule;
  for (const auto& entry : node) {
    auto key = entry.first.as<std::string>();
    if (key == "name") {
      rule.name = core::collapse_spaces(core::ascii_lower(entry.second.as<std::string>()));
    } else if (key == "aliases") {
      rule.aliases = string_list(entry.second, "aliases");
    } else if (key == "tags") {
      rule.tags = string_list(entry.second, "tags");
    } else if (key == "keywords") {
      rule.keywords = string_list(entry.second, "keywords");
    } else if (key == "translations") {  // tag spellings in other languages, title evidence too
      for (auto& t : string_list(entry.second, "translations"))
        rule.aliases.push_back(std::move(t));
    } else if (key == "weak") {
      rule.weak = string_list(entry.second, "weak");
    } else if (key == "min_hits") {
      rule.min_hits = std::max(2, entry.second.as<int>());
    } else {
      throw YAML::Exception(entry.first.Mark(), "unknown topic key '" + key + "'");
    }
  }
  if (rule.name.empty()) throw YAML::Exception(node.Mark(), "a topic needs a name");
  return rule;
}

// Words a whole site or event shares ("Django" on the DjangoCon US site and in
// "DjangoCon EU 2010" talks) say nothing about one page: a word that begins a
// word of the site's name or the event's name (4 letters or more) is no
// evidence, in the title, the headings or the body.
std::string without_site_words(std::string_view text, const std::vector<std::string>& names) {
  if (names.empty()) return std::string(text);
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t start = i;
    while (i < text.size() && !is_word_byte(static_cast<unsigned char>(text[i]))) ++i;
    out += text.substr(start, i - start);
    start = i;
    while (i < text.size() && is_word_byte(static_cast<unsigned char>(text[i]))) ++i;
    std::string word = singular(core::ascii_lower(text.substr(start, i - start)));
    bool shared = word.size() >= 4 &&
                  std::any_of(names.begin(), names.end(),
                              [&word](const std::string& n) { return n.starts_with(word); });
    if (shared) {
      out.append(i - start, ' ');
    } else {
      out += text.substr(start, i - start);
    }
  }
  return out;
}

}  // namespace

core::Result<std::shared_ptr<const Taxonomy>> Taxonomy::parse(std::string_view yaml) {
  std::shared_ptr<Taxonomy> t(new Taxonomy());
  try {
    YAML::Node root = YAML::Load(std::string(yaml));
    if (!root.IsMap()) throw YAML::Exception(root.Mark(), "a topics file must be a mapping");
    for (const auto& entry : root) {
      auto key = entry.first.as<std::string>();
      if (key == "topics") {
        if (!entry.second.IsSequence())
          throw YAML::Exception(entry.second.Mark(), "topics must be a list");
        for (const auto& item : entry.second) t->rules_.push_back(parse_rule(item));
      } else if (key == "ignore_tags") {
        for (const auto& tag : string_list(entry.second, "ignore_tags"))
          t->ignore_keys_.push_back(tag_key(tag));
      } else {
        throw YAML::Exception(entry.first.Mark(), "unknown key '" + key + "'");
      }
    }
  } catch (const YAML::Exception& e) {
    std::string where = e.mark.is_null() ? "" : "line " + std::to_string(e.mark.line + 1) + ": ";
    return Error{ErrorCode::invalid_input, where + e.msg, "invalid topics file"};
  }
  t->fingerprint_ = core::fnv1a64(yaml);
  t->build_index();
  return std::shared_ptr<const Taxonomy>(std::move(t));
}

core::Result<std::shared_ptr<const Taxonomy>> Taxonomy::load(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return Error{ErrorCode::not_found, file.string() + ": cannot read the topics file", ""};
  std::stringstream buffer;
  buffer << in.rdbuf();
  auto parsed = parse(buffer.str());
  if (!parsed) return core::with_context(parsed.error(), file.string());
  return parsed;
}

std::shared_ptr<const Taxonomy> Taxonomy::builtin() {
  // Immutable after first use; C++ makes the initialisation thread-safe.
  static const std::shared_ptr<const Taxonomy> taxonomy = [] {
    auto parsed = parse(kBuiltinTopicsYaml);
    assert(parsed && "data/topics.yml must parse (tested)");
    return parsed ? *parsed : std::shared_ptr<const Taxonomy>(new Taxonomy());
  }();
  return taxonomy;
}

void Taxonomy::build_index() {
  for (std::size_t r = 0; r < rules_.size(); ++r) {
    const TopicRule& rule = rules_[r];
    auto add_key = [&](const std::string& text) {
      std::string key = tag_key(text);
      bool known = std::any_of(tag_keys_.begin(), tag_keys_.end(),
                               [&](const auto& k) { return k.first == key; });
      if (!key.empty() && !known) tag_keys_.emplace_back(key, r);
    };
    add_key(rule.name);
    for (const auto& a : rule.aliases) add_key(a);
    for (const auto& t : rule.tags) add_key(t);
    for (const auto& k : rule.keywords) add_key(k);
    for (const auto& w : rule.weak) weak_keys_.emplace_back(tag_key(w), r);
    for (std::size_t k = 0; k < rule.keywords.size(); ++k) {
      auto words = words_of(rule.keywords[k]);
      if (!words.empty()) phrases_.push_back({std::move(words), r, k, false});
    }
    for (const auto& a : rule.aliases) {
      auto words = words_of(a);
      if (!words.empty()) phrases_.push_back({std::move(words), r, 0, true});
    }
  }
  std::stable_sort(phrases_.begin(), phrases_.end(),
                   [](const Phrase& a, const Phrase& b) { return a.words[0] < b.words[0]; });
}

// A title may name its topic by an alias ("Mobile", "Performance"); a body
// needs keywords. At each word only the longest keyword of a topic counts, so "keynote speaker"
// is one hit, not two ("keynote" too).
template <typename Hit>
void Taxonomy::scan(std::string_view text, bool with_aliases, Hit&& hit) const {
  auto words = words_of(text);
  auto first_word_less = [](const Phrase& p, const std::string& w) { return p.words[0] < w; };
  std::vector<const Phrase*> matches;
  for (std::size_t i = 0; i < words.size(); ++i) {
    matches.clear();
    auto it = std::lower_bound(phrases_.begin(), phrases_.end(), words[i], first_word_less);
    for (; it != phrases_.end() && it->words[0] == words[i]; ++it) {
      if (i + it->words.size() > words.size() || (it->alias && !with_aliases)) continue;
      if (std::equal(it->words.begin() + 1, it->words.end(),
                     words.begin() + static_cast<long>(i) + 1)) {
        matches.push_back(&*it);
      }
    }
    for (const Phrase* m : matches) {
      bool longer = std::any_of(matches.begin(), matches.end(), [m](const Phrase* o) {
        return o->rule == m->rule && o->words.size() > m->words.size();
      });
      if (!longer) hit(m->rule, m->keyword);
    }
  }
}

std::optional<std::string> Taxonomy::topic_for_tag(std::string_view tag) const {
  std::string key = tag_key(tag);
  if (key.empty()) return std::nullopt;
  if (std::find(ignore_keys_.begin(), ignore_keys_.end(), key) != ignore_keys_.end())
    return std::nullopt;
  for (const auto& [k, rule] : tag_keys_) {
    if (k == key) return rules_[rule].name;
  }
  if (key.size() <= 2) return std::nullopt;
  std::string name = core::ascii_lower(tag);
  std::replace(name.begin(), name.end(), '-', ' ');
  std::replace(name.begin(), name.end(), '_', ' ');
  return core::collapse_spaces(name);
}

std::optional<std::string> Taxonomy::topic_for_tag(std::string_view tag, std::string_view title,
                                                   std::string_view body) const {
  std::string key = tag_key(tag);
  for (const auto& [k, weak_rule] : weak_keys_) {
    if (k != key) continue;
    std::size_t rule = weak_rule;  // a copy: a lambda cannot capture a binding (clang 14)
    bool backed = false;
    auto check = [&](std::size_t r, std::size_t) { backed = backed || r == rule; };
    scan(title, true, check);
    if (!backed) scan(body, false, check);
    if (backed) return rules_[rule].name;
    std::string literal = core::ascii_lower(tag);
    std::replace(literal.begin(), literal.end(), '-', ' ');
    std::replace(literal.begin(), literal.end(), '_', ' ');
    return core::collapse_spaces(literal);
  }
  return topic_for_tag(tag);
}

// Conference posts name many technologies in passing ("runs on GPUs and
// phones"), so body evidence must be both varied (min_hits distinct keywords)
// and dense: its occurrences at least kMinBodyShare of the words (1.5%, about
// one in 66), and at least min_hits. A title keyword is evidence on its own.
std::vector<std::string> Taxonomy::infer(std::string_view title,
                                         const std::vector<std::string>& headings,
                                         std::string_view body, std::size_t max_inferred) const {
  constexpr double kMinBodyShare = 0.015;
  std::vector<bool> in_title(rules_.size(), false);
  std::vector<long> occurrences(rules_.size(), 0);
  std::vector<std::vector<bool>> seen(rules_.size());
  for (std::size_t r = 0; r < rules_.size(); ++r) seen[r].assign(rules_[r].keywords.size(), false);
  scan(title, true, [&](std::size_t r, std::size_t) { in_title[r] = true; });
  auto mark = [&](std::size_t r, std::size_t k) {
    seen[r][k] = true;
    ++occurrences[r];
  };
  std::size_t words = words_of(body).size();
  for (const auto& h : headings) {
    scan(h, false, mark);
    words += words_of(h).size();
  }
  scan(body, false, mark);

  struct Candidate {
    std::size_t rule;
    bool title;
    long occurrences;
  };
  std::vector<Candidate> found;
  for (std::size_t r = 0; r < rules_.size(); ++r) {
    long distinct = std::count(seen[r].begin(), seen[r].end(), true);
    double needed =
        std::max<double>(rules_[r].min_hits, kMinBodyShare * static_cast<double>(words));
    bool dense = distinct >= rules_[r].min_hits && static_cast<double>(occurrences[r]) >= needed;
    if (in_title[r] || dense) found.push_back({r, in_title[r], occurrences[r]});
  }
  std::stable_sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) {
    return a.title != b.title ? a.title : a.occurrences > b.occurrences;
  });
  std::vector<std::string> names;
  for (const auto& c : found) {
    if (names.size() == max_inferred) break;
    names.push_back(rules_[c.rule].name);
  }
  return names;
}

std::vector<Topic> extract_topics(const Record& record, const Taxonomy& taxonomy) {
  std::vector<Topic> topics;
  auto add = [&topics](std::string name, const char* source) {
    for (const auto& t : topics) {
      if (t.name == name) return;
    }
    topics.push_back({std::move(name), source});
  };
  // pyvideo tags talks with their conference ("pyconau", "EuroPython 2020"):
  // the event facet already says that, so such tags are not topics.
  std::string event_key = tag_key(record.event);
  auto names_event = [&event_key](const std::string& tag) {
    std::string key = tag_key(tag);
    return !event_key.empty() && key.size() >= 4 && event_key.find(key) != std::string::npos;
  };
  for (const auto* list : {&record.tags, &record.categories}) {
    for (const auto& tag : *list) {
      if (names_event(tag)) continue;
      if (auto name = taxonomy.topic_for_tag(tag, record.title, record.body.text))
        add(std::move(*name), "front matter");
    }
  }
  const std::vector<std::string> site_words = words_of(record.site_name + " " + record.event);
  std::vector<std::string> headings;
  for (const auto& h : record.body.headings) headings.push_back(without_site_words(h, site_words));
  for (auto& name : taxonomy.infer(without_site_words(record.title, site_words), headings,
                                   without_site_words(record.body.text, site_words))) {
    add(std::move(name), "inferred");
  }
  return topics;
}

}  // namespace lanyard::indexer
