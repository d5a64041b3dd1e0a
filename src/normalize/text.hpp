#pragma once
// Text normalisation shared by every field: white space, NBSP, zero-width characters, NFC.

#include <cstdint>
#include <string>
#include <string_view>

namespace warta::detail {

// Collapses runs of white space (ASCII, NBSP, other Unicode spaces) to one space, removes zero-width
// and direction marks and U+FFFD-free control characters, trims, and applies NFC.
std::string normalize_text(std::string_view text);

// The length of text as readers see it: each run of ASCII white space counts as one byte, however
// long a page's indentation made it. Length tests on text not yet normalised use it, so that no
// decision depends on how the markup is laid out (the pre-pass shortens white space between tags).
class CollapsedLength {
 public:
  // Adds text that follows what was added before; a run across the two counts once.
  void add(std::string_view text) noexcept;
  std::size_t value() const noexcept { return length_; }

 private:
  std::size_t length_ = 0;
  bool in_space_ = false;
};

// CollapsedLength of `text` alone.
std::size_t collapsed_length(std::string_view text) noexcept;
// True when collapsed_length(text) > limit; reads no further than it must.
bool collapsed_longer_than(std::string_view text, std::size_t limit) noexcept;

// At most `max_bytes` of `text`, never cutting a UTF-8 character (a cut one in a warning made the
// Article's JSON unserialisable; found by fuzz/parse_fuzzer).
std::string_view utf8_prefix(std::string_view text, std::size_t max_bytes) noexcept;

// Appends code point `code` in UTF-8.
void append_utf8(std::string& out, std::uint32_t code);

// True when every byte of `text` is ASCII.
bool is_ascii_only(std::string_view text) noexcept;

// ASCII-lower-cased copy (for matching labels and phrases).
std::string ascii_lower(std::string_view text);

// Lower-cased copy with Unicode case folding (ICU), for comparing phrases in any case.
std::string fold_case(std::string_view text);

// True when `text` starts with `prefix`, ignoring ASCII case.
bool starts_with_icase(std::string_view text, std::string_view prefix) noexcept;

// True when `text` equals `lower` (lower-case ASCII), ignoring ASCII case.
bool equals_icase(std::string_view text, std::string_view lower) noexcept;

// Title case of an all-caps word sequence ("JAKARTA BARAT" -> "Jakarta Barat"); other text unchanged.
std::string title_case_if_upper(std::string_view text);

}  // namespace warta::detail
