#pragma once
// The few URL operations warta needs: host of a URL and resolving a reference against a base.

#include <string>
#include <string_view>

namespace warta::detail {

// Lower-cased host of an absolute or scheme-relative URL ("https://User@News.Detik.com:443/x" ->
// "news.detik.com"); a bare host ("kompas.com") is returned lower-cased; empty when there is none.
std::string url_host(std::string_view url);

// `reference` resolved against `base` (RFC 3986 for the cases pages use: absolute, scheme-relative,
// root-relative, relative path, query-only). Returns `reference` unchanged when base is not absolute
// or the reference is a data:/javascript: URL.
std::string resolve_url(std::string_view base, std::string_view reference);

// True for "http://..." and "https://..." (any case).
bool is_http_url(std::string_view url) noexcept;

}  // namespace warta::detail
