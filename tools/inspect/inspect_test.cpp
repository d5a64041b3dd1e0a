// The inspector's reports: well-formed self-contained HTML (parsed back with gumbo), no scripts or
// external resources, every highlight names a known field, removals carry their reason; and the
// corpus scores follow shared/eval/score.py.
#include <gumbo.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "escape.hpp"
#include "fixture_pages.hpp"
#include "inspect.hpp"
#include "warta/json.hpp"

namespace {

using nlohmann::json;

// What a report's HTML holds, as gumbo reads it back.
struct ReportShape {
  std::size_t elements = 0;
  std::set<std::string> tags;
  std::multiset<std::string> fields;       // data-field of every class="hl ..." element
  std::vector<std::string> reasons;        // data-reason of every class="rm" element
  std::vector<std::string> unknown_marks;  // "hl" elements without a known field
  std::vector<std::string> outside_links;  // href/src that leave the report
  std::size_t html_elements = 0;           // <html> count (one document)
  bool errors = false;                     // gumbo saw a parse error
};

const std::set<std::string> kKnownFields = {"headline", "subheadline", "byline", "date", "dateline", "body", "caption"};

bool has_class_token(const char* classes, std::string_view token) {
  std::istringstream words{std::string(classes)};
  for (std::string word; words >> word;) {
    if (word == token) return true;
  }
  return false;
}

ReportShape read_back(const std::string& html) {
  ReportShape shape;
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  shape.errors = output->errors.length > 0;
  std::vector<const GumboNode*> stack{output->document};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    const GumboVector* children = nullptr;
    if (node->type == GUMBO_NODE_DOCUMENT) children = &node->v.document.children;
    if (node->type == GUMBO_NODE_ELEMENT) {
      ++shape.elements;
      const GumboElement& element = node->v.element;
      const std::string tag = element.tag == GUMBO_TAG_UNKNOWN ? "?" : gumbo_normalized_tagname(element.tag);
      shape.tags.insert(tag);
      if (element.tag == GUMBO_TAG_HTML && element.original_tag.length > 0) ++shape.html_elements;
      const GumboAttribute* cls = gumbo_get_attribute(&element.attributes, "class");
      const GumboAttribute* field = gumbo_get_attribute(&element.attributes, "data-field");
      const GumboAttribute* reason = gumbo_get_attribute(&element.attributes, "data-reason");
      if (cls != nullptr && has_class_token(cls->value, "hl")) {
        const std::string name = field != nullptr ? field->value : "";
        if (kKnownFields.count(name) && has_class_token(cls->value, "f-" + name)) {
          shape.fields.insert(name);
        } else {
          shape.unknown_marks.push_back(name);
        }
      }
      if (cls != nullptr && has_class_token(cls->value, "rm")) shape.reasons.push_back(reason != nullptr ? reason->value : "");
      for (const char* name : {"href", "src", "srcset", "action", "data"}) {
        const GumboAttribute* link = gumbo_get_attribute(&element.attributes, name);
        if (link != nullptr && link->value[0] != '#') shape.outside_links.push_back(link->value);
      }
      children = &element.children;
    }
    if (children != nullptr) {
      for (unsigned i = 0; i < children->length; ++i) stack.push_back(static_cast<const GumboNode*>(children->data[i]));
    }
  }
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return shape;
}

using warta::test::read_file;

