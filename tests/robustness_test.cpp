// Hostile and broken input: every input gives an Error with its code or a sane Article, in bounded
// time. Sizes shrink under AddressSanitizer (slower, more memory per byte); the shapes stay the same.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <string_view>

#include "dom.hpp"
#include "nesting.hpp"
#include "warta/json.hpp"
#include "warta/parse.hpp"

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr std::size_t kScale = 8;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr std::size_t kScale = 8;
#else
constexpr std::size_t kScale = 1;
#endif
#else
constexpr std::size_t kScale = 1;
#endif

constexpr std::string_view kHeadline = "Pemerintah Umumkan Jadwal Baru Angkutan Kota";
constexpr std::string_view kFirst =
    "JAKARTA, KOMPAS.com - Pemerintah kota mengumumkan jadwal baru angkutan umum pada Rabu (15/5/2024) "
    "setelah rapat bersama para pengelola terminal di balai kota.";
constexpr std::string_view kSecond =
    "Kepala dinas perhubungan mengatakan jadwal itu berlaku mulai pekan depan dan akan dievaluasi "
    "setiap bulan bersama warga yang menggunakan layanan tersebut.";

std::string paragraph(std::string_view text) { return "<p>" + std::string(text) + "</p>"; }

// A small news page in the shape outlets use; `body` is the markup inside the article element.
std::string article_page(std::string_view body, std::string_view head_extra = "<meta charset=\"utf-8\">") {
  std::string page = "<!DOCTYPE html><html lang=\"id\"><head>";
  page += head_extra;
  page += "<title>";
  page += kHeadline;
  page += "</title></head><body><article><h1>";
  page += kHeadline;
  page += "</h1>";
  page += body;
  page += "</article></body></html>";
  return page;
}

std::string standard_body() { return paragraph(kFirst) + paragraph(kSecond); }

std::string body_text(const warta::Article& article) {
  std::string text;
  for (const warta::Block& block : article.body) text += block.text + "\n";
  return text;
}

bool contains(std::string_view haystack, std::string_view needle) { return haystack.find(needle) != std::string_view::npos; }

// A parsed page must serialise: nlohmann's dump() throws on text that is not valid UTF-8.
void require_sane(const warta::Result& result) {
  REQUIRE(result.has_value());
  CHECK(result->headline == std::string(kHeadline));
  CHECK_FALSE(result->body.empty());
  const nlohmann::json json = *result;
  CHECK_NOTHROW(json.dump());
}

std::string repeat(std::string_view unit, std::size_t times) {
  std::string out;
  out.reserve(unit.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += unit;
  return out;
}

}  // namespace

