// YAML front matter (and YAML site configs) into JSON: yaml-cpp's parser
// events build the JSON directly, bounded by FrontMatterLimits.
#include <yaml-cpp/depthguard.h>  // YAML::DeepRecursion, not in yaml.h
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "indexer/front_matter_formats.h"

namespace lanyard::indexer {
namespace {

using core::Error;
using core::Result;
using core::Status;
using nlohmann::json;
using namespace front_matter_formats;

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }
bool ends_token(char c) { return is_blank(c) || c == '\n'; }
bool is_flow_indicator(char c) { return c == ',' || c == '[' || c == ']' || c == '{' || c == '}'; }

// Offset of the closing quote of the scalar opened at `open` (or the end).
std::size_t skip_quoted(std::string_view s, std::size_t open) {
  char quote = s[open];
  for (std::size_t i = open + 1; i < s.size(); ++i) {
    if (quote == '"' && s[i] == '\\') {
      ++i;
    } else if (s[i] == quote) {
      if (quote == '\'' && i + 1 < s.size() && s[i + 1] == '\'') {
        ++i;  // '' is an escaped quote
        continue;
      }
      return i;
    }
  }
  return s.size();
}

// Offset of the first line after the block scalar whose "|" or ">" is at `i`:
// the scalar's lines are blank or indented more than the header's line.
std::size_t skip_block_scalar(std::string_view s, std::size_t i) {
  std::size_t line_begin = s.rfind('\n', i);
  line_begin = line_begin == std::string_view::npos ? 0 : line_begin + 1;
  std::size_t indent = s.find_first_not_of(' ', line_begin) - line_begin;
  std::size_t pos = line_at(s, i).next;
  while (pos < s.size()) {
    Line line = line_at(s, pos);
    bool blank = line.text.find_first_not_of(" \t\r") == std::string_view::npos;
    if (!blank && line.text.find_first_not_of(' ') <= indent) break;
    pos = line.next;
  }
  return pos;
}

// yaml-cpp's scanner tokenises a whole flow collection before its parser's
// depth guard (about 500 levels) fires, so 1 MB of "[" costs half a gigabyte
// and a second. This scan measures flow nesting first and returns the offset
// of the bracket that passes `max_depth`. It follows YAML's lexical rules only
// roughly (quotes, comments, block scalars, indicators), so odd input can fool
// it; yaml-cpp's own guard and the depth check during conversion still hold.
std::optional<std::size_t> find_deep_flow(std::string_view s, int max_depth) {
  int depth = 0;
  bool node_start = true;  // the next non-blank character may begin a node
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    char next = i + 1 < s.size() ? s[i + 1] : '\n';
    if (c == '\n') {
      node_start = true;
    } else if (is_blank(c)) {
      continue;
    } else if (c == '#' && (i == 0 || ends_token(s[i - 1]))) {
      i = s.find('\n', i);  // a comment runs to the end of the line
      if (i == std::string_view::npos) break;
      --i;
    } else if ((c == '[' || c == '{') && (node_start || depth > 0)) {
      if (++depth > max_depth) return i;
      node_start = true;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
      node_start = false;
    } else if (c == ',' && depth > 0) {
      node_start = true;
    } else if ((c == '\'' || c == '"') && node_start) {
      i = skip_quoted(s, i);
      node_start = false;
    } else if (c == ':' && (ends_token(next) || (depth > 0 && is_flow_indicator(next)))) {
      node_start = true;
    } else if ((c == '-' || c == '?') && node_start && ends_token(next)) {
      continue;
    } else if ((c == '&' || c == '!') && node_start) {
      while (i + 1 < s.size() && !ends_token(s[i + 1])) ++i;  // anchor or tag
    } else if ((c == '|' || c == '>') && node_start && depth == 0) {
      i = skip_block_scalar(s, i) - 1;
      node_start = true;
    } else {
      node_start = false;
    }
  }
  return std::nullopt;
}

