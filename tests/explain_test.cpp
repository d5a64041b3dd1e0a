// Provenance: with ParseOptions::explain every field an Article returns names the source that gave
// it, the JSON of a plain parse is unchanged, and a profile loaded from a file is named as the source.
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <regex>
#include <string>

#include "fixture_pages.hpp"
#include "warta/json.hpp"
#include "warta/warta.hpp"

namespace {

using nlohmann::json;
using warta::test::page_url;
using warta::test::read_file;

// The keys of an Article's JSON whose value is not null and not empty (warnings aside).
std::vector<std::string> returned_fields(const json& article) {
  std::vector<std::string> keys;
  for (const auto& [key, value] : article.items()) {
    if (key == "warnings" || key == "sources" || value.is_null() || (value.is_array() && value.empty())) continue;
    keys.push_back(key);
  }
  return keys;
}

}  // namespace

TEST_CASE("explain: every returned field of every fixture names its source; without it the JSON is unchanged") {
  const auto pages = warta::test::fixture_pages();
  REQUIRE(!pages.empty());
  for (const std::filesystem::path& page : pages) {
    CAPTURE(page.string());
    std::filesystem::path golden_path = page;
    golden_path.replace_extension(".json");
    const json golden = std::filesystem::exists(golden_path) ? json::parse(read_file(golden_path)) : json();
    warta::ParseOptions options;
    options.url = page_url(page, golden);
    const std::string html = read_file(page);
    const warta::Result plain = warta::parse(html, options);
    options.explain = true;
    const warta::Result explained = warta::parse(html, options);
    REQUIRE(plain.has_value() == explained.has_value());
    if (!plain) continue;
    const json plain_json = *plain;
    CHECK_FALSE(plain_json.contains("sources"));
    json explained_json = *explained;
    REQUIRE(explained_json.contains("sources"));
    const json sources = explained_json["sources"];
    explained_json.erase("sources");
    CHECK(explained_json == plain_json);
    const std::vector<std::string> fields = returned_fields(plain_json);
    for (const std::string& field : fields) {
      INFO("field " << field << ", sources " << sources.dump());
      CHECK((sources.contains(field) && !sources[field].get<std::string>().empty()));
    }
    CHECK(sources.size() == fields.size());
  }
}

TEST_CASE("explain: the sources map survives to_json / from_json") {
  warta::Article article;
  article.headline = "Judul";
  article.sources = {{"headline", "metadata og:title"}};
  const json written = article;
  CHECK(written["sources"] == json{{"headline", "metadata og:title"}});
  CHECK(written.get<warta::Article>() == article);
  article.sources.clear();
  CHECK_FALSE(json(article).contains("sources"));
  CHECK(json(article).get<warta::Article>() == article);
}

TEST_CASE("explain: a copy of a built-in profile under another name and host reads its outlet's page the same") {
  const std::filesystem::path root(WARTA_SOURCE_DIR);
  std::string copy = read_file(root / "data/profiles/kompas.com.json");
  copy = std::regex_replace(copy, std::regex(R"("hosts": \[[^\]]*\])"), R"("hosts": ["salinan-kompas.example"])");
  const warta::ProfileLoad load = warta::load_profile(warta::ProfileSet::builtin(), "salinan", copy);
  INFO(load.error);
  REQUIRE(load);
  const std::filesystem::path page = root / "data/fixtures/kompas.com/2024-megapolitan-jalur-sepeda.html";
  const std::string html = read_file(page);
  warta::ParseOptions builtin;
  builtin.url = page_url(page, json());
  builtin.explain = true;
  warta::ParseOptions copied = builtin;
  copied.profiles = load.set;
  copied.url = std::regex_replace(builtin.url, std::regex(R"(^https?://[^/]+)"), "https://salinan-kompas.example");
  const warta::Result expected = warta::parse(html, builtin);
  const warta::Result actual = warta::parse(html, copied);
  REQUIRE(expected);
  REQUIRE(actual);
  json expected_json = *expected;
  json actual_json = *actual;
  // The sources name the copy where they named the built-in profile.
  for (auto& [field, source] : expected_json["sources"].items()) {
    source = std::regex_replace(source.get<std::string>(), std::regex("^profile kompas\\.com "), "profile salinan ");
  }
  CHECK(actual_json["sources"]["headline"].get<std::string>().starts_with("profile salinan fields.headline["));
  CHECK(actual_json == expected_json);
}

TEST_CASE("explain: a profile's \"sources\" reorders a field's sources or switches the field off") {
  const std::string page =
      "<!DOCTYPE html><html lang=\"id\"><head><title>Pasar Apung Dibuka Lagi</title>"
      "<meta property=\"article:section\" content=\"Berita\"></head><body>"
      "<div class=\"kanal\">Ekonomi</div><h1>Pasar Apung Dibuka Lagi</h1>"
      "<p class=\"ringkasan\">Pedagang kembali berjualan di atas perahu setelah dua tahun libur.</p>"
      "<div class=\"isi\"><p>Pasar apung di Sungai Martapura kembali dibuka pada Selasa pagi oleh wali kota.</p>"
      "<p>Ratusan pedagang menjajakan sayur dan buah dari atas perahu kayu sejak subuh tadi.</p></div></body></html>";
  struct Case {
    const char* sources;  // the profile's "sources" value
    std::optional<std::string> section;
    std::optional<std::string> section_source;
    std::optional<std::string> subheadline_source;
  };
  const Case cases[] = {
      {"{}", "Ekonomi", "profile kota fields.section[0] div.kanal", "profile kota fields.subheadline[0] p.ringkasan"},
      {R"({"section": ["metadata article:section", "profile"]})", "Berita", "metadata article:section",
       "profile kota fields.subheadline[0] p.ringkasan"},
      {R"({"section": null, "subheadline": []})", std::nullopt, std::nullopt, std::nullopt},
      // Without the profile rule the generic reader finds the same paragraph under the <h1>.
      {R"({"subheadline": ["generic deck"]})", "Ekonomi", "profile kota fields.section[0] div.kanal", "generic deck"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.sources);
    const std::string profile = std::string(R"({"hosts": ["kota.example"], "fields": {"section": ["div.kanal"],)") +
                                R"("subheadline": ["p.ringkasan"]}, "sources": )" + c.sources + "}";
    const warta::ProfileLoad load = warta::load_profile(warta::ProfileSet::builtin(), "kota", profile);
    INFO(load.error);
    REQUIRE(load);
    warta::ParseOptions options;
    options.url = "https://kota.example/ekonomi/pasar";
    options.profiles = load.set;
    options.explain = true;
    const warta::Result result = warta::parse(page, options);
    REQUIRE(result);
    CHECK(result->section == c.section);
    const auto source_of = [&result](const char* field) {
      const auto it = result->sources.find(field);
      return it == result->sources.end() ? std::nullopt : std::optional<std::string>(it->second);
    };
    CHECK(source_of("section") == c.section_source);
    CHECK(result->subheadline.has_value() == c.subheadline_source.has_value());
    CHECK(source_of("subheadline") == c.subheadline_source);
  }
}
