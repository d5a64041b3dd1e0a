#include "warta/version.hpp"

namespace warta {

std::string_view version() noexcept { return WARTA_VERSION; }

}  // namespace warta