// Invented article in the style of an Indonesian news page, on no known outlet's host.
const char* const kPage = R"(<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>Warga Desa Sukamaju Panen Raya Padi - Kabar Contoh</title>
<meta property="og:title" content="Warga Desa Sukamaju Panen Raya Padi">
<meta property="article:published_time" content="2024-03-05T09:15:00+07:00">
<meta name="author" content="Rina Lestari">
<style>body{color:red}</style><script>var tracking = 1;</script></head>
<body><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a></nav>
<div class="judul">
<h1>Warga Desa Sukamaju Panen Raya Padi</h1>
<div class="byline">Penulis: <span class="author">Rina Lestari</span></div>
<time datetime="2024-03-05T09:15:00+07:00">Selasa, 5 Maret 2024 09:15 WIB</time>
</div>
<article class="detail">
<figure><img src="https://img.example.id/panen.jpg" alt="panen"><figcaption>Petani memanen padi di sawah. (Foto: Dewi Anggraini)</figcaption></figure>
<div class="isi">
<p>Jakarta - Ratusan warga Desa Sukamaju memanen padi bersama pada Selasa pagi.</p>
<p>Kepala desa mengatakan hasil panen tahun ini naik dibanding tahun lalu karena cuaca mendukung.</p>
<p>Baca juga: <a href="/lain">Harga Gabah Naik di Pasar Induk</a></p>
<script>document.write("<p>iklan</p>")</script>
<p>Para petani berharap harga gabah tetap stabil hingga akhir musim panen bulan depan.</p>
<p><a href="/berita/terkait">Berita Terkait Panen di Kabupaten Sebelah</a></p>
<p>Warga juga menggelar syukuran di balai desa setelah panen selesai pada sore harinya.</p>
</div></article>
<footer>Hak cipta Kabar Contoh</footer></body></html>)";

}  // namespace

TEST_CASE("inspect: the report of a page is well-formed, script-free HTML with every part marked") {
  warta::ParseOptions options;
  options.url = "https://kabar.example.id/daerah/2024/03/05/panen-raya";
  const std::string report = warta::detail::inspect_page(kPage, options);
  const ReportShape shape = read_back(report);
  CHECK(shape.html_elements == 1);
  CHECK(shape.tags.count("script") == 0);
  CHECK(shape.tags.count("link") == 0);
  CHECK(shape.tags.count("img") == 0);
  CHECK(shape.tags.count("iframe") == 0);
  CHECK(shape.outside_links.empty());
  CHECK(shape.unknown_marks.empty());
  CHECK(report.find("var tracking") == std::string::npos);
  CHECK(report.find("color:red") == std::string::npos);

  // Every field this page has is highlighted where it stands.
  for (const char* field : {"headline", "byline", "date", "dateline", "body", "caption"}) {
    INFO("field: " << field);
    CHECK(shape.fields.count(field) > 0);
  }
  CHECK(shape.fields.count("body") == 4);

  // Every removal says why, and the ones this page needs are there.
  const auto has_reason = [&shape](std::string_view part) {
    for (const std::string& reason : shape.reasons) {
      if (reason.find(part) != std::string::npos) return true;
    }
    return false;
  };
  for (const std::string& reason : shape.reasons) CHECK(!reason.empty());
  struct Case {
    const char* reason_part;
  };
  const Case cases[] = {{"element <script>"}, {"link-only line"}, {"\"baca juga"}};
  for (const Case& c : cases) {
    INFO("reason: " << c.reason_part << "\nreasons: " << json(shape.reasons).dump());
    CHECK(has_reason(c.reason_part));
  }
  CHECK(report.find("content root: generic content root") != std::string::npos);
}

TEST_CASE("inspect: the sample page's report marks the profile's fields and names the profile") {
  const std::filesystem::path sample = std::filesystem::path(WARTA_SOURCE_DIR) / "data/samples/liputan6-putin-xi";
  warta::ParseOptions options;
  options.url = read_file(sample.string() + ".url");
  options.url.erase(options.url.find_last_not_of(" \r\n") + 1);
  const std::string report = warta::detail::inspect_page(read_file(sample.string() + ".html"), options);
  const ReportShape shape = read_back(report);
  CHECK(shape.html_elements == 1);
  CHECK(shape.tags.count("script") == 0);
  CHECK(shape.outside_links.empty());
  CHECK(shape.unknown_marks.empty());
  for (const char* field : {"headline", "body", "caption"}) {
    INFO("field: " << field);
    CHECK(shape.fields.count(field) > 0);
  }
  CHECK(report.find("profile liputan6.com") != std::string::npos);
}

