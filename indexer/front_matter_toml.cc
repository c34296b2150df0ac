// TOML front matter (Hugo and Zola "+++" blocks) and TOML site configs into
// JSON with toml++, bounded by FrontMatterLimits.
#include <toml++/toml.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "indexer/front_matter_formats.h"

namespace lanyard::indexer {
namespace {

using core::Error;
using core::Result;
using nlohmann::json;
using namespace front_matter_formats;

// Offset just past the string opened at `open` (", ', """ or '''), or the
// end of the line when a one-line string is not closed there. Escapes count
// in basic strings ("a \" b", """a \""" b"""); a multi-line string may end
// with up to two more quotes (""""a""""" is "a"").
std::size_t skip_string(std::string_view s, std::size_t open) {
  const char quote = s[open];
  const std::string triple(3, quote);
  const bool multi_line = s.substr(open, 3) == triple;
  for (std::size_t i = open + (multi_line ? 3 : 1); i < s.size(); ++i) {
    if (quote == '"' && s[i] == '\\') {
      ++i;
    } else if (!multi_line && (s[i] == quote || s[i] == '\n')) {
      return s[i] == quote ? i + 1 : i;
    } else if (multi_line && s.substr(i, 3) == triple) {
      std::size_t end = i + 3;
      while (end < s.size() && end < i + 5 && s[end] == quote) ++end;
      return end;
    }
  }
  return s.size();
}

// toml++ recurses once per table a dotted key or header opens, with no limit
// (200,000 "a." overflow the stack), and allows 256 nested arrays and inline
// tables. This scan follows TOML's lexical rules (strings, comments, headers,
// keys, brackets) to measure nesting first, counting levels as the conversion
// does (the root table is level 1), and returns the offset where it first
// passes max_depth. Arrays of tables ([[a]] then [a.b]) can make it
// undercount a little; the conversion checks the real depth.
class DepthScan {
 public:
  DepthScan(std::string_view s, int max_depth) : s_(s), max_(max_depth) {}

  std::optional<std::size_t> run() {
    for (i_ = 0; i_ < s_.size();) {
      char c = s_[i_];
      if (c == ' ' || c == '\t' || c == '\r') {
        ++i_;
      } else if (c == '#') {
        skip_line();
      } else if (c == '\n') {
        if (open_.empty()) expect_key_ = true;
        ++i_;
      } else if (expect_key_ && open_.empty() && c == '[') {
        if (!header()) return i_;
      } else if (expect_key_ && c != '}' && c != ',') {  // "{}" and "{a = 1,}" close no key
        if (!key()) return i_;
      } else if (!value_char(c)) {
        return i_;
      }
    }
    return std::nullopt;
  }

 private:
  struct Open {
    char bracket;  // '[' or '{'
    int level;
  };

  void skip_line() {
    std::size_t end = s_.find('\n', i_);
    i_ = end == std::string_view::npos ? s_.size() : end;
  }

  // Dotted parts up to `stop` (outside quotes); leaves i_ on `stop`, a newline or the end.
  int segments(char stop) {
    int parts = 1;
    while (i_ < s_.size() && s_[i_] != stop && s_[i_] != '\n') {
      if (s_[i_] == '"' || s_[i_] == '\'') {
        i_ = skip_string(s_, i_);
        continue;
      }
      parts += s_[i_] == '.';
      ++i_;
    }
    return parts;
  }

  // "[a.b]" opens levels root, a, b; "[[a.b]]" also the array's element.
  bool header() {
    bool array = s_.substr(i_, 2) == "[[";
    i_ += array ? 2 : 1;
    table_level_ = 1 + segments(']') + (array ? 1 : 0);
    if (table_level_ > max_) return false;
    skip_line();
    return true;
  }

  // "a.b.c = ": tables a and b, then the value, held by b.
  bool key() {
    int container = open_.empty() ? table_level_ : open_.back().level;
    holder_ = container + segments('=') - 1;
    if (holder_ > max_) return false;
    if (i_ < s_.size() && s_[i_] == '=') {
      ++i_;
      expect_key_ = false;
    }
    return true;
  }

  bool value_char(char c) {
    if (c == '"' || c == '\'') {
      i_ = skip_string(s_, i_);
      return true;
    }
    if (c == '[' || c == '{') {
      open_.push_back({c, holder_ + 1});
      if (holder_ + 1 > max_) return false;
      holder_ = holder_ + 1;
      expect_key_ = c == '{';
    } else if ((c == ']' || c == '}') && !open_.empty()) {
      open_.pop_back();
      if (!open_.empty() && open_.back().bracket == '[') holder_ = open_.back().level;
    } else if (c == ',' && !open_.empty()) {
      expect_key_ = open_.back().bracket == '{';
      holder_ = open_.back().level;
    }
    ++i_;
    return true;
  }

