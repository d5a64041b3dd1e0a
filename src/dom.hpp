#pragma once
// The DOM stage: one RAII owner of the UTF-8 buffer and gumbo's tree, plus iterative helpers.
// gumbo points into the buffer, so both live and die together. No walk here recurses: deep nesting
// is an attack on the stack.

#include <gumbo.h>

#include <cstddef>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "prepass.hpp"
#include "string_hash.hpp"

namespace warta::detail {

// Memory for gumbo's tree: a bump allocator whose frees do nothing; the whole tree goes at once on
// reset(). gumbo makes one malloc per node, attribute and string, and those calls with their frees
// cost it a tenth of its time. The blocks outlive a tree so that the next page on the same thread
// writes into memory already mapped: fresh blocks cost a page fault per 4 KiB.
class TreeArena {
 public:
  TreeArena() = default;
  // Not movable: next_ and end_ point into blocks_.
  TreeArena(const TreeArena&) = delete;
  TreeArena& operator=(const TreeArena&) = delete;

  void* allocate(std::size_t bytes) {
    bytes = (bytes + kAlign - 1) & ~(kAlign - 1);
    // "<=": a fresh arena (no block yet) takes the slow path even for zero bytes.
    if (static_cast<std::size_t>(end_ - next_) <= bytes) return allocate_in_next_block(bytes);
    void* out = next_;
    next_ += bytes;
    return out;
  }
  // Drops the tree: the next allocate starts again at the first block. Blocks beyond
  // kRetainedBytes go back to the system, so one huge page does not pin its memory for the rest
  // of a batch.
  void reset() noexcept;
  // Bytes held in blocks (for the tests of reuse and of the retention cap).
  std::size_t capacity() const noexcept;

  static constexpr std::size_t kRetainedBytes = 8u << 20;

 private:
  // 16-byte alignment is what malloc promises and gumbo assumes.
  static constexpr std::size_t kAlign = 16;
  struct Block {
    std::unique_ptr<std::byte[]> data;
    std::size_t size = 0;
  };
  void* allocate_in_next_block(std::size_t bytes);

  std::vector<Block> blocks_;
  std::size_t current_ = 0;    // the block being filled, when next_ is set
  std::byte* next_ = nullptr;  // free memory of blocks_[current_]: [next_, end_)
  std::byte* end_ = nullptr;
};

class Document {
 public:
  // Parses `utf8` (taken over by the Document). With `prepass`, gumbo parses the page without its
  // script/style contents and comments, with white space between tags shortened and long values and
  // texts stood in for (prepass.hpp); the stood-in bytes are put back, the tree is the same but for
  // the other texts, and raw_text gives the script and style texts back.
  explicit Document(std::string utf8, bool prepass = true);
  // The same, with the tree built in `arena`, which the Document resets when it goes; one Document
  // at a time per arena.
  Document(std::string utf8, TreeArena& arena, bool prepass = true);
  // True when gumbo's tree is the one of the page as the pre-pass left it: false without the
  // pre-pass, when it changed nothing, and when the tree showed a cut, a shortened run or a stand-in
  // to be wrong.
  bool prepass_applied() const noexcept { return !cut_html_.empty(); }
  ~Document();
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  const GumboNode* root() const noexcept { return output_->root; }
  // Text of a script or style element as gumbo reads it, including what the pre-pass cut out.
  std::string raw_text(const GumboNode* element) const;
  std::size_t node_count() const noexcept { return node_count_; }
  // Bounds gumbo's error list: a hostile page can have millions of parse errors we never read, and each
  // tree-builder error copies the stack of open elements (up to Limits::max_depth pointers), so the
  // list costs at most about 1000 x 2000 x 8 bytes = 16 MB. The bound is not lower because gumbo 0.10.1
  // misreads a tag once it is reached: a repeated attribute without a value is not cleared, and glues
  // onto the next attribute's name (<img alt alt src=x> gives "altsrc"). Real pages stay far below it
  // (the corpus: at most 693 errors, 145 once the pre-pass has cut raw text).
  static constexpr unsigned kMaxParseErrors = 1000;
  // True when gumbo stopped recording parse errors: from there on, a tag that repeats an attribute
  // without a value may have the next attribute's name misread.
  bool parse_errors_capped() const noexcept;
  std::size_t max_depth() const noexcept { return max_depth_; }
  // Every element in document order (built once; walks iterate this instead of the tree).
  const std::vector<const GumboNode*>& elements() const noexcept { return elements_; }
  // Position of an element in elements(), or elements().size() when it is not there.
  std::size_t index_of(const GumboNode* element) const noexcept;
  // One past the last element of the subtree rooted at elements()[index]: a subtree is the
  // contiguous range [index, subtree_end(index)).
  std::size_t subtree_end(std::size_t index) const noexcept { return subtree_end_[index]; }
  // Depth of elements()[index] (the html element is 1).
  std::size_t depth(std::size_t index) const noexcept { return depth_[index]; }
  // Positions in elements(), ascending, of the elements whose class attribute holds `lower_class`
  // (ASCII case ignored; the argument is lower case). Selectors naming a class look only at these.
  std::span<const std::size_t> with_class(std::string_view lower_class) const;
  // Positions in elements(), ascending, of the elements whose id is `lower_id` (ASCII case ignored;
  // the argument is lower case).
  std::span<const std::size_t> with_id(std::string_view lower_id) const;
  // Positions in elements(), ascending, of the elements with an itemprop attribute (microdata).
  const std::vector<std::size_t>& with_itemprop() const noexcept { return itemprop_; }
  // Positions in elements(), ascending, of the elements with an id attribute, even an empty one
  // (selectors testing the id's value, [id^="div-gpt-ad"], look only at these).
  const std::vector<std::size_t>& with_id_attribute() const noexcept { return id_attribute_; }
  // Positions in elements(), ascending, of the HTML elements with gumbo tag `tag` (not
  // GUMBO_TAG_UNKNOWN, whose elements have many names). Selectors naming a tag look only at these.
  const std::vector<std::size_t>& with_tag(GumboTag tag) const noexcept;

