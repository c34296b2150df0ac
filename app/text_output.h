// Terminal output helpers for app/: width, colour (only on a terminal, never
// with NO_COLOR), and turning highlighted HTML snippets into terminal text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace lanyard::app {

struct Terminal {
  std::size_t width = 100;  // columns
  bool colour = false;
};

// stdout's terminal: its width ($COLUMNS, else 100 when not a terminal) and
// whether to colour (a terminal and NO_COLOR unset).
Terminal stdout_terminal();

// Indexed text made safe to print on a terminal: control characters (C0 but
// newline, DEL, C1 such as U+009B CSI) and bidirectional overrides/isolates
// (U+202A-U+202E, U+2066-U+2069) become U+FFFD, so a document cannot move the
// cursor, retitle the window or reorder what is shown. Tabs become spaces.
std::string terminal_text(std::string_view text);

// "<mark>x</mark> &amp; y" -> "x & y", marks in bold yellow when colour;
// after each mark the surrounding style (an SGR code such as "1") is restored.
// The text goes through terminal_text first; newlines become spaces.
std::string html_to_terminal(std::string_view html, bool colour,
                             std::string_view surrounding_sgr = "");

// Display width of UTF-8 text (code points; escape sequences count zero).
std::size_t display_width(std::string_view text);

// Cut to at most width display columns, ending in "…" when cut.
std::string fit(std::string_view text, std::size_t width);

// Wrapped in an ANSI style when colour ("1" bold, "2" dim, "36" cyan, ...).
std::string styled(std::string_view text, const char* sgr, bool colour);

}  // namespace lanyard::app