  std::string_view s_;
  int max_;
  std::size_t i_ = 0;
  int table_level_ = 1;  // the level of the table the latest header opened
  int holder_ = 1;       // the level of the collection that holds the next value
  bool expect_key_ = true;
  std::vector<Open> open_;  // arrays and inline tables open in the current value
};

std::string two_digits(int n) {
  char buf[4];
  std::snprintf(buf, sizeof buf, "%02d", n % 100);
  return buf;
}

std::string iso(const toml::date& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", static_cast<int>(d.year),
                static_cast<int>(d.month), static_cast<int>(d.day));
  return buf;
}

// "10:30:00", "00:32:00.999999": fractions of a second without trailing zeros.
std::string iso(const toml::time& t) {
  std::string out = two_digits(t.hour) + ":" + two_digits(t.minute) + ":" + two_digits(t.second);
  if (t.nanosecond == 0) return out;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%09u", static_cast<unsigned>(t.nanosecond % 1000000000u));
  std::string fraction = buf;
  fraction.erase(fraction.find_last_not_of('0') + 1);
  return out + "." + fraction;
}

std::string iso(const toml::date_time& dt) {
  std::string out = iso(dt.date) + "T" + iso(dt.time);
  if (!dt.offset) return out;  // a local datetime
  int minutes = dt.offset->minutes;
  if (minutes == 0) return out + "Z";
  out += minutes < 0 ? '-' : '+';
  minutes = std::abs(minutes);
  return out + two_digits(minutes / 60) + ":" + two_digits(minutes % 60);
}

// JSON holds no infinity or NaN: those stay text.
json number(double value) {
  if (std::isnan(value)) return "nan";
  if (std::isinf(value)) return value < 0 ? "-inf" : "inf";
  return value;
}

// toml++'s tree into JSON, counting keys and values against max_nodes and
// nesting against max_depth; the first problem stops it.
class ToJson {
 public:
  ToJson(int first_line, const FrontMatterLimits& limits)
      : first_line_(first_line), limits_(limits) {}

  Result<json> convert(const toml::table& root) {
    nodes_ = 1;
    json out = table(root, 1, first_line_);
    if (error_) return *error_;
    return out;
  }

 private:
  int line_of(const toml::source_region& source, int fallback) const {
    return source.begin.line > 0 ? first_line_ + static_cast<int>(source.begin.line) - 1 : fallback;
  }

  bool count(std::size_t nodes, int line) {
    nodes_ += nodes;
    if (nodes_ > limits_.max_nodes && !error_) {
      error_ = error_at(line, kTooLarge, too_large_detail(limits_));
    }
    return !error_;
  }

  json table(const toml::table& t, int depth, int line) {
    json out = json::object();
    for (auto&& [key, node] : t) {
      int key_line = line_of(key.source(), line);
      if (!count(1, key_line)) break;
      out[std::string(key.str())] = value(node, depth, key_line);
      if (error_) break;
    }
    return out;
  }

  json array(const toml::array& a, int depth, int line) {
    json out = json::array();
    for (const toml::node& node : a) {
      out.push_back(value(node, depth, line));
      if (error_) break;
    }
    return out;
  }

  // A value inside a collection at `depth`.
  json value(const toml::node& node, int depth, int parent_line) {
    int line = line_of(node.source(), parent_line);
    if (!count(1, line)) return nullptr;
    if (node.is_table() || node.is_array()) {
      if (depth + 1 > limits_.max_depth) {
        error_ = error_at(line, kTooDeep, too_deep_detail(limits_));
        return nullptr;
      }
      return node.is_table() ? table(*node.as_table(), depth + 1, line)
                             : array(*node.as_array(), depth + 1, line);
    }
    if (auto s = node.as_string()) return s->get();
    if (auto i = node.as_integer()) return i->get();
    if (auto f = node.as_floating_point()) return number(f->get());
    if (auto b = node.as_boolean()) return b->get();
    if (auto d = node.as_date()) return iso(d->get());
    if (auto t = node.as_time()) return iso(t->get());
    if (auto dt = node.as_date_time()) return iso(dt->get());
    return nullptr;
  }

  int first_line_;
  const FrontMatterLimits& limits_;
  std::size_t nodes_ = 0;
  std::optional<Error> error_;
};

}  // namespace

// toml++'s exceptions stop here; its source regions give the line.
Result<json> front_matter_formats::parse_toml(std::string_view toml, int first_line,
                                              const FrontMatterLimits& limits) {
  if (auto error = check_characters(toml, first_line, kInvalidToml)) return *error;
  if (auto offset = DepthScan(toml, limits.max_depth).run()) {
    return error_at(first_line + count_lines_before(toml, *offset), kTooDeep,
                    too_deep_detail(limits));
  }
  try {
    toml::table root = toml::parse(toml);
    return ToJson(first_line, limits).convert(root);
  } catch (const toml::parse_error& e) {
    int line = first_line + std::max(1, static_cast<int>(e.source().begin.line)) - 1;
    std::string detail(e.description());  // "Error while parsing date: expected day ..."
    if (detail.starts_with("Error while parsing ")) detail.erase(0, 20);
    return error_at(line, kInvalidToml, detail);
  } catch (const std::exception& e) {
    return error_at(first_line - 1, kInvalidToml, e.what());
  }
}

}  // namespace lanyard::indexer
