#include "dom.hpp"

#include <algorithm>
#include <cstring>

#include "ascii.hpp"
#include "normalize/text.hpp"

namespace warta::detail {
namespace {

void* allocate_in_arena(void* arena, std::size_t bytes) { return static_cast<TreeArena*>(arena)->allocate(bytes); }

void free_nothing(void*, void*) {}

}  // namespace

void* TreeArena::allocate(std::size_t bytes) {
  // Blocks double from 64 KiB to 1 MiB, so a page costs a handful of mallocs and wastes at most
  // one block's tail; 16-byte alignment is what malloc promises and gumbo assumes.
  constexpr std::size_t kFirstBlock = 64u << 10;
  constexpr std::size_t kLargestBlock = 1u << 20;
  constexpr std::size_t kAlign = 16;
  bytes = (bytes + kAlign - 1) & ~(kAlign - 1);
  // A request larger than what a kept block has left moves on to the next block; the tail skipped
  // is only lost until the next reset.
  while (current_ < blocks_.size() && blocks_[current_].size - used_ < bytes) {
    ++current_;
    used_ = 0;
  }
  if (current_ == blocks_.size()) {
    const std::size_t size = std::max(bytes, blocks_.empty() ? kFirstBlock : std::min(2 * blocks_.back().size, kLargestBlock));
    blocks_.push_back({std::make_unique_for_overwrite<std::byte[]>(size), size});
    used_ = 0;
  }
  void* out = blocks_[current_].data.get() + used_;
  used_ += bytes;
  return out;
}

void TreeArena::reset() noexcept {
  std::size_t kept = 0;
  std::size_t count = 0;
  while (count < blocks_.size() && kept + blocks_[count].size <= kRetainedBytes) kept += blocks_[count++].size;
  blocks_.resize(count);
  current_ = 0;
  used_ = 0;
}

std::size_t TreeArena::capacity() const noexcept {
  std::size_t bytes = 0;
  for (const Block& block : blocks_) bytes += block.size;
  return bytes;
}

void Document::parse_with_gumbo(std::string_view html) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = static_cast<int>(kMaxParseErrors);
  options.allocator = allocate_in_arena;
  options.deallocator = free_nothing;
  options.userdata = arena_;
  output_ = gumbo_parse_with_options(&options, html.data(), html.size());
}

bool Document::cuts_match_tree(const std::vector<RawTextCut>& cuts) {
  // Where each script/style element with nothing between its tags, and each comment, sits in the
  // cut page; a cut gumbo did not read as raw text or a comment (a <style> inside <svg>, a "comment"
  // inside a <textarea>) has no such node.
  const char* base = cut_html_.data();
  std::vector<std::pair<std::size_t, const GumboNode*>> elements;
  std::vector<std::size_t> comments;
  std::vector<const GumboNode*> stack{output_->document};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type == GUMBO_NODE_COMMENT) {
      if (node->v.text.original_text.data != nullptr) comments.push_back(node->v.text.original_text.data - base + 4);
      continue;
    }
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE && node->type != GUMBO_NODE_DOCUMENT) continue;
    const GumboVector& children = node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) stack.push_back(static_cast<const GumboNode*>(children.data[i]));
    if (node->type == GUMBO_NODE_DOCUMENT) continue;
    const GumboElement& element = node->v.element;
    if ((element.tag != GUMBO_TAG_SCRIPT && element.tag != GUMBO_TAG_STYLE) || element.tag_namespace != GUMBO_NAMESPACE_HTML ||
        element.original_tag.data == nullptr || element.original_end_tag.data == nullptr) {
      continue;
    }
    const std::size_t content_begin = element.original_tag.data + element.original_tag.length - base;
    if (content_begin == static_cast<std::size_t>(element.original_end_tag.data - base)) elements.emplace_back(content_begin, node);
  }
  std::sort(elements.begin(), elements.end());
  std::sort(comments.begin(), comments.end());
  for (const RawTextCut& cut : cuts) {
    if (!cut.element) {
      if (!std::binary_search(comments.begin(), comments.end(), cut.at)) return false;
      continue;
    }
    const auto it = std::lower_bound(elements.begin(), elements.end(), std::pair<std::size_t, const GumboNode*>{cut.at, nullptr});
    if (it == elements.end() || it->first != cut.at) return false;
    kept_text_.emplace_back(it->second, std::string_view(html_).substr(cut.begin, cut.end - cut.begin));
  }
  std::sort(kept_text_.begin(), kept_text_.end());
  return true;
}

