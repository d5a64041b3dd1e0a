// Captions: the profile's caption rules, else figcaptions and caption-named elements beside an
// image, with their credits.
#include "extract/common.hpp"

#include <algorithm>
#include <cstring>

#include "dom.hpp"
#include "extract/thresholds.hpp"
#include "extract/vocabulary.hpp"
#include "metadata.hpp"
#include "normalize/captions.hpp"
#include "normalize/class_names.hpp"
#include "normalize/text.hpp"
#include "profiles.hpp"

namespace warta::detail::extract_internal {
namespace {

// The image of a caption: an <img> in the caption's figure or its parent.
// Share bars sit beside photos with icon images of their own (Tempo's share-display over the lead image).
bool is_share_control(const GumboNode* element) {
  const char* cls = attribute(element, "class");
  return cls != nullptr && ascii_lower(cls).find("share") != std::string::npos;
}

std::optional<std::string> image_near(const Document& doc, const GumboNode* caption) {
  const auto& elements = doc.elements();
  const GumboNode* scope = caption;
  for (int up = 0; up < 3 && scope != nullptr && is_element(scope); ++up, scope = scope->parent) {
    const std::size_t begin = doc.index_of(scope);
    if (begin == elements.size()) break;
    const std::size_t end = std::min(doc.subtree_end(begin), begin + thresholds::kMaxImageSearchElements);
    for (std::size_t i = begin; i < end; ++i) {
      const GumboNode* node = elements[i];
      if (is_share_control(node)) {
        i = doc.subtree_end(i) - 1;
        continue;
      }
      const std::string_view tag = tag_name(node);
      if (tag != "img" && tag != "amp-img") continue;
      for (const char* name : {"data-src", "data-original", "data-lazy-src", "src"}) {
        const char* value = attribute(node, name);
        if (value != nullptr && *value != '\0' && std::strncmp(value, "data:", 5) != 0) return normalize_text(value);
      }
    }
  }
  return std::nullopt;
}

// A caption's text without its credit element's text, which sits at its end or its start; the same
// words may also occur inside the caption ("Facebook" credit on "CEO Facebook ..."), so those are kept.
std::string without_credit(std::string text, const std::string& credit) {
  if (text.size() >= credit.size() && text.compare(text.size() - credit.size(), credit.size(), credit) == 0) {
    text.erase(text.size() - credit.size());
  } else if (text.starts_with(credit)) {
    text.erase(0, credit.size());
  } else if (const std::size_t at = text.rfind(credit); at != std::string::npos) {
    text.erase(at, credit.size());
  }
  return normalize_text(text);
}

bool is_image(const GumboNode* element) {
  const std::string_view tag = tag_name(element);
  return tag == "img" || tag == "amp-img" || tag == "picture";
}

// A slot named for a caption and a credit ("author-caption" under an avatar) holds a credit.
bool element_names_caption(const GumboNode* element) {
  for (const char* name : {"class", "id"}) {
    const char* value = attribute(element, name);
    if (value != nullptr && names_caption(value) && !names_credit(value)) return true;
  }
  return false;
}

// Related-article lists, sidebars and widgets show thumbnails with titles in caption-like slots.
bool names_teaser_box(const GumboNode* element) {
  return class_or_id_contains(element, class_words(ClassWords::teaser_box));
}

// A teaser's thumbnail links to another article; an article's photo links nowhere or to the
// picture itself (a lightbox).
bool links_to_page(const GumboNode* image, const GumboNode* scope) {
  for (const GumboNode* up = image; up != nullptr && is_element(up) && up != scope->parent; up = up->parent) {
    if (up->v.element.tag != GUMBO_TAG_A) continue;
    const char* href = attribute(up, "href");
    if (href == nullptr || *href == '\0' || *href == '#') return false;
    std::string path = ascii_lower(href);
    path = path.substr(0, std::min(path.find('?'), path.size()));
    for (std::string_view extension : {".jpg", ".jpeg", ".png", ".webp", ".gif"}) {
      if (path.ends_with(extension)) return false;
    }
    return true;
  }
  return false;
}

// Whether the images in an element's subtree are the article's own (none is a teaser's link to
// another page); nullopt when it holds no image. A subtree of more elements than a photo's frame
// holds is not the caption's frame (and reading it per caption would make galleries quadratic).
std::optional<bool> own_images(const Document& doc, const GumboNode* scope) {
  const std::size_t begin = doc.index_of(scope);
  if (begin == doc.elements().size()) return std::nullopt;
  if (doc.subtree_end(begin) - begin > thresholds::kMaxFrameElements) return false;
  const auto first = doc.elements().begin() + static_cast<std::ptrdiff_t>(begin);
  const auto last = doc.elements().begin() + static_cast<std::ptrdiff_t>(doc.subtree_end(begin));
  if (std::none_of(first, last, is_image)) return std::nullopt;
  return std::none_of(first, last, [scope](const GumboNode* e) { return is_image(e) && links_to_page(e, scope); });
}

// A caption candidate found by its name sits beside an image: the caption, its parent or its
// grandparent holds one and little text besides the caption (not the whole body); or the caption
// (or a wrapper holding only it) comes right after or before an element that is only an image.
// The image must not be a link to another page.
bool beside_image(const Document& doc, const GumboNode* caption, std::size_t caption_bytes) {
  const std::size_t max_bytes = caption_bytes + thresholds::kMaxFrameOtherTextBytes;
  const GumboNode* scope = caption;
  bool wrapper = true;  // scope holds only the caption's text
  for (int up = 0; up < 3 && scope != nullptr && is_element(scope); ++up, scope = scope->parent) {
    // Text only grows going up: past the limit no level can be the caption's frame. White space
    // collapses, so the raw read stops at a multiple of the limit.
    const std::size_t scope_bytes = normalize_text(text_content(scope, 8 * max_bytes)).size();
    if (scope_bytes > max_bytes) return false;
    wrapper = wrapper && scope_bytes == caption_bytes;
    if (const std::optional<bool> own = own_images(doc, scope)) return *own;
    if (!wrapper || scope->parent == nullptr || !is_element(scope->parent)) continue;
    for (const int step : {-1, 1}) {
      const GumboNode* neighbour = element_sibling(scope, step);
      if (neighbour == nullptr || !normalize_text(text_content(neighbour, 64)).empty()) continue;
      if (const std::optional<bool> own = own_images(doc, neighbour)) return *own;
    }
  }
  return false;
}

// A caption is a short text, not a stretch of the body: no more than one paragraph, no heading.
bool short_caption_block(const GumboNode* caption, std::size_t caption_bytes) {
  if (caption_bytes == 0 || caption_bytes > thresholds::kMaxCaptionBytes) return false;
  int paragraphs = 0;
  std::vector<const GumboNode*> stack{caption};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (!is_element(node)) continue;
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3) return false;
    if (tag == GUMBO_TAG_P && ++paragraphs > 1) return false;
    for (unsigned i = 0; i < node->v.element.children.length; ++i) {
      stack.push_back(static_cast<const GumboNode*>(node->v.element.children.data[i]));
    }
  }
  return true;
}

