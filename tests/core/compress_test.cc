#include "core/compress.h"

#include <catch2/catch.hpp>
#include <string>

using lanyard::core::compress_text;
using lanyard::core::decompress_text;

TEST_CASE("compress: text comes back byte for byte, smaller when it repeats", "[core]") {
  std::string text;
  for (int i = 0; i < 2000; ++i)
    text += "PyTorch Day Paris: compilers & kernels, 北京 🎉 talk " + std::to_string(i) + "\n";
  for (const std::string& t :
       {std::string(), std::string("a"), std::string("\0bytes\xff", 7), text}) {
    std::string frame = compress_text(t);
    auto back = decompress_text(frame);
    REQUIRE(back);
    CHECK(*back == t);
  }
  CHECK(compress_text(text).size() * 4 < text.size());
}

TEST_CASE("compress: anything but one whole frame is refused, not read", "[core]") {
  std::string frame = compress_text("the body of a talk about compilers");
  CHECK_FALSE(decompress_text(""));
  CHECK_FALSE(decompress_text("plain text, no frame"));
  CHECK_FALSE(decompress_text(frame.substr(0, frame.size() - 1)));  // cut short
  CHECK_FALSE(decompress_text(frame + "x"));                        // trailing bytes
  for (std::size_t at = 0; at < frame.size(); ++at) {  // every byte damaged in turn: the checksum
    std::string flipped = frame;
    flipped[at] = static_cast<char>(flipped[at] ^ 0x55);
    auto damaged = decompress_text(flipped);
    INFO(at);
    CHECK((!damaged || *damaged == "the body of a talk about compilers"));
  }
}
