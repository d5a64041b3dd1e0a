// The WARC reader behind warta/warc.hpp: WARC headers, then the HTTP response in the block.
#include <charconv>
#include <deque>
#include <optional>

#include "normalize/text.hpp"
#include "warc/byte_stream.hpp"
#include "warc/http.hpp"
#include "warta/warc.hpp"

namespace warta {
namespace {

using detail::ascii_lower;
using detail::ByteStream;

constexpr std::size_t kMaxHeaderLine = 64 << 10;
constexpr std::size_t kMaxHeaderLines = 1000;
// Enough for any real HTTP head; the rest of the block is read only for records handed out.
constexpr std::size_t kHttpHeadBytes = 64 << 10;
constexpr const char* kCutShort = "record cut short by the end of the file";

struct WarcHeaders {
  std::string type;
  std::string record_id;
  std::string target_uri;
  std::string date;
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
    } else if (name == "warc-date") {
      headers.date = std::string(value);
    } else if (name == "content-length") {
      std::size_t length = 0;
      const auto [stop, status] = std::from_chars(value.data(), value.data() + value.size(), length);
      if (status == std::errc() && stop == value.data() + value.size()) headers.content_length = length;
    }
  }
  error = "more than " + std::to_string(kMaxHeaderLines) + " WARC header lines";
  return false;
}


std::string printable(std::string_view text) {
  std::string out;
  for (const char c : text.substr(0, 40)) out += (c >= 0x20 && c < 0x7f) ? c : '?';
  return out;
}

}  // namespace

struct WarcReader::State {
  std::unique_ptr<ByteStream> in;  // null: the file could not be opened (open_error says why)
  std::string open_error;
  std::string name;
  WarcOptions options;
  std::size_t records = 0;  // WARC records started so far, for error messages
  bool resyncing = false;   // after damage: skip lines up to the next "WARC/1." line
  bool ended = false;
  std::deque<WarcRecord> ready;

  // Reads up to the next record boundary; queues what it found (none, one or two records).
  void step() {
    std::string line;
    bool too_long = false;
    if (!in->read_line(line, kMaxHeaderLine, too_long)) {
      std::string stream_error = in->take_error();
      if (stream_error.empty()) {
        ended = true;
        return;
      }
      fail_between_records(stream_error);
      resyncing = true;
      return;
    }
    if (line.empty() && !too_long) return;  // the blank lines that end every record
    if (!is_version_line(line)) {
      if (!resyncing) fail_between_records("expected a WARC record, found '" + printable(line) + "'");
      resyncing = true;
      return;
    }
    resyncing = false;
    ++records;
    WarcHeaders headers;
    std::string error;
    if (!read_headers(*in, headers, error) || !headers.content_length) {
      fail(headers, "bad_warc", stream_problem(error.empty() ? "WARC record without a valid Content-Length" : error));
      resyncing = true;
      return;
    }
    if (headers.type == "response") {
      read_response(headers);
    } else if (in->skip(*headers.content_length) < *headers.content_length) {
      fail(headers, "bad_warc", stream_problem(kCutShort));
    }
    if (std::string stream_error = in->take_error(); !stream_error.empty()) {
      fail(headers, "bad_warc", stream_error);
      resyncing = true;
    }
  }

  void read_response(const WarcHeaders& headers) {
    const std::size_t length = *headers.content_length;
    std::string block;
    const std::size_t head_bytes = std::min(length, kHttpHeadBytes);
    if (in->read(head_bytes, block) < head_bytes) return fail(headers, "bad_warc", stream_problem(kCutShort));
    std::string error;
    std::optional<detail::HttpHead> head = detail::parse_http_head(block, error);
    if (!head) {
      in->skip(length - head_bytes);
      return fail(headers, "bad_http", error);
    }
    WarcRecord record = record_of(headers);
    record.http_status = head->status;
    record.http_headers = std::move(head->headers);
    record.media_type = head->media_type;
    record.charset = head->charset;
    // No Content-Type: let the parser decide whether it is HTML.
    if (options.html_only && !head->media_type.empty() && !detail::is_html_media_type(head->media_type)) {
      in->skip(length - head_bytes);
      return;
    }
    if (head->status < 200 || head->status > 299) {
      in->skip(length - head_bytes);
      return fail(std::move(record), "http_status", "HTTP status " + std::to_string(head->status));
    }
    if (length - head->size > options.max_body_bytes) {
      in->skip(length - head_bytes);
      return fail(std::move(record), "too_large",
                  "HTTP body of " + std::to_string(length - head->size) + " bytes, over the limit of " +
                      std::to_string(options.max_body_bytes));
    }
    if (in->read(length - head_bytes, block) < length - head_bytes) {
      return fail(std::move(record), "bad_warc", stream_problem(kCutShort));
    }
    block.erase(0, head->size);
    if (!detail::decode_http_body(*head, block, options.max_body_bytes, error)) {
      return fail(std::move(record), "bad_http", error);
    }
    record.body = std::move(block);
    ready.push_back(std::move(record));
  }

