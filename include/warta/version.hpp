#pragma once
// The library version.

#include <string_view>

namespace warta {

// "MAJOR.MINOR.PATCH" of the library linked in.
std::string_view version() noexcept;

}  // namespace warta