Document::Document(std::string utf8, bool prepass) : Document(std::move(utf8), owned_arena_, prepass) {}

Document::Document(std::string utf8, TreeArena& arena, bool prepass) : html_(std::move(utf8)), arena_(&arena) {
  // A parse that threw (out of memory) left its tree behind without a destructor to drop it.
  arena_->reset();
  CutPage cut;
  if (prepass) cut = cut_for_gumbo(html_);
  cut_html_ = std::move(cut.html);
  parse_with_gumbo(cut.cuts.empty() ? html_ : cut_html_);
  if (!cut.cuts.empty() && !cuts_match_tree(cut.cuts)) {
    // Rare (raw text inside foreign content, or a tree builder that ignores the element): parse
    // the whole page instead.
    kept_text_.clear();
    cut_html_.clear();
    arena_->reset();
    parse_with_gumbo(html_);
  }
  // Each element the pre-pass emptied would have held one text node.
  node_count_ = kept_text_.size();

  // Pre-order walk with an explicit stack; records each element's subtree range and depth.
  struct Frame {
    const GumboNode* node;
    std::size_t child;
    std::size_t index;
  };
  std::vector<Frame> stack;
  stack.push_back({output_->root, 0, 0});
  elements_.push_back(output_->root);
  subtree_end_.push_back(0);
  depth_.push_back(1);
  node_count_ += 1;
  while (!stack.empty()) {
    Frame& top = stack.back();
    const GumboVector& children = top.node->v.element.children;
    if (top.child >= children.length) {
      subtree_end_[top.index] = elements_.size();
      stack.pop_back();
      continue;
    }
    const auto* child = static_cast<const GumboNode*>(children.data[top.child++]);
    ++node_count_;
    if (child->type != GUMBO_NODE_ELEMENT && child->type != GUMBO_NODE_TEMPLATE) continue;
    const std::size_t index = elements_.size();
    elements_.push_back(child);
    subtree_end_.push_back(index + 1);
    depth_.push_back(stack.size() + 1);
    max_depth_ = std::max(max_depth_, stack.size() + 1);
    stack.push_back({child, 0, index});
  }
  index_.reserve(elements_.size());
  for (std::size_t i = 0; i < elements_.size(); ++i) index_.emplace_back(elements_[i], i);
  std::sort(index_.begin(), index_.end());
  tag_index_.resize(GUMBO_TAG_UNKNOWN);
  std::string lower;  // one buffer for every attribute value indexed
  const auto lower_case = [&lower](const char* value) {
    lower.assign(value);
    for (char& c : lower) c = to_ascii_lower(c);
    return std::string_view(lower);
  };
  for (std::size_t i = 0; i < elements_.size(); ++i) {
    const GumboElement& element = elements_[i]->v.element;
    if (element.tag < GUMBO_TAG_UNKNOWN) tag_index_[element.tag].push_back(i);
    // One pass over the attributes (gumbo keeps one of each name) for every index.
    const char* classes = nullptr;
    for (unsigned a = 0; a < element.attributes.length; ++a) {
      const auto* attr = static_cast<const GumboAttribute*>(element.attributes.data[a]);
      const char* name = attr->name;  // the first letter first: most attributes are none of these
      if (name[0] == 'c' && std::strcmp(name, "class") == 0) {
        classes = attr->value;
      } else if (name[0] == 'i' && std::strcmp(name, "id") == 0) {
        id_attribute_.push_back(i);
        if (*attr->value != '\0') id_index_.add(lower_case(attr->value), i);
      } else if (name[0] == 'i' && std::strcmp(name, "itemprop") == 0) {
        itemprop_.push_back(i);
      }
    }
    if (classes == nullptr) continue;
    const std::string_view names = lower_case(classes);
    for (std::size_t at = 0; at < names.size();) {
      while (at < names.size() && is_ascii_space(names[at])) ++at;
      const std::size_t start = at;
      while (at < names.size() && !is_ascii_space(names[at])) ++at;
      if (at > start) class_index_.add(names.substr(start, at - start), i);
    }
  }
  class_index_.finish();
  id_index_.finish();
}

