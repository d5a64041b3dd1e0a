#include "generic.hpp"
#include "ascii.hpp"

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "dom.hpp"
#include "extract/common.hpp"
#include "extract/thresholds.hpp"
#include "extract/vocabulary.hpp"
#include "normalize/text.hpp"

namespace warta::detail {
namespace {

bool is_unlikely_container(const GumboNode* element) {
  if (holds_no_text(element) || is_archive_toolbar(element)) return true;
  if (extract_internal::class_or_id_contains(element, class_words(ClassWords::signup_box))) return true;
  switch (element->v.element.tag) {
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_FIGCAPTION:
      return true;
    default:
      return false;
  }
}

std::size_t count_commas(std::string_view text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), ','));
}

// True when a sentence ends somewhere in `text` (normalize/byline's ends_sentence asks whether the
// text itself ends one): '.', '!' or '?' before white space, a closing quote or bracket, or the end
// ("Rp 3.5 juta" and "liputan6.com" end none). Article prose is sentences; page furniture (labels,
// counters, link titles, "Email berhasil dikirim, ...") has none.
bool holds_sentence_end(std::string_view text) {
  for (std::size_t i = text.find_first_of(".!?"); i != std::string_view::npos; i = text.find_first_of(".!?", i + 1)) {
    if (i + 1 == text.size()) return true;
    const char next = text[i + 1];
    if (is_ascii_space(next) || next == '"' || next == '\'' || next == ')' || next == '\xE2') return true;
  }
  return false;
}

// Length of the text without leading/trailing white space, each run of it inside counted once.
std::size_t trimmed_length(const char* text) { return collapsed_length(trim_ascii_space(text)); }

double link_density(std::size_t text, std::size_t links) {
  return text == 0 ? 0.0 : static_cast<double>(links) / static_cast<double>(text);
}

bool is_heading(const GumboNode* element) {
  switch (element->v.element.tag) {
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
      return true;
    default:
      return false;
  }
}

// The class tokens of `element` include every token of `classes` ("infinite-box detail-paragraph
// detail-paging" continues "infinite-box detail-paragraph": later pages of a paged article).
bool has_all_classes(const GumboNode* element, std::string_view classes) {
  for (std::string_view rest = classes; !rest.empty();) {
    const std::size_t space = std::min(rest.find(' '), rest.size());
    if (space > 0 && !has_class(element, rest.substr(0, space))) return false;
    rest.remove_prefix(std::min(space + 1, rest.size()));
  }
  return true;
}

}  // namespace

bool is_archive_toolbar(const GumboNode* element) {
  const char* id = attribute(element, "id");
  return id != nullptr && (std::strncmp(id, "wm-ipp", 6) == 0 || std::strcmp(id, "donato") == 0);
}

int class_weight(const GumboNode* element) {
  int weight = 0;
  for (const char* name : {"class", "id"}) {
    const char* value = attribute(element, name);
    if (value == nullptr || *value == '\0') continue;
    const std::string lower = ascii_lower(value);
    bool positive = false;
    bool negative = false;
    for (std::string_view hint : class_words(ClassWords::content)) positive = positive || lower.find(hint) != std::string::npos;
    for (std::string_view hint : class_words(ClassWords::not_content)) negative = negative || lower.find(hint) != std::string::npos;
    if (positive) weight += 25;
    if (negative) weight -= 25;
  }
  return weight;
}

