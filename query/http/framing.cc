#include "query/http/framing.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <optional>

namespace lanyard::query::http {

namespace {

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

bool icontains(std::string_view hay, std::string_view needle) {
  for (std::size_t i = 0; i + needle.size() <= hay.size(); ++i) {
    if (iequals(hay.substr(i, needle.size()), needle)) return true;
  }
  return false;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

struct Head {
  std::optional<std::string_view> content_length;
  bool chunked = false;
  bool expect_continue = false;
};

// The header fields that frame the body; `block` is the header block without
// its request line and final CRLF CRLF.
Head read_head(std::string_view block) {
  Head h;
  while (!block.empty()) {
    std::size_t eol = block.find("\r\n");
    std::string_view line = block.substr(0, eol);
    block = eol == std::string_view::npos ? std::string_view{} : block.substr(eol + 2);
    std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    std::string_view name = line.substr(0, colon), value = trim(line.substr(colon + 1));
    if (iequals(name, "Content-Length")) {
      h.content_length = value;
    } else if (iequals(name, "Transfer-Encoding")) {
      h.chunked = h.chunked || icontains(value, "chunked");
    } else if (iequals(name, "Expect")) {
      h.expect_continue = iequals(value, "100-continue");
    }
  }
  return h;
}

// The end of a chunked body starting at `body`, relative to it; nullopt while
// partial; the end of the first line that is not a chunk size when there is
// one (for httplib to refuse).
std::optional<std::size_t> chunked_end(std::string_view body) {
  std::size_t at = 0;
  for (;;) {
    std::size_t eol = body.find("\r\n", at);
    if (eol == std::string_view::npos) return std::nullopt;
    std::string_view size_text = body.substr(at, eol - at);
    size_text = size_text.substr(0, size_text.find(';'));  // chunk extensions
    size_text = trim(size_text);
    std::size_t size = 0;
    auto [end, ec] =
        std::from_chars(size_text.data(), size_text.data() + size_text.size(), size, 16);
    if (ec != std::errc{} || end != size_text.data() + size_text.size())
      return eol + 2;  // httplib refuses it
    at = eol + 2;
    if (size == 0) {
      // Trailer fields, then an empty line.
      for (;;) {
        std::size_t line_end = body.find("\r\n", at);
        if (line_end == std::string_view::npos) return std::nullopt;
        bool empty = line_end == at;
        at = line_end + 2;
        if (empty) return at;
      }
    }
    if (size > body.size() || body.size() - at < size + 2) return std::nullopt;
    at += size + 2;
  }
}

}  // namespace

Extent request_extent(std::string_view received, std::size_t max_bytes) {
  Extent e;
  std::size_t head_end = received.find("\r\n\r\n");
  if (head_end == std::string_view::npos) {
    if (received.size() >= max_bytes) e = {Extent::too_large, max_bytes};
    return e;
  }
  head_end += 4;
  if (head_end > max_bytes) return {Extent::too_large, max_bytes};
  std::size_t line_end = received.find("\r\n");
  Head head = read_head(received.substr(line_end + 2, head_end - 2 - (line_end + 2)));
  std::string_view body = received.substr(head_end);
  std::size_t body_bytes = 0;
  if (head.chunked) {
    auto end = chunked_end(body);
    if (!end) {
      if (received.size() >= max_bytes) return {Extent::too_large, max_bytes};
      e.expects_continue = head.expect_continue && body.empty();
      return e;
    }
    if (*end > max_bytes - head_end) return {Extent::too_large, max_bytes};
    body_bytes = *end;
  } else if (head.content_length) {
    std::string_view text = *head.content_length;
    std::size_t n = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (ec != std::errc{} || end != text.data() + text.size()) return {Extent::whole, head_end};
    if (n > max_bytes - head_end) return {Extent::too_large, head_end};
    if (body.size() < n) {
      e.expects_continue = head.expect_continue;
      return e;
    }
    body_bytes = n;
  }
  return {Extent::whole, head_end + body_bytes};
}

}  // namespace lanyard::query::http
