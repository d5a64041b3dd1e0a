#include "warta/warc.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstring>
#include <string>
#include <vector>

#include "compress.hpp"

namespace {

using warta::WarcOptions;
using warta::WarcReader;
using warta::WarcRecord;
using warta::test::compressed;

const std::string kPage =
    "<html><head><title>Banjir</title></head><body><article><h1>Banjir rendam tiga desa</h1><p>Banjir setinggi "
    "satu meter merendam tiga desa sejak Selasa malam setelah hujan deras.</p></article></body></html>";

std::string gzipped(const std::string& bytes) { return compressed(bytes, 16 + MAX_WBITS); }

std::string http(const std::string& body, const std::string& extra_headers = "", int status = 200,
                 const std::string& content_type = "text/html; charset=\"UTF-8\"") {
  std::string head = "HTTP/1.1 " + std::to_string(status) + " OK\r\n";
  if (!content_type.empty()) head += "Content-Type: " + content_type + "\r\n";
  return head + extra_headers + "\r\n" + body;
}

std::string chunked(const std::string& body) {
  const std::size_t middle = body.size() / 2;
  char size_line[32];
  std::string out;
  for (const std::string& part : {body.substr(0, middle), body.substr(middle)}) {
    std::snprintf(size_line, sizeof size_line, "%zx\r\n", part.size());
    out += size_line + part + "\r\n";
  }
  return out + "0\r\n\r\n";
}

std::string record(const std::string& type, const std::string& id, const std::string& block,
                   const std::string& extra_fields = "") {
  return "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: " + id +
         "\r\nWARC-Target-URI: https://berita.example.id/read/" + id + "\r\nWARC-Date: 2024-05-15T04:02:00Z\r\n" +
         extra_fields + "Content-Length: " + std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
}

std::string response(const std::string& id, const std::string& block) { return record("response", id, block); }

std::vector<WarcRecord> read_all(const std::string& bytes, WarcOptions options = {}) {
  std::size_t offset = 0;
  WarcReader reader(
      [&](char* buffer, std::size_t size) {
        // Three bytes at a time: every boundary inside a line or a gzip header is crossed.
        const std::size_t n = std::min({size, bytes.size() - offset, std::size_t{3}});
        std::memcpy(buffer, bytes.data() + offset, n);
        offset += n;
        return n;
      },
      "test.warc", options);
  std::vector<WarcRecord> out;
  while (std::optional<WarcRecord> next = reader.next()) out.push_back(std::move(*next));
  return out;
}

// What a test expects of one record: its id, error code and body (for good records).
struct Expected {
  std::string record_id;
  std::string error_code;
  std::string body;
};

struct WarcCase {
  const char* what;
  std::string bytes;
  std::vector<Expected> records;
  WarcOptions options = {};
};

const std::vector<WarcCase> kCases = {
    {"one plain response", response("a", http(kPage)), {{"a", "", kPage}}},
    {"chunked body", response("a", http(chunked(kPage), "Transfer-Encoding: chunked\r\n")), {{"a", "", kPage}}},
    {"gzip body", response("a", http(gzipped(kPage), "Content-Encoding: gzip\r\n")), {{"a", "", kPage}}},
    {"chunked gzip body",
     response("a", http(chunked(gzipped(kPage)), "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n")),
     {{"a", "", kPage}}},
    {"zlib deflate body", response("a", http(compressed(kPage, MAX_WBITS), "Content-Encoding: deflate\r\n")),
     {{"a", "", kPage}}},
    {"raw deflate body", response("a", http(compressed(kPage, -MAX_WBITS), "Content-Encoding: deflate\r\n")),
     {{"a", "", kPage}}},
    {"no Content-Type is left to the parser", response("a", http(kPage, "", 200, "")), {{"a", "", kPage}}},
    {"other record types are skipped",
     record("warcinfo", "w", "software: test\r\n") + record("request", "q", "GET / HTTP/1.1\r\n\r\n") +
         response("a", http(kPage)) + record("metadata", "m", "via: x\r\n"),
     {{"a", "", kPage}}},
    {"an image response is skipped", response("i", http("\x89PNG", "", 200, "image/png")) + response("a", http(kPage)),
     {{"a", "", kPage}}},
    {"html_only off keeps the image", response("i", http("\x89PNG", "", 200, "image/png")),
     {{"i", "", "\x89PNG"}}, {.html_only = false}},
    {"404 is an http_status record", response("n", http(kPage, "", 404)) + response("a", http(kPage)),
     {{"n", "http_status", ""}, {"a", "", kPage}}},
    {"a body over the limit is too_large", response("big", http(kPage)) + response("a", http("<p>x</p>")),
     {{"big", "too_large", ""}, {"a", "", "<p>x</p>"}}, {.max_body_bytes = 100}},
    {"not an HTTP response", response("x", "SMTP nonsense\r\n\r\nbody") + response("a", http(kPage)),
     {{"x", "bad_http", ""}, {"a", "", kPage}}},
    {"a bad chunk size", response("x", http("zz\r\nabc\r\n0\r\n\r\n", "Transfer-Encoding: chunked\r\n")),
     {{"x", "bad_http", ""}}},
    {"a chunk past the record", response("x", http("ff\r\nabc\r\n", "Transfer-Encoding: chunked\r\n")),
     {{"x", "bad_http", ""}}},
    {"an unknown content coding", response("x", http(kPage, "Content-Encoding: br\r\n")), {{"x", "bad_http", ""}}},
    {"a record without Content-Length, then a good one",
     "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: x\r\n\r\n" + http(kPage) + "\r\n\r\n" +
         response("a", http(kPage)),
     {{"x", "bad_warc", ""}, {"a", "", kPage}}},
    {"garbage between records", response("a", http(kPage)) + "sampah di antara rekaman\r\n" + response("b", http(kPage)),
     {{"a", "", kPage}, {"", "bad_warc", ""}, {"b", "", kPage}}},
    {"a record cut short", response("a", http(kPage)).substr(0, 150), {{"a", "bad_warc", ""}}},
    {"headers that never end", "WARC/1.1\r\nWARC-Type: response\r\n", {{"", "bad_warc", ""}}},
    {"not a WARC at all", "<html><p>halaman biasa</p></html>", {{"", "bad_warc", ""}}},
    {"empty input", "", {}},
    {"per-record gzip members", gzipped(response("a", http(kPage))) + gzipped(response("b", http(kPage))),
     {{"a", "", kPage}, {"b", "", kPage}}},
    {"a corrupt gzip member between good ones",
     gzipped(response("a", http(kPage))) + std::string("\x1f\x8b\x08\x00garbage-garbage-garbage", 26) +
         gzipped(response("b", http(kPage))),
     {{"a", "", kPage}, {"", "bad_warc", ""}, {"b", "", kPage}}},
    {"a truncated gzip member", gzipped(response("a", http(kPage))).substr(0, 60), {{"", "bad_warc", ""}}},
};

}  // namespace

