// Captions: the profile's caption rules, else figcaptions and caption-named elements beside an
// image, with their credits.
#include "extract/common.hpp"

#include <algorithm>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

#include "ascii.hpp"
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

// Inside a link (a teaser's title), navigation, an aside, a footer or a box of teasers.
bool in_teaser(const GumboNode* element) {
  for (const GumboNode* up = element; up != nullptr && is_element(up); up = up->parent) {
    const GumboTag tag = up->v.element.tag;
    if (tag == GUMBO_TAG_A || tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_ASIDE || tag == GUMBO_TAG_FOOTER ||
        names_teaser_box(up)) {
      return true;
    }
  }
  return false;
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
    if (in_teaser(element)) continue;
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

// A person's name alone: two to four capitalised words of letters ("Nama Fotografer").
bool is_name_line(std::string_view text) {
  if (text.empty() || text.size() > thresholds::kMaxNameLineBytes) return false;
  std::size_t words = 0;
  bool word_start = true;
  for (const char c : text) {
    if (c == ' ') {
      word_start = true;
      continue;
    }
    if (!is_ascii_alpha(c) || (word_start && !is_ascii_upper(c))) return false;
    if (word_start) ++words;
    word_start = false;
  }
  return words >= 2 && words <= 4;
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
  // A photographer's name on a line of its own over or under the caption line ("Nama Fotografer" /
  // "Teks foto"), as a frame of two text lines shows it.
  std::vector<const GumboNode*> lines;
  for (const GumboNode* child : element_children(caption)) {
    if (!normalize_text(text_content(child, 512)).empty()) lines.push_back(child);
  }
  if (lines.size() == 2) {
    const std::string first = normalize_text(text_content(lines[0]));
    const std::string second = normalize_text(text_content(lines[1]));
    const auto words = [](const std::string& text) { return std::count(text.begin(), text.end(), ' ') + 1; };
    if (is_name_line(first) && words(second) > words(first)) return lines[0];
    if (is_name_line(second) && words(first) > words(second)) return lines[1];
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

// Text of an image slot that is only a credit (GOLD: no caption entry, and never body text): a
// copyright notice (a copyright sign, "(c)" or "Copyright" first: "(c)2022 Situs.com/Istimewa"), a label and its credit and nothing else ("Foto: Nama"), a
// video platform and its channel ("YouTube - Nama Kanal").
bool credit_only(std::string_view text) {
  const CaptionParts parts = split_caption(text);
  if (parts.credit && parts.text.empty()) return true;
  const std::string lower = ascii_lower(text);
  if (lower.starts_with("\xC2\xA9") || lower.starts_with("(c)") || lower.starts_with("copyright")) return true;
  for (std::string_view platform : {"youtube", "instagram", "tiktok", "twitter", "facebook"}) {
    if (!lower.starts_with(platform)) continue;
    const std::string_view rest = std::string_view(lower).substr(platform.size());
    if ((rest.starts_with(" - ") || rest.starts_with("/") || rest.starts_with(": ")) &&
        static_cast<std::size_t>(std::count(rest.begin(), rest.end(), ' ')) <= thresholds::kMaxChannelWords) {
      return true;
    }
  }
  return false;
}

// Whether an element's class or id names a photo's frame ("photo", "pic_artikel", "detfoto", "foto-konten").
// The text of a caption's element without the labels of photo controls inside it.
std::string caption_text_of(const Document& doc, const GumboNode* caption) {
  // Lines in blocks of their own are words apart ("<div>Satu.</div><div>Dua</div>" reads "Satu. Dua").
  // A script with a caption's class ("<script class=wp-caption-text>") holds script text, not a caption.
  if (holds_no_text(caption)) return {};
  std::string joined;
  const GumboVector& children = caption->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (holds_no_text(child)) continue;
    const bool block = is_element(child) && is_block_level(child);
    if (block) joined += ' ';
    joined += text_content(child);
    if (block) joined += ' ';
  }
  std::string text = normalize_text(joined);
  const std::size_t begin = doc.index_of(caption);
  for (std::size_t i = begin + 1; i < doc.subtree_end(begin); ++i) {
    if (!is_photo_control(doc.elements()[i])) continue;
    if (const std::string label = normalize_text(text_content(doc.elements()[i])); !label.empty()) {
      text = without_credit(std::move(text), label);
    }
    i = doc.subtree_end(i) - 1;
  }
  return text;
}

bool names_photo_frame(const GumboNode* element) {
  static constexpr std::string_view kFrameHints[] = {"photo", "foto", "pic", "gambar"};
  if (is_photo_control(element)) return false;
  for (const char* name : {"class", "id"}) {
    const char* value = attribute(element, name);
    if (value != nullptr && names_credit(value)) return false;
  }
  return class_or_id_contains(element, kFrameHints);
}

// Text of an element that sits inside links.
std::size_t link_text_bytes(const Document& doc, const GumboNode* element) {
  std::size_t bytes = 0;
  const std::size_t begin = doc.index_of(element);
  for (std::size_t i = begin; i < doc.subtree_end(begin); ++i) {
    if (doc.elements()[i]->v.element.tag != GUMBO_TAG_A) continue;
    bytes += normalize_text(text_content(doc.elements()[i])).size();
    i = doc.subtree_end(i) - 1;
  }
  return bytes;
}

// Whether the elements in [range) hold text other than white space (share bars and indentation before
// a caption can be long runs of white space).
bool has_visible_text(const Document& doc, std::pair<std::size_t, std::size_t> range) {
  for (std::size_t i = range.first; i < range.second; ++i) {
    const GumboNode* element = doc.elements()[i];
    if (skipped_subtree(element)) {
      i = doc.subtree_end(i) - 1;
      continue;
    }
    const GumboVector& children = element->v.element.children;
    for (unsigned c = 0; c < children.length; ++c) {
      const auto* child = static_cast<const GumboNode*>(children.data[c]);
      if (child->type == GUMBO_NODE_TEXT && !normalize_text(child->v.text.text).empty()) return true;
    }
  }
  return false;
}

// An element showing only an image (and white space or line breaks).
bool image_only(const Document& doc, const GumboNode* element) {
  if (!normalize_text(text_content(element, 64)).empty()) return false;
  return own_images(doc, element).value_or(false);
}

// Captions of templates without caption markup (GOLD: every photo caption of the article):
// - a photo's frame: the nearest element around the article's own image (or an element named for a
//   photo, "div.photo", "div.pic_artikel") that holds text, when that text is short, mostly not links and
//   either outside the text (the lead photo under the headline) or labelled as a photo's ("Foto: ...");
// - a short line right after an element that is only an image, labelled ("... Foto: Grammy") or wholly
//   in italics, as editors put captions under in-text photos.
std::vector<const GumboNode*> photo_frame_captions(const Document& doc, const std::vector<const GumboNode*>& roots,
                                                   const std::vector<const GumboNode*>& captioned, const RawFields& out) {
  if (roots.empty()) return {};
  std::size_t headline_index = 0;
  const GumboNode* area = article_area(doc, roots.front(), headline_index);
  // Subtrees as index ranges: every element is tested, so no ancestor walks per element.
  using Range = std::pair<std::size_t, std::size_t>;
  const auto range_of = [&doc](const GumboNode* node) {
    const std::size_t begin = doc.index_of(node);
    return Range{begin, begin < doc.elements().size() ? doc.subtree_end(begin) : begin};
  };
  std::vector<Range> root_ranges;
  for (const GumboNode* root : roots) root_ranges.push_back(range_of(root));
  const auto in_range = [](const Range& range, std::size_t index) { return index >= range.first && index < range.second; };
  const Range area_range = area != nullptr ? range_of(area) : Range{0, 0};
  std::vector<std::size_t> captioned_indices;
  for (const GumboNode* caption : captioned) captioned_indices.push_back(doc.index_of(caption));
  std::sort(captioned_indices.begin(), captioned_indices.end());
  std::unordered_set<const GumboNode*> seen;
  std::unordered_map<const GumboNode*, bool> visible_text;  // each ancestor read once, however many images
  std::vector<const GumboNode*> frames;
  for (std::size_t index = 0; index < doc.elements().size(); ++index) {
    const GumboNode* element = doc.elements()[index];
    const bool in_root = std::any_of(root_ranges.begin(), root_ranges.end(), [&](const Range& r) { return in_range(r, index); });
    const bool lead = index > headline_index && index < root_ranges.front().first && in_range(area_range, index);
    if (!in_root && !lead) continue;
    const GumboNode* frame = nullptr;
    if (is_image(element) && !links_to_page(element, element)) {
      // The nearest of three ancestors holding visible text; none when the text is further away.
      const GumboNode* up = element->parent;
      for (int level = 0; level < 3 && frame == nullptr && up != nullptr && is_element(up); ++level, up = up->parent) {
        const Range range = range_of(up);
        if (range.second - range.first > thresholds::kMaxFrameElements) break;
        auto known = visible_text.find(up);
        if (known == visible_text.end()) known = visible_text.emplace(up, has_visible_text(doc, range)).first;
        if (known->second) frame = up;
      }
    } else if (names_photo_frame(element)) {
      frame = element;
    } else if (is_block_level(element) && in_root) {
      const GumboNode* previous = element_sibling(element, -1);
      for (int blank = 0; previous != nullptr && blank < thresholds::kMaxBlankSiblings &&
                          normalize_text(text_content(previous, 64)).empty() && !image_only(doc, previous);
           ++blank) {
        previous = element_sibling(previous, -1);
      }
      if (previous != nullptr && image_only(doc, previous)) frame = element;
    }
    if (frame == nullptr || !is_element(frame) || !seen.insert(frame).second) continue;
    const Range frame_range = range_of(frame);
    if (frame_range.second - frame_range.first > thresholds::kMaxFrameElements ||
        std::any_of(root_ranges.begin(), root_ranges.end(), [&](const Range& r) { return in_range(frame_range, r.first); })) {
      continue;
    }
    if (normalize_text(text_content(frame, 4 * thresholds::kMaxFrameCaptionBytes)).size() > thresholds::kMaxFrameCaptionBytes) continue;
    const std::string text = caption_text_of(doc, frame);
    if (text.empty() || text.size() > thresholds::kMaxFrameCaptionBytes || !short_caption_block(frame, text.size())) continue;
    if (link_text_bytes(doc, frame) * 2 > text.size() || in_skipped_subtree(frame)) continue;
    if (text == out.headline || text == out.subheadline) continue;
    // Not a teaser's frame, nor an icon label ("Lihat Foto", "Perbesar") beside an image whose caption
    // sits in a caption slot of its own, nor a date line under a photo story's title.
    const bool teaser = in_teaser(frame);
    const GumboNode* photo_box = frame->parent != nullptr && is_element(frame->parent) ? frame->parent : frame;
    if (photo_box->parent != nullptr && is_element(photo_box->parent)) photo_box = photo_box->parent;
    const Range box_range = range_of(photo_box);
    const auto first_caption = std::lower_bound(captioned_indices.begin(), captioned_indices.end(), box_range.first);
    if (teaser || (first_caption != captioned_indices.end() && *first_caption < box_range.second)) continue;
    if (const DateResult date = parse_date(text); date.value && date.value->has_time) continue;
    const bool labelled = split_caption(text).credit.has_value() || credit_element(frame) != nullptr;
    const std::vector<const GumboNode*> children = element_children(frame);
    const bool italic = children.size() == 1 &&
                        (children.front()->v.element.tag == GUMBO_TAG_EM || children.front()->v.element.tag == GUMBO_TAG_I) &&
                        normalize_text(text_content(children.front())) == text;
    if (in_root && !labelled && !italic && !names_photo_frame(frame)) continue;
    frames.push_back(frame);
  }
  return frames;
}

// The caption a gallery item or lazy image carries only in an attribute (a slider's later items are
// drawn when the reader slides to them): data-caption, data-short-desc, data-description and the like.
std::optional<std::string> caption_attribute(const GumboNode* element) {
  const GumboVector& attributes = element->v.element.attributes;
  for (unsigned i = 0; i < attributes.length; ++i) {
    const auto* attr = static_cast<const GumboAttribute*>(attributes.data[i]);
    const std::string_view name = attr->name;
    if (!name.starts_with("data-") || (name.find("caption") == std::string_view::npos && name.find("desc") == std::string_view::npos)) {
      continue;
    }
    std::string text = normalize_text(attr->value);
    if (static_cast<std::size_t>(std::count(text.begin(), text.end(), ' ')) + 1 >= thresholds::kMinAttributeCaptionWords) return text;
  }
  return std::nullopt;
}

// Gallery items and lazy images after the headline whose caption is only in an attribute: the item
// must hold the article's own image (or be one) and sit in no teaser box.
std::vector<RawCaption> attribute_captions(const Document& doc, const RawFields& out) {
  std::vector<RawCaption> captions;
  bool after_headline = false;
  for (std::size_t index = 0; index < doc.elements().size(); ++index) {
    const GumboNode* element = doc.elements()[index];
    after_headline = after_headline || element->v.element.tag == GUMBO_TAG_H1;
    if (!after_headline) continue;
    std::optional<std::string> text = caption_attribute(element);
    if (!text || *text == out.headline || *text == out.subheadline) continue;
    if (doc.subtree_end(index) - index > thresholds::kMaxGalleryItemElements || in_teaser(element) || in_skipped_subtree(element)) continue;
    if (!is_image(element) && !own_images(doc, element).value_or(false)) continue;
    RawCaption caption;
    caption.text = std::move(*text);
    caption.node = element;
    caption.image_url = image_near(doc, element);
    captions.push_back(std::move(caption));
    index = doc.subtree_end(index) - 1;  // an item's inner image repeats its caption
  }
  return captions;
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
  if (generic) {
    nodes = generic_caption_nodes(input, roots, out);
    for (const GumboNode* frame : photo_frame_captions(doc, roots, nodes, out)) {
      if (std::none_of(nodes.begin(), nodes.end(), [frame](const GumboNode* node) {
            return contains(node, frame) || contains(frame, node);
          })) {
        nodes.push_back(frame);
      }
    }
    std::sort(nodes.begin(), nodes.end(),
              [&doc](const GumboNode* a, const GumboNode* b) { return doc.index_of(a) < doc.index_of(b); });
  }
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
      caption.text = generic ? caption_text_of(doc, node) : normalize_text(text_content(node));
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
        std::string credit_text = normalize_text(text_content(credit));
        // A credit-named slot holding the whole text is a credit, unless the text is a caption with its
        // credit in brackets ("Teks (Dok. Nama)"), which normalise splits.
        if (credit_text != caption.text || !split_caption(credit_text).credit) {
          caption.credit = std::move(credit_text);
          if (contains(node, credit)) caption.text = without_credit(std::move(caption.text), *caption.credit);
        }
      }
    }
    // A slot holding only a credit is no caption, and its text is no body text either.
    if (generic && !caption.credit && credit_only(caption.text)) {
      caption.credit = std::move(caption.text);
      caption.text.clear();
    }
    if (caption.text.empty() && !caption.credit) continue;
    caption.image_url = image_near(doc, node);
    out.captions.push_back(std::move(caption));
  }
  if (generic) {
    // An item whose caption is also drawn as text was read above; the others are added in page order.
    std::unordered_set<std::string> shown;
    for (const RawCaption& caption : out.captions) shown.insert(caption.text);
    const std::unordered_set<const GumboNode*> read(nodes.begin(), nodes.end());
    for (RawCaption& caption : attribute_captions(doc, out)) {
      if (within_any(caption.node, read)) continue;
      if (shown.contains(caption.text)) continue;
      out.captions.push_back(std::move(caption));
    }
    std::stable_sort(out.captions.begin(), out.captions.end(), [&doc](const RawCaption& a, const RawCaption& b) {
      return doc.index_of(a.node) < doc.index_of(b.node);
    });
  }
  return from;
}

}  // namespace warta::detail::extract_internal