TEST_CASE("inspect: a page without an Article still shows its blocks and the error") {
  const std::string report = warta::detail::inspect_page(
      "<html><body><nav><a href=\"/a\">Beranda</a></nav><div>Halaman tidak ditemukan</div></body></html>", {});
  const ReportShape shape = read_back(report);
  CHECK(shape.html_elements == 1);
  CHECK(shape.fields.empty());
  CHECK(report.find("no_article") != std::string::npos);
  CHECK(report.find("Halaman tidak ditemukan") != std::string::npos);
}

TEST_CASE("inspect: report text is escaped") {
  const std::string page =
      "<html><head><title>A &lt;b&gt; title</title></head><body><div class=\"content\"><h1>Judul &lt;script&gt;alert(1)&lt;/script&gt;</h1>"
      "<p>Paragraf pertama &lt;img src=x&gt; yang cukup panjang untuk dianggap teks artikel oleh pemindai umum.</p>"
      "<p>Paragraf kedua yang juga cukup panjang supaya halaman ini punya isi artikel yang bisa diambil.</p></div></body></html>";
  const ReportShape shape = read_back(warta::detail::inspect_page(page, {}));
  CHECK(shape.tags.count("script") == 0);
  CHECK(shape.tags.count("img") == 0);
  CHECK(shape.outside_links.empty());
}

TEST_CASE("inspect: scores follow score.py") {
  const json gold = json::parse(R"({
    "url": null, "headline": "Judul Berita", "subheadline": null, "section": "Daerah", "tags": [],
    "people": [{"name": "Rina Lestari", "role": "author"}, {"name": "Budi Santoso", "role": "editor"}],
    "initials": [], "dateline": {"outlet": "Kabar Contoh", "city": "Mataram, NTB"},
    "published": "2024-03-05T09:15:00+07:00", "updated": null,
    "captions": [{"text": "Petani memanen padi di sawah", "credit": "Dewi"}],
    "body": [{"type": "paragraph", "text": "satu dua tiga"}, {"type": "paragraph", "text": "empat lima"}]})");
  struct Case {
    const char* name;
    json article;
    std::map<std::string, double> expected;
  };
  const Case cases[] = {
      {"perfect", gold,
       {{"headline", 1}, {"subheadline", 1}, {"section", 1}, {"people_f1", 1}, {"roles_f1", 1}, {"dateline_city", 1},
        {"dateline_outlet", 1}, {"published", 1}, {"updated", 1}, {"captions_f1", 1}, {"body_f1", 1}, {"paragraphs_exact", 1}}},
      {"failed page", nullptr,
       {{"headline", 0}, {"subheadline", 0}, {"people_f1", 0}, {"published", 0}, {"body_f1", 0}, {"paragraphs_exact", 0}}},
      {"partial", json::parse(R"({
        "headline": "Judul  Berita", "subheadline": "Dek", "section": "daerah",
        "people": [{"name": "rina lestari", "role": "reporter"}],
        "dateline": {"outlet": "Kabar Contoh", "city": "Mataram"},
        "published": "2024-03-05T09:15:59+07:00", "updated": "2024-03-05T10:00:00+07:00",
        "captions": [{"text": "Petani memanen padi di sawah desa", "credit": null}, {"text": "Lain", "credit": null}],
        "body": [{"type": "paragraph", "text": "satu dua tiga"}, {"type": "paragraph", "text": "enam"}]})"),
       {{"headline", 1}, {"subheadline", 0}, {"section", 1}, {"people_f1", 2.0 / 3}, {"roles_f1", 0}, {"dateline_city", 1},
        {"dateline_outlet", 1}, {"published", 1}, {"updated", 0}, {"captions_f1", 2.0 / 3}, {"body_f1", 2.0 / 3},
        {"paragraphs_exact", 0.5}}},
      {"other offset", json{{"published", "2024-03-05T09:15:00+08:00"}}, {{"published", 0}}},
  };
  for (const Case& c : cases) {
    INFO("case: " << c.name);
    std::map<std::string, double> actual;
    for (const auto& [name, value] : warta::detail::score_article(c.article, gold)) actual[name] = value;
    for (const auto& [name, value] : c.expected) {
      INFO("score: " << name);
      CHECK(actual.at(name) == Approx(value));
    }
  }
}

