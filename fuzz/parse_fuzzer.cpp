// libFuzzer target over warta::parse: any bytes must give an Article or an Error, never a crash, a
// sanitizer report or a hang. The first byte picks options so that the charset hint, URL-based
// profile choice and relative dates are reached too.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string_view>

#include "warta/json.hpp"
#include "warta/parse.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::uint8_t selector = data[0];
  // The rest is copied into an exactly sized buffer by libFuzzer already: over-reads are caught.
  const std::string_view html(reinterpret_cast<const char*>(data + 1), size - 1);

  warta::ParseOptions options;
  if ((selector & 1) != 0) options.url = "https://nasional.kompas.com/read/2024/05/15/11020011/contoh";
  if ((selector & 2) != 0) options.charset = "windows-1252";
  if ((selector & 4) != 0) options.reference_time = warta::parse_date("2024-05-15T12:00:00+07:00").value;
  // Small limits so the fuzzer also reaches the over-limit paths within its input sizes.
  if ((selector & 8) != 0) options.limits = {4096, 16, 256, 512};

  const warta::Result result = warta::parse(html, options);
  if (result) {
    // Serialising reads every field under the sanitizers, and dump() throws (an uncaught exception
    // is a finding) when any text in the Article is not valid UTF-8.
    const nlohmann::json json = *result;
    if (json.dump().empty()) __builtin_trap();
  } else if (result.error().message.empty()) {
    __builtin_trap();  // every Error names its cause
  }
  return 0;
}
