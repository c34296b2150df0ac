// libFuzzer target: request_extent (query/http/framing.h), which the server's
// connection loop runs on every client's bytes. Besides not crashing: what it
// hands over lies within the input (and the size limit), and a whole request
// keeps its length, a too-large one its verdict, whatever bytes follow it.
#include "query/http/framing.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

using lanyard::query::http::Extent;
using lanyard::query::http::request_extent;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  constexpr std::size_t kMax = 1024;
  std::string_view in(reinterpret_cast<const char*>(data), size);
  Extent e = request_extent(in, kMax);
  if (e.state == Extent::whole && (e.bytes == 0 || e.bytes > in.size())) std::abort();
  if (e.state == Extent::too_large && (e.bytes == 0 || e.bytes > kMax || e.bytes > in.size()))
    std::abort();
  if (e.state != Extent::partial) {
    std::string more(in);
    more += "GET / HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc";
    Extent f = request_extent(more, kMax);
    if (f.state != e.state || (e.state == Extent::whole && f.bytes != e.bytes)) std::abort();
  }
  return 0;
}
