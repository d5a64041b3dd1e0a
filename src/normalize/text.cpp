#include "normalize/text.hpp"
#include "ascii.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace warta::detail {
namespace {

// Zero-width and direction marks pages sprinkle into text (U+200B..U+200F, U+202A..U+202E,
// U+2060..U+2064, U+FEFF, soft hyphen).
bool is_invisible(UChar32 c) noexcept {
  return (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x2064) ||
         c == 0xFEFF || c == 0x00AD;
}

bool is_space(UChar32 c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
         c == 0x205F || c == 0x3000 || c == 0x85;
}

}  // namespace

bool is_ascii_only(std::string_view text) noexcept {
  for (unsigned char c : text) {
    if (c >= 0x80) return false;
  }
  return true;
}

void CollapsedLength::add(std::string_view text) noexcept {
  for (const char c : text) {
    const bool space = is_ascii_space(c);
    if (!space || !in_space_) ++length_;
    in_space_ = space;
  }
}

std::size_t collapsed_length(std::string_view text) noexcept {
  CollapsedLength length;
  length.add(text);
  return length.value();
}

bool collapsed_longer_than(std::string_view text, std::size_t limit) noexcept {
  if (text.size() <= limit) return false;  // white space only ever shortens it
  CollapsedLength length;
  constexpr std::size_t kStep = 64;
  for (std::size_t at = 0; at < text.size() && length.value() <= limit; at += kStep) length.add(text.substr(at, kStep));
  return length.value() > limit;
}

std::string normalize_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  bool ascii = true;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    // Most text is ASCII: its bytes are classified here without decoding, and a run of visible
    // ones is copied at once.
    if (const uint8_t byte = bytes[i]; byte < 0x80) {
      if (byte == ' ' || (byte >= '\t' && byte <= '\r')) {
        pending_space = !out.empty();
        ++i;
        continue;
      }
      if (byte < 0x20 || byte == 0x7F) {
        ++i;
        continue;
      }
      int32_t end = i + 1;
      while (end < length && bytes[end] > 0x20 && bytes[end] < 0x7F) ++end;
      if (pending_space) out.push_back(' ');
      pending_space = false;
      out.append(text.data() + i, static_cast<std::size_t>(end - i));
      i = end;
      continue;
    }
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    const bool invalid = c < 0;
    if (invalid) c = 0xFFFD;
    if (is_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (is_invisible(c) || (c < 0x20) || (c >= 0x7F && c < 0xA0)) continue;
    if (pending_space) out.push_back(' ');
    pending_space = false;
    ascii = false;
    if (invalid) {
      out.append("\xEF\xBF\xBD");
    } else {
      out.append(text.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
    }
  }
  if (ascii) return out;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return out;
  const icu::UnicodeString source = icu::UnicodeString::fromUTF8(out);
  if (nfc->isNormalized(source, status) && U_SUCCESS(status)) return out;
  status = U_ZERO_ERROR;
  const icu::UnicodeString normalized = nfc->normalize(source, status);
  if (U_FAILURE(status)) return out;
  std::string result;
  normalized.toUTF8String(result);
  return result;
}

std::string_view utf8_prefix(std::string_view text, std::size_t max_bytes) noexcept {
  if (text.size() <= max_bytes) return text;
  while (max_bytes > 0 && (static_cast<unsigned char>(text[max_bytes]) & 0xC0) == 0x80) --max_bytes;
  return text.substr(0, max_bytes);
}

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string fold_case(std::string_view text) {
  if (is_ascii_only(text)) return ascii_lower(text);
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  unicode.foldCase();
  std::string out;
  unicode.toUTF8String(out);
  return out;
}

bool starts_with_icase(std::string_view text, std::string_view prefix) noexcept {
  if (text.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (to_ascii_lower(text[i]) != to_ascii_lower(prefix[i])) return false;
  }
  return true;
}

void append_utf8(std::string& out, std::uint32_t code) {
  if (code < 0x80) {
    out.push_back(static_cast<char>(code));
  } else if (code < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (code >> 6)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  } else if (code < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (code >> 12)));
    out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (code >> 18)));
    out.push_back(static_cast<char>(0x80 | ((code >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  }
}

bool equals_icase(std::string_view text, std::string_view lower) noexcept {
  return text.size() == lower.size() && starts_with_icase(text, lower);
}

std::string title_case_if_upper(std::string_view text) {
  const icu::UnicodeString source =
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  bool has_upper = false;
  for (int32_t i = 0; i < source.length();) {
    const UChar32 c = source.char32At(i);
    if (u_islower(c)) return std::string(text);
    has_upper = has_upper || u_isupper(c);
    i += U16_LENGTH(c);
  }
  if (!has_upper) return std::string(text);
  icu::UnicodeString result;
  bool word_start = true;
  for (int32_t i = 0; i < source.length();) {
    const UChar32 c = source.char32At(i);
    if (u_isalpha(c)) {
      result.append(word_start ? c : u_tolower(c));
      word_start = false;
    } else {
      result.append(c);
      // Apostrophes keep the word going ("JUM'AT" -> "Jum'at"); other marks start a new word.
      word_start = !(c == '\'' || c == 0x2019);
    }
    i += U16_LENGTH(c);
  }
  std::string out;
  result.toUTF8String(out);
  return out;
}

}  // namespace warta::detail