// The block of the page that holds the headline and the body: the nearest common ancestor of the
// <h1> before the first content root and that root, unless that is the whole page.
const GumboNode* article_area(const Document& doc, const GumboNode* root, std::size_t& headline_index) {
  const std::size_t root_index = doc.index_of(root);
  const GumboNode* headline = nullptr;
  for (std::size_t i = 0; i < root_index && i < doc.elements().size(); ++i) {
    if (doc.elements()[i]->v.element.tag == GUMBO_TAG_H1) {
      headline = doc.elements()[i];
      headline_index = i;
    }
  }
  if (headline == nullptr) return nullptr;
  for (const GumboNode* area = root->parent; area != nullptr && is_element(area); area = area->parent) {
    const GumboTag tag = area->v.element.tag;
    if (tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_HTML) return nullptr;
    if (contains(area, headline)) return area;
  }
  return nullptr;
}

// Generic captions: figcaptions, WordPress wp-caption-text and elements whose class or id names a
// caption, in or just around the content root or in the lead image area between the headline and
// the root. Named elements must sit beside an image and be short; nothing inside a link (a teaser's
// title), a teaser box, navigation or an aside, and not the article's own description (GOLD: that
// is the subheadline).
std::vector<const GumboNode*> generic_caption_nodes(const ExtractInput& input, const std::vector<const GumboNode*>& roots,
                                                    const RawFields& out) {
  const Document& doc = input.doc;
  std::size_t headline_index = 0;
  const GumboNode* area = roots.empty() ? nullptr : article_area(doc, roots.front(), headline_index);
  const std::size_t first_root_index = roots.empty() ? 0 : doc.index_of(roots.front());
  std::optional<std::string> description = optional_of(input.metadata.first("description"));
  if (!description) description = optional_of(input.metadata.first("og:description"));
  if (description) description = normalize_text(*description);
  std::vector<const GumboNode*> nodes;
  for (std::size_t index = 0; index < doc.elements().size(); ++index) {
    const GumboNode* element = doc.elements()[index];
    const bool marked = element->v.element.tag == GUMBO_TAG_FIGCAPTION || has_class(element, "wp-caption-text");
    const bool named = !marked && element_names_caption(element);
    if (!marked && !named) continue;
    bool near = roots.empty();
    for (const GumboNode* root : roots) {
      // A body taken paragraph by paragraph (IDN Times p.article-text) sits one level deeper, so
      // its figures are looked for one level further up.
      const GumboNode* scope = root->parent;
      if (scope != nullptr && root->v.element.tag == GUMBO_TAG_P && is_element(scope)) scope = scope->parent;
      near = near || contains(root, element) || (scope != nullptr && contains(scope, element));
    }
    const bool lead = area != nullptr && index > headline_index && index < first_root_index && contains(area, element);
    if (!near && !lead) continue;
    bool teaser = false;
    for (const GumboNode* up = element; !teaser && up != nullptr && is_element(up); up = up->parent) {
      const GumboTag tag = up->v.element.tag;
      teaser = tag == GUMBO_TAG_A || tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_ASIDE || tag == GUMBO_TAG_FOOTER ||
               names_teaser_box(up);
    }
    if (teaser) continue;
    const std::string text = normalize_text(text_content(element));
    if (text == out.subheadline || text == description) continue;
    if ((named || lead) && !short_caption_block(element, text.size())) continue;
    // A figure's own caption needs no image of its own (galleries load theirs from data attributes).
    const bool in_figure = element->parent != nullptr && is_element(element->parent) &&
                           element->parent->v.element.tag == GUMBO_TAG_FIGURE;
    if ((named || (lead && !in_figure)) && !beside_image(doc, element, text.size())) continue;
    nodes.push_back(element);
  }
  return nodes;
}