bool all_digits(std::string_view s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

// A plain decimal integer: "-12", "+7", "0". Leading zeros ("01234", a postal
// code) stay strings: YAML 1.1 reads them as octal, 1.2 as decimal.
std::optional<json> plain_integer(std::string_view s) {
  std::string_view digits = s;
  if (!digits.empty() && (digits[0] == '-' || digits[0] == '+')) digits.remove_prefix(1);
  if (!all_digits(digits) || (digits.size() > 1 && digits[0] == '0')) return std::nullopt;
  if (s[0] == '+') s.remove_prefix(1);
  std::int64_t value = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec == std::errc() && end == s.data() + s.size()) return json(value);
  std::uint64_t big = 0;
  auto [big_end, big_ec] = std::from_chars(s.data(), s.data() + s.size(), big);
  if (big_ec == std::errc() && big_end == s.data() + s.size()) return json(big);
  return std::nullopt;  // out of range: keep the text
}

// YAML 1.2 core schema float, [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?,
// without .inf and .nan, which JSON cannot hold.
std::optional<json> plain_float(std::string_view s) {
  std::string_view rest = s;
  if (!rest.empty() && (rest[0] == '-' || rest[0] == '+')) rest.remove_prefix(1);
  std::size_t exp = rest.find_first_of("eE");
  std::string_view mantissa = rest.substr(0, exp);
  std::size_t dot = mantissa.find('.');
  std::string_view whole = mantissa.substr(0, dot);
  std::string_view fraction = dot == std::string_view::npos ? "" : mantissa.substr(dot + 1);
  if (!whole.empty() && !all_digits(whole)) return std::nullopt;
  if (!fraction.empty() && !all_digits(fraction)) return std::nullopt;
  if (whole.empty() && fraction.empty()) return std::nullopt;
  if (dot == std::string_view::npos && exp == std::string_view::npos) return std::nullopt;
  if (exp != std::string_view::npos) {
    std::string_view power = rest.substr(exp + 1);
    if (!power.empty() && (power[0] == '-' || power[0] == '+')) power.remove_prefix(1);
    if (!all_digits(power)) return std::nullopt;
  }
  if (s[0] == '+') s.remove_prefix(1);
  double value = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;  // 1e999
  return json(value);
}

