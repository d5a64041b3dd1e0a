#pragma once
// The fixture pages of the golden tests: data/samples/*.html and data/fixtures/**/*.html, each with
// its goldens beside it (<case>.json, .txt, .md) and its URL in <case>.url.

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace warta::test {

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Every fixture page, sorted by path.
inline std::vector<std::filesystem::path> fixture_pages() {
  namespace fs = std::filesystem;
  std::vector<fs::path> pages;
  for (const char* dir : {"data/samples", "data/fixtures"}) {
    const fs::path root = fs::path(WARTA_SOURCE_DIR) / dir;
    if (!fs::exists(root)) continue;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
      if (entry.path().extension() == ".html") pages.push_back(entry.path());
    }
  }
  std::sort(pages.begin(), pages.end());
  return pages;
}

// The URL a page is fetched from: "<case>.url" beside the page when present, else its golden's url.
inline std::string page_url(const std::filesystem::path& page, const nlohmann::json& golden) {
  std::filesystem::path url_file = page;
  url_file.replace_extension(".url");
  if (std::filesystem::exists(url_file)) {
    std::string url = read_file(url_file);
    url.erase(url.find_last_not_of(" \n\r\t") + 1);
    return url;
  }
  return golden.is_object() && golden.contains("url") && golden["url"].is_string() ? golden["url"].get<std::string>() : "";
}

}  // namespace warta::test
