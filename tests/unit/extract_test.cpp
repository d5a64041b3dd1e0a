// The body filter of the extract stage, seen through warta::parse: which lines of a content root are
// page furniture (pagers, slide counters, "Baca juga" boxes) and which are article text.
#include <catch2/catch.hpp>
#include <string>

#include "warta/parse.hpp"

namespace {

constexpr const char* kProse =
    "Warga desa memanen padi bersama, dan kepala desa mengatakan hasil panen tahun ini naik, karena cuaca "
    "mendukung sepanjang musim tanam.";

// The body texts of a page whose article holds two paragraphs of prose around `line`.
std::string body_of(const std::string& line) {
  const std::string html = "<html><head><title>Panen Raya</title></head><body><h1>Panen Raya</h1><div class=isi><p>" +
                           std::string(kProse) + "</p><p>" + line + "</p><p>" + kProse + "</p></div></body></html>";
  const warta::Result result = warta::parse(html);
  REQUIRE(result.has_value());
  std::string out;
  for (const warta::Block& block : result->body) {
    if (block.text != kProse) out += (out.empty() ? "" : "|") + block.text;
  }
  return out;
}

}  // namespace

TEST_CASE("extract: pagers, slide counters and boilerplate lines leave the body; prose stays") {
  struct Case {
    const char* line;
    const char* kept;
  };
  const Case cases[] = {
      {"Halaman 1 dari 3", ""},
      {"Page 2 of 3", ""},
      {"1 / 5", ""},
      {"12/40", ""},
      {"Baca juga: Harga Gabah Naik", ""},
      {"2/3 warga hadir dalam rapat itu.", "2/3 warga hadir dalam rapat itu."},
      {"1 / 5 warga menolak.", "1 / 5 warga menolak."},
      {"Skor akhir 2/1 untuk tim tuan rumah.", "Skor akhir 2/1 untuk tim tuan rumah."},
  };
  for (const Case& c : cases) {
    INFO(c.line);
    CHECK(body_of(c.line) == c.kept);
  }
}
