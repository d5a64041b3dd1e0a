#include "warta/render.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace {

using warta::Article;
using warta::Block;
using warta::BlockType;
using warta::Caption;
using warta::Person;
using warta::Role;

// A small article with every field the renderers show (names and text invented).
Article sample_article() {
  Article article;
  article.url = "https://www.example.co.id/global/read/101/judul-contoh";
  article.site_name = "Contoh.com";
  article.language = "id";
  article.headline = "Menteri Kunjungi Pelabuhan Baru";
  article.subheadline = "Kunjungan berlangsung dua hari.";
  article.section = "Global";
  article.tags = {"Pelabuhan", "Menteri"};
  article.people = {{"Rina Wulandari", Role::author}, {"Agus Salim", Role::editor}, {"Dewi Lestari", Role::author}};
  article.dateline = warta::Dateline{"Contoh.com", "Surabaya"};
  article.published = "2024-05-15T10:30:00+07:00";
  article.updated = "2024-05-15T11:02:00+07:00";
  article.captions = {
      {"Menteri meninjau dermaga, Senin (13/5/2024).", "Contoh.com/Budi", "https://img.example.co.id/a.jpg"},
      {"Kapal bersandar.", std::nullopt, std::nullopt}};
  article.body = {{BlockType::paragraph, "Menteri tiba pada pagi hari."},
                  {BlockType::heading, "Dua Dermaga"},
                  {BlockType::quote, "\"Kami siap,\" kata kepala pelabuhan."},
                  {BlockType::list_item, "\xE2\x80\xA2 Dermaga utara"},
                  {BlockType::list_item, "Dermaga selatan"},
                  {BlockType::paragraph, "Kunjungan berakhir sore."}};
  return article;
}

// The part of an HTML page after its head (the inline style sheet is not what these tests check).
std::string html_body(const std::string& page) {
  const auto head_end = page.find("</head>\n");
  return head_end == std::string::npos ? page : page.substr(head_end + 8);
}

Article article_with_paragraph(const std::string& text) {
  Article article;
  article.body = {{BlockType::paragraph, text}};
  return article;
}

}  // namespace

TEST_CASE("render: text of a full article") {
  CHECK(warta::to_text(sample_article()) ==
        "Menteri Kunjungi Pelabuhan Baru\n"
        "Oleh Rina Wulandari, Dewi Lestari | Editor: Agus Salim\n"
        "Surabaya, Contoh.com\n"
        "Terbit: 2024-05-15T10:30:00+07:00 | Diperbarui: 2024-05-15T11:02:00+07:00\n"
        "\n"
        "Menteri tiba pada pagi hari.\n"
        "\n"
        "Dua Dermaga\n"
        "\n"
        "\"Kami siap,\" kata kepala pelabuhan.\n"
        "\n"
        "\xE2\x80\xA2 Dermaga utara\n"
        "\n"
        "Dermaga selatan\n"
        "\n"
        "Kunjungan berakhir sore.\n");
}

TEST_CASE("render: text leaves out what is missing") {
  struct Case {
    const char* name;
    Article article;
    std::string expected;
  };
  Article only_body = article_with_paragraph("Satu paragraf.");
  Article only_header;
  only_header.headline = "Judul";
  only_header.updated = "2024-05-15T11:02:00+07:00";
  Article city_only;
  city_only.dateline = warta::Dateline{std::nullopt, "Medan"};
  city_only.people = {{"Sari", Role::reporter}, {"  ", Role::author}};
  Article line_breaks = article_with_paragraph("Baris satu\nbaris dua\r\n\tdan\x1B[31m tiga");
  line_breaks.headline = "Judul\nkedua";
  const std::vector<Case> cases = {
      {"empty", Article{}, ""},
      {"body only", only_body, "Satu paragraf.\n"},
      {"header only", only_header, "Judul\nDiperbarui: 2024-05-15T11:02:00+07:00\n"},
      {"city without outlet, blank names skipped", city_only, "Reporter: Sari\nMedan\n"},
      {"line breaks and control characters", line_breaks, "Judul kedua\n\nBaris satu baris dua dan[31m tiga\n"},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    CHECK(warta::to_text(c.article) == c.expected);
  }
}

TEST_CASE("render: markdown of a full article") {
  CHECK(warta::to_markdown(sample_article()) ==
        "# Menteri Kunjungi Pelabuhan Baru\n"
        "\n"
        "*Kunjungan berlangsung dua hari.*\n"
        "\n"
        "Oleh Rina Wulandari, Dewi Lestari | Editor: Agus Salim  \n"
        "Surabaya, Contoh.com  \n"
        "Terbit: 2024-05-15T10:30:00+07:00 | Diperbarui: 2024-05-15T11:02:00+07:00\n"
        "\n"
        "![Menteri meninjau dermaga, Senin (13/5/2024). (Contoh.com/Budi)](https://img.example.co.id/a.jpg)\n"
        "\n"
        "Menteri tiba pada pagi hari.\n"
        "\n"
        "## Dua Dermaga\n"
        "\n"
        "> \"Kami siap,\" kata kepala pelabuhan.\n"
        "\n"
        "- Dermaga utara\n"
        "- Dermaga selatan\n"
        "\n"
        "Kunjungan berakhir sore.\n"
        "\n"
        "*Kapal bersandar.*\n"
        "\n"
        "Tag: Pelabuhan, Menteri\n");
}

