#pragma once
// The decode stage: page bytes in any charset -> UTF-8 for gumbo.

#include <string>
#include <string_view>
#include <vector>

namespace warta::detail {

struct DecodedInput {
  std::string utf8;
  std::string charset;                // what was used, e.g. "utf-8", "windows-1252"
  std::vector<std::string> warnings;  // replacement characters, declaration mismatches ...
  std::string error;                  // non-empty: the hint names no known charset
};

// BOM, then the caller's hint, then <meta charset>/http-equiv in the first 1024 bytes, then UTF-8 if
// valid, else windows-1252 (WHATWG). iso-8859-1 is read as windows-1252. A declaration the bytes
// contradict (single-byte declared, UTF-8 served, or the reverse) yields to what decodes cleanly, with
// a warning; invalid sequences become U+FFFD with a warning counting them. Thread-safe; never throws
// on bad input.
DecodedInput decode(std::string_view bytes, std::string_view charset_hint);

}  // namespace warta::detail
