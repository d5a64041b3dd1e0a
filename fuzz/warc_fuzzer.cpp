// libFuzzer target over warta::WarcReader: any bytes, plain or gzipped, read in any slicing, must give
// records or damage reports, never a crash, a sanitizer report, a hang or an unbounded body. The
// first byte picks options: gzip the rest here (one member per "WARC/" line, so that the fuzzer's
// mutations of WARC and HTTP text reach the gzip path), the size of each read, a small body limit
// and whether non-HTML responses are records too.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "compress.hpp"
#include "warta/warc.hpp"

namespace {

// One gzip member per record, as crawlers write .warc.gz.
std::string gzip_records(std::string_view bytes) {
  std::string out;
  while (!bytes.empty()) {
    std::size_t next = bytes.find("WARC/", 1);
    if (next == std::string_view::npos) next = bytes.size();
    out += warta::test::compressed(bytes.substr(0, next), 16 + MAX_WBITS, Z_BEST_SPEED);
    bytes.remove_prefix(next);
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::uint8_t selector = data[0];
  const std::string_view rest(reinterpret_cast<const char*>(data + 1), size - 1);
  const std::string input = (selector & 1) != 0 ? gzip_records(rest) : std::string(rest);
  constexpr std::size_t kReadSizes[] = {1, 7, 4096, 1 << 20};
  const std::size_t read_size = kReadSizes[(selector >> 1) & 3];
  warta::WarcOptions options;
  if ((selector & 8) != 0) options.max_body_bytes = 256;
  options.html_only = (selector & 16) == 0;

  std::size_t offset = 0;
  warta::WarcReader reader(
      [&](char* buffer, std::size_t wanted) {
        const std::size_t n = std::min({wanted, input.size() - offset, read_size});
        std::memcpy(buffer, input.data() + offset, n);
        offset += n;
        return n;
      },
      "fuzz.warc", options);
  // Each record consumes input or reports damage: more records than bytes means a loop.
  std::size_t records = 0;
  while (const std::optional<warta::WarcRecord> record = reader.next()) {
    if (++records > input.size() + 1) __builtin_trap();
    // Every error names its cause, and only errors have one.
    if (record->error_code.empty() != record->error_message.empty()) __builtin_trap();
    if (!record->error_code.empty() && !record->body.empty()) __builtin_trap();
    // Inflating stops within one 64 KiB step of the limit.
    if (record->body.size() > options.max_body_bytes + (1 << 16)) __builtin_trap();
  }
  return 0;
}
