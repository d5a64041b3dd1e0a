#pragma once
// Web archives (target warta::warc): the HTTP responses stored in a WARC or WARC.gz stream (ISO 28500,
// versions 1.0 and 1.1), one record at a time, with the transfer and content codings undone.

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "warta/parse.hpp"

namespace warta {

namespace detail {
class ByteStream;
}

// One `response` record: where it came from, its HTTP head and its decoded body; or, when
// `error_code` is set, why it gives no page (damage, a non-2xx status, a body over the limit).
struct WarcRecord {
  std::string record_id;    // WARC-Record-ID as written ("<urn:uuid:...>"); empty when none
  std::string target_uri;   // WARC-Target-URI, angle brackets removed; empty when none
  std::string date;         // WARC-Date as written; empty when none
  int http_status = 0;      // 0 when the HTTP status line could not be read
  std::vector<std::pair<std::string, std::string>> http_headers;  // names and values as written, in order
  std::string media_type;   // Content-Type in lower case without parameters; empty when none
  std::string charset;      // the Content-Type charset parameter; empty when none
  std::string body;         // chunked, gzip and deflate undone; empty when error_code is set
  // Empty for a good record, else the `warta parse` JSON error code: "bad_warc" (damaged archive,
  // also between records), "bad_http" (unreadable HTTP head or body), "http_status" (not 2xx),
  // "too_large" (body over WarcOptions::max_body_bytes), "unreadable" (the file cannot be read).
  std::string error_code;
  std::string error_message;  // names the record number and the archive
  bool operator==(const WarcRecord&) const = default;
};

struct WarcOptions {
  // Larger bodies give "too_large" without being read; inflating stops a little beyond it.
  std::size_t max_body_bytes = 64u << 20;
  // true: only responses whose Content-Type is HTML (or missing) are records; false: every response.
  bool html_only = true;
};

// Reads the response records of a WARC stream in order, holding one record at a time. A gzip
// stream may be a series of members (.warc.gz); a corrupt member or record becomes a record with
// error_code "bad_warc" and reading resumes at the next member or record. Records of other types
// (warcinfo, request, metadata ...) are skipped. Not thread-safe; one reader per stream.
class WarcReader {
 public:
  // Supplies the archive's bytes in order: fills up to `size` bytes of `buffer` and returns how
  // many, 0 at the end. What it throws comes out of next(); the reader is unusable after that.
  using Source = std::function<std::size_t(char* buffer, std::size_t size)>;

  // Reads the file at `path` ("-": stdin), gzipped or not. A file that cannot be opened gives one
  // record with error_code "unreadable".
  explicit WarcReader(const std::string& path, WarcOptions options = {});
  // Reads the bytes `source` supplies; `name` stands for the archive in error messages.
  WarcReader(Source source, std::string name, WarcOptions options = {});
  // Continues reading `stream` (see src/warc/byte_stream.hpp), named `name` in error messages.
  WarcReader(std::unique_ptr<detail::ByteStream> stream, std::string name, WarcOptions options = {});
  ~WarcReader();
  WarcReader(WarcReader&&) noexcept;
  WarcReader& operator=(WarcReader&&) noexcept;

  // The next record, or nullopt at the end of the stream.
  std::optional<WarcRecord> next();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// Parses the body of an HTTP response as the page at `target_uri` (when not empty; else
// options.url) with the charset of its Content-Type (when not empty; else options.charset). A
// charset no converter knows, as servers send ("utf8mb4"), is sniffed instead.
Result parse_response(std::string_view body, const std::string& target_uri, const std::string& charset,
                      const ParseOptions& options = {});
// The same, with the memory of `arena` (warta/parse.hpp), for one thread's batch of records.
Result parse_response(std::string_view body, const std::string& target_uri, const std::string& charset,
                      const ParseOptions& options, ParseArena& arena);

}  // namespace warta
