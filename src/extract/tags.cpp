// Tags (the visible tag list, declared keywords) and the section (breadcrumb trails).
#include "extract/common.hpp"

#include <algorithm>

#include "ascii.hpp"
#include "dom.hpp"
#include "extract/thresholds.hpp"
#include "extract/vocabulary.hpp"
#include "indonesian.hpp"
#include "metadata.hpp"
#include "normalize/text.hpp"
#include "script_data.hpp"
#include "url.hpp"

namespace warta::detail::extract_internal {
namespace {

// A breadcrumb container: named so (or nearly: "breadcrump") by class or id, labelled so for screen readers, or typed so in
// microdata.
bool is_breadcrumb(const GumboNode* element) {
  for (const char* name : {"class", "id", "aria-label", "itemtype"}) {
    const char* value = attribute(element, name);
    // Templates spell it "breadcrump", "breadcum-new", "breadcome": the word's stem names it.
    if (value != nullptr && ascii_lower(value).find("bread") != std::string::npos) return true;
  }
  return false;
}

// A URL without its fragment and trailing slash, for comparing links with the page's address.
std::string_view page_address(std::string_view url) {
  url = url.substr(0, std::min(url.find('#'), url.size()));
  while (!url.empty() && url.back() == '/') url.remove_suffix(1);
  return url;
}

// Lower-cased words of an element's class and id ("tags--topics__list" -> tags, topics, list).
std::vector<std::string> name_words(const GumboNode* element) {
  std::vector<std::string> words;
  for (const char* name : {"class", "id"}) {
    const char* value = attribute(element, name);
    if (value == nullptr) continue;
    const std::string lower = ascii_lower(value);
    std::string word;
    for (const char c : lower + ' ') {
      if (is_ascii_alnum(c)) {
        word.push_back(c);
      } else if (!word.empty()) {
        words.push_back(std::move(word));
        word.clear();
      }
    }
  }
  return words;
}

bool named_any(const GumboNode* element, const std::vector<std::string_view>& names) {
  const std::vector<std::string> words = name_words(element);
  return std::any_of(words.begin(), words.end(), [&names](const std::string& word) {
    return std::find(names.begin(), names.end(), word) != names.end();
  });
}

// Containers an article's own tag list sits in ("tags", "tag-links", "topik-terkait", "keywords").
// A whole post is none: WordPress names its terms in the post's classes ("hentry tag-banjir").
bool names_tag_list(const GumboNode* element) {
  switch (element->v.element.tag) {
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_BODY:
      return false;
    default:
      break;
  }
  return !has_class(element, "hentry") &&
         named_any(element, class_words(ClassWords::tag_list));
}

// Site chrome repeated on every page: navigation, sidebars, trending/popular widgets, tag clouds, and
// a page-level header or footer (an <article>'s own header or footer holds its tags on WordPress).
bool in_site_chrome(const GumboNode* link) {
  bool in_article = false;
  for (const GumboNode* node = link->parent; node != nullptr && is_element(node); node = node->parent) {
    if (node->v.element.tag == GUMBO_TAG_ARTICLE) in_article = true;
  }
  // Stops at <body>, whose classes name the page ("single category-hot"), not a widget.
  for (const GumboNode* node = link->parent; node != nullptr && is_element(node) && node->v.element.tag != GUMBO_TAG_BODY;
       node = node->parent) {
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_ASIDE || is_breadcrumb(node)) return true;
    if (named_any(node, class_words(ClassWords::site_chrome))) {
      return true;
    }
    if (!in_article && (tag == GUMBO_TAG_HEADER || tag == GUMBO_TAG_FOOTER || named_any(node, class_words(ClassWords::page_frame)))) {
      return true;
    }
  }
  return false;
}

// A link to a tag or topic page: rel="tag", or a path with a tag segment before the tag's own
// ("/tag/banjir", "/topik/pilkada-2024", Blogger's "/search/label/Berita").
bool links_to_tag(const GumboNode* link) {
  if (const char* rel = attribute(link, "rel")) {
    const std::string words = " " + ascii_lower(rel) + " ";
    if (words.find(" tag ") != std::string::npos) return true;
  }
  const char* href = attribute(link, "href");
  if (href == nullptr) return false;
  std::string_view path = href;
  if (const std::size_t scheme = path.find("//"); scheme != std::string_view::npos) {
    path.remove_prefix(scheme + 2);
    path.remove_prefix(std::min(path.find('/'), path.size()));
  }
  path = path.substr(0, std::min(path.find_first_of("?#"), path.size()));
  std::vector<std::string> segments;
  for (std::string_view rest = path; !rest.empty();) {
    const std::size_t slash = std::min(rest.find('/'), rest.size());
    if (slash > 0) segments.push_back(ascii_lower(rest.substr(0, slash)));
    rest.remove_prefix(std::min(slash + 1, rest.size()));
  }
  for (std::size_t i = 0; i + 1 < segments.size(); ++i) {
    for (std::string_view name : {"tag", "tags", "topik", "topic", "topics", "label", "hashtag"}) {
      if (segments[i] == name) return true;
    }
  }
  return false;
}

// Adds a tag unless the list has it already in another case.
void append_unique(std::vector<std::string>& tags, std::string tag) {
  const std::string key = fold_case(tag);
  if (std::none_of(tags.begin(), tags.end(), [&key](const std::string& seen) { return fold_case(seen) == key; })) {
    tags.push_back(std::move(tag));
  }
}

// The element holding every link of a run.
const GumboNode* run_container(const std::vector<const GumboNode*>& run) {
  const GumboNode* container = run.front()->parent;
  while (container != nullptr && !contains(container, run.back())) container = container->parent;
  return container;
}

// The text of a container outside its links, separators (",", "|", "#", ":") as spaces: a list's
// label ("Tags"), or the sentences around keyword links in a paragraph. Reading stops past
// `max_bytes` (the caller only needs to know it is longer), so a run spanning the page costs little;
// nullopt for a container of more nodes than a tag list has (no list, and reading it for every link
// of a long run would cost the page per link).
std::optional<std::string> text_outside_links(const GumboNode* container, std::size_t max_bytes) {
  std::size_t seen = 1;
  std::string text;
  CollapsedLength length;  // of `text`
  std::vector<const GumboNode*> pending{container};
  while (!pending.empty() && length.value() <= max_bytes) {
    const GumboNode* node = pending.back();
    pending.pop_back();
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
      const std::size_t start = text.size();
      for (const char c : std::string_view(node->v.text.text)) text.push_back(std::string_view(",|#/:").find(c) == std::string_view::npos ? c : ' ');
      text.push_back(' ');
      length.add(std::string_view(text).substr(start));
      continue;
    }
    if (!is_element(node) || skipped_subtree(node) || (node != container && node->v.element.tag == GUMBO_TAG_A)) continue;
    const GumboVector& children = node->v.element.children;
    if (seen += children.length; seen > thresholds::kMaxTagListNodes) return std::nullopt;
    for (unsigned i = children.length; i-- > 0;) pending.push_back(static_cast<const GumboNode*>(children.data[i]));
  }
  return normalize_text(text);
}

