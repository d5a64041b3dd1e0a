#include "dom.hpp"

#include <algorithm>
#include <cstring>

#include "ascii.hpp"
#include "normalize/text.hpp"

namespace warta::detail {
namespace {

// End of the tag at `at` (one past its '>') when it is a plain start or end tag: a name, attributes
// whose names and values hold no '<', '>' or quote; kNotPlain otherwise.
constexpr std::size_t kNotPlain = std::string_view::npos;
std::size_t plain_tag_end(std::string_view source, std::size_t at) noexcept {
  std::size_t i = at + 1;
  const bool end_tag = i < source.size() && source[i] == '/';
  if (end_tag) ++i;
  if (i == source.size() || !is_ascii_alpha(source[i])) return kNotPlain;
  while (i < source.size() && is_ascii_alnum(source[i])) ++i;
  const auto name_char = [](char c) { return is_ascii_alnum(c) || c == '-' || c == '_' || c == ':' || c == '.'; };
  while (true) {
    const std::size_t before_space = i;
    while (i < source.size() && is_ascii_space(source[i])) ++i;
    if (i == source.size()) return kNotPlain;
    if (source[i] == '>') return i + 1;
    if (source[i] == '/' && !end_tag) return i + 1 < source.size() && source[i + 1] == '>' ? i + 2 : kNotPlain;
    if (end_tag || i == before_space || !name_char(source[i])) return kNotPlain;
    while (i < source.size() && name_char(source[i])) ++i;
    if (i == source.size() || source[i] != '=') continue;
    ++i;
    if (i == source.size()) return kNotPlain;
    const char quote = source[i];
    if (quote == '"' || quote == '\'') {
      const std::size_t close = source.find_first_of(quote == '"' ? std::string_view("\"<>") : std::string_view("'<>"), i + 1);
      if (close == std::string_view::npos || source[close] != quote) return kNotPlain;
      i = close + 1;
    } else {
      const std::size_t start = i;
      while (i < source.size() && !is_ascii_space(source[i]) && source[i] != '>' && source[i] != '<' && source[i] != '"' &&
             source[i] != '\'' && source[i] != '=' && source[i] != '`') {
        ++i;
      }
      if (i == start) return kNotPlain;
    }
  }
}

// True when a text node's `source` is text and plain tags only. Read from the data state, every '<'
// in it then starts a tag that ends at its own '>', so white space before a '<' is character data.
// Gumbo leaves its text buffer open over tags that change no node of their own (an ignored end tag,
// </form>, a <body> whose attributes go to the body already open), so one text node can span two
// shortened runs and the tags between them.
bool reads_as_text_and_plain_tags(std::string_view source) noexcept {
  for (std::size_t i = source.find('<'); i != std::string_view::npos; i = source.find('<', i)) {
    i = plain_tag_end(source, i);
    if (i == kNotPlain) return false;
  }
  return true;
}

void* allocate_in_arena(void* arena, std::size_t bytes) { return static_cast<TreeArena*>(arena)->allocate(bytes); }

void free_nothing(void*, void*) {}

}  // namespace

void* TreeArena::allocate_in_next_block(std::size_t bytes) {
  // Blocks double from 64 KiB to 1 MiB, so a page costs a handful of mallocs and wastes at most
  // one block's tail. A request larger than what a kept block has left moves on to the next block;
  // the tail skipped is only lost until the next reset.
  constexpr std::size_t kFirstBlock = 64u << 10;
  constexpr std::size_t kLargestBlock = 1u << 20;
  std::size_t index = next_ == nullptr ? 0 : current_ + 1;
  while (index < blocks_.size() && blocks_[index].size < bytes) ++index;
  if (index == blocks_.size()) {
    const std::size_t size = std::max(bytes, blocks_.empty() ? kFirstBlock : std::min(2 * blocks_.back().size, kLargestBlock));
    blocks_.push_back({std::make_unique_for_overwrite<std::byte[]>(size), size});
  }
  current_ = index;
  next_ = blocks_[index].data.get() + bytes;
  end_ = blocks_[index].data.get() + blocks_[index].size;
  return blocks_[index].data.get();
}

void TreeArena::reset() noexcept {
  std::size_t kept = 0;
  std::size_t count = 0;
  while (count < blocks_.size() && kept + blocks_[count].size <= kRetainedBytes) kept += blocks_[count++].size;
  blocks_.resize(count);
  current_ = 0;
  next_ = nullptr;
  end_ = nullptr;
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

// Where, in the cut page, each script/style element with nothing between its tags and each comment
// sits; a cut gumbo did not read as raw text or a comment (a <style> inside <svg>, a "comment"
// inside a <textarea>) has no such node. And the source of each text node outside elements whose
// white space is their text: a shortened run must lie in one (not in an attribute value the scanner
// took for the end of a tag, or in an ignored tag).
struct Document::CutPageNodes {
  std::vector<std::pair<std::size_t, const GumboNode*>> elements;
  std::vector<std::size_t> comments;
  std::vector<std::pair<std::size_t, std::size_t>> texts;  // begin, length

  void add(const GumboNode* node, bool verbatim, const char* base) {
    if (node->type == GUMBO_NODE_COMMENT) {
      if (node->v.text.original_text.data != nullptr) comments.push_back(node->v.text.original_text.data - base + 4);
    } else if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE) {
      const GumboStringPiece& source = node->v.text.original_text;
      if (!verbatim && source.data != nullptr) texts.emplace_back(source.data - base, source.length);
    } else if (node->type == GUMBO_NODE_ELEMENT) {
      const GumboElement& element = node->v.element;
      if ((element.tag != GUMBO_TAG_SCRIPT && element.tag != GUMBO_TAG_STYLE) || element.tag_namespace != GUMBO_NAMESPACE_HTML ||
          element.original_tag.data == nullptr || element.original_end_tag.data == nullptr) {
        return;
      }
      const std::size_t content_begin = element.original_tag.data + element.original_tag.length - base;
      if (content_begin == static_cast<std::size_t>(element.original_end_tag.data - base)) elements.emplace_back(content_begin, node);
    }
  }
};

bool Document::cuts_match_tree(const CutPage& cut, CutPageNodes& nodes) {
  auto& [elements, comments, texts] = nodes;
  // A shortened run is a text node of its own, or lies in one whose source is text and plain tags;
  // each such node is read once.
  if (!std::is_sorted(texts.begin(), texts.end())) std::sort(texts.begin(), texts.end());
  enum class Checked : unsigned char { no, fits, not_text };
  std::vector<Checked> checked(texts.size(), Checked::no);
  // Runs and texts both ascend: one forward scan finds the text each run starts in.
  auto after = texts.begin();  // the first text that begins after the run
  for (const ShortenedSpace& space : cut.spaces) {
    while (after != texts.end() && after->first <= space.at) ++after;
    if (after == texts.begin()) return false;
    const auto [begin, length] = *(after - 1);
    if (space.at + space.length > begin + length) return false;
    if (begin == space.at && length == space.length) continue;
    Checked& text = checked[after - 1 - texts.begin()];
    if (text == Checked::no) {
      text = reads_as_text_and_plain_tags(std::string_view(cut_html_).substr(begin, length)) ? Checked::fits : Checked::not_text;
    }
    if (text == Checked::not_text) return false;
  }
  if (!std::is_sorted(elements.begin(), elements.end())) std::sort(elements.begin(), elements.end());
  if (!std::is_sorted(comments.begin(), comments.end())) std::sort(comments.begin(), comments.end());
  for (const RawTextCut& raw : cut.cuts) {
    if (!raw.element) {
      if (!std::binary_search(comments.begin(), comments.end(), raw.at)) return false;
      continue;
    }
    const auto it = std::lower_bound(elements.begin(), elements.end(), std::pair<std::size_t, const GumboNode*>{raw.at, nullptr});
    if (it == elements.end() || it->first != raw.at) return false;
    kept_text_.emplace_back(it->second, std::string_view(html_).substr(raw.begin, raw.end - raw.begin));
  }
  std::sort(kept_text_.begin(), kept_text_.end());
  return true;
}

const char* Document::copy_to_arena(std::string_view bytes) {
  auto* copy = static_cast<char*>(arena_->allocate(bytes.size() + 1));
  std::memcpy(copy, bytes.data(), bytes.size());
  copy[bytes.size()] = '\0';
  return copy;
}

bool Document::restore_stand_ins(const CutPage& cut) {
  if (cut.stand_ins.empty()) return true;
  const char* base = cut_html_.data();
  std::vector<bool> text_restored(cut.stand_ins.size(), false);
  std::size_t texts_left = 0;
  for (const StandIn& stand_in : cut.stand_ins) texts_left += stand_in.attribute ? 0 : 1;
  const auto original = [&](const StandIn& stand_in) {
    return std::string_view(html_).substr(stand_in.begin, stand_in.end - stand_in.begin);
  };
  // A text, CDATA or comment node: the stand-ins in its text are the text runs its source holds.
  std::string restored;
  const auto restore_text = [&](GumboNode* node) {
    const std::string_view text = node->v.text.text;
    if (!holds_plane_15(text)) return true;
    if (node->type == GUMBO_NODE_COMMENT) return false;
    const GumboStringPiece& source = node->v.text.original_text;
    if (source.data == nullptr) return false;
    const std::size_t source_begin = source.data - base;
    restored.clear();
    std::size_t copied = 0;
    for (std::size_t i = text.find('\xF3'); i != std::string_view::npos; i = text.find('\xF3', i + 1)) {
      if (i + 1 >= text.size() || !starts_stand_in(text.data() + i)) continue;
      if (text.size() - i < kStandInBytes) return false;
      const std::size_t index = stand_in_index(text.data() + i);
      if (index >= cut.stand_ins.size()) return false;
      const StandIn& stand_in = cut.stand_ins[index];
      if (stand_in.attribute || text_restored[index] || stand_in.at < source_begin || stand_in.at >= source_begin + source.length) return false;
      text_restored[index] = true;
      --texts_left;
      restored.append(text.substr(copied, i - copied)).append(original(stand_in));
      copied = i + kStandInBytes;
      i = copied - 1;
    }
    restored.append(text.substr(copied));
    node->v.text.text = copy_to_arena(restored);
    return true;
  };
  const auto restore_children = [&](const GumboVector& children) {
    for (unsigned i = 0; i < children.length; ++i) {
      auto* child = static_cast<GumboNode*>(children.data[i]);
      if (child->type != GUMBO_NODE_ELEMENT && child->type != GUMBO_NODE_TEMPLATE && !restore_text(child)) return false;
    }
    return true;
  };
  if (!restore_children(output_->document->v.document.children)) return false;
  for (const GumboNode* element : elements_) {
    const GumboElement& e = element->v.element;
    for (unsigned a = 0; a < e.attributes.length; ++a) {
      auto* attr = static_cast<GumboAttribute*>(e.attributes.data[a]);
      const std::string_view value = attr->value;
      if (value.size() == kStandInBytes && starts_stand_in(value.data())) {
        const std::size_t index = stand_in_index(value.data());
        // gumbo's original_value starts at the opening quote; clones share it.
        if (index >= cut.stand_ins.size() || !cut.stand_ins[index].attribute || attr->original_value.data == nullptr ||
            static_cast<std::size_t>(attr->original_value.data - base) + 1 != cut.stand_ins[index].at) {
          return false;
        }
        attr->value = copy_to_arena(original(cut.stand_ins[index]));
      } else if (holds_plane_15(value) || holds_plane_15(attr->name)) {
        return false;
      }
    }
    if (!restore_children(e.children)) return false;
  }
  return texts_left == 0;
}

void Document::walk_tree(CutPageNodes* nodes) {
  elements_.clear();
  subtree_end_.clear();
  depth_.clear();
  max_depth_ = 0;
  const char* base = cut_html_.data();
  if (nodes != nullptr) {
    const GumboVector& top = output_->document->v.document.children;  // comments around <html>
    for (unsigned i = 0; i < top.length; ++i) nodes->add(static_cast<const GumboNode*>(top.data[i]), false, base);
  }
  struct Frame {
    const GumboNode* node;
    std::size_t child;
    std::size_t index;
    bool verbatim;  // inside an element whose white space is its text
  };
  std::vector<Frame> stack;
  stack.push_back({output_->root, 0, 0, false});
  elements_.push_back(output_->root);
  subtree_end_.push_back(0);
  depth_.push_back(1);
  node_count_ = 1;
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
    if (nodes != nullptr) nodes->add(child, top.verbatim, base);
    if (child->type != GUMBO_NODE_ELEMENT && child->type != GUMBO_NODE_TEMPLATE) continue;
    const std::size_t index = elements_.size();
    const bool verbatim = top.verbatim || white_space_is_text(child);
    elements_.push_back(child);
    subtree_end_.push_back(index + 1);
    depth_.push_back(stack.size() + 1);
    max_depth_ = std::max(max_depth_, stack.size() + 1);
    stack.push_back({child, 0, index, verbatim});
  }
}

