#pragma once
// zlib compression for building test and fuzz inputs (gzip members, zlib and raw deflate bodies).

#include <zlib.h>

#include <string>
#include <string_view>

namespace warta::test {

// `window_bits` as zlib takes them: 16 + 15 gzip, 15 zlib, -15 raw deflate.
inline std::string compressed(std::string_view bytes, int window_bits, int level = Z_DEFAULT_COMPRESSION) {
  z_stream z{};
  deflateInit2(&z, level, Z_DEFLATED, window_bits, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, static_cast<uLong>(bytes.size())) + 32, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  z.avail_in = static_cast<uInt>(bytes.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

}  // namespace warta::test
