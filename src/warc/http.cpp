#include "http.hpp"

#include <zlib.h>

#include <charconv>

#include "normalize/text.hpp"

namespace warta::detail {
namespace {

std::string_view trim(std::string_view text) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  return text;
}

// Splits "text/html; charset=\"UTF-8\"" into the media type and the charset.
void read_content_type(std::string_view value, HttpHead& head) {
  std::size_t semicolon = value.find(';');
  head.media_type = ascii_lower(trim(value.substr(0, semicolon)));
  while (semicolon != std::string_view::npos) {
    value.remove_prefix(semicolon + 1);
    semicolon = value.find(';');
    const std::string_view parameter = trim(value.substr(0, semicolon));
    if (!starts_with_icase(parameter, "charset=")) continue;
    std::string_view charset = trim(parameter.substr(8));
    if (charset.size() >= 2 && (charset.front() == '"' || charset.front() == '\'')) {
      charset = charset.substr(1, charset.size() - 2);
    }
    head.charset = std::string(charset);
    return;
  }
}

bool decode_chunked(std::string& body, std::string& error) {
  std::string out;
  std::size_t pos = 0;
  for (;;) {
    const std::size_t line_end = body.find('\n', pos);
    if (line_end == std::string::npos) {
      error = "chunked body ends without the last chunk";
      return false;
    }
    const std::string_view size_text = trim(std::string_view(body).substr(pos, line_end - pos));
    std::size_t size = 0;
    const char* end = size_text.data() + size_text.size();
    const auto [stop, status] = std::from_chars(size_text.data(), end, size, 16);
    if (status != std::errc() || (stop != end && *stop != ';' && *stop != ' ')) {
      error = "bad chunk size '" + std::string(size_text.substr(0, 20)) + "'";
      return false;
    }
    pos = line_end + 1;
    if (size == 0) break;  // trailers, if any, carry nothing we need
    if (size > body.size() - pos) {
      error = "chunk of " + std::to_string(size) + " bytes runs past the record";
      return false;
    }
    out.append(body, pos, size);
    pos += size;
    if (body.compare(pos, 2, "\r\n") == 0) pos += 2;
    else if (body.compare(pos, 1, "\n") == 0) pos += 1;
  }
  body.swap(out);
  return true;
}

// `window_bits` as zlib takes them: gzip, zlib or raw deflate.
// Stops after `max_size` bytes: the parser rejects larger pages anyway, and a small body may inflate
// to gigabytes.
bool inflate_body(std::string& body, int window_bits, std::size_t max_size, std::string& error) {
  z_stream z{};
  if (inflateInit2(&z, window_bits) != Z_OK) {
    error = "cannot start inflate";
    return false;
  }
  std::string out;
  z.next_in = reinterpret_cast<Bytef*>(body.data());
  z.avail_in = static_cast<uInt>(body.size());
  int status = Z_OK;
  while (status == Z_OK && out.size() <= max_size) {
    const std::size_t old_size = out.size();
    out.resize(old_size + (1 << 16));
    z.next_out = reinterpret_cast<Bytef*>(out.data() + old_size);
    z.avail_out = 1 << 16;
    status = inflate(&z, Z_NO_FLUSH);
    out.resize(out.size() - z.avail_out);
  }
  // Z_BUF_ERROR: the body was cut short; keep what inflated, as browsers do.
  const bool ok = status == Z_STREAM_END || status == Z_BUF_ERROR || status == Z_OK;
  if (!ok) error = std::string("cannot inflate the body: ") + (z.msg != nullptr ? z.msg : "corrupt data");
  inflateEnd(&z);
  if (ok) body.swap(out);
  return ok;
}

// "deflate" is meant as zlib-wrapped but some servers send raw deflate; the zlib header tells.
bool has_zlib_header(std::string_view body) {
  if (body.size() < 2) return false;
  const unsigned first = static_cast<unsigned char>(body[0]);
  const unsigned second = static_cast<unsigned char>(body[1]);
  return (first & 0x0f) == 8 && ((first << 8) | second) % 31 == 0;
}

}  // namespace

std::optional<HttpHead> parse_http_head(std::string_view bytes, std::string& error) {
  HttpHead head;
  std::size_t pos = bytes.find('\n');
  const std::string_view status_line = trim(bytes.substr(0, pos));
  // "HTTP/1.1 200 OK"
  const std::size_t space = status_line.find(' ');
  if (!status_line.starts_with("HTTP/") || space == std::string_view::npos) {
    error = "not an HTTP response: '" + std::string(status_line.substr(0, 40)) + "'";
    return std::nullopt;
  }
  const std::string_view code = status_line.substr(space + 1, 3);
  if (std::from_chars(code.data(), code.data() + code.size(), head.status).ec != std::errc() || head.status < 100) {
    error = "bad HTTP status line '" + std::string(status_line.substr(0, 40)) + "'";
    return std::nullopt;
  }
  while (pos != std::string_view::npos) {
    const std::size_t start = pos + 1;
    pos = bytes.find('\n', start);
    if (pos == std::string_view::npos) break;
    const std::string_view line = trim(bytes.substr(start, pos - start));
    if (line.empty()) {
      head.size = pos + 1;
      return head;
    }
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string_view written_name = trim(line.substr(0, colon));
    const std::string name = ascii_lower(written_name);
    const std::string_view value = trim(line.substr(colon + 1));
    head.headers.emplace_back(written_name, value);
    if (name == "content-type") {
      read_content_type(value, head);
    } else if (name == "transfer-encoding") {
      head.chunked = ascii_lower(value).find("chunked") != std::string::npos;
    } else if (name == "content-encoding") {
      head.content_encoding = ascii_lower(value);
      if (head.content_encoding == "identity") head.content_encoding.clear();
    }
  }
  error = "HTTP head does not end";
  return std::nullopt;
}

bool is_html_media_type(std::string_view media_type) noexcept {
  return media_type == "text/html" || media_type == "application/xhtml+xml";
}

bool decode_http_body(const HttpHead& head, std::string& body, std::size_t max_size, std::string& error) {
  if (head.chunked && !decode_chunked(body, error)) return false;
  const std::string& coding = head.content_encoding;
  if (coding.empty()) return true;
  if (coding == "gzip" || coding == "x-gzip") return inflate_body(body, 16 + MAX_WBITS, max_size, error);
  if (coding == "deflate") return inflate_body(body, has_zlib_header(body) ? MAX_WBITS : -MAX_WBITS, max_size, error);
  error = "unsupported Content-Encoding '" + coding + "'";
  return false;
}

}  // namespace warta::detail
