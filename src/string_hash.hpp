#pragma once
// A hash for unordered containers keyed by std::string that lets find() take a string_view, so a
// lookup builds no std::string.

#include <cstddef>
#include <functional>
#include <string_view>

namespace warta::detail {

struct StringViewHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const noexcept { return std::hash<std::string_view>{}(text); }
};

}  // namespace warta::detail
