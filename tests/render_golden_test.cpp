// Golden tests of the renderers: a fixture page with its Article golden (<case>.json) has its plain
// text (<case>.txt) and Markdown (<case>.md) beside it; each one present must match. WARTA_UPDATE_GOLDEN=1
// writes them all.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "fixture_pages.hpp"
#include "warta/render.hpp"
#include "warta/warta.hpp"

namespace fs = std::filesystem;

TEST_CASE("render-golden: every fixture page renders to its text and Markdown goldens") {
  const std::vector<fs::path> pages = warta::test::fixture_pages();
  REQUIRE(!pages.empty());
  const bool update = std::getenv("WARTA_UPDATE_GOLDEN") != nullptr;
  struct Format {
    const char* extension;
    std::string (*render)(const warta::Article&);
  };
  const Format formats[] = {{".txt", &warta::to_text}, {".md", &warta::to_markdown}};
  std::size_t compared = 0;
  for (const fs::path& page : pages) {
    fs::path article_golden = page;
    article_golden.replace_extension(".json");
    if (!fs::exists(article_golden)) continue;
    INFO("page: " << page.string());
    warta::ParseOptions options;
    options.url = warta::test::page_url(page, nlohmann::json::parse(warta::test::read_file(article_golden), nullptr, false));
    const warta::Result result = warta::parse(warta::test::read_file(page), options);
    REQUIRE(result.has_value());
    for (const Format& format : formats) {
      fs::path golden = page;
      golden.replace_extension(format.extension);
      INFO("golden: " << golden.string());
      const std::string actual = format.render(result.value());
      if (update) std::ofstream(golden, std::ios::binary) << actual;
      // A fixture added without render goldens is covered once WARTA_UPDATE_GOLDEN=1 writes them.
      if (!fs::exists(golden)) continue;
      ++compared;
      CHECK(actual == warta::test::read_file(golden));
    }
  }
  CHECK(compared > 0);
}
