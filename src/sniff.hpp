#pragma once
// Recognises inputs that are not HTML (PDF, images, archives, JSON, binary) before any parsing.

#include <optional>
#include <string>
#include <string_view>

namespace warta::detail {

// What the bytes are when they are clearly not an HTML page ("PDF document", "PNG image", "JSON",
// "binary data"); nullopt when they may be HTML.
std::optional<std::string> non_html_kind(std::string_view bytes);

}  // namespace warta::detail
