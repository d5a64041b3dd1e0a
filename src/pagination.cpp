#include "pagination.hpp"

#include <algorithm>
#include <cstring>

#include "ascii.hpp"
#include "dom.hpp"
#include "normalize/text.hpp"
#include "profiles.hpp"
#include "url.hpp"

namespace warta::detail {
namespace {

// Pager text is short; longer text nodes are article text that may say "3 dari 5 orang".
constexpr std::size_t kMaxPagerTextBytes = 40;
constexpr int kMaxPages = 500;

std::optional<int> read_number(std::string_view text, std::size_t& pos) {
  int value = 0;
  const std::size_t start = pos;
  while (pos < text.size() && is_ascii_digit(text[pos]) && pos - start < 4) value = value * 10 + (text[pos++] - '0');
  if (pos == start || value == 0 || value > kMaxPages) return std::nullopt;
  return value;
}

std::string_view skip_words(std::string_view text, std::initializer_list<std::string_view> words) {
  text = trim_ascii_space(text);
  for (std::string_view word : words) {
    if (starts_with_icase(text, word)) return trim_ascii_space(text.substr(word.size()));
  }
  return {};
}

// "N dari M" / "N of M" / "N / M" at the start of `text` -> {N, M} and the text after it.
std::optional<PagerPosition> read_position(std::string_view text) {
  std::size_t pos = 0;
  const auto current = read_number(text, pos);
  if (!current) return std::nullopt;
  std::string_view after = skip_words(text.substr(pos), {"dari", "of", "/"});
  if (after.empty()) return std::nullopt;
  pos = 0;
  const auto total = read_number(after, pos);
  if (!total || *current > *total) return std::nullopt;
  return PagerPosition{*current, *total, trim_ascii_space(after.substr(pos))};
}

// "Halaman 2 dari 3", "Page 2 of 3" -> {2, 3}; with PagerText::any also the unlabelled "2 dari 3 halaman"
// (templates that print it between the sections of an article that is whole on the page keep the
// default, labelled).
std::optional<std::pair<int, int>> pager_position(std::string_view text, PagerText pager_text) {
  if (pager_text == PagerText::none) return std::nullopt;
  if (const auto position = labelled_pager_at(text)) {
    if (!position->rest.empty()) return std::nullopt;
    return std::pair{position->current, position->total};
  }
  if (pager_text != PagerText::any) return std::nullopt;
  const auto position = page_marker(text);
  if (!position) return std::nullopt;
  return std::pair{position->current, position->total};
}

// `url` with query parameter `param` ("page=all") set, replacing a parameter of the same name.
std::string with_query(std::string_view url, std::string_view param) {
  const std::size_t fragment = url.find('#');
  std::string base(url.substr(0, fragment));
  const std::string_view name = param.substr(0, param.find('='));
  const std::size_t query = base.find('?');
  std::string kept;
  if (query != std::string::npos) {
    std::string_view params = std::string_view(base).substr(query + 1);
    while (!params.empty()) {
      const std::size_t amp = params.find('&');
      const std::string_view item = params.substr(0, amp);
      if (!item.empty() && item.substr(0, item.find('=')) != name) kept += std::string(item) + "&";
      params = amp == std::string_view::npos ? std::string_view() : params.substr(amp + 1);
    }
    base.erase(query);
  }
  return base + "?" + kept + std::string(param);
}

// The value of query parameter `name` in `url` as a page number.
std::optional<int> page_number_in_url(std::string_view url, std::string_view name) {
  for (const char separator : {'?', '&'}) {
    const std::string key = std::string(1, separator) + std::string(name) + "=";
    const std::size_t at = url.find(key);
    if (at == std::string_view::npos) continue;
    std::size_t pos = at + key.size();
    return read_number(url, pos);
  }
  return std::nullopt;
}

// <link rel=next> only: <a rel=next> also marks the pagers of index rails beside the article.
std::optional<std::string> rel_next(const Document& doc) {
  for (const std::size_t position : doc.with_tag(GUMBO_TAG_LINK)) {
    const GumboNode* element = doc.elements()[position];
    const char* rel = attribute(element, "rel");
    const char* href = attribute(element, "href");
    if (rel != nullptr && href != nullptr && *href != '\0' && ascii_lower(rel) == "next") return std::string(href);
  }
  return std::nullopt;
}

// `url` without its query and fragment: links to the other pages of an article differ from it only there.
// (Two finds: find_first_of tests each character against the set, and this runs for every link.)
std::string_view without_query(std::string_view url) { return url.substr(0, std::min(url.find('?'), url.find('#'))); }

// Pagers that print no "Halaman 1 dari 2" (Kompas) still link each page of the article by its number:
// numbered links to this page's own address with the page parameter ("2" -> "?page=2") give the highest page
// and the next one. A "Selanjutnya" link says only that there is a next page, not how many there are.
void read_page_links(const Document& doc, const std::string& page_url, std::string_view page_param, Pagination& out) {
  const int current = out.current.value_or(1);
  int highest = 0;
  std::optional<std::string> next;
  const std::string_view page = without_query(page_url);
  for (const std::size_t position : doc.with_tag(GUMBO_TAG_A)) {
    const GumboNode* element = doc.elements()[position];
    const char* href = attribute(element, "href");
    if (href == nullptr || *href == '\0') continue;
    const std::string target = resolve_url(page_url, href);
    if (without_query(target) != page) continue;
    const auto number = page_number_in_url(target, page_param);
    if (!number || normalize_text(text_content(element)) != std::to_string(*number)) continue;
    highest = std::max(highest, *number);
    if (*number == current + 1 && !next) next = target;
  }
  if (highest <= 1) return;
  out.current = current;
  out.total = std::max(highest, current);
  if (!out.next_url) out.next_url = std::move(next);
}

}  // namespace

std::optional<PagerPosition> labelled_pager_at(std::string_view text) {
  const std::string_view rest = skip_words(text, {"halaman", "page", "hal."});
  if (rest.empty()) return std::nullopt;
  return read_position(rest);
}

std::optional<PagerPosition> page_marker(std::string_view text) {
  const auto position = read_position(trim_ascii_space(text));
  if (!position) return std::nullopt;
  const std::string_view label = position->rest;
  if (!equals_icase(label, "halaman") && !equals_icase(label, "page") && !equals_icase(label, "pages")) return std::nullopt;
  return position;
}

bool is_slide_counter(std::string_view text) {
  text = trim_ascii_space(text);
  std::size_t pos = 0;
  if (!read_number(text, pos)) return false;
  const std::string_view rest = trim_ascii_space(text.substr(pos));
  if (!rest.starts_with('/')) return false;
  const std::string_view after = trim_ascii_space(rest.substr(1));
  pos = 0;
  return read_number(after, pos) && pos == after.size();
}

std::optional<Pagination> find_pagination(const Document& doc, const Profile* profile, const std::string& page_url,
                                          const Conventions& conventions) {
  Pagination out;
  if (profile != nullptr && profile->next_page) {
    if (const GumboNode* next = profile->next_page->select_first(doc)) {
      if (const char* href = attribute(next, "href"); href != nullptr && *href != '\0') out.next_url = href;
    }
  }
  if (!out.next_url) out.next_url = rel_next(doc);
  if (out.next_url) out.next_url = resolve_url(page_url, *out.next_url);

  for (const GumboNode* element : doc.elements()) {
    if (holds_no_text(element)) continue;  // a script's string is no pager
    const GumboVector& children = element->v.element.children;
    for (unsigned i = 0; i < children.length && !out.total; ++i) {
      const auto* child = static_cast<const GumboNode*>(children.data[i]);
      if (child->type != GUMBO_NODE_TEXT || collapsed_longer_than(child->v.text.text, kMaxPagerTextBytes)) continue;
      if (const auto position = pager_position(child->v.text.text, conventions.pager_text)) {
        out.current = position->first;
        out.total = position->second;
      }
    }
    if (out.total) break;
  }
  if (profile != nullptr) {
    if (const auto it = profile->pagination.find("page_param"); it != profile->pagination.end()) {
      if (!out.current) out.current = page_number_in_url(page_url, it->second);
      if (!out.total && !page_url.empty()) read_page_links(doc, page_url, it->second, out);
    }
  }
  const bool paginated = out.next_url || (out.total && *out.total > 1) || (out.current && *out.current > 1);
  if (!paginated) return std::nullopt;
  if (!out.current && out.next_url) out.current = 1;
  if (profile != nullptr && !page_url.empty()) {
    for (const char* key : {"all_param", "single_param"}) {
      if (const auto it = profile->pagination.find(key); it != profile->pagination.end()) {
        out.single_page_url = with_query(page_url, it->second);
        break;
      }
    }
  }
  return out;
}

}  // namespace warta::detail
