#include "core/compress.h"

#include <zstd.h>

#include <memory>
#include <new>

namespace lanyard::core {

namespace {

constexpr int kLevel = 3;  // zstd's default: about zlib's size, far faster both ways
constexpr unsigned long long kMaxText = 1ull << 30;

struct FreeCCtx {
  void operator()(ZSTD_CCtx* c) const { ZSTD_freeCCtx(c); }
};
struct FreeDCtx {
  void operator()(ZSTD_DCtx* d) const { ZSTD_freeDCtx(d); }
};

}  // namespace

std::string compress_text(std::string_view text) {
  thread_local std::unique_ptr<ZSTD_CCtx, FreeCCtx> ctx = [] {
    std::unique_ptr<ZSTD_CCtx, FreeCCtx> c(ZSTD_createCCtx());
    ZSTD_CCtx_setParameter(c.get(), ZSTD_c_compressionLevel, kLevel);
    ZSTD_CCtx_setParameter(c.get(), ZSTD_c_checksumFlag,
                           1);  // a damaged frame is refused, not misread
    return c;
  }();
  std::string out(ZSTD_compressBound(text.size()), '\0');
  std::size_t n = ZSTD_compress2(ctx.get(), out.data(), out.size(), text.data(), text.size());
  // Only running out of memory makes zstd fail with a bound-sized buffer.
  if (ZSTD_isError(n)) throw std::bad_alloc();
  out.resize(n);
  return out;
}

std::optional<std::string> decompress_text(std::string_view frame) {
  thread_local std::unique_ptr<ZSTD_DCtx, FreeDCtx> ctx(ZSTD_createDCtx());
  unsigned long long size = ZSTD_getFrameContentSize(frame.data(), frame.size());
  if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > kMaxText)
    return std::nullopt;
  if (ZSTD_findFrameCompressedSize(frame.data(), frame.size()) != frame.size()) return std::nullopt;
  std::string out(static_cast<std::size_t>(size), '\0');
  std::size_t n =
      ZSTD_decompressDCtx(ctx.get(), out.data(), out.size(), frame.data(), frame.size());
  if (ZSTD_isError(n) || n != out.size()) return std::nullopt;
  return out;
}

}  // namespace lanyard::core