// A credit given in its own element: inside the caption (a <small>, <cite> or an element whose
// class names a credit), beside it in its figure, or an inline element closing the caption with a
// bracketed text ("Teks.<b> (Nama Fotografer)</b>").
const GumboNode* credit_element(const GumboNode* caption) {
  std::vector<const GumboNode*> stack;
  for (const GumboNode* child : element_children(caption)) stack.push_back(child);
  if (caption->parent != nullptr && is_element(caption->parent) && caption->parent->v.element.tag == GUMBO_TAG_FIGURE) {
    for (const GumboNode* sibling : element_children(caption->parent)) {
      const char* cls = attribute(sibling, "class");
      if (sibling != caption && cls != nullptr && names_credit(cls)) return sibling;
    }
  }
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    const GumboTag tag = node->v.element.tag;
    const char* cls = attribute(node, "class");
    if (tag == GUMBO_TAG_SMALL || tag == GUMBO_TAG_CITE || (cls != nullptr && names_credit(cls))) {
      if (!normalize_text(text_content(node)).empty()) return node;
    }
    for (const GumboNode* child : element_children(node)) stack.push_back(child);
  }
  const GumboVector& children = caption->v.element.children;
  const GumboNode* last = nullptr;
  for (unsigned i = children.length; i > 0 && last == nullptr; --i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i - 1]);
    if (child->type != GUMBO_NODE_WHITESPACE) last = child;
  }
  if (!is_element(last)) return nullptr;
  const GumboTag tag = last->v.element.tag;
  if (tag != GUMBO_TAG_B && tag != GUMBO_TAG_STRONG && tag != GUMBO_TAG_SPAN && tag != GUMBO_TAG_EM && tag != GUMBO_TAG_I) {
    return nullptr;
  }
  const std::string credit = normalize_text(text_content(last));
  const bool bracketed = credit.size() > 2 && ((credit.front() == '(' && credit.back() == ')') ||
                                               (credit.front() == '[' && credit.back() == ']'));
  return bracketed && normalize_text(text_content(caption)).size() > credit.size() ? last : nullptr;
}

}  // namespace