void Document::NameIndex::add(std::string_view name, std::size_t position) {
  auto it = ids_.find(name);
  if (it == ids_.end()) {
    it = ids_.emplace(std::string(name), last_position_.size()).first;
    last_position_.push_back(position);
  } else if (last_position_[it->second] == position) {
    return;
  }
  last_position_[it->second] = position;
  added_.emplace_back(it->second, position);
}

void Document::NameIndex::finish() {
  // A counting sort by name: each name's positions stay in the ascending order they came in.
  starts_.assign(last_position_.size() + 1, 0);
  for (const auto& entry : added_) ++starts_[entry.first + 1];
  for (std::size_t n = 1; n < starts_.size(); ++n) starts_[n] += starts_[n - 1];
  positions_.resize(added_.size());
  std::vector<std::size_t> next(starts_.begin(), starts_.end() - 1);
  for (const auto& [name, position] : added_) positions_[next[name]++] = position;
  added_ = {};
  last_position_ = {};
}

std::span<const std::size_t> Document::NameIndex::find(std::string_view name) const {
  const auto it = ids_.find(name);
  if (it == ids_.end()) return {};
  return std::span<const std::size_t>(positions_).subspan(starts_[it->second], starts_[it->second + 1] - starts_[it->second]);
}

std::span<const std::size_t> Document::with_class(std::string_view lower_class) const { return class_index_.find(lower_class); }

std::span<const std::size_t> Document::with_id(std::string_view lower_id) const { return id_index_.find(lower_id); }

const std::vector<std::size_t>& Document::with_tag(GumboTag tag) const noexcept {
  static const std::vector<std::size_t> kNone;
  return tag < tag_index_.size() ? tag_index_[tag] : kNone;
}

bool Document::parse_errors_capped() const noexcept {
  return output_->errors.length >= kMaxParseErrors;
}

// gumbo's tree lives in the arena and goes with its reset.
Document::~Document() { arena_->reset(); }

std::string Document::raw_text(const GumboNode* element) const {
  std::string text;
  const GumboVector& children = element->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA || child->type == GUMBO_NODE_WHITESPACE) {
      text += child->v.text.text;
    }
  }
  const auto it = std::lower_bound(kept_text_.begin(), kept_text_.end(), element,
                                   [](const auto& entry, const GumboNode* node) { return entry.first < node; });
  if (it != kept_text_.end() && it->first == element) text += it->second;
  return text;
}

std::size_t Document::index_of(const GumboNode* element) const noexcept {
  const auto it = std::lower_bound(index_.begin(), index_.end(), element,
                                   [](const auto& entry, const GumboNode* node) { return entry.first < node; });
  return (it != index_.end() && it->first == element) ? it->second : elements_.size();
}

bool holds_no_text(const GumboNode* node) noexcept {
  if (node->type != GUMBO_NODE_ELEMENT) return false;
  switch (node->v.element.tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
      return true;
    default:
      return false;
  }
}

bool is_element(const GumboNode* node) noexcept {
  return node != nullptr && (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE);
}

