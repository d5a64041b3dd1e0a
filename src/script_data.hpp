#pragma once
// Values that a page declares only in inline JavaScript data objects (KLY pages: `editors: "A"`,
// `"reporters": "B"`, `tag: "x|y"`), read by a hand-written scanner instead of a JS parser.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace warta::detail {

class Document;

// The inline scripts of a page (no src, not JSON-LD), gathered once.
class ScriptData {
 public:
  explicit ScriptData(const Document& doc);
  // For tests and callers that already hold script text.
  explicit ScriptData(std::vector<std::string> scripts) : scripts_(std::move(scripts)) {}

  // The first assignment of `key` in any script: `key: "v"`, `"key":"v"`, `'key': 'v'`,
  // `key = 'v'`, or an array of strings `key: ["a", "b"]`. Values have their JavaScript escapes
  // decoded (\", \/, \n, \xHH, \uXXXX with surrogate pairs) and surrounding blanks trimmed; an empty
  // value is kept (the page declares "none"). nullopt when the key is not assigned a string or array.
  std::optional<std::vector<std::string>> find(std::string_view key) const;

  // True when some inline script holds `text` ("window.kmklabs": the data object a template family
  // declares).
  bool contains(std::string_view text) const;

 private:
  std::vector<std::string> scripts_;
};

// Splits a declared list ("a, b", "a|b") into trimmed non-empty items.
std::vector<std::string> split_declared_list(std::string_view value);

}  // namespace warta::detail
