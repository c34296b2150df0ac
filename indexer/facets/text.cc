// The body read the way facets need it: labelled lines, sentences, words
// (indexer/facets/text.h).
#include "indexer/facets/text.h"

#include <algorithm>

#include "core/date.h"
#include "core/text.h"

namespace lanyard::indexer {

namespace facets_text {

namespace {

struct LabelName {
  std::string_view name;
  LabelKind kind;
};

// Labels as sites write them, in the languages the date parser reads (names
// lowercased; UTF-8 as written).
constexpr LabelName kLabels[] = {
    {"location", LabelKind::location},
    {"locations", LabelKind::location},
    {"where", LabelKind::location},
    {"venue", LabelKind::location},
    {"place", LabelKind::location},
    {"address", LabelKind::location},
    {"city", LabelKind::location},
    {"event location", LabelKind::location},
    {"event venue", LabelKind::location},
    {"venue address", LabelKind::location},
    {"lieu", LabelKind::location},
    {"o\xC3\xB9", LabelKind::location},
    {"adresse", LabelKind::location},
    {"ort", LabelKind::location},
    {"wo", LabelKind::location},
    {"veranstaltungsort", LabelKind::location},
    {"lugar", LabelKind::location},
    {"sede", LabelKind::location},
    {"d\xC3\xB3nde", LabelKind::location},
    {"donde", LabelKind::location},
    {"direcci\xC3\xB3n", LabelKind::location},
    {"local", LabelKind::location},
    {"onde", LabelKind::location},
    {"endere\xC3\xA7o", LabelKind::location},
    {"luogo", LabelKind::location},
    {"dove", LabelKind::location},
    {"indirizzo", LabelKind::location},
    {"locatie", LabelKind::location},
    {"waar", LabelKind::location},
    {"\xE4\xBC\x9A\xE5\xA0\xB4", LabelKind::location},                          // 会場
    {"\xE5\xA0\xB4\xE6\x89\x80", LabelKind::location},                          // 場所
    {"\xE5\x9C\xB0\xE7\x82\xB9", LabelKind::location},                          // 地点
    {"\xE5\x9C\xB0\xE5\x9D\x80", LabelKind::location},                          // 地址
    {"\xE5\x9C\xBA\xE5\x9C\xB0", LabelKind::location},                          // 场地
    {"\xE4\xBC\x9A\xE8\xAE\xAE\xE5\x9C\xB0\xE7\x82\xB9", LabelKind::location},  // 会议地点
    {"\xE6\xB4\xBB\xE5\x8A\xA8\xE5\x9C\xB0\xE7\x82\xB9", LabelKind::location},  // 活动地点
    {"date", LabelKind::date},
    {"dates", LabelKind::date},
    {"when", LabelKind::date},
    {"event date", LabelKind::date},
    {"event dates", LabelKind::date},
    {"days", LabelKind::date},
    {"date and time", LabelKind::date},
    {"date & time", LabelKind::date},
    {"date/time", LabelKind::date},
    {"time and date", LabelKind::date},
    {"conference dates", LabelKind::date},
    {"quand", LabelKind::date},
    {"wann", LabelKind::date},
    {"datum", LabelKind::date},
    {"termin", LabelKind::date},
    {"fecha", LabelKind::date},
    {"fechas", LabelKind::date},
    {"cu\xC3\xA1ndo", LabelKind::date},
    {"cuando", LabelKind::date},
    {"data", LabelKind::date},
    {"datas", LabelKind::date},
    {"quando", LabelKind::date},
    {"wanneer", LabelKind::date},
    {"\xE6\x97\xA5\xE7\xA8\x8B", LabelKind::date},                          // 日程
    {"\xE6\x97\xA5\xE6\x99\x82", LabelKind::date},                          // 日時
    {"\xE9\x96\x8B\xE5\x82\xAC\xE6\x97\xA5", LabelKind::date},              // 開催日
    {"\xE9\x96\x8B\xE5\x82\xAC\xE6\x97\xA5\xE6\x99\x82", LabelKind::date},  // 開催日時
    {"\xE6\x97\xA5\xE6\x9C\x9F", LabelKind::date},                          // 日期
    {"\xE6\x97\xB6\xE9\x97\xB4", LabelKind::date},                          // 时间
    {"\xE4\xBC\x9A\xE8\xAE\xAE\xE6\x97\xB6\xE9\x97\xB4", LabelKind::date},  // 会议时间
    {"\xE6\xB4\xBB\xE5\x8A\xA8\xE6\x97\xB6\xE9\x97\xB4", LabelKind::date},  // 活动时间
    {"\xE4\xBC\x9A\xE6\x9C\x9F", LabelKind::date},                          // 会期
    {"\xEC\x9D\xBC\xEC\x8B\x9C", LabelKind::date},                          // 일시 (Korean)
    {"\xEB\x82\xA0\xEC\xA7\x9C", LabelKind::date},                          // 날짜
    {"\xEC\x9E\xA5\xEC\x86\x8C", LabelKind::location},                      // 장소
    {"\xEC\x9C\x84\xEC\xB9\x98", LabelKind::location},                      // 위치
    {"plats", LabelKind::location},
    {"sted", LabelKind::location},
    {"m\xC3\xADsto", LabelKind::location},
    {"miejsce", LabelKind::location},
    {"datum a m\xC3\xADsto", LabelKind::both},
    {"when/where", LabelKind::both},
    {"where/when", LabelKind::both},
    {"when & where", LabelKind::both},
    {"when and where", LabelKind::both},
    {"date & location", LabelKind::both},
    {"date/location", LabelKind::both},
    {"date and location", LabelKind::both},
    {"dates & venue", LabelKind::both},
    {"dates and venue", LabelKind::both},
    {"date & venue", LabelKind::both},
    {"date and venue", LabelKind::both},
    {"date & place", LabelKind::both},
    {"time & place", LabelKind::both},
    {"time and place", LabelKind::both},
    {"wann & wo", LabelKind::both},
    {"wann und wo", LabelKind::both},
    {"quand et o\xC3\xB9", LabelKind::both},
    {"date et lieu", LabelKind::both},
    {"fecha y lugar", LabelKind::both},
    {"data e local", LabelKind::both},
    {"data e luogo", LabelKind::both},
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

std::optional<LabelKind> label_kind(std::string_view text) {
  std::string name = core::ascii_lower(core::collapse_spaces(core::trim(text)));
  for (const auto& l : kLabels) {
    if (l.name == name) return l.kind;
  }
  return std::nullopt;
}

std::optional<LabelAt> label_at(std::string_view s, bool line_start) {
  for (const auto& e : kEmoji) {
    if (!s.starts_with(e.bytes)) continue;
    std::size_t n = e.bytes.size();
    if (s.substr(n).starts_with("\xEF\xB8\x8F")) n += 3;  // variation selector
    while (n < s.size() && (s[n] == ' ' || s[n] == ':')) ++n;
    return LabelAt{e.kind, n};
  }
  // reStructuredText fields: ":Date: 2019-02-16" (a paragraph joins them:
  // ":Date: 2019-02-16 :Location: Modena").
  std::size_t field = s.starts_with(':') && s.size() > 1 && (line_start || is_upper(s[1])) ? 1 : 0;
  s.remove_prefix(field);
  // Mid-line, a label starts with a capital or a CJK/Hangul character.
  auto lead = s.empty() ? 0 : static_cast<unsigned char>(s[0]);
  if (s.empty() || !(line_start || is_upper(s[0]) || (lead >= 0xE3 && lead <= 0xED)))
    return std::nullopt;
  std::size_t end = 0, separator = 1;
  for (; end < s.size() && end < 28 && s[end] != ':' && s[end] != '|'; ++end) {
    if (s.substr(end).starts_with("\xEF\xBC\x9A")) {  // full-width colon
      separator = 3;
      break;
    }
  }
  if (end == s.size() || end == 28) return std::nullopt;
  if (s[end] == '|' && !line_start) return std::nullopt;
  auto kind = label_kind(s.substr(0, end));
  if (!kind) return std::nullopt;
  return LabelAt{*kind, field + end + separator};
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

// A line that is a label alone ("When", "Venue:", "## Where" as a heading's
// text, "**Dates**"): its value is on the lines below.
std::optional<LabelKind> label_line(std::string_view line) {
  line = core::trim(line);
  // "## Quand ? 🕗": emoji and symbols after a label are decoration.
  while (!line.empty()) {
    std::size_t k = line.size();
    while (k > 0 && (static_cast<unsigned char>(line[k - 1]) & 0xC0) == 0x80)
      --k;                                                                // back to a lead byte
    if (k == 0 || static_cast<unsigned char>(line[k - 1]) < 0xE2) break;  // ASCII or a Latin letter
    line = core::trim(line.substr(0, k - 1));
  }
  // A question: "When is the conference?", "Where is it held?", "Wann findet es statt?".
  if (line.ends_with("?") && line.size() <= 60) {
    std::string first = core::ascii_lower(line.substr(0, line.find_first_of(" ?")));
    for (std::string_view w :
         {"when", "quand", "wann", "cu\xC3\xA1ndo", "cuando", "quando", "wanneer"}) {
      if (first == w) return LabelKind::date;
    }
    for (std::string_view w :
         {"where", "o\xC3\xB9", "wo", "d\xC3\xB3nde", "donde", "onde", "dove", "waar"}) {
      if (first == w) return LabelKind::location;
    }
  }
  while (!line.empty() && (line.back() == ':' || line.back() == ' ')) line.remove_suffix(1);
  if (line.ends_with("\xEF\xBC\x9A")) line.remove_suffix(3);
  if (line.empty() || line.size() > 28) return std::nullopt;
  return label_kind(line);
}

std::string_view clean_value(std::string_view v) {
  v = core::trim(v);
  while (!v.empty() && (v.back() == '|' || v.back() == ',' || v.back() == ' ')) v.remove_suffix(1);
  return core::trim(v);
}

void labels_in_line(std::string_view line, std::vector<Labelled>& out, std::size_t line_offset) {
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
    // Another emoji starts another fact ("📍 Music City Center, Nashville 🎟 Early-bird ...").
    for (std::size_t e = begin; e + 1 < end; ++e) {
      if (line[e] == '\xF0' && line[e + 1] == '\x9F') {
        end = e;
        break;
      }
    }
    std::string_view value = clean_value(line.substr(begin, end - begin));
    if (!value.empty()) out.push_back({found[i].label.kind, std::string(value), line_offset});
  }
}

bool ends_sentence(std::string_view text, std::size_t dot) {
  if (dot + 2 >= text.size() || text[dot + 1] != ' ' || !is_upper(text[dot + 2])) return false;
  if (text[dot] != '.') return true;
  std::size_t w = dot;
  while (w > 0 && is_alnum(text[w - 1])) --w;
  std::string_view word = text.substr(w, dot - w);
  if (word.size() <= 1) return false;  // "U.S.", initials
  // "29. August – 1. September": a German day, not a sentence's end.
  if (word.size() <= 2 &&
      std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
      !core::find_dates(text.substr(w, 40), 2000).empty() &&
      core::find_dates(text.substr(w, 40), 2000)[0].offset == 0) {
    return false;
  }
  static constexpr std::string_view kAbbrev[] = {"Jan", "Feb",  "Mar", "Apr", "Jun", "Jul", "Aug",
                                                 "Sep", "Sept", "Oct", "Nov", "Dec", "St",  "Mr",
                                                 "Mrs", "Ms",   "Dr",  "Inc", "Jr",  "vs"};
  for (auto a : kAbbrev) {
    if (word == a) return false;
  }
  return true;
}

}  // namespace

std::vector<Labelled> labelled_values(std::string_view body) {
  std::vector<Labelled> out;
  std::vector<std::pair<std::string_view, std::size_t>> lines;  // (line, offset)
  for (std::size_t pos = 0; pos <= body.size();) {
    std::size_t nl = body.find('\n', pos);
    if (nl == std::string_view::npos) nl = body.size();
    lines.emplace_back(body.substr(pos, nl - pos), pos);
    pos = nl + 1;
  }
  for (std::size_t i = 0; i < lines.size(); ++i) {
    auto [line, offset] = lines[i];
    auto alone = label_line(strip_bullet(line));
    if (!alone) {
      labels_in_line(line, out, offset);
      continue;
    }
    // The value below a label line: the next non-blank lines up to a blank
    // line or another label (an address block is several lines), at most three.
    std::string value;
    std::size_t k = i + 1;
    while (k < lines.size() && core::trim(lines[k].first).empty()) ++k;
    for (int taken = 0; k < lines.size() && taken < 3; ++k, ++taken) {
      std::string_view next = strip_bullet(lines[k].first);
      if (next.empty() || label_line(next) || label_at(next, true)) break;
      value += (value.empty() ? "" : ", ") + std::string(clean_value(next));
      if (*alone == LabelKind::date) break;
    }
    if (!value.empty()) out.push_back({*alone, std::move(value), offset});
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
  for (std::size_t p = lower_text.find(word); p != std::string_view::npos;
       p = lower_text.find(word, p + 1)) {
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
