// A program outside the warta tree that links warta::warta and warta::warc: parses a page, and the
// same page from a one-record WARC held in memory.
#include <algorithm>
#include <cstring>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <warta/json.hpp>
#include <warta/warc.hpp>
#include <warta/warta.hpp>

int main() {
  const std::string page =
      "<html><head><title>Judul Berita</title></head><body><div class=\"isi\"><p>Jakarta - Kalimat pertama "
      "artikel ini cukup panjang untuk dianggap sebagai isi berita.</p><p>Kalimat kedua juga cukup panjang, "
      "berisi keterangan tambahan dari narasumber.</p></div></body></html>";
  const warta::Result result = warta::parse(page);
  if (!result) return 1;
  const nlohmann::json json = result.value();
  std::cout << json.at("headline").get<std::string>() << '\n';
  if (json.at("body").empty()) return 1;

  const std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page;
  const std::string warc = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\nContent-Length: " +
                           std::to_string(http.size()) + "\r\n\r\n" + http + "\r\n\r\n";
  std::size_t offset = 0;
  warta::WarcReader reader(
      [&](char* buffer, std::size_t size) {
        const std::size_t n = std::min(size, warc.size() - offset);
        std::memcpy(buffer, warc.data() + offset, n);
        offset += n;
        return n;
      },
      "memory");
  const std::optional<warta::WarcRecord> record = reader.next();
  if (!record || !record->error_code.empty() || record->body != page || reader.next()) return 1;
  const warta::Result from_warc = warta::parse_response(record->body, record->target_uri, record->charset);
  return from_warc && from_warc->headline == result->headline ? 0 : 1;
}