TEST_CASE("inspect: the corpus report lists pages, scores and the body diff") {
  warta::detail::CorpusReport report("corpus");
  warta::detail::CorpusPage page;
  page.name = "contoh/panen";
  page.html = kPage;
  page.options.url = "https://kabar.example.id/daerah/2024/03/05/panen-raya";
  json gold = json::object();
  gold["headline"] = "Warga Desa Sukamaju Panen Raya Padi";
  gold["body"] = json::array({{{"type", "paragraph"}, {"text", "Paragraf yang tidak ada di halaman."}}});
  page.gold = gold;
  report.add(page);
  report.add({"contoh/kosong", "<html><body><p>x</p></body></html>", {}, std::nullopt});
  REQUIRE(report.pages().size() == 2);
  CHECK(report.pages()[0].missing == std::vector<std::string>{"Paragraf yang tidak ada di halaman."});
  CHECK(report.pages()[0].extra.size() == 4);
  CHECK(report.pages()[1].error.rfind("no_article", 0) == 0);
  const std::string html = report.html();
  const ReportShape shape = read_back(html);
  CHECK(shape.html_elements == 1);
  CHECK(shape.tags.count("script") == 0);
  CHECK(shape.outside_links.empty());
  CHECK(html.find("Paragraf yang tidak ada di halaman.") != std::string::npos);
  CHECK(html.find("body_f1") != std::string::npos);
}

TEST_CASE("inspect: a section read only from a visible breadcrumb is labelled with that source") {
  // No article:section, no JSON-LD: the section is the breadcrumb's last item.
  const std::string page =
      "<!DOCTYPE html><html lang=\"id\"><head><title>Tim Lokal Juara Turnamen Voli Antarkampung</title></head><body>"
      "<ul class=\"breadcrumb\"><li><a href=\"/\">Beranda</a></li><li><a href=\"/olahraga\">Olahraga</a></li></ul>"
      "<h1>Tim Lokal Juara Turnamen Voli Antarkampung</h1><div class=\"isi\">"
      "<p>Tim voli dari Desa Sukamaju menjuarai turnamen antarkampung yang digelar selama sepekan di lapangan desa.</p>"
      "<p>Pelatih tim mengatakan kemenangan ini hasil latihan rutin setiap sore selama tiga bulan terakhir.</p>"
      "<p>Turnamen tahun depan direncanakan digelar lebih besar dengan peserta dari kecamatan tetangga.</p>"
      "</div></body></html>";
  warta::ParseOptions options;
  options.url = "https://kabar.example.id/olahraga/tim-juara";
  options.explain = true;
  const warta::Result result = warta::parse(page, options);
  REQUIRE(result);
  CHECK(result->section == "Olahraga");
  CHECK(result->sources.at("section") == "generic breadcrumb");
  const std::string report = warta::detail::inspect_page(page, options);
  CHECK(report.find("<th>section</th><td>Olahraga<div class=\"from\">generic breadcrumb</div>") != std::string::npos);
  CHECK(report.find("article:section") == std::string::npos);
}

TEST_CASE("inspect: the report of every fixture shows the sources parse --explain names") {
  for (const std::filesystem::path& page : warta::test::fixture_pages()) {
    CAPTURE(page.string());
    std::filesystem::path golden_path = page;
    golden_path.replace_extension(".json");
    const nlohmann::json golden =
        std::filesystem::exists(golden_path) ? nlohmann::json::parse(read_file(golden_path)) : nlohmann::json();
    warta::ParseOptions options;
    options.url = warta::test::page_url(page, golden);
    options.explain = true;
    const std::string html = read_file(page);
    const warta::Result result = warta::parse(html, options);
    if (!result) continue;
    const std::string report = warta::detail::inspect_page(html, options);
    for (const auto& [field, source] : result->sources) {
      INFO(field << ": " << source);
      CHECK(report.find("<div class=\"from\">" + warta::detail::escape_html(source) + "</div>") != std::string::npos);
    }
  }
}