TEST_CASE("warc: records, decoded bodies and damage") {
  for (const WarcCase& c : kCases) {
    INFO(c.what);
    const std::vector<WarcRecord> records = read_all(c.bytes, c.options);
    std::string found;
    for (const WarcRecord& r : records) found += "[" + r.record_id + " " + r.error_code + " " + r.error_message + "] ";
    INFO("found: " << found);
    REQUIRE(records.size() == c.records.size());
    for (std::size_t i = 0; i < records.size(); ++i) {
      INFO("record " << i << ": " << records[i].error_message);
      CHECK(records[i].record_id == c.records[i].record_id);
      CHECK(records[i].error_code == c.records[i].error_code);
      CHECK(records[i].body == c.records[i].body);
      CHECK(records[i].error_code.empty() == records[i].error_message.empty());
    }
  }
}

TEST_CASE("warc: the fields of a good record") {
  const std::string bytes =
      "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:7>\r\nWARC-Target-URI: <https://a.example.id/x>\r\n"
      "WARC-Date: 2024-05-15T04:02:00Z\r\nContent-Length: " +
      std::to_string(http(kPage, "X-Server:  nginx \r\n").size()) + "\r\n\r\n" + http(kPage, "X-Server:  nginx \r\n");
  const std::vector<WarcRecord> records = read_all(bytes);
  REQUIRE(records.size() == 1);
  const WarcRecord& r = records[0];
  CHECK(r.record_id == "<urn:uuid:7>");
  CHECK(r.target_uri == "https://a.example.id/x");
  CHECK(r.date == "2024-05-15T04:02:00Z");
  CHECK(r.http_status == 200);
  CHECK(r.media_type == "text/html");
  CHECK(r.charset == "UTF-8");
  using Header = std::pair<std::string, std::string>;
  CHECK(r.http_headers == std::vector<Header>{{"Content-Type", "text/html; charset=\"UTF-8\""}, {"X-Server", "nginx"}});
  CHECK(r.error_code.empty());
}

TEST_CASE("warc: the status of a non-2xx record and a file that cannot be opened") {
  const std::vector<WarcRecord> records = read_all(response("n", http(kPage, "", 503)));
  REQUIRE(records.size() == 1);
  CHECK(records[0].http_status == 503);
  CHECK(records[0].error_message == "HTTP status 503 (record 1 of test.warc)");

  WarcReader reader("/nonexistent/crawl.warc.gz");
  const std::optional<WarcRecord> first = reader.next();
  REQUIRE(first);
  CHECK(first->error_code == "unreadable");
  CHECK(first->error_message.find("/nonexistent/crawl.warc.gz") != std::string::npos);
  CHECK_FALSE(reader.next());
}

TEST_CASE("warc: parse_response takes the target URI and the HTTP charset") {
  struct Case {
    const char* charset;
    bool parses;
  };
  for (const Case c : {Case{"", true}, Case{"utf-8", true}, Case{"utf8mb4", true}, Case{"windows-1252", true}}) {
    INFO(c.charset);
    const warta::Result result = warta::parse_response(kPage, "https://berita.example.id/read/1", c.charset);
    CHECK(result.has_value() == c.parses);
  }
  CHECK_FALSE(warta::parse_response("", "", ""));
}