Document::Document(std::string utf8, bool prepass) : Document(std::move(utf8), owned_arena_, prepass) {}

Document::Document(std::string utf8, TreeArena& arena, bool prepass) : html_(std::move(utf8)), arena_(&arena) {
  // A parse that threw (out of memory) left its tree behind without a destructor to drop it.
  arena_->reset();
  CutPage cut;
  if (prepass) cut = cut_for_gumbo(html_);
  cut_html_ = std::move(cut.html);
  parse_with_gumbo(cut_html_.empty() ? html_ : cut_html_);
  CutPageNodes nodes;
  walk_tree(cut_html_.empty() ? nullptr : &nodes);
  if (!cut_html_.empty() && (!cuts_match_tree(cut, nodes) || !restore_stand_ins(cut))) {
    // Rare (raw text inside foreign content, a tree builder that ignores the element, a run in a
    // text node beside a tag that is not plain, text a frameset drops, a character reference to
    // plane 15): parse the whole page instead.
    kept_text_.clear();
    cut_html_.clear();
    arena_->reset();
    parse_with_gumbo(html_);
    walk_tree(nullptr);
  }
  // Each element the pre-pass emptied would have held one text node.
  node_count_ += kept_text_.size();
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

bool white_space_is_text(const GumboNode* node) noexcept {
  if (node->type != GUMBO_NODE_ELEMENT || node->v.element.tag_namespace != GUMBO_NAMESPACE_HTML) return false;
  switch (node->v.element.tag) {
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_PLAINTEXT:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_XMP:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_NOFRAMES:
      return true;
    default:
      return false;
  }
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
  // the original text is "<amp-img ...>": cut the name out of it. After an ignored "</>" gumbo 0.10.1
  // starts the tag's text there and would read all of "</><amp-img src=...>" as an end tag's name.
  GumboStringPiece piece = element.original_tag;
  while (piece.data != nullptr && piece.length > 3 && std::string_view(piece.data, 3) == "</>") {
    piece.data += 3;
    piece.length -= 3;
  }
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
