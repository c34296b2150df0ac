// Where a request still arriving on a connection ends, from its bytes so far:
// the server's event loop (connection.cc) hands httplib only whole requests,
// so that a slow client never holds a thread. Framing only (RFC 9112 §6): the
// header block's end, then Content-Length or chunked transfer coding. Whatever
// this cannot make sense of is "whole" at once, for httplib to refuse. No
// httplib here: unit-tested and fuzzed on its own.
#pragma once

#include <cstddef>
#include <string_view>

namespace lanyard::query::http {

struct Extent {
  enum State {
    partial,    // more bytes are needed
    whole,      // the request is the first `bytes` bytes
    too_large,  // it would pass max_bytes: hand httplib the first `bytes`, then close
  };
  State state = partial;
  std::size_t bytes = 0;
  // partial, headers complete, body missing, and the client sent
  // "Expect: 100-continue": it may wait for a 100 before sending the body.
  bool expects_continue = false;
};

Extent request_extent(std::string_view received, std::size_t max_bytes);

}  // namespace lanyard::query::http
