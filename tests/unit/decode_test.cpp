#include "decode.hpp"

#include <unicode/utf8.h>

#include <catch2/catch.hpp>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

using warta::detail::decode;
using warta::detail::DecodedInput;

namespace {

using namespace std::string_literals;  // "...\0..."s keeps NUL bytes

struct DecodeCase {
  const char* what;
  std::string bytes;
  std::string hint;
  std::string utf8;
  std::string charset;
  std::vector<std::string> warnings;
};

const std::string kMeta88592 = "<meta charset=\"iso-8859-2\">";

// U+0105 (a with ogonek) is 0xB1 in iso-8859-2; 0xB1 in windows-1252 is U+00B1 (plus-minus).
const std::vector<DecodeCase> kCases = {
    {"plain UTF-8",
     "<p>Kafe \xC3\xA9 \xE2\x80\x9Cya\xE2\x80\x9D</p>",
     "",
     "<p>Kafe \xC3\xA9 \xE2\x80\x9Cya\xE2\x80\x9D</p>",
     "utf-8",
     {}},
    {"empty input", "", "", "", "utf-8", {}},
    {"UTF-8 BOM is stripped", "\xEF\xBB\xBF<p>caf\xC3\xA9</p>", "", "<p>caf\xC3\xA9</p>", "utf-8", {}},
    {"UTF-8 BOM outranks a hint", "\xEF\xBB\xBF\xC3\xA9", "iso-8859-2", "\xC3\xA9", "utf-8", {}},
    {"UTF-16LE with BOM", "\xFF\xFE<\0p\0>\0\xE9\0\x1C\x20"s, "", "<p>\xC3\xA9\xE2\x80\x9C", "utf-16le", {}},
    {"UTF-16BE with BOM", "\xFE\xFF\0<\0p\0>\0\xE9\x20\x1D"s, "", "<p>\xC3\xA9\xE2\x80\x9D", "utf-16be", {}},
    {"UTF-16LE lone surrogate",
     "\xFF\xFE"
     "a\0\x00\xD8"
     "b\0"s,
     "",
     "a\xEF\xBF\xBD"
     "b",
     "utf-16le",
     {"1 invalid byte sequence in utf-16le replaced with U+FFFD"}},
    {"UTF-16LE cut in the middle of a code unit",
     "\xFF\xFE"
     "a\0b"s,
     "",
     "a\xEF\xBF\xBD",
     "utf-16le",
     {"1 invalid byte sequence in utf-16le replaced with U+FFFD"}},
    {"meta charset with quotes", kMeta88592 + "\xB1", "", kMeta88592 + "\xC4\x85", "iso-8859-2", {}},
    {"meta charset without quotes",
     "<meta charset=iso-8859-2>\xB1",
     "",
     "<meta charset=iso-8859-2>\xC4\x85",
     "iso-8859-2",
     {}},
    {"meta charset in upper case",
     "<META CHARSET='ISO-8859-2'>\xB1",
     "",
     "<META CHARSET='ISO-8859-2'>\xC4\x85",
     "iso-8859-2",
     {}},
    {"http-equiv Content-Type",
     "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\">\xB1",
     "",
     "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\">\xC4\x85",
     "iso-8859-2",
     {}},
    {"content after http-equiv, self-closing",
     "<meta content='text/html;charset=ISO-8859-2' http-equiv=content-type />\xB1",
     "",
     "<meta content='text/html;charset=ISO-8859-2' http-equiv=content-type />\xC4\x85",
     "iso-8859-2",
     {}},
    {"content without http-equiv declares nothing",
     "<meta content=\"text/html; charset=iso-8859-2\">\xB1",
     "",
     "<meta content=\"text/html; charset=iso-8859-2\">\xC2\xB1",
     "windows-1252",
     {}},
    {"meta inside a comment is skipped",
     "<!-- " + kMeta88592 + " -->\xB1",
     "",
     "<!-- " + kMeta88592 + " -->\xC2\xB1",
     "windows-1252",
     {}},
    {"meta inside an attribute value is skipped",
     "<div title='" + kMeta88592 + "'>\xB1",
     "",
     "<div title='" + kMeta88592 + "'>\xC2\xB1",
     "windows-1252",
     {}},
    {"meta after the first 1024 bytes is not read",
     std::string(1100, ' ') + kMeta88592 + "\xB1",
     "",
     std::string(1100, ' ') + kMeta88592 + "\xC2\xB1",
     "windows-1252",
     {}},
    {"meta utf-16 in an ASCII page means utf-8",
     "<meta charset=\"utf-16\">caf\xC3\xA9",
     "",
     "<meta charset=\"utf-16\">caf\xC3\xA9",
     "utf-8",
     {}},
    {"meta x-user-defined means windows-1252",
     "<meta charset=\"x-user-defined\">\x93",
     "",
     "<meta charset=\"x-user-defined\">\xE2\x80\x9C",
     "windows-1252",
     {}},
    {"unknown meta charset is ignored with a warning",
     "<meta charset=\"klingon-8\">caf\xC3\xA9",
     "",
     "<meta charset=\"klingon-8\">caf\xC3\xA9",
     "utf-8",
     {"unknown charset \"klingon-8\" declared in <meta> ignored"}},
    {"multibyte charset through ICU",
     "<meta charset=\"shift_jis\">\x82\xA0",
     "",
     "<meta charset=\"shift_jis\">\xE3\x81\x82",
     "shift_jis",
     {}},
    {"hint overrides meta",
     "<meta charset=\"windows-1252\">\xB1",
     "iso-8859-2",
     "<meta charset=\"windows-1252\">\xC4\x85",
     "iso-8859-2",
     {}},
    {"hint as a Content-Type header", "\xB1", "text/html; charset=ISO-8859-2", "\xC4\x85", "iso-8859-2", {}},
    {"hint without charset parameter declares nothing",
     kMeta88592 + "\xB1",
     "text/html",
     kMeta88592 + "\xC4\x85",
     "iso-8859-2",
     {}},
    {"windows-1252 without declaration",
     "\x93Halo\x94 kata kafe caf\xE9",
     "",
     "\xE2\x80\x9CHalo\xE2\x80\x9D kata kafe caf\xC3\xA9",
     "windows-1252",
     {}},
    {"iso-8859-1 declared and served",
     "<meta charset=\"iso-8859-1\">caf\xE9 \x93kutip\x94",
     "",
     "<meta charset=\"iso-8859-1\">caf\xC3\xA9 \xE2\x80\x9Ckutip\xE2\x80\x9D",
     "windows-1252",
     {}},
    {"iso-8859-1 declared but UTF-8 served",
     "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\" />Foto \xC2\xA9 "
     "Redaksi\xC2\xAE",
     "",
     "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\" />Foto \xC2\xA9 "
     "Redaksi\xC2\xAE",
     "utf-8",
     {"charset iso-8859-1 declared in <meta> but the page is UTF-8; decoded as utf-8"}},
    {"iso-8859-1 hint but UTF-8 served",
     "Foto \xC2\xA9 Redaksi",
     "ISO-8859-1",
     "Foto \xC2\xA9 Redaksi",
     "utf-8",
     {"charset iso-8859-1 declared in the charset hint but the page is UTF-8; decoded as utf-8"}},
    {"utf-8 declared but windows-1252 served",
     "<meta charset=\"utf-8\">\x93Halo\x94 kata caf\xE9.",
     "",
     "<meta charset=\"utf-8\">\xE2\x80\x9CHalo\xE2\x80\x9D kata caf\xC3\xA9.",
     "windows-1252",
     {"charset utf-8 declared in <meta> but 3 byte sequences are not UTF-8; decoded as windows-1252"}},
    {"utf-8 hint but windows-1252 served",
     "\x93Halo\x94 caf\xE9",
     "charset=utf-8",
     "\xE2\x80\x9CHalo\xE2\x80\x9D caf\xC3\xA9",
     "windows-1252",
     {"charset utf-8 declared in the charset hint but 3 byte sequences are not UTF-8; decoded as "
      "windows-1252"}},
    {"utf-8 declared, mostly UTF-8 with a stray byte",
     "<meta charset=\"utf-8\">\xE2\x80\x9Cya\xE2\x80\x9D \xE9 ok",
     "",
     "<meta charset=\"utf-8\">\xE2\x80\x9Cya\xE2\x80\x9D \xEF\xBF\xBD ok",
     "utf-8",
     {"1 invalid byte sequence in utf-8 replaced with U+FFFD"}},
    {"invalid sequences are counted per maximal subpart",
     "\xE2\x80\x9Cx\xE2\x80\x9D \xC3\xA9 \xC3\xA9 \xC3\xA9 | \xFF | \xE2\x82x | \xED\xBF",
     "",
     "\xE2\x80\x9Cx\xE2\x80\x9D \xC3\xA9 \xC3\xA9 \xC3\xA9 | \xEF\xBF\xBD | \xEF\xBF\xBDx | "
     "\xEF\xBF\xBD\xEF\xBF\xBD",
     "utf-8",
     {"4 invalid byte sequences in utf-8 replaced with U+FFFD"}},
    {"truncated mid-sequence keeps the text before it",
     "Selamat pagi \xE2\x80",
     "",
     "Selamat pagi \xEF\xBF\xBD",
     "utf-8",
     {"1 invalid byte sequence in utf-8 replaced with U+FFFD (the input ends inside a sequence)"}},
    {"truncated 4-byte sequence in a page declaring utf-8",
     "<meta charset=utf-8>Halo \xF0\x9F\x98",
     "",
     "<meta charset=utf-8>Halo \xEF\xBF\xBD",
     "utf-8",
     {"1 invalid byte sequence in utf-8 replaced with U+FFFD (the input ends inside a sequence)"}},
    {"NUL bytes are kept in UTF-8", "a\0b\xC3\xA9\0"s, "", "a\0b\xC3\xA9\0"s, "utf-8", {}},
    {"NUL bytes are kept in windows-1252", "a\0b\xE9\0"s, "", "a\0b\xC3\xA9\0"s, "windows-1252", {}},
};

// The index of the first byte that is not part of well-formed UTF-8, or -1.
std::int64_t first_invalid_utf8(const std::string& text) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int64_t>(text.size());
  for (std::int64_t i = 0; i < length;) {
    const std::int64_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) return start;
  }
  return -1;
}

}  // namespace

