#pragma once
// The date readers see text as a stream of tokens (numbers, words, punctuation) made by one linear pass.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace warta::detail {

enum class TokenKind : std::uint8_t { number, word, punct };

// 16 bytes: a page-sized text makes a token per byte or two.
struct Token {
  TokenKind kind = TokenKind::punct;
  bool space_before = false;  // white space separates it from the previous token
  char symbol = 0;            // punct: the ASCII character, 0 for any other character
  int value = -1;             // number: its value, -1 when longer than 9 digits
  std::uint32_t begin = 0;    // bytes of the text (find_dates reads at most 4 GiB)
  std::uint32_t end = 0;
  std::size_t length() const noexcept { return end - begin; }
};

// The tokens of `text` (at most 4 GiB), white space and invisible characters between them noted.
std::vector<Token> tokenize(std::string_view text);

}  // namespace warta::detail
