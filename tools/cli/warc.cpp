#include "warc.hpp"

#include <charconv>
#include <optional>

#include "http.hpp"
#include "normalize/text.hpp"

namespace warta::cli {
namespace {

using detail::ascii_lower;

constexpr std::size_t kMaxHeaderLine = 64 << 10;
constexpr std::size_t kMaxHeaderLines = 1000;
// Enough for any real HTTP head; the rest of the block is read only for HTML pages.
constexpr std::size_t kHttpHeadBytes = 64 << 10;
constexpr const char* kCutShort = "record cut short by the end of the file";

struct WarcHeaders {
  std::string type;
  std::string record_id;
  std::string target_uri;
  std::optional<std::size_t> content_length;
};

bool is_version_line(std::string_view line) { return line.starts_with("WARC/1."); }

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// WARC 1.0 examples wrote URIs in angle brackets; readers accept both.
std::string_view strip_angle_brackets(std::string_view uri) {
  if (uri.size() >= 2 && uri.front() == '<' && uri.back() == '>') return uri.substr(1, uri.size() - 2);
  return uri;
}

// Reads the named fields up to the blank line; false (and `error`) when they never end.
bool read_headers(ByteStream& in, WarcHeaders& headers, std::string& error) {
  std::string line;
  bool too_long = false;
  for (std::size_t count = 0; count < kMaxHeaderLines; ++count) {
    if (!in.read_line(line, kMaxHeaderLine, too_long)) {
      error = "WARC headers end with the file";
      return false;
    }
    if (too_long) {
      error = "WARC header line over " + std::to_string(kMaxHeaderLine) + " bytes";
      return false;
    }
    if (line.empty()) return true;
    const std::size_t colon = line.find(':');
    if (colon == std::string::npos) continue;  // a continuation line: no field we read uses one
    const std::string name = ascii_lower(trim(std::string_view(line).substr(0, colon)));
    const std::string_view value = trim(std::string_view(line).substr(colon + 1));
    if (name == "warc-type") {
      headers.type = ascii_lower(value);
    } else if (name == "warc-record-id") {
      headers.record_id = std::string(value);
    } else if (name == "warc-target-uri") {
      headers.target_uri = std::string(strip_angle_brackets(value));
    } else if (name == "content-length") {
      std::size_t length = 0;
      const auto [stop, status] = std::from_chars(value.data(), value.data() + value.size(), length);
      if (status == std::errc() && stop == value.data() + value.size()) headers.content_length = length;
    }
  }
  error = "more than " + std::to_string(kMaxHeaderLines) + " WARC header lines";
  return false;
}

class WarcReader {
 public:
  WarcReader(ByteStream& in, const std::string& file, std::size_t max_page_bytes, const PageSink& sink)
      : in_(in), file_(file), max_page_bytes_(max_page_bytes), sink_(sink) {}

  void run() {
    std::string line;
    bool too_long = false;
    bool resyncing = false;
    for (;;) {
      if (!in_.read_line(line, kMaxHeaderLine, too_long)) {
        std::string stream_error = in_.take_error();
        if (stream_error.empty()) break;
        fail_between_records(stream_error);
        resyncing = true;
        continue;
      }
      if (line.empty() && !too_long) continue;  // the blank lines that end every record
      if (!is_version_line(line)) {
        if (!resyncing) fail_between_records("expected a WARC record, found '" + printable(line) + "'");
        resyncing = true;
        continue;
      }
      resyncing = false;
      ++records_;
      WarcHeaders headers;
      std::string error;
      if (!read_headers(in_, headers, error) || !headers.content_length) {
        fail(headers, "bad_warc", stream_problem(error.empty() ? "WARC record without a valid Content-Length" : error));
        resyncing = true;
        continue;
      }
      if (headers.type == "response") {
        read_response(headers);
      } else if (in_.skip(*headers.content_length) < *headers.content_length) {
        fail(headers, "bad_warc", stream_problem(kCutShort));
      }
      if (std::string stream_error = in_.take_error(); !stream_error.empty()) {
        fail(headers, "bad_warc", stream_error);
        resyncing = true;
      }
    }
  }

 private:
  void read_response(const WarcHeaders& headers) {
    const std::size_t length = *headers.content_length;
    std::string block;
    const std::size_t head_bytes = std::min(length, kHttpHeadBytes);
    if (in_.read(head_bytes, block) < head_bytes) return fail(headers, "bad_warc", stream_problem(kCutShort));
    std::string error;
    const std::optional<HttpHead> head = parse_http_head(block, error);
    if (!head) {
      in_.skip(length - head_bytes);
      return fail(headers, "bad_http", error);
    }
    // No Content-Type: let the parser decide whether it is HTML.
    if (!head->media_type.empty() && !is_html_media_type(head->media_type)) {
      in_.skip(length - head_bytes);
      return;
    }
    if (head->status < 200 || head->status > 299) {
      in_.skip(length - head_bytes);
      return fail(headers, "http_status", "HTTP status " + std::to_string(head->status));
    }
    if (length - head->size > max_page_bytes_) {
      in_.skip(length - head_bytes);
      return fail(headers, "too_large",
                  "HTTP body of " + std::to_string(length - head->size) + " bytes, over the limit of " +
                      std::to_string(max_page_bytes_));
    }
    if (in_.read(length - head_bytes, block) < length - head_bytes) {
      return fail(headers, "bad_warc", stream_problem(kCutShort));
    }
    block.erase(0, head->size);
    if (!decode_http_body(*head, block, max_page_bytes_, error)) return fail(headers, "bad_http", error);
    Page page = record_page(headers);
    page.charset = head->charset;
    page.html = std::move(block);
    sink_(std::move(page));
  }

  // What stopped a read short: the stream's error if it has one, else `fallback`.
  std::string stream_problem(std::string fallback) {
    std::string stream_error = in_.take_error();
    return stream_error.empty() ? fallback : stream_error;
  }

  Page record_page(const WarcHeaders& headers) const {
    Page page;
    page.file = file_;
    page.warc_record = true;
    page.record_id = headers.record_id;
    page.target_uri = headers.target_uri;
    return page;
  }

  void fail(const WarcHeaders& headers, std::string code, std::string message) {
    Page page = record_page(headers);
    page.error_code = std::move(code);
    page.error_message = std::move(message) + " (record " + std::to_string(records_) + " of " + file_ + ")";
    sink_(std::move(page));
  }

  void fail_between_records(std::string message) {
    Page page = record_page({});
    page.error_code = "bad_warc";
    page.error_message = std::move(message) + " (after record " + std::to_string(records_) + " of " + file_ + ")";
    sink_(std::move(page));
  }

  static std::string printable(std::string_view text) {
    std::string out;
    for (const char c : text.substr(0, 40)) out += (c >= 0x20 && c < 0x7f) ? c : '?';
    return out;
  }

  ByteStream& in_;
  const std::string& file_;
  std::size_t max_page_bytes_;
  const PageSink& sink_;
  std::size_t records_ = 0;
};

}  // namespace

void read_warc(ByteStream& in, const std::string& file, std::size_t max_page_bytes, const PageSink& sink) {
  WarcReader(in, file, max_page_bytes, sink).run();
}

}  // namespace warta::cli
