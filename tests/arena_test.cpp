// Memory reused between parses (ParseArena, TreeArena) changes no Article, keeps its blocks for the
// next page, and gives back what one huge page took.
#include <catch2/catch.hpp>
#include <cstdint>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "dom.hpp"
#include "fixture_pages.hpp"
#include "warta/json.hpp"
#include "warta/warta.hpp"

namespace {

nlohmann::json to_json_with_warnings(const warta::Result& result) {
  if (!result) return {{"error", std::string(warta::to_string(result.error().code))}, {"message", result.error().message}};
  nlohmann::json out = result.value();
  out["warnings"] = result.warnings();
  return out;
}

struct FixturePage {
  std::string html;
  warta::ParseOptions options;
};

std::vector<FixturePage> load_fixture_pages() {
  std::vector<FixturePage> pages;
  for (const std::filesystem::path& path : warta::test::fixture_pages()) {
    std::filesystem::path golden_path = path;
    golden_path.replace_extension(".json");
    const nlohmann::json golden = std::filesystem::exists(golden_path)
                                      ? nlohmann::json::parse(warta::test::read_file(golden_path))
                                      : nlohmann::json();
    FixturePage page{warta::test::read_file(path), {}};
    page.options.url = warta::test::page_url(path, golden);
    pages.push_back(std::move(page));
  }
  return pages;
}

// An article whose tree needs more than TreeArena::kRetainedBytes.
std::string huge_article() {
  std::string html = "<html><head><title>Banjir di Jakarta</title></head><body><article><h1>Banjir di Jakarta</h1>";
  const std::string paragraph = "<p>Warga mengungsi ke masjid karena air naik setinggi satu meter sejak pagi.</p>";
  while (html.size() < (12u << 20)) html += paragraph;
  return html + "</article></body></html>";
}

}  // namespace

TEST_CASE("arena: one ParseArena over every fixture page, twice, gives what parse gives page by page") {
  const std::vector<FixturePage> pages = load_fixture_pages();
  REQUIRE(!pages.empty());
  warta::ParseArena arena;
  for (int pass = 0; pass < 2; ++pass) {
    for (const FixturePage& page : pages) {
      INFO("url: " << page.options.url << ", pass " << pass);
      CHECK(to_json_with_warnings(warta::parse(page.html, page.options, arena)) ==
            to_json_with_warnings(warta::parse(page.html, page.options)));
    }
  }
}

TEST_CASE("arena: a huge page between two small ones changes neither, and its memory is given back") {
  const std::vector<FixturePage> pages = load_fixture_pages();
  REQUIRE(pages.size() >= 2);
  warta::ParseArena arena;
  const std::string huge = huge_article();
  for (const FixturePage* page : {&pages.front(), &pages.back()}) {
    CHECK(warta::parse(huge, {}, arena).has_value());
    CHECK(to_json_with_warnings(warta::parse(page->html, page->options, arena)) ==
          to_json_with_warnings(warta::parse(page->html, page->options)));
  }
}

TEST_CASE("arena: a moved-from ParseArena still parses") {
  warta::ParseArena arena;
  warta::ParseArena taker = std::move(arena);
  const std::string page = "<html><body><article><h1>Judul</h1><p>Warga mengungsi karena banjir sejak pagi tadi.</p></article></body></html>";
  const warta::Result from_moved = warta::parse(page, {}, arena);  // NOLINT(bugprone-use-after-move): the case under test
  const warta::Result from_taker = warta::parse(page, {}, taker);
  CHECK(to_json_with_warnings(from_moved) == to_json_with_warnings(warta::parse(page)));
  CHECK(to_json_with_warnings(from_taker) == to_json_with_warnings(warta::parse(page)));
}

TEST_CASE("arena: TreeArena hands out aligned, separate memory and reuses its blocks after reset") {
  warta::detail::TreeArena arena;
  std::vector<std::pair<std::uintptr_t, std::size_t>> taken;
  for (std::size_t bytes : {1u, 7u, 16u, 33u, 4096u, 70000u, 3u, 2u << 20, 5u}) {
    const auto at = reinterpret_cast<std::uintptr_t>(arena.allocate(bytes));
    CHECK(at % 16 == 0);
    for (const auto& [other, size] : taken) CHECK((at + bytes <= other || other + size <= at));
    taken.emplace_back(at, bytes);
  }
  const std::size_t capacity = arena.capacity();
  CHECK(capacity >= (2u << 20) + 70000u);

  arena.reset();
  CHECK(arena.capacity() == capacity);  // under kRetainedBytes: every block kept
  CHECK(reinterpret_cast<std::uintptr_t>(arena.allocate(1)) == taken.front().first);

  arena.allocate(warta::detail::TreeArena::kRetainedBytes + 1);
  CHECK(arena.capacity() > warta::detail::TreeArena::kRetainedBytes);
  arena.reset();
  CHECK(arena.capacity() <= warta::detail::TreeArena::kRetainedBytes);
  CHECK(arena.capacity() > 0);
}

TEST_CASE("arena: a Document built in a caller's arena resets it when it goes") {
  warta::detail::TreeArena arena;
  std::uintptr_t first = 0;
  {
    const warta::detail::Document doc("<p class='a'>x</p>", arena);
    CHECK(doc.elements().size() >= 4);
    first = reinterpret_cast<std::uintptr_t>(doc.root());
  }
  const std::size_t capacity = arena.capacity();
  CHECK(capacity > 0);
  const warta::detail::Document again("<p class='a'>x</p>", arena);
  CHECK(reinterpret_cast<std::uintptr_t>(again.root()) == first);
  CHECK(arena.capacity() == capacity);
  CHECK(again.with_class("a").size() == 1);
}
