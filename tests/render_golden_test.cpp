// Golden tests of the renderers: a fixture page with its Article golden (<case>.json) has its plain
// text (<case>.txt) and Markdown (<case>.md) beside it; each one present must match. WARTA_UPDATE_GOLDEN=1
// writes them all.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "warta/render.hpp"
#include "warta/warta.hpp"

namespace {

namespace fs = std::filesystem;

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Pages under data/samples and data/fixtures with an Article golden beside them.
std::vector<fs::path> pages_with_golden() {
  std::vector<fs::path> pages;
  for (const char* dir : {"data/samples", "data/fixtures"}) {
    const fs::path root = fs::path(WARTA_SOURCE_DIR) / dir;
    if (!fs::exists(root)) continue;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
      fs::path golden = entry.path();
      golden.replace_extension(".json");
      if (entry.path().extension() == ".html" && fs::exists(golden)) pages.push_back(entry.path());
    }
  }
  std::sort(pages.begin(), pages.end());
  return pages;
}

// "<case>.url" beside the page, else the url of its Article golden.
std::string page_url(const fs::path& page) {
  fs::path url_file = page;
  url_file.replace_extension(".url");
  if (fs::exists(url_file)) {
    std::string url = read_file(url_file);
    url.erase(url.find_last_not_of(" \n\r\t") + 1);
    return url;
  }
  fs::path golden = page;
  golden.replace_extension(".json");
  const nlohmann::json article = nlohmann::json::parse(read_file(golden), nullptr, false);
  return article.is_object() && article.contains("url") && article["url"].is_string() ? article["url"].get<std::string>()
                                                                                        : "";
}

}  // namespace

TEST_CASE("render-golden: every fixture page renders to its text and Markdown goldens") {
  const std::vector<fs::path> pages = pages_with_golden();
  REQUIRE(!pages.empty());
  const bool update = std::getenv("WARTA_UPDATE_GOLDEN") != nullptr;
  struct Format {
    const char* extension;
    std::string (*render)(const warta::Article&);
  };
  const Format formats[] = {{".txt", &warta::to_text}, {".md", &warta::to_markdown}};
  std::size_t compared = 0;
  for (const fs::path& page : pages) {
    INFO("page: " << page.string());
    warta::ParseOptions options;
    options.url = page_url(page);
    const warta::Result result = warta::parse(read_file(page), options);
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
      CHECK(actual == read_file(golden));
    }
  }
  CHECK(compared > 0);
}