  // What stopped a read short: the stream's error if it has one, else `fallback`.
  std::string stream_problem(std::string fallback) {
    std::string stream_error = in->take_error();
    return stream_error.empty() ? fallback : stream_error;
  }

  static WarcRecord record_of(const WarcHeaders& headers) {
    WarcRecord record;
    record.record_id = headers.record_id;
    record.target_uri = headers.target_uri;
    record.date = headers.date;
    return record;
  }

  void fail(const WarcHeaders& headers, std::string code, std::string message) {
    fail(record_of(headers), std::move(code), std::move(message));
  }

  void fail(WarcRecord record, std::string code, std::string message) {
    record.error_code = std::move(code);
    record.error_message = std::move(message) + " (record " + std::to_string(records) + " of " + name + ")";
    ready.push_back(std::move(record));
  }

  void fail_between_records(std::string message) {
    WarcRecord record;
    record.error_code = "bad_warc";
    record.error_message = std::move(message) + " (after record " + std::to_string(records) + " of " + name + ")";
    ready.push_back(std::move(record));
  }
};

WarcReader::WarcReader(const std::string& path, WarcOptions options) : state_(std::make_unique<State>()) {
  state_->in = ByteStream::open(path, state_->open_error);
  state_->name = path;
  state_->options = options;
}

WarcReader::WarcReader(Source source, std::string name, WarcOptions options)
    : WarcReader(ByteStream::from_source(std::move(source)), std::move(name), options) {}

WarcReader::WarcReader(std::unique_ptr<detail::ByteStream> stream, std::string name, WarcOptions options)
    : state_(std::make_unique<State>()) {
  state_->in = std::move(stream);
  state_->name = std::move(name);
  state_->options = options;
}

WarcReader::~WarcReader() = default;
WarcReader::WarcReader(WarcReader&&) noexcept = default;
WarcReader& WarcReader::operator=(WarcReader&&) noexcept = default;

std::optional<WarcRecord> WarcReader::next() {
  State& state = *state_;
  if (state.in == nullptr) {
    if (state.ended) return std::nullopt;
    state.ended = true;
    WarcRecord record;
    record.error_code = "unreadable";
    record.error_message = state.open_error;
    return record;
  }
  while (state.ready.empty() && !state.ended) state.step();
  if (state.ready.empty()) return std::nullopt;
  WarcRecord record = std::move(state.ready.front());
  state.ready.pop_front();
  return record;
}

Result parse_response(std::string_view body, const std::string& target_uri, const std::string& charset,
                      const ParseOptions& base, ParseArena& arena) {
  ParseOptions options = base;
  if (!target_uri.empty()) options.url = target_uri;
  if (charset.empty()) return parse(body, options, arena);
  options.charset = charset;
  Result result = parse(body, options, arena);
  // Servers send charset names no converter knows ("utf8mb4"): sniff as for a page without one.
  if (!result && result.error().code == ErrorCode::bad_option) {
    options.charset = base.charset;
    return parse(body, options, arena);
  }
  return result;
}

Result parse_response(std::string_view body, const std::string& target_uri, const std::string& charset,
                      const ParseOptions& options) {
  ParseArena arena;
  return parse_response(body, target_uri, charset, options, arena);
}

}  // namespace warta