// A list headed "Topik Pilihan", "Trending" or "Terpopuler" (in the container or just before it) is
// the site's, shown on every page.
bool under_site_wide_heading(const GumboNode* container, const std::string& other_text) {
  if (indonesian::names_site_wide_list(other_text)) return true;
  const GumboNode* inner = container;
  for (int level = 0; level < thresholds::kSiteWideHeadingLevels && inner->parent != nullptr && is_element(inner->parent); ++level) {
    const GumboNode* sibling = inner;
    for (int k = 0; k < thresholds::kHeadingSiblings && (sibling = element_sibling(sibling, -1)) != nullptr; ++k) {
      if (indonesian::names_site_wide_list(normalize_text(text_content(sibling, thresholds::kMaxListHeadingBytes)))) return true;
    }
    inner = inner->parent;
  }
  return false;
}

// A section name is a rubric's few words, not a sentence or a teaser's title.
std::optional<std::string> section_name(const GumboNode* element) {
  std::string text = normalize_text(text_content(element, 4 * thresholds::kMaxSectionBytes));
  if (text.empty() || text.size() > thresholds::kMaxSectionBytes ||
      static_cast<std::size_t>(std::count(text.begin(), text.end(), ' ')) >= thresholds::kMaxSectionWords) {
    return std::nullopt;
  }
  return text;
}

}  // namespace