std::string_view tag_name(const GumboNode* node) noexcept {
  if (!is_element(node)) return {};
  const GumboElement& element = node->v.element;
  if (element.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(element.tag);
  // Unknown tags ("amp-img") keep their source spelling; gumbo has already lower-cased nothing, so
  // the original text is "<amp-img ...>": cut the name out of it.
  GumboStringPiece piece = element.original_tag;
  gumbo_tag_from_original_text(&piece);
  return {piece.data, piece.length};
}

const char* attribute(const GumboNode* node, std::string_view name) noexcept {
  if (!is_element(node)) return nullptr;
  const GumboVector& attributes = node->v.element.attributes;
  // Called for every element by most readers: compares in place instead of measuring each name,
  // and most names differ in their first letter.
  const char first = name.empty() ? '\0' : name.front();
  for (unsigned i = 0; i < attributes.length; ++i) {
    const auto* attr = static_cast<const GumboAttribute*>(attributes.data[i]);
    const char* attr_name = attr->name;
    if (attr_name[0] == first && std::strncmp(attr_name, name.data(), name.size()) == 0 && attr_name[name.size()] == '\0') {
      return attr->value;
    }
  }
  return nullptr;
}

bool has_class(const GumboNode* node, std::string_view cls) noexcept {
  const char* value = attribute(node, "class");
  if (value == nullptr || cls.empty()) return false;
  std::string_view classes(value);
  std::size_t pos = 0;
  while ((pos = classes.find(cls, pos)) != std::string_view::npos) {
    const bool starts = pos == 0 || std::strchr(" \t\n\r\f", classes[pos - 1]) != nullptr;
    const std::size_t end = pos + cls.size();
    const bool ends = end == classes.size() || std::strchr(" \t\n\r\f", classes[end]) != nullptr;
    if (starts && ends) return true;
    pos = end;
  }
  return false;
}

std::string text_content(const GumboNode* node, std::size_t max_bytes) {
  std::string out;
  if (node == nullptr) return out;
  // Children are visited lazily (an element and the next child to read), so a capped read of an
  // element with thousands of children costs only what it reads.
  std::vector<std::pair<const GumboNode*, unsigned>> stack{{node, 0}};
  CollapsedLength length;
  while (!stack.empty() && length.value() <= max_bytes) {
    auto& [current, next_child] = stack.back();
    if (current->type == GUMBO_NODE_TEXT || current->type == GUMBO_NODE_CDATA || current->type == GUMBO_NODE_WHITESPACE) {
      const std::string_view text(current->v.text.text);
      out.append(text);
      if (max_bytes != std::string::npos) length.add(text);
      stack.pop_back();
      continue;
    }
    // Below the node, no element that holds no text is read; the node itself is, unless it is a
    // script or style, whose text only Document::raw_text has (the pre-pass cuts it from the tree).
    const bool raw_text_element = current->type == GUMBO_NODE_ELEMENT &&
                                  (current->v.element.tag == GUMBO_TAG_SCRIPT || current->v.element.tag == GUMBO_TAG_STYLE);
    if ((current->type != GUMBO_NODE_ELEMENT && current->type != GUMBO_NODE_TEMPLATE) ||
        (holds_no_text(current) && current != node) || raw_text_element) {
      stack.pop_back();
      continue;
    }
    if (next_child == 0 && current->v.element.tag == GUMBO_TAG_BR) {
      out.push_back('\n');
      length.add("\n");
    }
    const GumboVector& children = current->v.element.children;
    if (next_child >= children.length) {
      stack.pop_back();
      continue;
    }
    const auto* child = static_cast<const GumboNode*>(children.data[next_child++]);
    stack.emplace_back(child, 0);
  }
  return out;
}

const GumboNode* element_sibling(const GumboNode* element, int step) noexcept {
  if (element->parent == nullptr) return nullptr;
  const GumboVector& children = element->parent->v.element.children;
  for (long i = static_cast<long>(element->index_within_parent) + step; i >= 0 && i < static_cast<long>(children.length); i += step) {
    const auto* sibling = static_cast<const GumboNode*>(children.data[i]);
    if (is_element(sibling)) return sibling;
  }
  return nullptr;
}

bool within_any(const GumboNode* node, const std::unordered_set<const GumboNode*>& nodes) {
  for (const GumboNode* current = node; current != nullptr && !nodes.empty(); current = current->parent) {
    if (nodes.contains(current)) return true;
  }
  return false;
}

bool in_link(const GumboNode* node) noexcept {
  for (const GumboNode* current = node; current != nullptr; current = current->parent) {
    if (current->type == GUMBO_NODE_ELEMENT && current->v.element.tag == GUMBO_TAG_A) return true;
  }
  return false;
}

bool contains(const GumboNode* ancestor, const GumboNode* node) noexcept {
  for (const GumboNode* current = node; current != nullptr; current = current->parent) {
    if (current == ancestor) return true;
  }
  return false;
}

std::vector<const GumboNode*> element_children(const GumboNode* node) {
  std::vector<const GumboNode*> out;
  if (!is_element(node)) return out;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (is_element(child)) out.push_back(child);
  }
  return out;
}

}  // namespace warta::detail
