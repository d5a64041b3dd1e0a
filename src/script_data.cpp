#include "script_data.hpp"

#include <algorithm>
#include <cstdint>

#include "dom.hpp"
#include "normalize/text.hpp"

namespace warta::detail {
namespace {

bool is_identifier_char(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$' ||
         static_cast<unsigned char>(c) >= 0x80;
}

bool is_js_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::size_t skip_spaces(std::string_view text, std::size_t at) noexcept {
  while (at < text.size() && is_js_space(text[at])) ++at;
  return at;
}

int hex_value(char c) noexcept {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The value of `digits` hex digits at `at`, or -1.
long read_hex(std::string_view text, std::size_t at, std::size_t digits) noexcept {
  if (at + digits > text.size()) return -1;
  long value = 0;
  for (std::size_t i = 0; i < digits; ++i) {
    const int digit = hex_value(text[at + i]);
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

constexpr std::uint32_t kReplacement = 0xFFFD;

// Reads the string literal whose opening quote is at `at`; `at` moves past the closing quote.
// nullopt when the literal is not closed on its line.
std::optional<std::string> read_string_literal(std::string_view text, std::size_t& at) {
  const char quote = text[at];
  std::string out;
  for (std::size_t i = at + 1; i < text.size(); ++i) {
    const char c = text[i];
    if (c == quote) {
      at = i + 1;
      return out;
    }
    if (c == '\n' || c == '\r') return std::nullopt;
    if (c != '\\') {
      out.push_back(c);
      continue;
    }
    if (++i >= text.size()) return std::nullopt;
    switch (const char escaped = text[i]) {
      case 'n':
      case 'r':
      case 't':
      case 'f':
      case 'v':
        out.push_back(' ');
        break;
      case 'b':
        break;
      case 'x': {
        const long code = read_hex(text, i + 1, 2);
        if (code < 0) {
          out.push_back('x');
          break;
        }
        append_utf8(out, static_cast<std::uint32_t>(code));
        i += 2;
        break;
      }
      case 'u': {
        long code = read_hex(text, i + 1, 4);
        if (code < 0) {
          out.push_back('u');
          break;
        }
        i += 4;
        if (code >= 0xD800 && code <= 0xDBFF) {
          // A high surrogate pairs with a following "\uDC00".."\uDFFF".
          const long low = i + 2 < text.size() && text[i + 1] == '\\' && text[i + 2] == 'u' ? read_hex(text, i + 3, 4) : -1;
          if (low >= 0xDC00 && low <= 0xDFFF) {
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
            i += 6;
          } else {
            code = kReplacement;
          }
        } else if (code >= 0xDC00 && code <= 0xDFFF) {
          code = kReplacement;
        }
        append_utf8(out, static_cast<std::uint32_t>(code));
        break;
      }
      case '\n':
        break;  // a line continuation
      default:
        out.push_back(escaped);  // \" \' \\ \/ and any other character stand for themselves
    }
  }
  return std::nullopt;
}

// The value assigned right after a key that ends at `at`: a string literal or an array of them.
std::optional<std::vector<std::string>> read_assigned_value(std::string_view text, std::size_t at) {
  at = skip_spaces(text, at);
  if (at >= text.size()) return std::nullopt;
  if (text[at] == '=') {
    if (at + 1 < text.size() && (text[at + 1] == '=' || text[at + 1] == '>')) return std::nullopt;  // ==, =>
  } else if (text[at] != ':') {
    return std::nullopt;
  }
  at = skip_spaces(text, at + 1);
  if (at >= text.size()) return std::nullopt;
  if (text[at] == '"' || text[at] == '\'') {
    auto value = read_string_literal(text, at);
    if (!value) return std::nullopt;
    return std::vector<std::string>{normalize_text(*value)};
  }
  if (text[at] != '[') return std::nullopt;
  std::vector<std::string> items;
  at = skip_spaces(text, at + 1);
  while (at < text.size() && text[at] != ']') {
    if (text[at] != '"' && text[at] != '\'') return std::nullopt;  // not an array of strings
    auto item = read_string_literal(text, at);
    if (!item) return std::nullopt;
    if (std::string value = normalize_text(*item); !value.empty()) items.push_back(std::move(value));
    at = skip_spaces(text, at);
    if (at < text.size() && text[at] == ',') at = skip_spaces(text, at + 1);
  }
  if (at >= text.size()) return std::nullopt;
  return items;
}

// The first assignment of `key` in one script.
std::optional<std::vector<std::string>> find_in(std::string_view text, std::string_view key) {
  for (std::size_t pos = text.find(key); pos != std::string_view::npos; pos = text.find(key, pos + 1)) {
    std::size_t end = pos + key.size();
    const char before = pos > 0 ? text[pos - 1] : ' ';
    if (before == '"' || before == '\'') {
      if (end >= text.size() || text[end] != before) continue;  // "key" must close with its quote
      ++end;
    } else if (is_identifier_char(before) || (end < text.size() && is_identifier_char(text[end]))) {
      continue;  // part of a longer name ("subtag", "tags" when looking for "tag")
    }
    if (auto value = read_assigned_value(text, end)) return value;
  }
  return std::nullopt;
}

}  // namespace

ScriptData::ScriptData(const Document& doc) {
  for (const GumboNode* element : doc.elements()) {
    if (element->v.element.tag != GUMBO_TAG_SCRIPT || attribute(element, "src") != nullptr) continue;
    const char* type = attribute(element, "type");
    if (type != nullptr && ascii_lower(type).find("ld+json") != std::string::npos) continue;  // read as metadata
    std::string text = doc.raw_text(element);
    if (!text.empty()) scripts_.push_back(std::move(text));
  }
}

std::optional<std::vector<std::string>> ScriptData::find(std::string_view key) const {
  if (key.empty()) return std::nullopt;
  for (const std::string& script : scripts_) {
    if (auto value = find_in(script, key)) return value;
  }
  return std::nullopt;
}

bool ScriptData::contains(std::string_view text) const {
  return std::any_of(scripts_.begin(), scripts_.end(),
                     [text](const std::string& script) { return script.find(text) != std::string::npos; });
}

std::vector<std::string> split_declared_list(std::string_view value) {
  std::vector<std::string> items;
  while (!value.empty()) {
    const std::size_t cut = std::min(value.find_first_of(",|"), value.size());
    if (std::string item = normalize_text(value.substr(0, cut)); !item.empty()) items.push_back(std::move(item));
    value.remove_prefix(std::min(cut + 1, value.size()));
  }
  return items;
}

}  // namespace warta::detail
