// Differential libFuzzer target for the pre-pass (src/prepass.cpp): any bytes must give the same
// gumbo tree (but for the cut texts, which Document::raw_text gives back, and the white space it
// shortens between tags) and the same Article or Error with the pre-pass as without it. The first
// byte picks a URL (bit 0), as in parse_fuzzer.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "decode.hpp"
#include "dom.hpp"
#include "tree_text.hpp"
#include "warta/json.hpp"
#include "warta/parse.hpp"

namespace {

nlohmann::json parsed(std::string_view html, warta::ParseOptions options, bool prepass) {
  options.prepass = prepass;
  const warta::Result result = warta::parse(html, options);
  if (!result) return {{"error", result.error().message}};
  nlohmann::json out = *result;
  out["warnings"] = result.warnings();
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::uint8_t selector = data[0];
  const std::string_view html(reinterpret_cast<const char*>(data + 1), size - 1);

  warta::detail::DecodedInput decoded = warta::detail::decode(html, {});
  if (decoded.error.empty()) {
    const warta::detail::Document cut(decoded.utf8, true);
    const warta::detail::Document whole(std::move(decoded.utf8), false);
    // Past its error limit gumbo 0.10.1 can misread attributes (Document::kMaxParseErrors), and the
    // cut texts' errors count towards that limit only without the pre-pass: no equality to expect.
    if (cut.parse_errors_capped() || whole.parse_errors_capped()) return 0;
    if (cut.node_count() != whole.node_count() || warta::test::tree_text(cut) != warta::test::tree_text(whole)) __builtin_trap();
  }

  warta::ParseOptions options;
  if ((selector & 1) != 0) options.url = "https://nasional.kompas.com/read/2024/05/15/11020011/contoh";
  if (parsed(html, options, true) != parsed(html, options, false)) __builtin_trap();
  return 0;
}