// The section in a breadcrumb trail ("Home > News > Politik > Title"): the last item after the first
// (home) one, when short enough to be a section name and not the headline.
std::optional<std::string> trail_section(const std::vector<std::string>& trail) {
  for (std::size_t k = trail.size(); k-- > 1;) {
    if (static_cast<std::size_t>(std::count(trail[k].begin(), trail[k].end(), ' ')) < thresholds::kMaxSectionWords) {
      return trail[k];
    }
  }
  return std::nullopt;
}

// The visible breadcrumb trail of the first breadcrumb container: its link texts, leaving out the
// item for the page itself ("Detail Berita" linking to "#" or to the article).
std::optional<std::string> breadcrumb_section(const Document& doc, const std::string& page_url,
                                              const std::optional<std::string>& canonical) {
  auto links_to_page = [&](const GumboNode* link) {
    const char* href = attribute(link, "href");
    if (href == nullptr) return false;
    const std::string target = resolve_url(page_url, normalize_text(href));
    const std::string_view address = page_address(target);
    return address.empty() || address == page_address(page_url) || (canonical && address == page_address(*canonical));
  };
  const auto& elements = doc.elements();
  for (std::size_t i = 0; i < elements.size(); ++i) {
    if (!is_breadcrumb(elements[i])) continue;
    std::vector<std::string> links;
    for (std::size_t j = i + 1; j < doc.subtree_end(i); ++j) {
      if (elements[j]->v.element.tag != GUMBO_TAG_A || links_to_page(elements[j])) continue;
      if (std::string text = normalize_text(text_content(elements[j])); !text.empty()) links.push_back(std::move(text));
    }
    if (!links.empty()) return trail_section(links);
  }
  return std::nullopt;
}

// The rubric label shown right above the headline: the element before the <h1>, named for a category
// ("a.newsdetail-categorylink", "span.subkat", "div.kanal").
std::optional<std::string> rubric_above_headline(const Document& doc) {
  for (const GumboNode* element : doc.elements()) {
    if (element->v.element.tag != GUMBO_TAG_H1) continue;
    const GumboNode* previous = element_sibling(element, -1);
    if (previous == nullptr) return std::nullopt;
    for (const std::string& word : name_words(previous)) {
      for (std::string_view hint : {"categ", "kategori", "subkat", "rubrik", "kanal", "channel"}) {
        if (word.find(hint) != std::string::npos) return section_name(previous);
      }
    }
    return std::nullopt;
  }
  return std::nullopt;
}

// The sub-rubric the page highlights in its own navigation: the last item marked active, current or
// selected (class word or aria-current) inside a nav or menu, outside the footer; a link to the front
// page ("Home") is not a rubric.
std::optional<std::string> highlighted_rubric(const Document& doc, const std::string& page_url) {
  std::optional<std::string> last;
  for (const GumboNode* element : doc.elements()) {
    const GumboTag tag = element->v.element.tag;
    if (tag != GUMBO_TAG_A && tag != GUMBO_TAG_LI) continue;
    const bool marked = attribute(element, "aria-current") != nullptr ||
                        named_any(element, {"active", "current", "selected", "aktif"});
    if (!marked) continue;
    bool in_menu = false;
    bool in_footer = false;
    for (const GumboNode* up = element->parent; up != nullptr && is_element(up); up = up->parent) {
      in_footer = in_footer || up->v.element.tag == GUMBO_TAG_FOOTER;
      in_menu = in_menu || up->v.element.tag == GUMBO_TAG_NAV || named_any(up, {"nav", "navbar", "menu", "submenu"});
    }
    if (!in_menu || in_footer) continue;
    const GumboNode* link = element;
    if (tag == GUMBO_TAG_LI) {
      link = nullptr;
      const std::size_t at = doc.index_of(element);
      for (std::size_t i = at + 1; i < doc.subtree_end(at) && link == nullptr; ++i) {
        if (doc.elements()[i]->v.element.tag == GUMBO_TAG_A) link = doc.elements()[i];
      }
      if (link == nullptr) continue;
    }
    const char* href = attribute(link, "href");
    if (href == nullptr || *href == '\0' || *href == '#') continue;
    const std::string target = resolve_url(page_url, normalize_text(href));
    const std::size_t path = target.find('/', target.find("//") == std::string::npos ? 0 : target.find("//") + 2);
    if (path == std::string::npos || page_address(target.substr(path)).empty()) continue;  // the front page
    if (std::optional<std::string> name = section_name(link)) last = std::move(name);
  }
  return last;
}

