// Differential libFuzzer target for the pre-pass (src/prepass.cpp): any bytes must give the same
// gumbo tree (but for the cut texts, which Document::raw_text gives back) and the same Article or
// Error with the pre-pass as without it. The first byte picks a URL (bit 0), as in parse_fuzzer.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "decode.hpp"
#include "dom.hpp"
#include "warta/json.hpp"
#include "warta/parse.hpp"

namespace {

// The tree as text: every node's kind, tag, namespace, attributes and text; script and style
// elements by their raw_text, comments without their text (the pre-pass empties them).
std::string tree_text(const warta::detail::Document& doc) {
  std::string out;
  std::vector<std::pair<const GumboNode*, int>> stack{{doc.root(), 0}};
  while (!stack.empty()) {
    const auto [node, depth] = stack.back();
    stack.pop_back();
    out += std::to_string(depth) + ' ' + std::to_string(node->type) + ' ';
    if (node->type == GUMBO_NODE_COMMENT) {
      out += '\n';
      continue;
    }
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) {
      out.append(node->v.text.text).push_back('\n');
      continue;
    }
    const GumboElement& element = node->v.element;
    out.append(warta::detail::tag_name(node)).append(" ns").append(std::to_string(element.tag_namespace));
    for (unsigned i = 0; i < element.attributes.length; ++i) {
      const auto* attr = static_cast<const GumboAttribute*>(element.attributes.data[i]);
      out.append(" ").append(attr->name).append("=").append(attr->value);
    }
    out += '\n';
    if (element.tag == GUMBO_TAG_SCRIPT || element.tag == GUMBO_TAG_STYLE) {
      out.append("raw: ").append(doc.raw_text(node)).push_back('\n');
    }
    for (unsigned i = element.children.length; i-- > 0;) {
      const auto* child = static_cast<const GumboNode*>(element.children.data[i]);
      const bool raw_parent = element.tag == GUMBO_TAG_SCRIPT || element.tag == GUMBO_TAG_STYLE;
      if (raw_parent && child->type != GUMBO_NODE_ELEMENT) continue;  // in raw: above
      stack.emplace_back(child, depth + 1);
    }
  }
  return out;
}

nlohmann::json parsed(std::string_view html, warta::ParseOptions options, bool prepass) {
  options.prepass = prepass;
  const warta::Result result = warta::parse(html, options);
  if (!result) return {{"error", result.error().message}};
  nlohmann::json out = *result;
  out["warnings"] = result.warnings();
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::uint8_t selector = data[0];
  const std::string_view html(reinterpret_cast<const char*>(data + 1), size - 1);

  warta::detail::DecodedInput decoded = warta::detail::decode(html, {});
  if (decoded.error.empty()) {
    const warta::detail::Document cut(decoded.utf8, true);
    const warta::detail::Document whole(std::move(decoded.utf8), false);
    // Past its error limit gumbo 0.10.1 can misread attributes (Document::kMaxParseErrors), and the
    // cut texts' errors count towards that limit only without the pre-pass: no equality to expect.
    if (cut.parse_errors_capped() || whole.parse_errors_capped()) return 0;
    if (cut.node_count() != whole.node_count() || tree_text(cut) != tree_text(whole)) __builtin_trap();
  }

  warta::ParseOptions options;
  if ((selector & 1) != 0) options.url = "https://nasional.kompas.com/read/2024/05/15/11020011/contoh";
  if (parsed(html, options, true) != parsed(html, options, false)) __builtin_trap();
  return 0;
}