TEST_CASE("robustness: inputs that are not an HTML page give their error code") {
  std::mt19937 random(20240515);
  std::string binary(64 * 1024, '\0');
  for (char& c : binary) c = static_cast<char>(random() & 0xFF);

  struct Case {
    const char* name;
    std::string input;
    warta::ErrorCode code;
    const char* message_part;
  };
  const Case cases[] = {
      {"empty", "", warta::ErrorCode::empty_input, "empty"},
      {"white space", " \n\t\r\n ", warta::ErrorCode::empty_input, "empty"},
      {"one byte", "x", warta::ErrorCode::not_html, "not HTML"},
      {"random binary", binary, warta::ErrorCode::not_html, "not HTML"},
      {"PDF", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", warta::ErrorCode::not_html, "PDF"},
      {"PNG", std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16), warta::ErrorCode::not_html, "PNG"},
      {"JPEG", "\xFF\xD8\xFF\xE0\x00\x10JFIF", warta::ErrorCode::not_html, "JPEG"},
      {"JSON", "{\"headline\": \"<b>bukan halaman</b>\"}", warta::ErrorCode::not_html, "JSON"},
      {"JSON array", "\xEF\xBB\xBF  [1, 2, \"<p>\"]", warta::ErrorCode::not_html, "JSON"},
      {"index page", "<html><body><ul><li><a href=\"/a\">Berita satu</a></li><li><a href=\"/b\">Berita dua</a></li></ul></body></html>",
       warta::ErrorCode::no_article, "no article"},
      {"only <br>", repeat("<br>", 100'000 / kScale), warta::ErrorCode::no_article, "no article"},
  };
  warta::ParseOptions options;
  options.url = "https://contoh.example/berita/1";
  for (const Case& c : cases) {
    INFO(c.name);
    const warta::Result result = warta::parse(c.input, options);
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == c.code);
    CHECK(contains(result.error().message, c.message_part));
    CHECK(contains(result.error().message, options.url));  // the message names the input
    CHECK(result.warnings().empty());
  }
}

TEST_CASE("robustness: truncated pages keep the text before the cut") {
  const std::string page = article_page(standard_body() + "<p class=\"lanjutan\">Caf\xC3\xA9 di pasar lama</p>");
  const std::size_t cut_in_tag = page.find("class=\"lanjutan") + 8;
  const std::size_t cut_in_utf8 = page.find("\xC3\xA9") + 1;
  for (const std::size_t cut : {cut_in_tag, cut_in_utf8}) {
    CAPTURE(cut);
    const warta::Result result = warta::parse(std::string_view(page).substr(0, cut));
    require_sane(result);
    CHECK(contains(body_text(*result), kFirst.substr(22)));
    CHECK(contains(body_text(*result), kSecond));
  }
}

TEST_CASE("robustness: deep nesting is flattened, its text kept") {
  struct Case {
    const char* name;
    std::string body;
  };
  const std::size_t depth = 100'000 / kScale;
  const Case cases[] = {
      {"nested <div>", repeat("<div>", depth) + standard_body() + repeat("</div>", depth)},
      {"unclosed <b>", standard_body() + "<p>Penutup" + repeat("<b>", 1'000'000 / kScale) + " berita.</p>"},
      {"unclosed <span> and <div>", repeat("<span><div>", depth / 2) + standard_body()},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    const warta::Result result = warta::parse(article_page(c.body));
    require_sane(result);
    CHECK(contains(body_text(*result), kSecond));
    CHECK_FALSE(result.warnings().empty());
  }
}

// Shapes where the tree builder nests deeper than the markup looks (reopened formatting elements,
// misnested end tags, cells outside tables, foreign content): the depth stays within the limit's
// order of magnitude.
TEST_CASE("robustness: the nesting limit bounds the DOM depth gumbo builds") {
  struct Case {
    const char* name;
    std::string_view unit;
  };
  const Case cases[] = {
      {"plain divs", "<div>"},
      {"reopened formatting", "<p><b class=x>teks</p>"},
      {"distinct reopened formatting", "<p><b>teks<i>lagi</p>"},
      {"span closed across a div", "<span><div></span>"},
      {"formatting closed across a div", "<b><div></b>"},
      {"cells outside a table", "<td><div>"},
      {"rows closed outside a table", "<tr><div></tr>"},
      {"table closed across cells", "<table><td><div></table><div>"},
      {"cells inside svg", "<table><td><svg><td><g>"},
      {"list items across sections", "<li><section>"},
      {"headings across divs", "<h1><div>"},
      {"paragraphs in buttons", "<p><button>"},
      {"tables in paragraphs", "<p><table>"},
      {"self-closed html tags", "<div/>"},
      {"unclosed font in cells", "<table><tr><td><font>teks</td></tr>"},
  };
  constexpr std::size_t kMaxDepth = 100;
  for (const Case& c : cases) {
    INFO(c.name);
    std::string html = "<html><body>" + repeat(c.unit, 20'000 / kScale);
    warta::detail::limit_nesting(html, kMaxDepth);
    const warta::detail::Document doc(std::move(html));
    CHECK(doc.max_depth() <= 3 * kMaxDepth);
  }
}

TEST_CASE("robustness: real-looking markup is not flattened") {
  std::string html = article_page(repeat("<p>Paragraf tanpa penutup<font color=red>merah", 5000) +
                                  repeat("<li>butir<a href=\"/x\"><i class=ikon></a>", 5000) +
                                  repeat("<table><tr><td><font>sel</td><td>sel<b>tebal</table>", 3000));
  const warta::detail::NestingLimit nesting = warta::detail::limit_nesting(html, 2000);
  CHECK(nesting.dropped_tags == 0);
}

TEST_CASE("robustness: odd bytes, encodings and huge attributes give a sane article") {
  struct Case {
    const char* name;
    std::string page;
    std::string expected_text;  // UTF-8
  };
  std::string utf16 = "\xFF\xFE";
  for (const char c : article_page(standard_body(), "<meta charset=\"utf-16\">")) {
    utf16.push_back(c);
    utf16.push_back('\0');
  }
  const Case cases[] = {
      {"NUL bytes", article_page(std::string(kFirst.substr(0, 30)) + std::string("\0\0", 2) + "<p>" +
                                 std::string(kSecond) + std::string(1, '\0') + "</p>"),
       std::string(kSecond)},
      {"UTF-16LE with BOM", utf16, std::string(kFirst.substr(22))},
      {"windows-1252 without a declaration",
       article_page(standard_body() + "<p>Ia berkata \x93saya minum kopi di caf\xE9\x94 kemarin.</p>", ""),
       "\xE2\x80\x9Csaya minum kopi di caf\xC3\xA9\xE2\x80\x9D"},
      {"declared UTF-8, bytes windows-1252",
       article_page(standard_body() + "<p>Ia berkata \x93saya minum kopi di caf\xE9\x94 kemarin.</p>"),
       "saya minum kopi di caf"},
      {"declared windows-1252, bytes UTF-8",
       article_page(standard_body() + "<p>Kopi di caf\xC3\xA9 dekat pasar.</p>", "<meta charset=\"windows-1252\">"),
       "caf\xC3\xA9 dekat pasar"},
      {"1 MB attribute",
       article_page("<p data-iklan=\"" + std::string((1u << 20) / kScale, 'x') + "\">" + std::string(kFirst) + "</p>" +
                    paragraph(kSecond)),
       std::string(kSecond)},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    const warta::Result result = warta::parse(c.page);
    require_sane(result);
    CHECK(contains(body_text(*result), c.expected_text));
  }
}

TEST_CASE("robustness: each limit is honoured") {
  const std::string page = article_page(repeat(paragraph(kFirst) + paragraph(kSecond), 50));
  SECTION("max_input_bytes") {
    warta::ParseOptions options;
    options.limits.max_input_bytes = page.size() - 1;
    const warta::Result result = warta::parse(page, options);
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == warta::ErrorCode::too_large);
  }
  SECTION("max_nodes") {
    warta::ParseOptions options;
    options.limits.max_nodes = 50;
    const warta::Result result = warta::parse(page, options);
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == warta::ErrorCode::too_large);
  }
  SECTION("max_text_bytes cuts the text with a warning") {
    warta::ParseOptions options;
    options.limits.max_text_bytes = 1000;
    const warta::Result result = warta::parse(page, options);
    require_sane(result);
    std::size_t text_bytes = 0;
    for (const warta::Block& block : result->body) text_bytes += block.text.size();
    CHECK(text_bytes <= 1000);
    CHECK_FALSE(result.warnings().empty());
  }
  SECTION("max_depth flattens with a warning") {
    warta::ParseOptions options;
    options.limits.max_depth = 4;
    const warta::Result result = warta::parse(article_page("<div><div><div><div>" + standard_body() + "</div></div></div></div>"), options);
    REQUIRE(result.has_value());
    CHECK(contains(body_text(*result), kSecond));
    CHECK_FALSE(result.warnings().empty());
  }
}

