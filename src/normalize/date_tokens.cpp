#include "normalize/date_tokens.hpp"
#include "ascii.hpp"

namespace warta::detail {
namespace {

// Bytes of white space or an invisible character at `i` (ASCII space, NBSP, U+2000..U+200F,
// U+2028..U+202F, U+205F..U+2064, U+3000, BOM, soft hyphen); 0 when there is none.
std::size_t space_bytes(std::string_view text, std::size_t i) noexcept {
  const auto byte = [&](std::size_t k) { return k < text.size() ? static_cast<unsigned char>(text[k]) : 0u; };
  const unsigned c = byte(i);
  if (c == ' ' || (c >= '\t' && c <= '\r')) return 1;
  if (c == 0xC2 && (byte(i + 1) == 0xA0 || byte(i + 1) == 0xAD)) return 2;
  if (c == 0xE2 && byte(i + 1) == 0x80 && (byte(i + 2) <= 0x8F || (byte(i + 2) >= 0xA8 && byte(i + 2) <= 0xAF))) {
    return byte(i + 2) >= 0x80 ? 3 : 0;
  }
  if (c == 0xE2 && byte(i + 1) == 0x81 && byte(i + 2) >= 0x9F && byte(i + 2) <= 0xA4) return 3;
  if ((c == 0xE3 && byte(i + 1) == 0x80 && byte(i + 2) == 0x80) ||
      (c == 0xEF && byte(i + 1) == 0xBB && byte(i + 2) == 0xBF)) {
    return 3;
  }
  return 0;
}

// Bytes of an apostrophe inside a word ("Jum'at", "Jum`at", U+2018/U+2019); 0 when there is none.
std::size_t apostrophe_bytes(std::string_view text, std::size_t i) noexcept {
  if (text[i] == '\'' || text[i] == '`') return 1;
  if (text.substr(i, 3) == "\xE2\x80\x99" || text.substr(i, 3) == "\xE2\x80\x98") return 3;
  return 0;
}

std::size_t utf8_sequence_bytes(unsigned char lead) noexcept {
  if (lead >= 0xF0 && lead <= 0xF7) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  bool space = false;
  for (std::size_t i = 0; i < text.size();) {
    if (const std::size_t skip = space_bytes(text, i)) {
      space = true;
      i += skip;
      continue;
    }
    Token token;
    token.space_before = space;
    token.begin = static_cast<std::uint32_t>(i);
    space = false;
    const char c = text[i];
    if (is_ascii_digit(c)) {
      token.kind = TokenKind::number;
      long long value = 0;
      while (i < text.size() && is_ascii_digit(text[i])) {
        if (value <= 999999999) value = value * 10 + (text[i] - '0');
        ++i;
      }
      token.value = i - token.begin <= 9 ? static_cast<int>(value) : -1;
    } else if (is_ascii_alpha(c)) {
      token.kind = TokenKind::word;
      while (i < text.size()) {
        if (is_ascii_alpha(text[i])) {
          ++i;
        } else if (const std::size_t apostrophe = apostrophe_bytes(text, i);
                   apostrophe > 0 && i + apostrophe < text.size() && is_ascii_alpha(text[i + apostrophe])) {
          i += apostrophe;
        } else {
          break;
        }
      }
    } else {
      token.kind = TokenKind::punct;
      const auto lead = static_cast<unsigned char>(c);
      token.symbol = lead < 0x80 ? c : 0;
      i = std::min(text.size(), i + utf8_sequence_bytes(lead));
    }
    token.end = static_cast<std::uint32_t>(i);
    tokens.push_back(token);
  }
  return tokens;
}

}  // namespace warta::detail
