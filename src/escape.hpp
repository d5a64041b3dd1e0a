#pragma once
// HTML escaping shared by the reader view (render.cpp) and the inspector (tools/inspect/inspect.cpp).

#include <string>
#include <string_view>

namespace warta::detail {

// Escapes text for element content and quoted attribute values alike.
std::string escape_html(std::string_view text);

}  // namespace warta::detail
