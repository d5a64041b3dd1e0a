// The raw-text pre-pass changes nothing: every fixture page parses to the same Article JSON with and
// without it, and the cuts land where the HTML tokenizer ends raw text and comments.
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "fixture_pages.hpp"
#include "prepass.hpp"
#include "warta/json.hpp"
#include "warta/warta.hpp"

namespace {

nlohmann::json parsed(const std::string& html, const std::string& url, bool cut_raw_text) {
  warta::ParseOptions options;
  options.url = url;
  options.cut_raw_text = cut_raw_text;
  const warta::Result result = warta::parse(html, options);
  if (!result) return {{"error", std::string(warta::to_string(result.error().code))}, {"message", result.error().message}};
  nlohmann::json out = result.value();
  out["warnings"] = result.warnings();
  return out;
}

}  // namespace

TEST_CASE("prepass: every fixture page gives the same Article with and without the pre-pass") {
  const auto pages = warta::test::fixture_pages();
  REQUIRE(!pages.empty());
  for (const std::filesystem::path& page : pages) {
    INFO("page: " << page.string());
    const std::string html = warta::test::read_file(page);
    std::filesystem::path golden_path = page;
    golden_path.replace_extension(".json");
    const nlohmann::json golden = std::filesystem::exists(golden_path)
                                      ? nlohmann::json::parse(warta::test::read_file(golden_path))
                                      : nlohmann::json();
    const std::string url = warta::test::page_url(page, golden);
    CHECK(parsed(html, url, true) == parsed(html, url, false));
  }
}

TEST_CASE("prepass: the page left for gumbo") {
  const struct {
    const char* html;
    const char* cut;  // "" when nothing is cut
  } cases[] = {
      {"<p>a<script>var x = 1;</script><p>b", "<p>a<script></script><p>b"},
      {"<style>p{}</style><!-- note -->x", "<style></style><!---->x"},
      {"<script>s = '</scripts>'; t = '</script'</script >", "<script></script >"},
      {"<SCRIPT>a</SCRIPT>", "<SCRIPT></SCRIPT>"},
      {"<script>a<!--<script>b</script>c-->d</script>e", "<script></script>e"},
      {"<script>a<!--b</script>c", "<script></script>c"},
      {"<!-- a -- b --!>x", "<!----!>x"},
      {"<!---->x<!-->y<!--->z", ""},
      {"<p title='<script>x</script>'>y", ""},
      {"<textarea><script>x</script></textarea>", ""},
      {"<title><!-- x --></title>", ""},
      // Nothing is cut after a comment or script left open: the rest of the page is its text.
      {"<!-- open <script>x</script>", ""},
      {"<script>open <!-- x", ""},
      {"<script>a\rb</script>", ""},  // gumbo turns CR into LF: kept where gumbo reads it
      {"<plaintext><script>x</script>", ""},
  };
  for (const auto& c : cases) {
    INFO("html: " << c.html);
    CHECK(warta::detail::cut_raw_text(c.html).html == c.cut);
  }
}
