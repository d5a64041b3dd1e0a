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

// The original address inside a web-archive capture's address ("https://web.archive.org/web/
// 20150619002323/http://www.contoh.com/a" or the root-relative "/web/20150619002323id_/http://..." gives
// "http://www.contoh.com/a"); any other URL unchanged.
std::string archived_original(std::string_view url);

// True for "http://..." and "https://..." (any case).
bool is_http_url(std::string_view url) noexcept;

}  // namespace warta::detail