TEST_CASE("robustness: a 64 MiB page is too large by default and parses with a raised limit") {
  const warta::Limits defaults;
  const std::string unit = paragraph(kSecond);
  std::string body;
  body.reserve(defaults.max_input_bytes + unit.size());
  while (body.size() <= defaults.max_input_bytes) body += unit;

  const warta::Result refused = warta::parse(article_page(body));
  REQUIRE_FALSE(refused.has_value());
  CHECK(refused.error().code == warta::ErrorCode::too_large);
  CHECK(contains(refused.error().message, std::to_string(defaults.max_input_bytes)));

  body.resize(body.size() / kScale);
  warta::ParseOptions options;
  options.limits.max_input_bytes = 2 * defaults.max_input_bytes;
  options.limits.max_text_bytes = defaults.max_text_bytes / kScale;
  const warta::Result parsed = warta::parse(article_page(body), options);
  require_sane(parsed);
  CHECK(parsed->body.front().text == kSecond);
  CHECK_FALSE(parsed.warnings().empty());  // the text is cut at max_text_bytes
}

// Found by fuzz/parse_fuzzer: an unknown charset label was quoted byte for byte in a warning, and
// the Article's JSON failed to serialise.
TEST_CASE("robustness: messages quoting the page's bytes stay valid UTF-8") {
  struct Case {
    const char* declaration;
    const char* warning_part;
  };
  const Case cases[] = {
      {"<meta charset=\"utf\xFF\xFF\x01-8\">", "charset utf\?\?\?-8 declared"},  // ICU still reads it as UTF-8
      {"<meta charset=\"x\xFF\xFEq\">", "unknown charset \"x\?\?q\""},
  };
  for (const Case& c : cases) {
    INFO(c.warning_part);
    const std::string page = article_page(standard_body() + "<p>Caf\xE9</p>", c.declaration);
    const warta::Result result = warta::parse(page);
    require_sane(result);
    const bool quoted = std::any_of(result.warnings().begin(), result.warnings().end(),
                                    [&c](const std::string& warning) { return contains(warning, c.warning_part); });
    CHECK(quoted);
  }

  // A date the page shows but no one can read is quoted cut to 80 bytes, here inside a character.
  warta::ParseOptions outlet;
  outlet.url = "https://www.antaranews.com/berita/1/contoh";
  const std::string unreadable_date = "Oleh " + std::string(74, 'a') + "\xC3\xA9\xC3\xA9 tanpa tanggal";
  const warta::Result dated = warta::parse(
      article_page("<div class=\"bjbrt\"><div class=\"date\">" + unreadable_date + "</div></div>" + standard_body()), outlet);
  require_sane(dated);

  warta::ParseOptions options;
  options.charset = "latin\xFF\xFE";
  const warta::Result refused = warta::parse(article_page(standard_body()), options);
  REQUIRE_FALSE(refused.has_value());
  CHECK(refused.error().code == warta::ErrorCode::bad_option);
  CHECK_NOTHROW(nlohmann::json(refused.error().message).dump());
}

