// libFuzzer target over warta::parse_date: any text gives a value or an error message, never a
// crash, a sanitizer report or a hang; a value always prints as ISO 8601.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "warta/datetime.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::uint8_t selector = data[0];
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);

  warta::DateContext context;
  if ((selector & 1) != 0) context.default_offset_minutes = 7 * 60;
  if ((selector & 2) != 0) context.reference = warta::parse_date("2024-05-15T12:00:00+07:00").value;

  const warta::DateResult result = warta::parse_date(text, context);
  if (result.value) {
    if (warta::to_iso8601(*result.value).empty()) __builtin_trap();
  } else if (result.error.empty()) {
    __builtin_trap();  // a failure always says why
  }
  return 0;
}
