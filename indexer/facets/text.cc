// The body read the way facets need it: labelled lines, sentences, words
// (indexer/facets/text.h).
#include "indexer/facets/text.h"

#include "core/date.h"
#include "core/text.h"

namespace lanyard::indexer {

namespace facets_text {

namespace {

struct LabelName {
  std::string_view name;
  LabelKind kind;
};

constexpr LabelName kLabels[] = {
    {"location", LabelKind::location},      {"locations", LabelKind::location},
    {"where", LabelKind::location},         {"venue", LabelKind::location},
    {"place", LabelKind::location},         {"address", LabelKind::location},
    {"city", LabelKind::location},          {"event location", LabelKind::location},
    {"date", LabelKind::date},              {"dates", LabelKind::date},
    {"when", LabelKind::date},              {"event date", LabelKind::date},
    {"event dates", LabelKind::date},       {"days", LabelKind::date},       {"date and time", LabelKind::date},
    {"date & time", LabelKind::date},       {"date/time", LabelKind::date},
    {"when/where", LabelKind::both},        {"where/when", LabelKind::both},
    {"when & where", LabelKind::both},      {"when and where", LabelKind::both},
    {"date & location", LabelKind::both},   {"date/location", LabelKind::both},
};

struct Emoji {
  std::string_view bytes;
  LabelKind kind;
};
constexpr Emoji kEmoji[] = {
    {"\xF0\x9F\x93\x8D", LabelKind::location},  // 📍
    {"\xF0\x9F\x93\x85", LabelKind::date},      // 📅
    {"\xF0\x9F\x97\x93", LabelKind::date},      // 🗓
};

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || is_upper(c) || (c >= '0' && c <= '9'); }

// A label at the start of s: its kind and the bytes up to its value.
struct LabelAt {
  LabelKind kind;
  std::size_t length;
};

std::optional<LabelAt> label_at(std::string_view s, bool line_start) {
  for (const auto& e : kEmoji) {
    if (!s.starts_with(e.bytes)) continue;
    std::size_t n = e.bytes.size();
    if (s.substr(n).starts_with("\xEF\xB8\x8F")) n += 3;  // variation selector
    while (n < s.size() && (s[n] == ' ' || s[n] == ':')) ++n;
    return LabelAt{e.kind, n};
  }
  if (s.empty() || !(line_start || is_upper(s[0]))) return std::nullopt;
  std::size_t end = 0;
  while (end < s.size() && end < 24 && s[end] != ':' && s[end] != '|') ++end;
  if (end == s.size() || end == 24) return std::nullopt;
  if (s[end] == '|' && !line_start) return std::nullopt;
  std::string name = core::ascii_lower(core::collapse_spaces(s.substr(0, end)));
  for (const auto& l : kLabels) {
    if (l.name == name) return LabelAt{l.kind, end + 1};
  }
  return std::nullopt;
}

std::string_view strip_bullet(std::string_view line) {
  for (;;) {
    line = core::trim(line);
    if (line.starts_with("* ") || line.starts_with("- ") || line.starts_with("+ ") ||
        line.starts_with("> ") || line.starts_with("| ")) {
      line.remove_prefix(2);
    } else if (line.starts_with("\xE2\x80\xA2")) {  // •
      line.remove_prefix(3);
    } else {
      return line;
    }
  }
}

std::string_view clean_value(std::string_view v) {
  v = core::trim(v);
  while (!v.empty() && (v.back() == '|' || v.back() == ',' || v.back() == ' ')) v.remove_suffix(1);
  return core::trim(v);
}

void labels_in_line(std::string_view line, std::vector<Labelled>& out) {
  line = strip_bullet(line);
  struct Found {
    std::size_t at;
    LabelAt label;
  };
  std::vector<Found> found;
  for (std::size_t p = 0; p < line.size(); ++p) {
    if (p > 0 && line[p - 1] != ' ') continue;
    if (auto l = label_at(line.substr(p), p == 0)) {
      found.push_back({p, *l});
      p += l->length - 1;
    }
  }
  for (std::size_t i = 0; i < found.size(); ++i) {
    std::size_t begin = found[i].at + found[i].label.length;
    std::size_t end = i + 1 < found.size() ? found[i + 1].at : line.size();
    std::string_view value = clean_value(line.substr(begin, end - begin));
    if (!value.empty()) out.push_back({found[i].label.kind, value});
  }
}

bool ends_sentence(std::string_view text, std::size_t dot) {
  if (dot + 2 >= text.size() || text[dot + 1] != ' ' || !is_upper(text[dot + 2])) return false;
  if (text[dot] != '.') return true;
  std::size_t w = dot;
  while (w > 0 && is_alnum(text[w - 1])) --w;
  std::string_view word = text.substr(w, dot - w);
  if (word.size() <= 1) return false;  // "U.S.", initials
  static constexpr std::string_view kAbbrev[] = {
      "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
      "Nov", "Dec", "St",  "Mr",  "Mrs", "Ms",  "Dr",  "Inc", "Jr",   "vs"};
  for (auto a : kAbbrev) {
    if (word == a) return false;
  }
  return true;
}

}  // namespace

std::vector<Labelled> labelled_values(std::string_view body) {
  std::vector<Labelled> out;
  for (std::size_t pos = 0; pos <= body.size();) {
    std::size_t nl = body.find('\n', pos);
    if (nl == std::string_view::npos) nl = body.size();
    labels_in_line(body.substr(pos, nl - pos), out);
    pos = nl + 1;
  }
  return out;
}

std::vector<std::string_view> opening_sentences(std::string_view body, std::size_t max_bytes) {
  std::vector<std::string_view> sentences;
  std::size_t used = 0;
  for (std::size_t pos = 0; pos < body.size() && used < max_bytes;) {
    std::size_t nl = body.find('\n', pos);
    if (nl == std::string_view::npos) nl = body.size();
    std::string_view line = core::trim(body.substr(pos, nl - pos));
    pos = nl + 1;
    if (line.empty() || label_at(strip_bullet(line), true)) continue;
    used += line.size();
    std::size_t start = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
      if ((line[i] == '.' || line[i] == '!' || line[i] == '?') && ends_sentence(line, i)) {
        sentences.push_back(line.substr(start, i + 1 - start));
        start = i + 2;
      }
    }
    if (start < line.size()) sentences.push_back(line.substr(start));
  }
  return sentences;
}

bool has_word(std::string_view lower_text, std::string_view word) {
  for (std::size_t p = lower_text.find(word); p != std::string_view::npos; p = lower_text.find(word, p + 1)) {
    bool left = p == 0 || !is_alnum(lower_text[p - 1]);
    std::size_t e = p + word.size();
    bool right = e >= lower_text.size() || !is_alnum(lower_text[e]);
    if (left && right) return true;
  }
  return false;
}

std::string cut_dates(std::string_view text) {
  std::string out;
  std::size_t pos = 0;
  for (const auto& m : core::find_dates(text, 2000)) {
    out += text.substr(pos, m.offset - pos);
    pos = m.offset + m.length;
  }
  out += text.substr(std::min(pos, text.size()));
  return out;
}

}  // namespace facets_text

}  // namespace lanyard::indexer
