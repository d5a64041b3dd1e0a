#pragma once
// The HTTP response stored in a WARC response record: status line, the headers we need, and the
// transfer and content codings undone.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace warta::detail {

struct HttpHead {
  int status = 0;
  std::string media_type;        // lower case, without parameters; empty when no Content-Type
  std::string charset;           // the Content-Type charset parameter, unquoted; empty when none
  std::string content_encoding;  // lower case; empty for identity
  bool chunked = false;
  std::vector<std::pair<std::string, std::string>> headers;  // every header as written, in order
  std::size_t size = 0;          // bytes up to and including the blank line
};

// Parses the head at the start of `bytes`. nullopt (and `error`) when the status line is not HTTP
// or the head does not end within `bytes`.
std::optional<HttpHead> parse_http_head(std::string_view bytes, std::string& error);

// True for the media types of HTML pages (text/html, application/xhtml+xml).
bool is_html_media_type(std::string_view media_type) noexcept;

// Undoes the chunked transfer coding and then the content coding (gzip, deflate) of `body` in place;
// inflating stops a little after `max_size` bytes. False (and `error`) when the body is malformed
// or the coding unknown.
bool decode_http_body(const HttpHead& head, std::string& body, std::size_t max_size, std::string& error);

}  // namespace warta::detail