// Shown as "#tag" (Republika, Tempo); the tag is the word.
std::string tag_text(std::string_view text) {
  std::string tag = normalize_text(text);
  const std::size_t start = tag.find_first_not_of("# ");
  return start == std::string::npos ? std::string() : tag.substr(start);
}

// The article's visible tag list: the first run of tag links (rel="tag", a tag path, or inside a
// container named for tags) outside site chrome whose container holds little besides them (a "Tags:"
// label, separators). In-body keyword links fail that test; a list too long is a site-wide one.
std::vector<std::string> visible_tag_list(const Document& doc) {
  constexpr std::size_t kMaxReadBytes = 4 * thresholds::kMaxTagListOtherBytes;
  // A tag list's named container is close to its links (a > li > ul > div.box > div.tags).
  auto candidate = [](const GumboNode* link) {
    const char* href = attribute(link, "href");
    if (href == nullptr || *href == '\0' || *href == '#' || starts_with_icase(href, "javascript:")) return false;
    bool tagged = links_to_tag(link);
    const GumboNode* node = link->parent;
    for (int level = 0; !tagged && level < thresholds::kMaxTagContainerLevels && node != nullptr && is_element(node); ++level) {
      tagged = names_tag_list(node);
      node = node->parent;
    }
    return tagged && !in_site_chrome(link);
  };
  auto one_list = [](const std::vector<const GumboNode*>& run) {
    const GumboNode* container = run_container(run);
    if (container == nullptr) return false;
    const std::optional<std::string> other = text_outside_links(container, kMaxReadBytes);
    return other && other->size() <= thresholds::kMaxTagListOtherBytes;
  };
  std::vector<const GumboNode*> run;
  auto take_run = [&run, &one_list]() {
    std::vector<std::string> tags;
    if (!run.empty() && run.size() <= thresholds::kMaxTags && one_list(run)) {
      const GumboNode* container = run_container(run);
      if (!under_site_wide_heading(container, text_outside_links(container, kMaxReadBytes).value_or(""))) {
        for (const GumboNode* link : run) {
          if (std::string tag = tag_text(text_content(link)); !tag.empty()) append_unique(tags, std::move(tag));
        }
      }
    }
    run.clear();
    return tags;
  };
  // in_skipped_subtree read off the walk instead of each link's ancestors: a skipped element hides
  // its subtree, elements() positions [i, subtree_end(i)).
  std::size_t skipped_end = 0;
  for (std::size_t i = 0; i < doc.elements().size(); ++i) {
    const GumboNode* element = doc.elements()[i];
    if (i >= skipped_end && skipped_subtree(element)) skipped_end = doc.subtree_end(i);
    if (element->v.element.tag != GUMBO_TAG_A || i < skipped_end) continue;
    if (!candidate(element)) {
      if (std::vector<std::string> tags = take_run(); !tags.empty()) return tags;
      continue;
    }
    if (!run.empty()) {
      run.push_back(element);
      if (one_list(run)) continue;
      run.pop_back();
      if (std::vector<std::string> tags = take_run(); !tags.empty()) return tags;
    }
    run.push_back(element);
  }
  return take_run();
}

// Declared keywords (news_keywords, else keywords) when they are a tag list: not the headline or
// description cut into words (many one-word entries), and without the site-wide phrases regional
// sites append to every page ("berita terkini", "portal Indonesia").
std::vector<std::string> declared_keywords(const PageMetadata& meta) {
  const std::string* value = meta.first("news_keywords");
  if (value == nullptr) value = meta.first("keywords");
  if (value == nullptr) return {};
  std::vector<std::string> entries = split_declared_list(*value);
  const auto single_words = std::count_if(entries.begin(), entries.end(),
                                          [](const std::string& entry) { return entry.find(' ') == std::string::npos; });
  if (entries.size() >= thresholds::kMinSplitTextEntries && static_cast<std::size_t>(single_words) * 2 > entries.size()) return {};
  std::vector<std::string> tags;
  for (std::string& entry : entries) {
    std::string tag = tag_text(entry);
    if (tag.empty() || indonesian::is_site_wide_keyword(tag)) continue;
    append_unique(tags, std::move(tag));
  }
  return tags;
}

}  // namespace warta::detail::extract_internal