TEST_CASE("render: markdown escapes what would change meaning") {
  struct Case {
    std::string text;
    std::string expected;
  };
  const std::vector<Case> cases = {
      {"*tebal* dan _miring_", "\\*tebal\\* dan \\_miring\\_"},
      {"# bukan judul", "\\# bukan judul"},
      {"1. bukan daftar", "1\\. bukan daftar"},
      {"2024. Tahun yang sibuk", "2024\\. Tahun yang sibuk"},
      {"2024 adalah tahun", "2024 adalah tahun"},
      {"- bukan daftar", "\\- bukan daftar"},
      {"+ juga bukan", "\\+ juga bukan"},
      {"===", "\\==="},
      {"[tautan](javascript:alert(1))", "\\[tautan\\](javascript:alert(1))"},
      {"<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>"},
      {"AT&T &amp; Q & A", "AT\\&T \\&amp; Q & A"},
      {"&#60;b&#62;", "\\&\\#60;b\\&\\#62;"},
      {"Rp 5.000 | 10%", "Rp 5.000 \\| 10%"},
      {"`kode` dan ~~coret~~", "\\`kode\\` dan \\~\\~coret\\~\\~"},
      {"C:\\Windows", "C:\\\\Windows"},
      {"Harga naik 5% (dari Rp 10.000).", "Harga naik 5% (dari Rp 10.000)."},
      // URLs become autolinks: GFM shows backslashes inside a bare URL literally.
      {"lihat https://a.example/snake_case_x.", "lihat <https://a.example/snake_case_x>."},
      {"(lihat https://a.example/x_(y)) ya", "(lihat <https://a.example/x_(y)>) ya"},
      {"url:HTTPS://a.example/#a_b", "url:<HTTPS://a.example/#a_b>"},
      {"xhttps://a.example_c", "xhttps://a.example\\_c"},
      {"https:// kosong", "https:// kosong"},
      {"<https://a.example>", "\\<<https://a.example>\\>"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(warta::to_markdown(article_with_paragraph(c.text)) == c.expected + "\n");
  }
}

TEST_CASE("render: markdown blocks, list markers and captions") {
  struct Case {
    const char* name;
    std::vector<Block> body;
    std::vector<Caption> captions;
    std::string expected;
  };
  const std::vector<Case> cases = {
      {"bullet markers replaced, numbers kept as text",
       {{BlockType::list_item, "\xE2\x80\xA2 Satu"},
        {BlockType::list_item, "- Dua"},
        {BlockType::list_item, "1. Jamak Taqdim"},
        {BlockType::list_item, "-5 derajat"},
        {BlockType::list_item, "Tanpa penanda"}},
       {},
       "- Satu\n- Dua\n- 1\\. Jamak Taqdim\n- \\-5 derajat\n- Tanpa penanda\n"},
      {"lists split by a paragraph",
       {{BlockType::list_item, "a"}, {BlockType::paragraph, "b"}, {BlockType::list_item, "c"}},
       {},
       "- a\n\nb\n\n- c\n"},
      {"heading keeps a leading number, quote escapes a list start",
       {{BlockType::heading, "1. Jamak #1"}, {BlockType::quote, "- kata dia"}},
       {},
       "## 1. Jamak \\#1\n\n> \\- kata dia\n"},
      {"empty blocks skipped", {{BlockType::paragraph, " \n "}, {BlockType::heading, ""}}, {}, ""},
      {"image destination encoded",
       {},
       {{"Foto (1)", "AP", "https://img.example.com/a b(1).jpg"}},
       "![Foto (1) (AP)](https://img.example.com/a%20b\\(1\\).jpg)\n"},
      {"script and data URLs are not images",
       {},
       {{"Satu", std::nullopt, "javascript:alert(1)"}, {"Dua", std::nullopt, "data:image/png;base64,AAAA"}},
       "*Satu*\n\n*Dua*\n"},
      {"caption with credit only", {}, {{"", "Antara", std::nullopt}}, "*(Antara)*\n"},
      {"caption without anything skipped", {}, {{"", std::nullopt, "https://img.example.com/a.jpg"}}, ""},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    Article article;
    article.body = c.body;
    article.captions = c.captions;
    CHECK(warta::to_markdown(article) == c.expected);
  }
}

TEST_CASE("render: html of a full article") {
  const std::string page = warta::to_html(sample_article());
  CHECK(page.rfind("<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n", 0) == 0);
  CHECK(page.find("<style>") != std::string::npos);
  CHECK(page.find("<script") == std::string::npos);
  CHECK(html_body(page) ==
        "<body>\n<article>\n<header>\n"
        "<p class=\"section\">Global</p>\n"
        "<h1>Menteri Kunjungi Pelabuhan Baru</h1>\n"
        "<p class=\"subheadline\">Kunjungan berlangsung dua hari.</p>\n"
        "<p class=\"byline\">Oleh <span class=\"person\">Rina Wulandari</span>, <span class=\"person\">Dewi "
        "Lestari</span> | Editor: <span class=\"person\">Agus Salim</span></p>\n"
        "<p class=\"dateline\">Surabaya, Contoh.com</p>\n"
        "<p class=\"dates\">Terbit: <time datetime=\"2024-05-15T10:30:00+07:00\">2024-05-15T10:30:00+07:00</time> | "
        "Diperbarui: <time datetime=\"2024-05-15T11:02:00+07:00\">2024-05-15T11:02:00+07:00</time></p>\n"
        "</header>\n"
        "<figure><img src=\"https://img.example.co.id/a.jpg\" alt=\"Menteri meninjau dermaga, Senin (13/5/2024).\" "
        "loading=\"lazy\"><figcaption>Menteri meninjau dermaga, Senin (13/5/2024). <span "
        "class=\"credit\">(Contoh.com/Budi)</span></figcaption></figure>\n"
        "<p>Menteri tiba pada pagi hari.</p>\n"
        "<h2>Dua Dermaga</h2>\n"
        "<blockquote><p>&quot;Kami siap,&quot; kata kepala pelabuhan.</p></blockquote>\n"
        "<ul>\n<li>Dermaga utara</li>\n<li>Dermaga selatan</li>\n</ul>\n"
        "<p>Kunjungan berakhir sore.</p>\n"
        "<figure><figcaption>Kapal bersandar.</figcaption></figure>\n"
        "<footer>\n"
        "<p class=\"tags\"><span>Pelabuhan</span><span>Menteri</span></p>\n"
        "<p class=\"source\">Sumber: <a href=\"https://www.example.co.id/global/read/101/judul-contoh\" "
        "rel=\"noopener noreferrer\">Contoh.com</a></p>\n"
        "</footer>\n"
        "</article>\n</body>\n</html>\n");
}

TEST_CASE("render: html escapes hostile text and drops unsafe URLs") {
  Article article;
  article.language = "id\"><script>alert(1)</script>";
  article.headline = "<script>alert(\"x\")</script> & 'kutip'";
  article.people = {{"<img src=x onerror=alert(1)>", Role::author}};
  article.url = "javascript:alert(document.cookie)";
  article.site_name = "Situs";
  article.captions = {{"Foto", std::nullopt, "https://img.example.com/a.jpg\" onerror=\"alert(1)"},
                      {"Bukan gambar", std::nullopt, "javascript:alert(1)"},
                      {"Spasi di depan", std::nullopt, " https://img.example.com/b.jpg"}};
  article.body = {{BlockType::paragraph, "</p><script>alert(1)</script>"}, {BlockType::list_item, "1. <b>satu</b>"}};
  const std::string page = warta::to_html(article);
  CHECK(page.find("<script") == std::string::npos);
  CHECK(page.find("javascript:") == std::string::npos);
  CHECK(page.find("<img src=x") == std::string::npos);
  CHECK(page.find("onerror=\"") == std::string::npos);
  CHECK(page.find("<html lang=\"id&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\">") != std::string::npos);
  CHECK(page.find("<title>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;kutip&#39;</title>") !=
        std::string::npos);
  CHECK(
      html_body(page) ==
      "<body>\n<article>\n<header>\n"
      "<h1>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;kutip&#39;</h1>\n"
      "<p class=\"byline\">Oleh <span class=\"person\">&lt;img src=x onerror=alert(1)&gt;</span></p>\n"
      "</header>\n"
      "<figure><img src=\"https://img.example.com/a.jpg&quot; onerror=&quot;alert(1)\" alt=\"Foto\" "
      "loading=\"lazy\"><figcaption>Foto</figcaption></figure>\n"
      "<p>&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>\n"
      "<ul>\n<li class=\"numbered\">1. &lt;b&gt;satu&lt;/b&gt;</li>\n</ul>\n"
      "<figure><figcaption>Bukan gambar</figcaption></figure>\n"
      "<figure><img src=\"https://img.example.com/b.jpg\" alt=\"Spasi di depan\" loading=\"lazy\"><figcaption>Spasi di "
      "depan</figcaption></figure>\n"
      "<footer>\n<p class=\"source\">Sumber: Situs</p>\n</footer>\n"
      "</article>\n</body>\n</html>\n");
}

TEST_CASE("render: empty article") {
  const Article empty;
  CHECK(warta::to_text(empty).empty());
  CHECK(warta::to_markdown(empty).empty());
  const std::string page = warta::to_html(empty);
  CHECK(page.rfind("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n", 0) == 0);
  CHECK(page.find("<title></title>") != std::string::npos);
  CHECK(html_body(page) == "<body>\n<article>\n<header>\n</header>\n</article>\n</body>\n</html>\n");
}
