#include "app/text_output.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>

namespace lanyard::app {

Terminal stdout_terminal() {
  Terminal t;
  bool tty = ::isatty(STDOUT_FILENO) == 1;
  const char* no_color = std::getenv("NO_COLOR");
  t.colour = tty && !(no_color && *no_color);
  struct winsize ws {};
  if (tty && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 20) {
    t.width = ws.ws_col;
  } else if (const char* cols = std::getenv("COLUMNS"); cols && std::atoi(cols) >= 20) {
    t.width = static_cast<std::size_t>(std::atoi(cols));
  }
  return t;
}

std::string styled(std::string_view text, const char* sgr, bool colour) {
  if (!colour) return std::string(text);
  return std::string("\033[") + sgr + "m" + std::string(text) + "\033[0m";
}

std::string terminal_text(std::string_view text) {
  static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
    const auto third = i + 2 < text.size() ? static_cast<unsigned char>(text[i + 2]) : 0;
    if (c == '\t') {
      out += ' ';
    } else if ((c < 0x20 && c != '\n') || c == 0x7F) {
      out += kReplacement;
    } else if (c == 0xC2 && next >= 0x80 && next <= 0x9F) {  // C1 controls
      out += kReplacement;
      i += 1;
    } else if (c == 0xE2 && ((next == 0x80 && third >= 0xAA && third <= 0xAE) ||
                             (next == 0x81 && third >= 0xA6 && third <= 0xA9))) {  // bidi controls
      out += kReplacement;
      i += 2;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string html_to_terminal(std::string_view raw_html, bool colour,
                             std::string_view surrounding_sgr) {
  const std::string safe = terminal_text(raw_html);
  const std::string_view html = safe;
  static constexpr std::pair<std::string_view, std::string_view> kEntities[] = {
      {"&amp;", "&"},   {"&lt;", "<"},  {"&gt;", ">"},
      {"&quot;", "\""}, {"&#39;", "'"}, {"&#x27;", "'"}};
  std::string out;
  for (std::size_t i = 0; i < html.size();) {
    std::string_view rest = html.substr(i);
    if (rest.starts_with("<mark>")) {
      if (colour) out += "\033[1;33m";
      i += 6;
      continue;
    }
    if (rest.starts_with("</mark>")) {
      if (colour) {
        out += "\033[0m";
        if (!surrounding_sgr.empty()) out += "\033[" + std::string(surrounding_sgr) + "m";
      }
      i += 7;
      continue;
    }
    bool replaced = false;
    for (const auto& [entity, text] : kEntities) {
      if (rest.starts_with(entity)) {
        out += text;
        i += entity.size();
        replaced = true;
        break;
      }
    }
    if (replaced) continue;
    char c = html[i++];
    out += (c == '\n' || c == '\t') ? ' ' : c;
  }
  return out;
}

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\033') {
      while (i < text.size() && text[i] != 'm') ++i;
      continue;
    }
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++width;
  }
  return width;
}

std::string fit(std::string_view text, std::size_t width) {
  if (display_width(text) <= width) return std::string(text);
  std::string out;
  std::size_t used = 0;
  bool in_style = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\033') {
      std::size_t end = text.find('m', i);
      if (end == std::string_view::npos) break;
      std::string_view seq = text.substr(i, end - i + 1);
      in_style = seq != "\033[0m";
      out += seq;
      i = end;
      continue;
    }
    bool starts_char = (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    if (starts_char && used + 1 >= width) break;
    if (starts_char) ++used;
    out += c;
  }
  if (in_style) out += "\033[0m";
  return out + "…";
}

}  // namespace lanyard::app