TEST_CASE("decode: charset detection and conversion table") {
  for (const DecodeCase& test : kCases) {
    INFO(test.what);
    const DecodedInput decoded = decode(test.bytes, test.hint);
    CHECK(decoded.error.empty());
    CHECK(decoded.charset == test.charset);
    CHECK(decoded.utf8 == test.utf8);
    CHECK(decoded.warnings == test.warnings);
  }
}

TEST_CASE("decode: an unknown hint is an error naming it") {
  const DecodedInput decoded = decode("<p>halo</p>", "text/html; charset=klingon-8");
  CHECK(decoded.error == "unknown charset \"klingon-8\" in the charset hint");
}

TEST_CASE("decode: a blank hint declares nothing") {
  const DecodedInput decoded = decode(
      "\x93"
      "a",
      "  ");
  CHECK(decoded.error.empty());
  CHECK(decoded.charset == "windows-1252");
  CHECK(decoded.utf8 ==
        "\xE2\x80\x9C"
        "a");
}

TEST_CASE("decode: a large UTF-8 page is copied unchanged") {
  const std::string paragraph =
      "<p>JAKARTA, \xE2\x80\x9CKata dia,\xE2\x80\x9D caf\xC3\xA9 Rp 200 juta.</p>\n";
  std::string page = "<meta charset=\"utf-8\">";
  while (page.size() < (8u << 20)) page += paragraph;
  const DecodedInput decoded = decode(page, "");
  CHECK(decoded.charset == "utf-8");
  CHECK(decoded.warnings.empty());
  CHECK(decoded.utf8 == page);
}