std::vector<const GumboNode*> find_content_roots(const Document& doc) {
  const auto& elements = doc.elements();
  const std::size_t count = elements.size();
  std::vector<double> score(count, 0.0);
  std::vector<std::size_t> text_bytes(count, 0);
  std::vector<std::size_t> link_bytes(count, 0);
  std::vector<char> excluded(count, 0);
  std::vector<std::size_t> paragraphs(count, 0);
  std::vector<std::size_t> prose_bytes(count, 0);  // scoring text of sentences, outside headings
  std::vector<std::size_t> headings(count, 0);     // in-body subheadings (h2-h4)

  // Elements inside unlikely containers never score (their subtree is a contiguous range).
  for (std::size_t i = 0; i < count; ++i) {
    if (excluded[i] || !is_unlikely_container(elements[i])) continue;
    std::fill(excluded.begin() + static_cast<long>(i), excluded.begin() + static_cast<long>(doc.subtree_end(i)), 1);
  }

  // Each run of text scores for its parent block (a <p>, or the <div> of old <br><br> templates) and,
  // at half weight, for the grandparent, as Readability does.
  for (std::size_t i = 0; i < count; ++i) {
    // Script and style text is never the article's (and the pre-pass has usually cut it out).
    if (excluded[i] || holds_no_text(elements[i])) continue;
    const GumboNode* element = elements[i];
    const GumboTag element_tag = element->v.element.tag;
    if (element_tag == GUMBO_TAG_H2 || element_tag == GUMBO_TAG_H3 || element_tag == GUMBO_TAG_H4) headings[i] = 1;
    const GumboVector& children = element->v.element.children;
    std::size_t own_text = 0;
    std::size_t own_commas = 0;
    bool own_sentence = false;
    for (unsigned c = 0; c < children.length; ++c) {
      const auto* child = static_cast<const GumboNode*>(children.data[c]);
      if (child->type != GUMBO_NODE_TEXT) continue;
      const std::size_t length = trimmed_length(child->v.text.text);
      own_text += length;
      own_commas += count_commas(child->v.text.text);
      own_sentence = own_sentence || holds_sentence_end(child->v.text.text);
      if (in_link(child)) link_bytes[i] += length;
    }
    text_bytes[i] += own_text;
    if (own_text < 25) continue;
    const double points = 1.0 + static_cast<double>(own_commas) + std::min(static_cast<double>(own_text) / 100.0, 3.0);
    // Inline parents (b, a, span) pass their text to the block they sit in.
    const GumboNode* block = element;
    while (block->parent != nullptr && block->parent->type == GUMBO_NODE_ELEMENT) {
      const GumboTag tag = block->v.element.tag;
      if (tag != GUMBO_TAG_B && tag != GUMBO_TAG_STRONG && tag != GUMBO_TAG_SPAN && tag != GUMBO_TAG_A &&
          tag != GUMBO_TAG_EM && tag != GUMBO_TAG_I && tag != GUMBO_TAG_FONT) {
        break;
      }
      block = block->parent;
    }
    const std::size_t block_index = doc.index_of(block);
    if (block_index >= count) continue;
    score[block_index] += points;
    if (block->v.element.tag == GUMBO_TAG_P) paragraphs[block_index] = 1;
    if (!is_heading(block) && own_sentence) prose_bytes[block_index] += own_text;
    if (block->parent != nullptr && block->parent->type == GUMBO_NODE_ELEMENT) {
      const std::size_t parent = doc.index_of(block->parent);
      if (parent < count) score[parent] += points;
      if (block->parent->parent != nullptr && block->parent->parent->type == GUMBO_NODE_ELEMENT) {
        const std::size_t grandparent = doc.index_of(block->parent->parent);
        if (grandparent < count) score[grandparent] += points / 2.0;
      }
    }
  }

  // Subtree sums of text and link text, children before parents (reverse document order).
  std::vector<std::size_t> total_text(text_bytes);
  std::vector<std::size_t> total_links(link_bytes);
  std::vector<std::size_t> total_paragraphs(paragraphs);
  std::vector<std::size_t> total_prose(prose_bytes);
  std::vector<std::size_t> total_headings(headings);
  for (std::size_t i = count; i-- > 1;) {
    const GumboNode* parent = elements[i]->parent;
    if (parent == nullptr || !is_element(parent)) continue;
    const std::size_t p = doc.index_of(parent);
    if (p >= count) continue;
    total_text[p] += total_text[i];
    total_links[p] += total_links[i];
    total_paragraphs[p] += total_paragraphs[i];
    total_prose[p] += total_prose[i];
    total_headings[p] += total_headings[i];
  }

  // The best candidate holding prose. A page without any (a photo gallery whose captions are its
  // text, a page of links) has no content root: no body is better than one of furniture.
  std::size_t best = count;
  double best_score = 0.0;
  for (std::size_t i = 0; i < count; ++i) {
    if (excluded[i] || score[i] <= 0.0 || total_prose[i] < thresholds::kMinRootProse) continue;
    const GumboTag tag = elements[i]->v.element.tag;
    if (tag == GUMBO_TAG_P || tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_HTML) continue;
    const double final_score = (score[i] + class_weight(elements[i])) * (1.0 - link_density(total_text[i], total_links[i]));
    if (final_score > best_score) {
      best_score = final_score;
      best = i;
    }
  }
  if (best == count) return {};

  // Some templates split one article over sibling containers of the same class (a section per
  // subheading); as Readability merges such siblings, every one holding prose joins the root.
  const GumboNode* member = elements[best];
  for (int level = 0; level < 3 && member->parent != nullptr && is_element(member->parent); ++level) {
    const char* member_class = attribute(member, "class");
    if (member_class != nullptr && *member_class != '\0') {
      std::vector<const GumboNode*> roots;
      const GumboVector& siblings = member->parent->v.element.children;
      for (unsigned c = 0; c < siblings.length; ++c) {
        const auto* sibling = static_cast<const GumboNode*>(siblings.data[c]);
        if (sibling == member) {
          roots.push_back(sibling);
          continue;
        }
        if (!is_element(sibling) || sibling->v.element.tag != member->v.element.tag) continue;
        if (!has_all_classes(sibling, member_class)) continue;
        const std::size_t s = doc.index_of(sibling);
        if (s >= count || excluded[s]) continue;
        const bool prose = total_text[s] >= thresholds::kMinSiblingText && total_paragraphs[s] > 0;
        const bool item = total_text[s] >= thresholds::kMinItemText && total_headings[s] > 0;
        if (!prose && !item) continue;
        if (link_density(total_text[s], total_links[s]) > thresholds::kMaxSiblingLinkDensity) continue;
        roots.push_back(sibling);
      }
      if (roots.size() > 1) return roots;
    }
    member = member->parent;
  }
  return {elements[best]};
}

}  // namespace warta::detail
