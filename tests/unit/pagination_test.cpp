#include <catch2/catch.hpp>

#include "dom.hpp"
#include "pagination.hpp"
#include "profiles.hpp"

namespace {

using warta::Pagination;
using warta::detail::Document;

warta::detail::Profile make_profile(const char* json) {
  std::string error;
  auto profile = warta::detail::parse_profile("test.example", json, &error);
  INFO(error);
  REQUIRE(profile);
  return *profile;
}

}  // namespace

TEST_CASE("pagination: evidence in the page gives current, total, next and single-page URLs") {
  const warta::detail::Profile all_param = make_profile(
      R"({"hosts": ["test.example"], "pagination": {"all_param": "page=all", "page_param": "page", "next": "a.next-page"}})");
  const warta::detail::Profile single_param =
      make_profile(R"({"hosts": ["test.example"], "pagination": {"single_param": "single=1"}})");
  struct Case {
    const char* html;
    const warta::detail::Profile* profile;
    const char* url;
    std::optional<Pagination> expected;
  };
  const Case cases[] = {
      {"<p>Teks artikel tanpa halaman lain.</p>", nullptr, "https://a.example/x", std::nullopt},
      {"<p>Ada 2 dari 3 orang yang hadir dalam rapat itu kemarin sore.</p>", nullptr, "https://a.example/x", std::nullopt},
      {"<div class=pager>Halaman 1 dari 3</div>", nullptr, "https://a.example/x", Pagination{1, 3, std::nullopt, std::nullopt}},
      {"<p>Paragraf satu.</p><span>2 dari 2 halaman</span><p>Paragraf dua.</p>", nullptr, "https://a.example/x",
       std::nullopt},
      {"<span>Page 3 of 4</span>", nullptr, "https://a.example/x", Pagination{3, 4, std::nullopt, std::nullopt}},
      {"<span>Halaman 5 dari 3</span>", nullptr, "https://a.example/x", std::nullopt},
      {"<head><link rel=next href='/x?page=2'></head>", nullptr, "https://a.example/x",
       Pagination{1, std::nullopt, "https://a.example/x?page=2", std::nullopt}},
      {"<a rel=next href='/indeks?page=2'>Berikutnya</a>", nullptr, "https://a.example/x", std::nullopt},
      {"<a class=next-page href='/read/1?page=2'>Selanjutnya</a>", &all_param, "https://test.example/read/1",
       Pagination{1, std::nullopt, "https://test.example/read/1?page=2", "https://test.example/read/1?page=all"}},
      {"<p>Isi halaman kedua.</p>", &all_param, "https://test.example/read/1?page=2&utm=x",
       Pagination{2, std::nullopt, std::nullopt, "https://test.example/read/1?utm=x&page=all"}},
      // A pager of numbered links to this article: the highest number is the total, current + 1 the next page;
      // "Show All" (page=all), the index rail's pager and another article's link are not pages of it.
      {"<div class=paging><a class=active href='/read/1?page=1'>1</a><a href='/read/1?page=2'>2</a>"
       "<a href='/read/1?page=all#page2'>Show All</a></div><div><a href='/indeks?page=3'>3</a>"
       "<a href='/read/2?page=9'>Lain</a></div>",
       &all_param, "https://test.example/read/1",
       Pagination{1, 2, "https://test.example/read/1?page=2", "https://test.example/read/1?page=all"}},
      {"<a href='/read/1?page=1'>1</a><a href='/read/1?page=2'>2</a><a href='/read/1?page=3'>3</a>", &all_param,
       "https://test.example/read/1?page=2",
       Pagination{2, 3, "https://test.example/read/1?page=3", "https://test.example/read/1?page=all"}},
      {"<a href='/read/1?page=1'>1</a>", &all_param, "https://test.example/read/1", std::nullopt},
      {"<a href='/read/1?page=2'>2</a>", nullptr, "https://test.example/read/1", std::nullopt},
      {"<div>Halaman 1 dari 2</div>", &single_param, "https://test.example/d-1/judul",
       Pagination{1, 2, std::nullopt, "https://test.example/d-1/judul?single=1"}},
  };
  for (const Case& c : cases) {
    INFO(c.html << " at " << c.url);
    const Document doc(c.html);
    CHECK(warta::detail::find_pagination(doc, c.profile, c.url) == c.expected);
  }
}

TEST_CASE("pagination: the conventions' pager_text says which pager texts count") {
  using warta::detail::PagerText;
  struct Case {
    const char* html;
    PagerText pager_text;
    std::optional<Pagination> expected;
  };
  const Case cases[] = {
      {"<span>2 dari 3 halaman</span>", PagerText::any, Pagination{2, 3, std::nullopt, std::nullopt}},
      {"<span>2 of 3 pages</span>", PagerText::any, Pagination{2, 3, std::nullopt, std::nullopt}},
      {"<span>Halaman 2 dari 3</span>", PagerText::any, Pagination{2, 3, std::nullopt, std::nullopt}},
      {"<span>2 dari 3 halaman</span>", PagerText::labelled, std::nullopt},
      {"<span>2 dari 3 orang</span>", PagerText::any, std::nullopt},
      {"<span>4 dari 3 halaman</span>", PagerText::any, std::nullopt},
      {"<span>Halaman 2 dari 3</span>", PagerText::none, std::nullopt},
  };
  for (const Case& c : cases) {
    INFO(c.html);
    warta::detail::Conventions conventions = warta::detail::builtin_conventions();
    conventions.pager_text = c.pager_text;
    const Document doc(c.html);
    CHECK(warta::detail::find_pagination(doc, nullptr, "https://a.example/x", conventions) == c.expected);
  }
}
