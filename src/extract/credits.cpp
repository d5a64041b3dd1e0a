// Credits: profile rules and script data, else metadata; on pages without a profile, the credits
// shown around the text.
#include "extract/common.hpp"

#include <algorithm>
#include <tuple>
#include <unordered_set>

#include "dom.hpp"
#include "extract/thresholds.hpp"
#include "extract/vocabulary.hpp"
#include "indonesian.hpp"
#include "metadata.hpp"
#include "normalize/byline.hpp"
#include "normalize/text.hpp"
#include "script_data.hpp"
#include "url.hpp"

namespace warta::detail::extract_internal {
namespace {

// An element's text with " | " where a block or line break separates its parts, so that a name and
// the role under it ("<div>A</div><span>Jurnalis</span>", table cells) stay apart.
void append_credit_text(const GumboNode* node, std::string& out) {
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE) {
      out.append(child->v.text.text);
    } else if (is_element(child) && !skipped_subtree(child)) {
      const bool breaks = is_block_level(child) || child->v.element.tag == GUMBO_TAG_BR;
      if (breaks) out.append(" | ");
      append_credit_text(child, out);
      if (breaks) out.append(" | ");
    }
  }
}

std::string credit_text(const GumboNode* element) {
  std::string raw;
  append_credit_text(element, raw);
  std::string text = normalize_text(raw);
  // A label and its colon in separate cells ("<td>Penulis</td><td>: A</td>") belong together.
  for (std::size_t at = text.find(" :"); at != std::string::npos; at = text.find(" :", at + 1)) {
    std::size_t from = at;
    while (from >= 2 && text.compare(from - 2, 2, " |") == 0) from -= 2;
    text.erase(from, at - from);
    at = from;
  }
  return text;
}

// Containers of other articles' and readers' credits (teasers, comments, author bios), by class or id.
bool has_foreign_credit_hint(const GumboNode* element) { return class_or_id_contains(element, class_words(ClassWords::foreign_credit)); }

// A teaser of another article: a list item or <article> (not the page's own) holding a title link.
bool is_teaser(const Document& doc, const GumboNode* element, const GumboNode* root) {
  const GumboTag tag = element->v.element.tag;
  if ((tag != GUMBO_TAG_LI && tag != GUMBO_TAG_ARTICLE) || contains(element, root)) return false;
  const std::size_t index = doc.index_of(element);
  const auto& elements = doc.elements();
  for (std::size_t j = index + 1; j < doc.subtree_end(index); ++j) {
    if (elements[j]->v.element.tag != GUMBO_TAG_A) continue;
    const std::string title = normalize_text(text_content(elements[j]));
    if (static_cast<std::size_t>(std::count(title.begin(), title.end(), ' ')) + 1 >= thresholds::kMinTeaserTitleWords) return true;
  }
  return false;
}

// True when a credit found in `element` belongs to something else than the article: a comment, a
// related article, an author bio, a caption (the credit of a photo beside it) or, for a labelled
// line, a link's own text ("FOTO: Judul ..." is a teaser title, not a photographer).
bool foreign_credit(const Document& doc, const GumboNode* element, const GumboNode* root, bool labelled_line) {
  for (const int step : {-1, 1}) {
    const GumboNode* sibling = element_sibling(element, step);
    if (sibling != nullptr && (sibling->v.element.tag == GUMBO_TAG_IMG || tag_name(sibling) == "picture")) return true;
  }
  for (const GumboNode* node = element; node != nullptr && is_element(node); node = node->parent) {
    if (skipped_subtree(node) || (labelled_line && node->v.element.tag == GUMBO_TAG_A)) return true;
    if (contains(node, root) && node != root) break;
    if (has_foreign_credit_hint(node) || is_teaser(doc, node, root)) return true;
  }
  if (!labelled_line) return false;
  const std::size_t index = doc.index_of(element);
  for (std::size_t j = index + 1; j < doc.subtree_end(index); ++j) {
    if (doc.elements()[j]->v.element.tag != GUMBO_TAG_A) continue;
    const std::string link = normalize_text(text_content(doc.elements()[j]));
    return !link.empty() && normalize_text(text_content(element)).starts_with(link);
  }
  return false;
}

