#pragma once
// Pagination: what a caller needs to fetch the other pages of an article split over several pages.

#include <optional>
#include <string>
#include <string_view>

#include "conventions.hpp"
#include "warta/article.hpp"

namespace warta::detail {

class Document;
struct Profile;

// A pager's position read from its text, and the text after it (a pager's links).
struct PagerPosition {
  int current = 0;
  int total = 0;
  std::string_view rest;
};

// "Halaman 2 dari 3", "Page 2 of 3", "Hal. 2/3" at the start of `text` (any case; pages 1 to 500, the
// current not past the total); nullopt when the text opens otherwise.
std::optional<PagerPosition> labelled_pager_at(std::string_view text);

// "2 dari 6 halaman", "2 of 6 pages" and nothing else: the unlabelled marker over a page of an article
// (templates print it between the sections of an article shown whole, so it alone says no more pages).
std::optional<PagerPosition> page_marker(std::string_view text);

// "1 / 5" and nothing else: a gallery's slide counter.
bool is_slide_counter(std::string_view text);

// Pagination of the page, or nullopt when nothing says the article has more than one page.
// Evidence: the profile's "next" link, <link rel=next>, pager text ("Halaman 2 dari 3", "Page 2 of 3"; which
// forms count is the conventions' pager_text), the
// profile's page parameter in the URL and in links to this page's own address ("?page=2"). The single-page
// URL comes from the profile's "all_param"/"single_param" (Kompas "page=all", Detik "single=1").
std::optional<Pagination> find_pagination(const Document& doc, const Profile* profile, const std::string& page_url,
                                          const Conventions& conventions = builtin_conventions());

}  // namespace warta::detail
