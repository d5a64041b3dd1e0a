#include "script_data.hpp"

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "dom.hpp"

using warta::detail::Document;
using warta::detail::ScriptData;
using warta::detail::split_declared_list;

namespace {

using Values = std::optional<std::vector<std::string>>;

struct FindCase {
  const char* script;
  const char* key;
  Values expected;
};

}  // namespace

TEST_CASE("script data: key assignments in inline scripts", "[script_data]") {
  const FindCase cases[] = {
      {R"(var kly = {editors: "Rina Kusuma", reporters: "Budi Santoso"};)", "editors", Values{{"Rina Kusuma"}}},
      {R"(window.kly = {"editors":"Rina Kusuma","tag":"a|b"};)", "tag", Values{{"a|b"}}},
      {R"(kly.article = {'reporters': 'Dewi Lestari'};)", "reporters", Values{{"Dewi Lestari"}}},
      {R"(var tag = 'banjir, jakarta';)", "tag", Values{{"banjir, jakarta"}}},
      {R"({"reporters": "  Andi Wijaya.  "})", "reporters", Values{{"Andi Wijaya."}}},
      // An empty value is a declaration of "none" and stops the search.
      {R"({editors: "", x: {editors: "Later Name"}})", "editors", Values{{""}}},
      // JavaScript escapes are decoded.
      {R"({authors: "Ren\u00e9 Putra"})", "authors", Values{{"Ren\xC3\xA9 Putra"}}},
      {R"({authors: "Dian \"DJ\" Jaya"})", "authors", Values{{"Dian \"DJ\" Jaya"}}},
      {R"({url: "https:\/\/contoh.id\/a"})", "url", Values{{"https://contoh.id/a"}}},
      {R"({tag: "caf\xe9"})", "tag", Values{{"caf\xC3\xA9"}}},
      {R"({tag: "\ud83d\ude00 senyum"})", "tag", Values{{"\xF0\x9F\x98\x80 senyum"}}},
      {R"({tag: "\ud83d lepas"})", "tag", Values{{"\xEF\xBF\xBD lepas"}}},
      // Arrays of strings.
      {R"({"tag": ["banjir", "jakarta", ""]})", "tag", Values{{"banjir", "jakarta"}}},
      {R"({"tag": []})", "tag", Values{std::vector<std::string>{}}},
      // Not assignments of the key: longer names, comparisons, non-string values, other keys' values.
      {R"({subtag: "x", tags: "y"})", "tag", std::nullopt},
      {R"(if (tag == "x") {})", "tag", std::nullopt},
      {R"({tag: 42, name: "tag"})", "tag", std::nullopt},
      {R"({tag: [1, 2]})", "tag", std::nullopt},
      {R"({"tag: "x"})", "tag", std::nullopt},
      // An unterminated literal is not a value; a later assignment is.
      {"{tag: \"open\n, tag: \"closed\"}", "tag", Values{{"closed"}}},
      {R"({tag: "open)", "tag", std::nullopt},
      {R"({tag: ["a", )", "tag", std::nullopt},
      {"", "tag", std::nullopt},
  };
  for (const FindCase& c : cases) {
    INFO(c.script << " / " << c.key);
    const ScriptData data(std::vector<std::string>{c.script});
    CHECK(data.find(c.key) == c.expected);
  }
}

TEST_CASE("script data: gathered from inline scripts only", "[script_data]") {
  const Document doc(
      "<html><head><script src=\"x.js\">var tag = 'external';</script>"
      "<script type=\"application/ld+json\">{\"tag\": \"jsonld\"}</script>"
      "<script>var kly = {tag: 'inline'};</script></head><body><p>tag: \"text\"</p></body></html>");
  const ScriptData data(doc);
  CHECK(data.find("tag") == Values{{"inline"}});
  CHECK(data.find("") == std::nullopt);
}

TEST_CASE("script data: declared lists split at commas and bars", "[script_data]") {
  struct Case {
    const char* value;
    std::vector<std::string> expected;
  };
  const Case cases[] = {
      {"banjir, jakarta ,  hujan deras", {"banjir", "jakarta", "hujan deras"}},
      {"Banjir|Jakarta |Hujan", {"Banjir", "Jakarta", "Hujan"}},
      {" , | ", {}},
      {"", {}},
  };
  for (const Case& c : cases) {
    INFO(c.value);
    CHECK(split_declared_list(c.value) == c.expected);
  }
}