 private:
  // What the walk records of the cut page's tree for the pre-pass check (dom.cpp).
  struct CutPageNodes;
  // Parses html_ (or cut_html_ when the pre-pass changed anything) into arena_.
  void parse_with_gumbo(std::string_view html);
  // Pre-order walk with an explicit stack: records each element, its subtree range and depth, and
  // counts the nodes; fills `nodes` when given.
  void walk_tree(CutPageNodes* nodes);
  // True when gumbo's tree has the element or comment each cut expects and a text node for each
  // shortened run, so the pre-pass changed no token but those texts; keeps the cut script text.
  bool cuts_match_tree(const CutPage& cut, CutPageNodes& nodes);
  // Puts each stand-in's bytes back where gumbo's tree has its character: a text stand-in exactly
  // once, in a text node whose source holds it; an attribute stand-in as the whole value of an
  // attribute written there (or of its clones). False when a stand-in character is anywhere else.
  bool restore_stand_ins(const CutPage& cut);
  // A copy of `bytes`, NUL-terminated, in the tree's arena (it goes with the tree).
  const char* copy_to_arena(std::string_view bytes);

  std::string html_;
  std::string cut_html_;
  std::vector<std::pair<const GumboNode*, std::string_view>> kept_text_;  // sorted by node; views into html_
  TreeArena owned_arena_;  // used when the caller gives none
  TreeArena* arena_;
  GumboOutput* output_ = nullptr;
  std::vector<const GumboNode*> elements_;
  std::vector<std::size_t> subtree_end_;
  std::vector<std::size_t> depth_;
  std::vector<std::pair<const GumboNode*, std::size_t>> index_;  // sorted by node address
  // The positions of the elements holding each name (class or id), every name's list back to back
  // in one vector: one allocation per page rather than one per name, as each had its own vector.
  class NameIndex {
   public:
    // Records that the element at `position` holds `name`; positions come in ascending order.
    void add(std::string_view name, std::size_t position);
    // Lays out the lists; after it, find answers and add may not be called.
    void finish();
    std::span<const std::size_t> find(std::string_view name) const;

   private:
    std::unordered_map<std::string, std::size_t, StringViewHash, std::equal_to<>> ids_;  // name -> its number
    std::vector<std::pair<std::size_t, std::size_t>> added_;  // name number, position
    std::vector<std::size_t> last_position_;                   // by name number: "a a" lists the element once
    std::vector<std::size_t> positions_;
    std::vector<std::size_t> starts_;  // by name number: its list is positions_[starts_[n], starts_[n + 1])
  };
  NameIndex class_index_;
  NameIndex id_index_;
  std::vector<std::vector<std::size_t>> tag_index_;  // by GumboTag
  std::vector<std::size_t> itemprop_;
  std::vector<std::size_t> id_attribute_;
  std::size_t node_count_ = 0;
  std::size_t max_depth_ = 0;
};

bool is_element(const GumboNode* node) noexcept;
// True for the elements whose content is never text for a reader (script, style, noscript, template);
// every reader's list of skipped elements starts from these.
bool holds_no_text(const GumboNode* node) noexcept;
// True for the HTML elements whose white space is their text, as written (pre, listing, textarea,
// and raw text: title, script, style, xmp, iframe, noembed, noframes, plaintext); the pre-pass
// shortens white space only outside them.
bool white_space_is_text(const GumboNode* node) noexcept;
// Lower-case tag name, including unknown tags ("amp-img"); empty for non-elements.
std::string_view tag_name(const GumboNode* node) noexcept;
// Attribute value or nullptr.
const char* attribute(const GumboNode* node, std::string_view name) noexcept;
// True when the element's class attribute holds `cls` as a whole word.
bool has_class(const GumboNode* node, std::string_view cls) noexcept;
// Text content (text, CDATA, whitespace nodes) of the subtree, white space as written; skips
// script/style/noscript/template below `node`, and is empty for a script or style `node` (read
// those with Document::raw_text). Iterative. Reading stops once the text is longer than `max_bytes`,
// each run of white space counted once (CollapsedLength), for callers that only need to know
// whether it is short.
std::string text_content(const GumboNode* node, std::size_t max_bytes = std::string::npos);
// True when `ancestor` is `node` or contains it.
bool contains(const GumboNode* ancestor, const GumboNode* node) noexcept;
// True when `node` or one of its ancestors is in `nodes` (a set, so each test costs the depth only).
bool within_any(const GumboNode* node, const std::unordered_set<const GumboNode*>& nodes);
// True when the node is an <a> or sits inside one.
bool in_link(const GumboNode* node) noexcept;
// The element sibling just before (step -1) or after (+1) an element, or nullptr.
const GumboNode* element_sibling(const GumboNode* element, int step) noexcept;
// Element children of a node.
std::vector<const GumboNode*> element_children(const GumboNode* node);

}  // namespace warta::detail