std::size_t links_with_text(const Document& doc, std::size_t index) {
  std::size_t links = 0;
  for (std::size_t j = index; j < doc.subtree_end(index); ++j) {
    const GumboNode* element = doc.elements()[j];
    if (element->v.element.tag == GUMBO_TAG_A && !normalize_text(text_content(element)).empty()) ++links;
  }
  return links;
}

// The role an element's class, id, rel or itemprop gives its text: "author"/"penulis"/"reporter"/
// "editor"/"redaktur" ... in a class or id, rel="author", itemprop="author".
std::optional<Role> credit_slot_role(const GumboNode* element) {
  for (const char* name : {"class", "id"}) {
    if (const char* value = attribute(element, name)) {
      if (const auto role = indonesian::credit_role_in_name(ascii_lower(value))) return role;
    }
  }
  for (const char* name : {"rel", "itemprop"}) {
    const char* value = attribute(element, name);
    if (value != nullptr && ascii_lower(value) == "author") return Role::author;
  }
  return std::nullopt;
}

}  // namespace

std::vector<RawCredit> profile_credits(const Document& doc, const Profile* profile, const ScriptData* scripts) {
  std::vector<RawCredit> out;
  // A credit list may give each role as a heading item before its names ("Editor", then "A"): a
  // byline match that is only a label sets the role of the matches after it.
  std::optional<Role> heading_role;
  Provenance from;
  for (std::string& text : all_values(doc, profile, Field::byline, &from)) {
    if (const auto role = indonesian::credit_role(text)) {
      heading_role = role;
      continue;
    }
    out.push_back({std::move(text), heading_role, false, nullptr, from});
  }
  for (const auto& [field, role] : {std::pair{Field::author, Role::author}, std::pair{Field::editor, Role::editor},
                                    std::pair{Field::reporter, Role::reporter}}) {
    for (std::string& text : all_values(doc, profile, field, &from)) out.push_back({std::move(text), role, false, nullptr, from});
  }
  // Credits the page declares only in script data count as much as visible ones (GOLD).
  for (const auto& [field, role] : {std::pair{Field::author, Role::author}, std::pair{Field::reporter, Role::reporter},
                                    std::pair{Field::editor, Role::editor}, std::pair{Field::photographer, Role::photographer}}) {
    for (std::string& text : script_values(scripts, profile, field, &from)) {
      if (!text.empty()) out.push_back({std::move(text), role, false, nullptr, from});
    }
  }
  return out;
}

namespace {

// GOLD: the outlet credited as author (its site name) is no person.
bool names_site(const std::string& name, const std::optional<std::string>& site_name) {
  return site_name && fold_case(normalize_text(name)) == fold_case(*site_name);
}

}  // namespace

std::vector<RawCredit> jsonld_credits(const PageMetadata& meta, const std::optional<std::string>& site_name) {
  std::vector<RawCredit> out;
  if (!meta.jsonld) return out;
  for (const auto& [names, role, source] : {std::tuple{&meta.jsonld->authors, Role::author, "metadata JSON-LD author"},
                                             std::tuple{&meta.jsonld->editors, Role::editor, "metadata JSON-LD editor"}}) {
    for (const std::string& name : *names) {
      if (!names_site(name, site_name)) out.push_back({name, role, true, nullptr, {source}});
    }
  }
  return out;
}

std::vector<RawCredit> meta_author_credits(const PageMetadata& meta, const std::optional<std::string>& site_name) {
  for (const char* key : {"author", "article:author", "dc.creator"}) {
    const std::string* value = meta.first(key);
    if (value != nullptr && !is_http_url(*value) && !names_site(*value, site_name)) {
      return {{*value, Role::author, true, nullptr, {"metadata author", key}}};
    }
  }
  return {};
}