Provenance extract_captions(const ExtractInput& input, const std::vector<const Profile*>& profiles,
                            const std::vector<const GumboNode*>& roots, RawFields& out) {
  const Document& doc = input.doc;
  std::vector<const GumboNode*> nodes;
  const std::optional<std::string>* text_attribute = nullptr;  // gallery thumbnails carry it in an attribute
  Provenance from{"generic captions"};
  for (const Profile* profile : profiles) {
    const auto* rules = field_rules(profile, Field::captions);
    if (rules == nullptr) continue;
    for (std::size_t i = 0; i < rules->size(); ++i) {
      auto matches = (*rules)[i].selector.select_all(doc);
      if (!matches.empty()) {
        from = rule_provenance(*profile, Field::captions, i, matches.front());
        nodes = std::move(matches);
        text_attribute = &(*rules)[i].attribute;
        break;
      }
    }
    if (!nodes.empty()) break;
  }
  const bool generic = nodes.empty();
  if (generic) nodes = generic_caption_nodes(input, roots, out);
  const std::vector<FieldRule>* credit_rules = nullptr;
  for (const Profile* profile : profiles) {
    if ((credit_rules = field_rules(profile, Field::caption_credit)) != nullptr) break;
  }
  for (const GumboNode* node : outermost(nodes)) {
    RawCaption caption;
    caption.node = node;
    if (text_attribute != nullptr && *text_attribute) {
      const char* value = attribute(node, **text_attribute);
      caption.text = normalize_text(value != nullptr ? value : "");
    } else {
      caption.text = normalize_text(text_content(node));
    }
    // The credit sits inside the caption, or (Republika) on the photo next to it: look in the
    // caption, then in its parent and grandparent.
    const GumboNode* scope = node;
    for (int up = 0; credit_rules != nullptr && !caption.credit && up < 3 && scope != nullptr && is_element(scope);
         ++up, scope = scope->parent) {
      for (const FieldRule& rule : *credit_rules) {
        auto values = rule_values(doc, rule, false, scope);
        if (values.empty()) continue;
        caption.credit = values.front();
        caption.text = without_credit(std::move(caption.text), values.front());
        break;
      }
    }
    if (generic && !caption.credit) {
      if (const GumboNode* credit = credit_element(node)) {
        caption.credit = normalize_text(text_content(credit));
        if (contains(node, credit)) caption.text = without_credit(std::move(caption.text), *caption.credit);
      }
    }
    if (caption.text.empty() && !caption.credit) continue;
    caption.image_url = image_near(doc, node);
    out.captions.push_back(std::move(caption));
  }
  return from;
}

}  // namespace warta::detail::extract_internal
