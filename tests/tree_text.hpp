#pragma once
// A gumbo tree as text, for comparing the trees of one page parsed with and without the pre-pass
// (prepass_test, prepass_fuzzer): every node's depth, kind, tag, namespace, attributes and text;
// script and style elements by their raw_text, comments without their text (the pre-pass empties
// them), and white space outside white_space_is_text elements as the pre-pass may shorten it.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dom.hpp"

namespace warta::test {

// Each white-space run as as many newlines as it has, up to two, else one space: a run the pre-pass
// shortened and the run as written give the same.
inline std::string shortest_spaces(std::string_view text) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f'; };
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    if (!space(text[i])) {
      out.push_back(text[i++]);
      continue;
    }
    int newlines = 0;
    for (; i < text.size() && space(text[i]); ++i) newlines += text[i] == '\n';
    out += newlines >= 2 ? "\n\n" : newlines == 1 ? "\n" : " ";
  }
  return out;
}

inline std::string tree_text(const warta::detail::Document& doc) {
  struct Visit {
    const GumboNode* node;
    int depth;
    bool verbatim;
  };
  std::string out;
  std::vector<Visit> stack{{doc.root(), 0, false}};
  while (!stack.empty()) {
    const auto [node, depth, verbatim] = stack.back();
    stack.pop_back();
    out += std::to_string(depth) + ' ' + std::to_string(node->type) + ' ';
    if (node->type == GUMBO_NODE_COMMENT) {
      out += '\n';
      continue;
    }
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) {
      out.append(verbatim ? std::string(node->v.text.text) : shortest_spaces(node->v.text.text)).push_back('\n');
      continue;
    }
    const GumboElement& element = node->v.element;
    out.append(warta::detail::tag_name(node)).append(" ns").append(std::to_string(element.tag_namespace));
    for (unsigned i = 0; i < element.attributes.length; ++i) {
      const auto* attr = static_cast<const GumboAttribute*>(element.attributes.data[i]);
      out.append(" ").append(attr->name).append("=").append(attr->value);
    }
    out += '\n';
    const bool raw_parent = element.tag == GUMBO_TAG_SCRIPT || element.tag == GUMBO_TAG_STYLE;
    if (raw_parent) out.append("raw: ").append(doc.raw_text(node)).push_back('\n');
    const bool verbatim_children = verbatim || warta::detail::white_space_is_text(node);
    for (unsigned i = element.children.length; i-- > 0;) {
      const auto* child = static_cast<const GumboNode*>(element.children.data[i]);
      if (raw_parent && child->type != GUMBO_NODE_ELEMENT) continue;  // in raw: above
      stack.push_back({child, depth + 1, verbatim_children});
    }
  }
  return out;
}

}  // namespace warta::test