// Typing by the YAML 1.2 core schema rather than yaml-cpp's as<bool>(), which
// follows YAML 1.1: "country: NO" and "answer: yes" stay strings, and
// "time: 10:30" is not the sexagesimal 630.
json plain_scalar(const std::string& s) {
  if (s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL") return nullptr;
  if (s == "true" || s == "True" || s == "TRUE") return true;
  if (s == "false" || s == "False" || s == "FALSE") return false;
  if (auto number = plain_integer(s)) return *number;
  if (auto number = plain_float(s)) return *number;
  return s;
}

// yaml-cpp reports "?" for plain scalars and "!" for quoted and block ones.
// Core type tags (!!int 3) are typed as if plain; !!str and every other tag,
// !!python/object and !!binary included, leave the text a string.
bool typed_as_plain(const std::string& tag) {
  return tag == "?" || tag == "tag:yaml.org,2002:null" || tag == "tag:yaml.org,2002:bool" ||
         tag == "tag:yaml.org,2002:int" || tag == "tag:yaml.org,2002:float";
}

// Builds the JSON straight from yaml-cpp's parser events. YAML::Load() would
// first build yaml-cpp's own node graph, about 500 bytes a node: a 1 MB list
// of short items took 250 MB. Each node is counted as it is built and an alias
// counts the nodes it copies, so "billion laughs" stops at max_nodes instead of
// being expanded. After the first error the remaining events are ignored.
class JsonBuilder : public YAML::EventHandler {
 public:
  JsonBuilder(std::string_view yaml, const FrontMatterLimits& limits, int first_line)
      : yaml_(yaml), limits_(limits), first_line_(first_line) {}

  const std::optional<Error>& error() const { return error_; }
  json take_fields() { return std::move(fields_); }

  int line_of(const YAML::Mark& mark) const {
    return mark.is_null() ? first_line_ - 1 : first_line_ + mark.line;
  }

  // yaml-cpp accepts a quoted scalar left open at the end of the text and lets
  // it swallow every later line ('title: "Oops' eats the date below it). Only
  // the last scalar in the text can be the open one, so one scan settles it.
  Status check_unclosed_quote() const {
    if (!last_scalar_) return {};
    std::size_t pos = *last_scalar_;
    while (pos < yaml_.size() && (yaml_[pos] == '&' || yaml_[pos] == '!')) {  // anchor, tag
      pos = yaml_.find_first_of(" \t\r\n", pos);
      pos = pos == std::string_view::npos ? pos : yaml_.find_first_not_of(" \t\r\n", pos);
    }
    if (pos >= yaml_.size() || (yaml_[pos] != '"' && yaml_[pos] != '\'')) return {};
    if (skip_quoted(yaml_, pos) < yaml_.size()) return {};
    return error_at(first_line_ + count_lines_before(yaml_, pos), kInvalidYaml,
                    std::string("unclosed ") + yaml_[pos] + " quote");
  }

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (++documents_ > 1) fail(mark, kInvalidYaml, "more than one YAML document");
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    if (start_node(mark, false)) finish(nullptr, nullptr, 1, 0, anchor, mark);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& text) override {
    if (stack_.empty()) fail(mark, kNotMapping, "it is a single value");
    if (!start_node(mark, false)) return;
    last_scalar_ = std::max(last_scalar_.value_or(0), static_cast<std::size_t>(mark.pos));
    json value = typed_as_plain(tag) ? plain_scalar(text) : json(text);
    finish(std::move(value), &text, 1, 0, anchor, mark);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    if (error_) return;
    auto found = anchors_.find(anchor);
    if (found == anchors_.end()) return fail(mark, kTooDeep, "an alias inside its own anchor");
    const Anchored& target = found->second;
    if (static_cast<int>(stack_.size()) + target.height > limits_.max_depth) {
      return fail(mark, kTooDeep, too_deep_detail(limits_));
    }
    if (count(mark, target.nodes)) {
      finish(target.value, nullptr, target.nodes, target.height, YAML::NullAnchor, mark);
    }
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& /*tag*/, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value /*style*/) override {
    if (stack_.empty()) fail(mark, kNotMapping, "it is a list");
    if (start_node(mark, true)) open(json::array(), mark, anchor);
  }
  void OnMapStart(const YAML::Mark& mark, const std::string& /*tag*/, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value /*style*/) override {
    if (start_node(mark, true)) open(json::object(), mark, anchor);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapEnd() override { close(); }

 private:
  struct Frame {
    json value;  // the open array or object
    YAML::Mark mark;
    YAML::anchor_t anchor;
    std::size_t first_node;                         // nodes_ before it opened
    int height = 1;                                 // levels of collections, itself included
    std::optional<std::string> key = std::nullopt;  // a map's key still waiting for its value
  };
  struct Anchored {
    json value;
    std::size_t nodes;
    int height;
  };

  void fail(const YAML::Mark& mark, std::string_view reason, const std::string& detail) {
    if (!error_) error_ = error_at(line_of(mark), reason, detail);
  }

  bool count(const YAML::Mark& mark, std::size_t nodes) {
    nodes_ += nodes;
    if (nodes_ <= limits_.max_nodes) return true;
    fail(mark, kTooLarge,
         "more than " + std::to_string(limits_.max_nodes) + " YAML nodes, aliases expanded");
    return false;
  }

  bool start_node(const YAML::Mark& mark, bool collection) {
    if (error_) return false;
    if (collection && static_cast<int>(stack_.size()) >= limits_.max_depth) {
      fail(mark, kTooDeep, too_deep_detail(limits_));
      return false;
    }
    return count(mark, 1);
  }

  void open(json collection, const YAML::Mark& mark, YAML::anchor_t anchor) {
    stack_.push_back(Frame{
        .value = std::move(collection), .mark = mark, .anchor = anchor, .first_node = nodes_ - 1});
  }

  void close() {
    if (error_) return;
    Frame frame = std::move(stack_.back());
    stack_.pop_back();
    finish(std::move(frame.value), nullptr, nodes_ - frame.first_node, frame.height, frame.anchor,
           frame.mark);
  }

  // Places a complete node in its parent. Duplicate keys: the last one wins,
  // as in Jekyll (Ruby Psych) and PyYAML.
  void finish(json value, const std::string* scalar_text, std::size_t nodes, int height,
              YAML::anchor_t anchor, const YAML::Mark& mark) {
    if (anchor != YAML::NullAnchor && !remember(anchor, value, nodes, height, mark)) return;
    if (stack_.empty()) {
      if (value.is_object()) fields_ = std::move(value);  // a null document stays {}
      return;
    }
    Frame& parent = stack_.back();
    parent.height = std::max(parent.height, height + 1);
    if (parent.value.is_array()) {
      parent.value.push_back(std::move(value));
    } else if (!parent.key) {
      parent.key = scalar_text ? *scalar_text : key_text(value);
    } else {
      parent.value[*parent.key] = std::move(value);
      parent.key.reset();
    }
  }

  // Keys are a scalar's text as written ("2024", "true"); otherwise an empty
  // key is "", and a collection or an alias its compact JSON.
  static std::string key_text(const json& value) {
    if (value.is_string()) return value.get<std::string>();
    return value.is_null() ? "" : value.dump();
  }

  // An anchored node is copied so aliases can repeat it; the copies count
  // against max_nodes too.
  bool remember(YAML::anchor_t anchor, const json& value, std::size_t nodes, int height,
                const YAML::Mark& mark) {
    anchored_nodes_ += nodes;
    if (anchored_nodes_ > limits_.max_nodes) {
      fail(mark, kTooLarge, "more than " + std::to_string(limits_.max_nodes) + " anchored nodes");
      return false;
    }
    anchors_.insert_or_assign(anchor, Anchored{value, nodes, height});
    return true;
  }

  std::string_view yaml_;
  const FrontMatterLimits& limits_;
  int first_line_;  // the file line of the YAML text's first line
  std::optional<Error> error_;
  json fields_ = json::object();
  std::vector<Frame> stack_;
  std::unordered_map<YAML::anchor_t, Anchored> anchors_;
  std::size_t nodes_ = 0;
  std::size_t anchored_nodes_ = 0;
  int documents_ = 0;
  std::optional<std::size_t> last_scalar_;  // offset of the scalar that starts last
};

}  // namespace