TEST_CASE("decode: a large windows-1252 page is converted whole") {
  const std::string paragraph = "<p>\x93Kata dia,\x94 caf\xE9.</p>\n";
  const std::string converted = "<p>\xE2\x80\x9CKata dia,\xE2\x80\x9D caf\xC3\xA9.</p>\n";
  std::string page;
  std::string expected;
  while (page.size() < (8u << 20)) {
    page += paragraph;
    expected += converted;
  }
  const DecodedInput decoded = decode(page, "");
  CHECK(decoded.charset == "windows-1252");
  CHECK(decoded.warnings.empty());
  CHECK(decoded.utf8.size() == expected.size());
  CHECK(decoded.utf8 == expected);
}

TEST_CASE("decode: a large UTF-8 page truncated mid-sequence keeps everything before the cut") {
  std::string page(8u << 20, 'a');
  page += "\xE2\x80";
  const DecodedInput decoded = decode(page, "utf-8");
  REQUIRE(decoded.utf8.size() == (8u << 20) + 3);
  CHECK(decoded.utf8.substr(8u << 20) == "\xEF\xBF\xBD");
  CHECK(decoded.warnings.size() == 1);
}

TEST_CASE("decode: any bytes give well-formed UTF-8") {
  std::mt19937 random(20240601);
  const std::vector<std::string> hints = {"", "utf-8", "windows-1252", "utf-16le", "shift_jis", "iso-8859-2"};
  for (int round = 0; round < 200; ++round) {
    std::string bytes(static_cast<std::size_t>(random() % 300), '\0');
    for (char& c : bytes) c = static_cast<char>(random() % 256);
    const std::string& hint = hints[static_cast<std::size_t>(round) % hints.size()];
    CAPTURE(round, hint);
    const DecodedInput decoded = decode(bytes, hint);
    CHECK(decoded.error.empty());
    CHECK(first_invalid_utf8(decoded.utf8) == -1);
  }
}
