#include "indexer/field_text.h"

#include <algorithm>
#include <optional>

#include "core/text.h"
#include "indexer/markdown.h"

namespace lanyard::indexer {

namespace {

using nlohmann::json;

// "subTitle", "sub_title", "Sub-Title" -> "subtitle".
std::string name_key(std::string_view name) {
  std::string key;
  for (char c : core::ascii_lower(name)) {
    if (c != '_' && c != '-') key += c;
  }
  return key;
}

// Objects looked into: extra/params hold listed fields, location/venue
// describe one place, so every string they hold counts.
enum class Inside { listed, everything };
std::optional<Inside> container(const std::string& key) {
  if (key == "extra" || key == "params") return Inside::listed;
  if (key == "location" || key == "venue") return Inside::everything;
  return std::nullopt;
}

bool space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool ends_with_file_extension(std::string_view v) {
  static constexpr std::string_view kExtensions[] = {
      ".png",  ".jpg", ".jpeg", ".gif", ".svg",  ".webp", ".avif", ".ico", ".bmp", ".tif", ".pdf",
      ".html", ".htm", ".md",   ".mp4", ".webm", ".mov",  ".mp3",  ".zip", ".css", ".js",  ".json"};
  std::string lower = core::ascii_lower(v);
  return std::any_of(std::begin(kExtensions), std::end(kExtensions),
                     [&](std::string_view e) { return lower.ends_with(e); });
}

// Only digits, with the punctuation of numbers, dates, times and phone numbers.
bool number_like(std::string_view v) {
  bool digit = false;
  for (char c : v) {
    if (c >= '0' && c <= '9') {
      digit = true;
    } else if (!space(c) && std::string_view(".,:;-+/%()#").find(c) == std::string_view::npos) {
      return false;
    }
  }
  return digit;
}

// One word of lowercase ASCII letters, digits and at least two '-' or '_'
// ("pycon-2024-keynote"), or a long run of letters and digits mixed
// ("5f3a9b2c0d1e4f67"): names machines give, not people.
bool slug_or_id(std::string_view v) {
  std::size_t separators = 0, digits = 0, letters = 0;
  for (char c : v) {
    if (c == '-' || c == '_')
      ++separators;
    else if (c >= '0' && c <= '9')
      ++digits;
    else if (c >= 'a' && c <= 'z')
      ++letters;
    else
      return false;
  }
  return separators >= 2 || (v.size() >= 16 && digits > 0 && letters > 0 && separators == 0);
}

// Markup reduced to the text it shows; plain text as it is.
std::string plain_text(std::string_view v) {
  if (v.find_first_of("<&*_[`#\n") == std::string_view::npos) return std::string(v);
  return markdown_to_text(v).text;
}

bool url_like(std::string_view word) {
  return word.find("://") != std::string_view::npos || word.starts_with("mailto:") ||
         word.starts_with("www.");
}

// Text with its words that are URLs left out ("see https://x.org/a").
std::string without_urls(const std::string& text) {
  if (text.find("://") == std::string::npos && text.find("www.") == std::string::npos &&
      text.find("mailto:") == std::string::npos)
    return text;
  std::vector<std::string> kept;
  for (auto& word : core::split(text, ' ')) {
    if (!url_like(word)) kept.push_back(std::move(word));
  }
  return core::join(kept, " ");
}

struct Walker {
  std::vector<std::string> names;  // name_key()s
  std::vector<std::string> out;
  std::size_t bytes = 0;  // of out

  void add_string(const json& value) {
    if (!value.is_string() || bytes >= kMaxFieldTextBytes) return;
    const std::string& raw = value.get_ref<const std::string&>();
    if (!searchable_value(raw)) return;
    std::string text = without_urls(core::collapse_spaces(plain_text(core::trim(raw))));
    if (text.empty()) return;
    bytes += text.size();
    out.push_back(std::move(text));
  }

  bool listed(const std::string& key) const {
    return std::find(names.begin(), names.end(), key) != names.end();
  }

  void value(const json& v, Inside inside, int depth) {
    if (v.is_string()) {
      add_string(v);
    } else if (v.is_array()) {
      for (const auto& item : v) {
        if (item.is_object() && inside == Inside::everything)
          object(item, inside, depth);
        else
          add_string(item);
      }
    } else if (v.is_object() && inside == Inside::everything) {
      object(v, inside, depth);
    }
  }

  void object(const json& o, Inside inside, int depth) {
    if (depth >= kMaxFieldDepth) return;
    for (const auto& [name, v] : o.items()) {
      const std::string key = name_key(name);
      auto nested = container(key);
      if (v.is_object() && nested) {
        object(v, inside == Inside::everything ? inside : *nested, depth + 1);
      } else if (inside == Inside::everything || listed(key)) {
        value(v, inside, depth + 1);
      }
    }
  }
};

}  // namespace

bool searchable_value(std::string_view value) {
  std::string_view v = core::trim(value);
  if (v.empty() || number_like(v)) return false;
  if (std::any_of(v.begin(), v.end(), space)) return true;  // words (a URL among them is dropped)
  if (url_like(v)) return false;
  if (v.starts_with('/') || v.starts_with("./") || v.starts_with("../") || v.starts_with("~/"))
    return false;
  if (std::count(v.begin(), v.end(), '/') >= 2) return false;  // "assets/img/logo"
  if (ends_with_file_extension(v)) return false;
  if (v.find('@') != std::string_view::npos && v.find('.', v.find('@')) != std::string_view::npos)
    return false;
  return !slug_or_id(v);
}

std::vector<std::string> searchable_text(const json& fields,
                                         const std::vector<std::string>& names) {
  if (!fields.is_object()) return {};
  Walker walker;
  for (const auto& n : names) walker.names.push_back(name_key(n));
  walker.object(fields, Inside::listed, 0);
  return std::move(walker.out);
}

}  // namespace lanyard::indexer