TEST_CASE("robustness: a page crediting hundreds of people keeps the first hundred, with a warning") {
  std::string authors;
  for (int i = 0; i < 150; ++i) {
    const std::string surname{static_cast<char>('A' + i / 26), static_cast<char>('a' + i % 26), 'n', 't', 'o'};
    authors += std::string(i == 0 ? "" : ",") + "{\"@type\":\"Person\",\"name\":\"Budi " + surname + "\"}";
  }
  const std::string head = "<meta charset=\"utf-8\"><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[" +
                           authors + "]}</script>";
  const warta::Result result = warta::parse(article_page(standard_body(), head));
  require_sane(result);
  CHECK(result->people.size() == 100);
  CHECK(result->people.front().name == "Budi Aanto");
  CHECK(std::any_of(result->warnings.begin(), result->warnings.end(),
                    [](const std::string& warning) { return contains(warning, "people credited"); }));
}

TEST_CASE("robustness: limit_nesting reads a tag name the same in any case and next to look-alikes") {
  // 10 open, 5 more fit under the limit of 15, 5 are dropped with their 5 end tags.
  struct Case {
    const char* name;
    std::string html;
    std::size_t dropped;
  };
  const Case cases[] = {
      {"one spelling", repeat("<div>", 20) + repeat("</div>", 20), 10},
      {"three spellings", repeat("<DIV>", 10) + repeat("<div>", 10) + repeat("</Div>", 20), 10},
      {"8-byte name", repeat("<articlex>", 20) + repeat("</ARTICLEX>", 20), 10},
      {"9-byte name", repeat("<articlexy>", 20) + repeat("</articleXY>", 20), 10},
      {"NUL in a name", repeat("<b>", 10) + repeat(std::string("<b\0>", 4), 10) + repeat("</b>", 20), 5},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    std::string html = c.html;
    CHECK(warta::detail::limit_nesting(html, 15).dropped_tags == c.dropped);
  }
}
