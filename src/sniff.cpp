#include "sniff.hpp"

#include <array>
#include <utility>

namespace warta::detail {
namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 9> kMagic{{
    {"%PDF-", "PDF document"},
    {"\x89PNG\r\n\x1A\n", "PNG image"},
    {"GIF87a", "GIF image"},
    {"GIF89a", "GIF image"},
    {"\xFF\xD8\xFF", "JPEG image"},
    {"PK\x03\x04", "ZIP archive"},
    {"\x1F\x8B", "gzip data"},
    {"RIFF", "RIFF media (WebP, WAV, AVI)"},
    {std::string_view("\x00\x00\x01\x00", 4), "icon image"},
}};

}  // namespace

std::optional<std::string> non_html_kind(std::string_view bytes) {
  for (const auto& [magic, kind] : kMagic) {
    if (bytes.substr(0, magic.size()) == magic) return std::string(kind);
  }
  // UTF-16 pages start with a BOM and are full of NUL bytes; they are the decoder's business.
  const bool utf16_bom = bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF'));
  if (utf16_bom) return std::nullopt;
  std::size_t start = 0;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") start = 3;
  while (start < bytes.size() && (bytes[start] == ' ' || bytes[start] == '\n' || bytes[start] == '\r' || bytes[start] == '\t')) {
    ++start;
  }
  if (start < bytes.size() && (bytes[start] == '{' || bytes[start] == '[')) return std::string("JSON");
  // Binary data: many control bytes in the first kilobyte (text has almost none).
  const std::string_view head = bytes.substr(0, 1024);
  std::size_t control = 0;
  for (unsigned char c : head) {
    if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) ++control;
  }
  if (!head.empty() && control * 10 > head.size()) return std::string("binary data");
  // Text without a single tag is not a page either.
  if (head.find('<') == std::string_view::npos && bytes.find('<') == std::string_view::npos) return std::string("plain text without markup");
  return std::nullopt;
}

}  // namespace warta::detail