// Parses the YAML between the delimiters; `first_line` is its first line in
// the file. yaml-cpp's exceptions stop here; the first problem found wins.
Result<json> front_matter_formats::parse_yaml(std::string_view yaml, int first_line,
                                              const FrontMatterLimits& limits) {
  if (auto error = check_characters(yaml, first_line, kInvalidYaml)) return *error;
  if (auto offset = find_deep_flow(yaml, limits.max_depth)) {
    return error_at(first_line + count_lines_before(yaml, *offset), kTooDeep,
                    too_deep_detail(limits));
  }
  if (yaml.starts_with(kBom)) yaml.remove_prefix(kBom.size());  // marks would not count it
  JsonBuilder builder(yaml, limits, first_line);
  std::istringstream in{std::string(yaml)};
  try {
    YAML::Parser parser(in);
    while (!builder.error() && parser.HandleNextDocument(builder)) {
    }
  } catch (const YAML::DeepRecursion& e) {  // yaml-cpp's own guard; its message is "bad file"
    if (!builder.error()) return error_at(builder.line_of(e.mark), kTooDeep, "");
  } catch (const YAML::Exception& e) {
    if (!builder.error()) return error_at(builder.line_of(e.mark), kInvalidYaml, e.msg);
  } catch (const std::exception& e) {
    if (!builder.error()) return error_at(first_line - 1, kInvalidYaml, e.what());
  }
  if (builder.error()) return *builder.error();
  if (Status s = builder.check_unclosed_quote(); !s) return s.error();
  return builder.take_fields();
}

}  // namespace lanyard::indexer
