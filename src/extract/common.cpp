// Helpers the extract stage's readers share: profile field rules and common element tests.
#include "extract/common.hpp"

#include "ascii.hpp"
#include "dom.hpp"
#include "generic.hpp"
#include "normalize/text.hpp"
#include "profiles.hpp"
#include "script_data.hpp"

namespace warta::detail::extract_internal {

bool skipped_subtree(const GumboNode* element) {
  if (holds_no_text(element) || is_archive_toolbar(element)) return true;
  switch (element->v.element.tag) {
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_H1:
      return true;
    default:
      return false;
  }
}

bool is_block_level(const GumboNode* element) {
  switch (element->v.element.tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_ADDRESS:
      return true;
    default:
      return false;
  }
}

bool is_bold(const GumboNode* element) {
  const GumboTag tag = element->v.element.tag;
  return tag == GUMBO_TAG_B || tag == GUMBO_TAG_STRONG;
}

// The texts of a field rule applied to the document (or a scope): every match's text or attribute,
// or (all false) the first non-empty one: a template may leave the first match empty (KLY's caption
// slot closed before its paragraph). `first_match` is set to the element of the first value.
std::vector<std::string> rule_values(const Document& doc, const FieldRule& rule, bool all, const GumboNode* scope,
                                     const GumboNode** first_match) {
  std::vector<std::string> out;
  for (const GumboNode* match : rule.selector.select_all(doc, scope)) {
    if (!all && !out.empty()) break;
    std::string value;
    if (rule.attribute) {
      const char* attr = attribute(match, *rule.attribute);
      if (attr != nullptr) value = normalize_text(attr);
    } else {
      value = normalize_text(text_content(match));
    }
    if (value.empty()) continue;
    if (out.empty() && first_match != nullptr) *first_match = match;
    out.push_back(std::move(value));
  }
  return out;
}

const std::vector<FieldRule>* field_rules(const Profile* profile, Field field) {
  if (profile == nullptr) return nullptr;
  const auto it = profile->fields.find(field);
  return it == profile->fields.end() ? nullptr : &it->second;
}

Provenance rule_provenance(const Profile& profile, Field field, std::size_t index, const GumboNode* node) {
  const FieldRule& rule = profile.fields.at(field).at(index);
  std::string text = profile.name + " fields." + std::string(field_name(field)) + "[" + std::to_string(index) +
                     "] " + rule.selector.text();
  if (rule.attribute) text += " @" + *rule.attribute;
  return {"profile", std::move(text), node};
}

namespace {

// The values of the first rule of a field that gives any (all: every match; else the first).
std::vector<std::string> first_rule_values(const Document& doc, const Profile* profile, Field field, bool all,
                                           Provenance* from) {
  const auto* rules = field_rules(profile, field);
  if (rules == nullptr) return {};
  for (std::size_t i = 0; i < rules->size(); ++i) {
    const GumboNode* node = nullptr;
    auto values = rule_values(doc, (*rules)[i], all, nullptr, &node);
    if (values.empty()) continue;
    if (from != nullptr) *from = rule_provenance(*profile, field, i, node);
    return values;
  }
  return {};
}

}  // namespace

// First non-empty value of a field's rules (profile order), or nullopt.
std::optional<std::string> first_value(const Document& doc, const Profile* profile, Field field, Provenance* from) {
  std::vector<std::string> values = first_rule_values(doc, profile, field, false, from);
  if (values.empty()) return std::nullopt;
  return std::move(values.front());
}

// Every value of the first rule that has any (tags, bylines).
std::vector<std::string> all_values(const Document& doc, const Profile* profile, Field field, Provenance* from) {
  return first_rule_values(doc, profile, field, true, from);
}

std::optional<std::string> optional_of(const std::string* value) {
  if (value == nullptr || value->empty()) return std::nullopt;
  return *value;
}

// Removes roots nested in an earlier root so no text is taken twice; `roots` are in document order.
std::vector<const GumboNode*> outermost(std::vector<const GumboNode*> roots) {
  // In document order a root nested in a kept one is nested in the last kept: kept subtrees are
  // disjoint and each starts before the next.
  std::vector<const GumboNode*> out;
  for (const GumboNode* root : roots) {
    if (out.empty() || !contains(out.back(), root)) out.push_back(root);
  }
  return out;
}

// What a profile's script_fields declare for a field: the value of the first of its keys the page's
// scripts assign (an empty value too: the page declares none); empty when none is assigned.
std::vector<std::string> script_values(const ScriptData* scripts, const Profile* profile, Field field,
                                       Provenance* from) {
  if (scripts == nullptr || profile == nullptr) return {};
  const auto it = profile->script_fields.find(field);
  if (it == profile->script_fields.end()) return {};
  for (const std::string& key : it->second) {
    if (auto values = scripts->find(key)) {
      if (from != nullptr) *from = {"script data", profile->name + " script_fields." + std::string(field_name(field)) + " " + key};
      return std::move(*values);
    }
  }
  return {};
}

// A short line holding no other block: "Senin, 13 Mei 2024 - 10:30 WITA | Penulis: A".
bool is_short_line(const GumboNode* element) {
  if (!is_block_level(element)) return false;
  const GumboVector& children = element->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (is_element(child) && is_block_level(child)) return false;
  }
  return true;
}

bool in_skipped_subtree(const GumboNode* element) {
  for (const GumboNode* node = element; node != nullptr && is_element(node); node = node->parent) {
    if (skipped_subtree(node)) return true;
  }
  return false;
}

bool class_or_id_contains(const GumboNode* element, std::span<const std::string_view> hints) {
  for (const char* name : {"class", "id"}) {
    const char* value = attribute(element, name);
    if (value == nullptr) continue;
    const std::string lower = ascii_lower(value);
    for (std::string_view hint : hints) {
      if (lower.find(hint) != std::string::npos) return true;
    }
  }
  return false;
}

bool is_photo_control(const GumboNode* element) {
  if (element->v.element.tag == GUMBO_TAG_BUTTON) return true;
  for (const char* name : {"class", "id"}) {
    const char* value = attribute(element, name);
    if (value == nullptr) continue;
    std::string word;
    for (const char c : ascii_lower(value) + ' ') {
      if (is_ascii_alnum(c)) {
        word.push_back(c);
        continue;
      }
      if (word == "icon" || word == "zoom" || word == "button" || word == "btn") return true;
      word.clear();
    }
  }
  return false;
}

}  // namespace warta::detail::extract_internal