// Credits a page without a profile shows around its text: elements named for a credit ("author",
// "penulis", "redaktur" in class or id, rel/itemprop author) and "Label: Name" lines (table rows too),
// between the headline and a short way past the end of the text. Where they exist they outrank the
// metadata, which some outlets fill with the editor.
void read_visible_credits(const Document& doc, const GumboNode* root, const Conventions& conventions, RawFields& out) {
  const auto& elements = doc.elements();
  const std::size_t root_index = doc.index_of(root);
  const std::size_t root_end = doc.subtree_end(root_index);
  std::size_t begin = root_index > thresholds::kCreditHeaderElements ? root_index - thresholds::kCreditHeaderElements : 0;
  for (std::size_t i = root_index; i-- > 0 && root_index - i <= thresholds::kMaxCreditHeaderElements;) {
    if (elements[i]->v.element.tag == GUMBO_TAG_H1) {
      begin = i;
      break;
    }
  }
  const auto too_big = [&doc](std::size_t i) { return doc.subtree_end(i) - i > thresholds::kMaxCreditElements; };
  const std::size_t end = std::min(elements.size(), root_end + thresholds::kCreditTailElements);
  std::vector<RawCredit> found;
  // Elements named for a credit: the outermost one with people in its text.
  for (std::size_t i = begin; i < end; ++i) {
    const GumboNode* element = elements[i];
    const std::optional<Role> role = credit_slot_role(element);
    if (!role) continue;
    if (too_big(i)) {
      i = doc.subtree_end(i) - 1;
      continue;
    }
    std::string text = from_first_labelled_names(credit_text(element), conventions);
    if (text.size() > thresholds::kMaxCreditSlotBytes || foreign_credit(doc, element, root, false)) {
      i = doc.subtree_end(i) - 1;
      continue;
    }
    if (parse_byline(text, *role, conventions).empty()) continue;
    // Several linked names with no label are a list of writers (columnists, an index), not a byline.
    if (links_with_text(doc, i) > 1 && !has_credit_label(text, conventions)) {
      i = doc.subtree_end(i) - 1;
      continue;
    }
    found.push_back({std::move(text), role, false, element});
    i = doc.subtree_end(i) - 1;
  }
  // "Label: Name" lines outside the text (those inside it are its closing credits): the innermost
  // element holding the line, each "|" field that opens with a label.
  std::vector<std::size_t> lines;  // innermost first found from the end
  // Elements inside a credit slot, marked by the slots' subtree ranges (disjoint: each slot's
  // subtree was skipped after it).
  std::vector<char> in_slot(end - begin, 0);
  for (const RawCredit& slot : found) {
    const std::size_t at = doc.index_of(slot.node);
    std::fill(in_slot.begin() + static_cast<std::ptrdiff_t>(at - begin),
              in_slot.begin() + static_cast<std::ptrdiff_t>(std::min(doc.subtree_end(at), end) - begin), 1);
  }
  for (std::size_t i = end; i-- > begin;) {
    if ((i >= root_index && i < root_end) || too_big(i) || in_slot[i - begin]) continue;
    if (!lines.empty() && lines.back() < doc.subtree_end(i)) continue;
    const GumboNode* element = elements[i];
    const std::string text = credit_text(element);
    if (text.empty() || text.size() > thresholds::kMaxShortLineBytes || foreign_credit(doc, element, root, true)) continue;
    bool credits = false;
    for (std::string_view rest = text; !rest.empty();) {
      const std::size_t bar = std::min(rest.find('|'), rest.size());
      std::string field = normalize_text(rest.substr(0, bar));
      rest.remove_prefix(std::min(bar + 1, rest.size()));
      if (!is_credit_line(field)) continue;
      // A label alone in its cell ("Penulis | : A") takes the fields after it.
      if (!rest.empty() && parse_byline(field, Role::author, conventions).empty()) {
        field += " " + std::string(rest);
        rest = {};
      }
      if (parse_byline(field, Role::author, conventions).empty()) continue;
      found.push_back({std::move(field), std::nullopt, false, element});
      credits = true;
    }
    if (credits) lines.push_back(i);
  }
  // A named element inside a labelled line ("Pewarta: <span itemprop=author>A</span>") takes the label's role.
  std::unordered_set<const GumboNode*> line_elements;
  for (const std::size_t line : lines) line_elements.insert(elements[line]);
  std::erase_if(found, [&](const RawCredit& credit) { return credit.role && within_any(credit.node->parent, line_elements); });
  if (found.empty()) return;
  std::stable_sort(found.begin(), found.end(), [&doc](const RawCredit& a, const RawCredit& b) {
    return doc.index_of(a.node) < doc.index_of(b.node);
  });
  for (RawCredit& credit : found) out.credits.push_back(std::move(credit));
}

}  // namespace warta::detail::extract_internal
