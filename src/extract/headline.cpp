// Headline and deck: a title's site suffix, the part of a title the page shows, the deck shown
// under the headline.
#include "extract/common.hpp"

#include <algorithm>
#include <cstring>

#include "ascii.hpp"
#include "dom.hpp"
#include "extract/thresholds.hpp"
#include "metadata.hpp"
#include "normalize/text.hpp"
#include "profiles.hpp"

namespace warta::detail::extract_internal {
namespace {

constexpr std::string_view kTitleSeparators[] = {" - ", " | ", " \xE2\x80\x93 ", " :: "};

// A word that is a domain name ("Kapanlagi.com", "KOMPAS.com", "tribunnews.co.id"), not a number
// ("1.500") or an abbreviation ("S.H.").
bool is_domain_name(std::string_view word) {
  const std::size_t dot = word.find('.');
  if (dot == 0 || dot == std::string_view::npos) return false;
  for (std::size_t i = 0; i < dot; ++i) {
    if (!is_ascii_alnum(word[i]) && word[i] != '-') return false;
  }
  std::string_view rest = word.substr(dot);
  while (!rest.empty()) {
    std::size_t label = 1;
    while (label < rest.size() && is_ascii_alpha(rest[label])) ++label;
    if (label < 3 || (label < rest.size() && rest[label] != '.')) return false;
    rest.remove_prefix(label);
  }
  return std::any_of(word.begin(), word.begin() + static_cast<long>(dot), is_ascii_alpha);
}

// A title segment that names a site: a few words, one of them a domain name ("Today Kapanlagi.com",
// "Kompas.com Bola").
bool names_a_site(std::string_view segment) {
  std::size_t words = 0;
  bool domain = false;
  for (std::string_view rest = segment; !rest.empty();) {
    const std::size_t space = std::min(rest.find(' '), rest.size());
    if (space > 0) {
      ++words;
      domain = domain || is_domain_name(rest.substr(0, space));
    }
    rest.remove_prefix(std::min(space + 1, rest.size()));
  }
  return domain && words <= thresholds::kMaxSiteWords;
}

// Text without markup: descriptions of lite templates carry escaped HTML ("<p>Pengakuan ...</p>").
std::string without_markup(std::string_view text) {
  std::string out;
  bool in_tag = false;
  for (const char c : text) {
    if (c == '<') in_tag = true;
    if (!in_tag) out += c;
    if (c == '>') in_tag = false;
  }
  return normalize_text(out);
}

bool inside_any(const std::vector<const GumboNode*>& roots, const GumboNode* node) {
  return std::any_of(roots.begin(), roots.end(), [node](const GumboNode* root) { return contains(root, node); });
}

// A title's words as a reader compares them: case and punctuation ignored ("Judul: Anak Judul?" and
// "judul anak judul" agree). Bytes of multi-byte characters count as letters.
std::vector<std::string> title_words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (const char c : fold_case(text)) {
    if (is_ascii_alnum(c) || static_cast<unsigned char>(c) >= 0x80) {
      word += c;
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

// A title the page shows agrees with the declared one when their words are the same, or when it
// adds a label before a colon ("In Picture: Judul") or a short closing phrase after a comma or colon
// ("Judul, Wajib Coba!") that the metadata dropped.
bool shows_declared_title(std::string_view shown, const std::vector<std::string>& declared) {
  const std::vector<std::string> words = title_words(shown);
  if (words == declared) return true;
  if (declared.empty() || words.size() <= declared.size() || words.size() > declared.size() + thresholds::kMaxAddedTitleWords) {
    return false;
  }
  const std::size_t added = words.size() - declared.size();
  if (std::equal(declared.begin(), declared.end(), words.begin() + static_cast<long>(added))) {
    // The label ends at the first colon, right before the declared words.
    const std::size_t colon = shown.find(':');
    return colon != std::string_view::npos && title_words(shown.substr(0, colon)).size() == added;
  }
  if (std::equal(declared.begin(), declared.end(), words.begin())) {
    const std::size_t cut = shown.find_last_of(",:");
    return cut != std::string_view::npos && title_words(shown.substr(cut)).size() == added;
  }
  return false;
}

// Elements that show a page's title: an <h1>, or an element named for a title ("judul", "jdl-pic").
bool title_element(const GumboNode* element) {
  static constexpr std::string_view kTitleHints[] = {"title", "judul", "jdl", "headline"};
  return element->v.element.tag == GUMBO_TAG_H1 ||
         (is_block_level(element) && class_or_id_contains(element, kTitleHints));
}

}  // namespace

ShownTitle shown_headline(const Document& doc, std::string title, const std::vector<const Profile*>& profiles,
                          const std::optional<std::string>& site_name) {
  const GumboNode* shown_by = nullptr;
  // Metadata titles often wrap the headline in the site's name or a rubric ("Site: Title",
  // "Title | Rubric Site"); an <h1> showing the core of it is the headline as the page shows it.
  for (const GumboNode* element : doc.elements()) {
    if (element->v.element.tag != GUMBO_TAG_H1) continue;
    std::string text = normalize_text(text_content(element));
    if (text.size() < title.size() && text.size() * 2 > title.size() && title.find(text) != std::string::npos) {
      title = std::move(text);
      shown_by = element;
      break;
    }
  }
  title = strip_site_suffix(std::move(title), profiles, site_name);
  // GOLD: the title as shown wins over the declared one that dropped its punctuation or a label.
  const std::vector<std::string> declared = title_words(title);
  for (const GumboNode* element : doc.elements()) {
    if (!title_element(element)) continue;
    std::string text = normalize_text(text_content(element, 2 * thresholds::kMaxShownTitleBytes));
    if (text.empty() || text.size() > thresholds::kMaxShownTitleBytes || text == title || !shows_declared_title(text, declared)) continue;
    // Not a teaser's title (a link to another article, or in a box of them) nor hidden page data.
    bool teaser = false;
    for (const GumboNode* up = element; !teaser && up != nullptr && is_element(up); up = up->parent) {
      const GumboTag tag = up->v.element.tag;
      teaser = tag == GUMBO_TAG_A || tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_ASIDE || tag == GUMBO_TAG_FOOTER ||
               tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_TEMPLATE || tag == GUMBO_TAG_NOSCRIPT;
    }
    const std::size_t at = doc.index_of(element);
    for (std::size_t i = at; !teaser && i < doc.subtree_end(at); ++i) teaser = doc.elements()[i]->v.element.tag == GUMBO_TAG_A;
    if (!teaser) return {std::move(text), element};
  }
  return {std::move(title), shown_by};
}

// Removes a site suffix (" - Kompas.com", " | Liputan6", " | Today Kapanlagi.com") from a title.
std::string strip_site_suffix(std::string title, const std::vector<const Profile*>& profiles,
                              const std::optional<std::string>& site_name) {
  for (const Profile* profile : profiles) {
    if (profile == nullptr) continue;
    for (const std::string& suffix : profile->site_suffixes) {
      if (title.size() > suffix.size() && fold_case(title.substr(title.size() - suffix.size())) == fold_case(suffix)) {
        title.erase(title.size() - suffix.size());
        return normalize_text(title);
      }
    }
  }
  if (site_name) {
    for (std::string_view separator : kTitleSeparators) {
      const std::string suffix = std::string(separator) + *site_name;
      if (title.size() > suffix.size() && fold_case(title.substr(title.size() - suffix.size())) == fold_case(suffix)) {
        return normalize_text(title.substr(0, title.size() - suffix.size()));
      }
    }
  }
  std::size_t cut = std::string::npos;
  std::size_t cut_length = 0;
  for (std::string_view separator : kTitleSeparators) {
    const std::size_t at = title.rfind(separator);
    if (at != std::string::npos && (cut == std::string::npos || at > cut)) {
      cut = at;
      cut_length = separator.size();
    }
  }
  if (cut != std::string::npos && cut > 0 && names_a_site(std::string_view(title).substr(cut + cut_length))) {
    return normalize_text(title.substr(0, cut));
  }
  return title;
}

// Old templates title the page "Site - Article" with no og:title or <h1>: the part of the title the
// page shows as a line of its own is the headline; else the whole title.
std::string shown_title_part(const Document& doc, const std::string& title) {
  std::vector<std::string> parts;
  for (std::string_view rest = title; !rest.empty();) {
    std::size_t cut = rest.size();
    std::size_t length = 0;
    for (std::string_view separator : kTitleSeparators) {
      const std::size_t at = rest.find(separator);
      if (at < cut) {
        cut = at;
        length = separator.size();
      }
    }
    if (std::string part = normalize_text(rest.substr(0, cut)); !part.empty()) parts.push_back(std::move(part));
    rest.remove_prefix(std::min(cut + length, rest.size()));
  }
  if (parts.size() < 2) return title;
  // The site's name may be shown too (a text logo): the longest part shown wins.
  const std::string* shown = nullptr;
  for (const GumboNode* element : doc.elements()) {
    if (!is_short_line(element) && !is_bold(element)) continue;
    const std::string text = normalize_text(text_content(element));
    for (const std::string& part : parts) {
      if (text == part && (shown == nullptr || part.size() > shown->size())) shown = &part;
    }
  }
  return shown != nullptr ? *shown : title;
}

// Deck text compared as a reader would: case and a final full stop do not matter.
std::string deck_key(std::string_view text) {
  std::string key = fold_case(normalize_text(text));
  while (!key.empty() && (key.back() == '.' || key.back() == ' ')) key.pop_back();
  return key;
}

// Pages of unknown outlets show their deck as an element of its own, outside the text: the first
// text that is the page's whole description (a description found only in the text is its first
// sentence, not a deck), else a plain paragraph right after the <h1>, as WordPress entry headers do.
std::optional<std::string> shown_deck(const Document& doc, const PageMetadata& meta,
                                      const std::vector<const GumboNode*>& roots) {
  std::vector<std::string> descriptions;
  for (const char* key : {"description", "og:description", "twitter:description"}) {
    if (const std::string* value = meta.first(key)) descriptions.push_back(deck_key(without_markup(*value)));
  }
  if (meta.jsonld && meta.jsonld->description) descriptions.push_back(deck_key(without_markup(*meta.jsonld->description)));
  std::erase_if(descriptions, [](const std::string& key) { return key.size() < thresholds::kMinDeckBytes; });
  const GumboNode* first_h1 = nullptr;
  const bool page_has_h1 = std::any_of(doc.elements().begin(), doc.elements().end(),
                                       [](const GumboNode* e) { return e->v.element.tag == GUMBO_TAG_H1; });
  for (const GumboNode* element : doc.elements()) {
    if (first_h1 == nullptr && element->v.element.tag == GUMBO_TAG_H1) first_h1 = element;
    if (descriptions.empty() || element->v.element.tag == GUMBO_TAG_HEAD || holds_no_text(element)) continue;
    // GOLD: a deck is shown under the headline; the description text before it (a news ticker, share
    // data) or in a teaser box, navigation or footer is none.
    if (page_has_h1 && first_h1 == nullptr) continue;
    const GumboVector& children = element->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      const auto* child = static_cast<const GumboNode*>(children.data[i]);
      if (child->type != GUMBO_NODE_TEXT || collapsed_longer_than(child->v.text.text, 2 * thresholds::kMaxDeckBytes)) continue;
      // ASCII text only shortens on the way to its key, and every description is this long.
      const std::string_view text = child->v.text.text;
      if (text.size() < thresholds::kMinDeckBytes && is_ascii_only(text)) continue;
      const std::string key = deck_key(text);
      if (std::find(descriptions.begin(), descriptions.end(), key) == descriptions.end()) continue;
      // In the text only when it is all of it: a photo story's one line under its title is its deck.
      if (in_skipped_subtree(element)) continue;
      if (inside_any(roots, element) && !(roots.size() == 1 && deck_key(text_content(roots.front(), 2 * thresholds::kMaxDeckBytes)) == key)) {
        continue;
      }
      for (const GumboNode* up = element; up != nullptr && is_element(up); up = up->parent) {
        const GumboTag tag = up->v.element.tag;
        if (tag == GUMBO_TAG_A || tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_ASIDE || tag == GUMBO_TAG_FOOTER) {
          return std::nullopt;  // a teaser of another article, site chrome
        }
      }
      return normalize_text(child->v.text.text);
    }
  }
  if (first_h1 == nullptr) return std::nullopt;
  const GumboNode* next = nullptr;
  const GumboVector& siblings = first_h1->parent->v.element.children;
  for (unsigned i = first_h1->index_within_parent + 1; i < siblings.length && next == nullptr; ++i) {
    const auto* sibling = static_cast<const GumboNode*>(siblings.data[i]);
    if (is_element(sibling)) next = sibling;
  }
  if (next == nullptr || next->v.element.tag != GUMBO_TAG_P || inside_any(roots, next)) return std::nullopt;
  std::string text = normalize_text(text_content(next));
  const std::size_t words = static_cast<std::size_t>(std::count(text.begin(), text.end(), ' ')) + 1;
  if (text.size() < thresholds::kMinDeckBytes || text.size() > thresholds::kMaxDeckBytes || words < thresholds::kMinDeckWords) return std::nullopt;
  const std::size_t at = doc.index_of(next);
  for (std::size_t j = at + 1; j < doc.subtree_end(at); ++j) {
    if (doc.elements()[j]->v.element.tag == GUMBO_TAG_A) return std::nullopt;  // a byline or a link line
  }
  if (parse_date(text).value) return std::nullopt;
  return text;
}

}  // namespace warta::detail::extract_internal
