#include "nesting.hpp"

#include <gumbo.h>
#include "ascii.hpp"
#include "string_hash.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace warta::detail {
namespace {

// What the tree builder does with an element, as far as depth is concerned (HTML spec, "in body").
enum Flag : unsigned {
  kVoid = 1u << 0,        // never has children: <br>, <img>
  kRawText = 1u << 1,     // content is text up to its end tag: <script>, <textarea>
  kFormatting = 1u << 2,  // reopened by the builder after being closed by another element: <b>
  kSpecial = 1u << 3,     // stops <li> and "any other end tag" searches
  kScope = 1u << 4,       // scope boundary: end tags of elements below it are ignored
  kMarker = 1u << 5,      // formatting elements opened inside are not reopened outside: <td>
  kForeign = 1u << 6,     // <svg>, <math>: "/>" closes elements inside
  kImplicit = 1u << 7,    // <html>, <head>, <body>: opened once by the builder, never nested
  kClosesP = 1u << 8,     // block start tags close an open <p>
  kList = 1u << 9,        // <ul>, <ol>, <menu>, <dl>: stop <li>/<dd>/<dt> searches
  kTable = 1u << 10,      // <table>, <tbody> ...: stop row and cell searches
  kTableSection = 1u << 11,
  kRow = 1u << 12,
  kCell = 1u << 13,
  kHeading = 1u << 14,
  kParagraph = 1u << 15,
  kListItem = 1u << 16,   // <li>
  kDefinition = 1u << 17, // <dd>, <dt>
  kOption = 1u << 18,
  kCrossedByItem = 1u << 19,  // <address>, <div>, <p>: a new <li> closes an <li> above them
};

constexpr unsigned kBlock = kSpecial | kClosesP;

unsigned flags_of(std::string_view name) {
  static const std::unordered_map<std::string_view, unsigned> kFlags = {
      {"area", kVoid | kSpecial}, {"base", kVoid | kSpecial}, {"basefont", kVoid | kSpecial},
      {"bgsound", kVoid | kSpecial}, {"br", kVoid | kSpecial}, {"col", kVoid | kSpecial},
      {"embed", kVoid | kSpecial}, {"frame", kVoid | kSpecial}, {"hr", kVoid | kBlock},
      {"img", kVoid | kSpecial}, {"image", kVoid | kSpecial}, {"input", kVoid | kSpecial},
      {"keygen", kVoid}, {"link", kVoid | kSpecial}, {"meta", kVoid | kSpecial},
      {"param", kVoid | kSpecial}, {"source", kVoid | kSpecial}, {"track", kVoid | kSpecial},
      {"wbr", kVoid | kSpecial},
      {"script", kRawText | kSpecial}, {"style", kRawText | kSpecial}, {"textarea", kRawText | kSpecial},
      {"title", kRawText | kSpecial}, {"xmp", kRawText | kBlock}, {"iframe", kRawText | kSpecial},
      {"noembed", kRawText | kSpecial}, {"noframes", kRawText | kSpecial},
      {"a", kFormatting}, {"b", kFormatting}, {"big", kFormatting}, {"code", kFormatting},
      {"em", kFormatting}, {"font", kFormatting}, {"i", kFormatting}, {"nobr", kFormatting},
      {"s", kFormatting}, {"small", kFormatting}, {"strike", kFormatting}, {"strong", kFormatting},
      {"tt", kFormatting}, {"u", kFormatting},
      {"html", kImplicit | kSpecial | kScope}, {"head", kImplicit | kSpecial}, {"body", kImplicit | kSpecial},
      {"frameset", kImplicit | kSpecial},
      {"applet", kSpecial | kScope | kMarker}, {"marquee", kSpecial | kScope | kMarker},
      {"object", kSpecial | kScope | kMarker}, {"template", kSpecial | kScope | kMarker | kTable},
      {"caption", kSpecial | kScope | kMarker}, {"button", kSpecial | kScope},
      {"table", kBlock | kScope | kTable}, {"tbody", kSpecial | kTableSection},
      {"thead", kSpecial | kTableSection}, {"tfoot", kSpecial | kTableSection}, {"tr", kSpecial | kRow},
      {"td", kSpecial | kScope | kMarker | kCell}, {"th", kSpecial | kScope | kMarker | kCell},
      {"colgroup", kSpecial},
      {"svg", kForeign | kScope}, {"math", kForeign | kScope}, {"foreignobject", kScope}, {"desc", kScope},
      {"mi", kScope}, {"mo", kScope}, {"mn", kScope}, {"ms", kScope}, {"mtext", kScope},
      {"annotation-xml", kScope},
      {"p", kBlock | kParagraph | kCrossedByItem}, {"li", kSpecial | kListItem}, {"dd", kSpecial | kDefinition},
      {"dt", kSpecial | kDefinition}, {"option", kOption}, {"optgroup", kOption}, {"select", kSpecial},
      {"ul", kBlock | kList}, {"ol", kBlock | kList}, {"menu", kBlock | kList}, {"dl", kBlock | kList},
      {"dir", kBlock}, {"h1", kBlock | kHeading}, {"h2", kBlock | kHeading}, {"h3", kBlock | kHeading},
      {"h4", kBlock | kHeading}, {"h5", kBlock | kHeading}, {"h6", kBlock | kHeading},
      {"address", kBlock | kCrossedByItem}, {"article", kBlock}, {"aside", kBlock}, {"blockquote", kBlock},
      {"center", kBlock}, {"details", kBlock}, {"dialog", kBlock}, {"div", kBlock | kCrossedByItem},
      {"fieldset", kBlock}, {"figcaption", kBlock}, {"figure", kBlock}, {"footer", kBlock},
      {"header", kBlock}, {"hgroup", kBlock}, {"main", kBlock}, {"nav", kBlock}, {"section", kBlock},
      {"summary", kBlock}, {"pre", kBlock}, {"listing", kBlock}, {"form", kBlock}, {"plaintext", kBlock},
  };
  const auto it = kFlags.find(name);
  return it == kFlags.end() ? 0u : it->second;
}

// Searches never look further down the stack than this: they stay O(1) per tag, and an element
// that far down is left open, which only overestimates the depth.
constexpr std::size_t kSearchWindow = 64;

// flags_of for every tag gumbo knows, by GumboTag.
const std::vector<unsigned>& known_tag_flags() {
  static const std::vector<unsigned> kKnown = [] {
    std::vector<unsigned> flags(GUMBO_TAG_UNKNOWN);
    for (int tag = 0; tag < GUMBO_TAG_UNKNOWN; ++tag) flags[tag] = flags_of(gumbo_normalized_tagname(static_cast<GumboTag>(tag)));
    return flags;
  }();
  return kKnown;
}

class DepthModel {
 public:
  explicit DepthModel(std::size_t max_depth)
      : max_depth_(max_depth),
        info_(known_tag_flags().begin(), known_tag_flags().end()),
        open_count_(GUMBO_TAG_UNKNOWN, 0),
        dropped_(GUMBO_TAG_UNKNOWN, 0),
        plaintext_id_(intern("plaintext")) {}

  // The id of a tag name, ASCII case ignored; what open, close and the tests below take. A name
  // gumbo knows is its GumboTag (gumbo's perfect hash); others are numbered after those.
  int intern(std::string_view name) {
    // Pages repeat a few short names thousands of times: those are remembered by their bytes as
    // written, ahead of gumbo's case-blind hash.
    RecentName* recent = nullptr;
    std::uint64_t bytes = 0;
    if (name.size() <= sizeof bytes) {
      std::memcpy(&bytes, name.data(), name.size());
      recent = &recent_[(bytes * 0x9E3779B97F4A7C15ull) >> (64 - kRecentBits)];
      if (recent->bytes == bytes && recent->size == name.size()) return recent->id;
    }
    const int id = intern_name(name);
    if (recent != nullptr) *recent = {bytes, name.size(), id};
    return id;
  }

  // intern without the memory of recent names.
  int intern_name(std::string_view name) {
    if (const GumboTag tag = gumbo_tagn_enum(name.data(), static_cast<unsigned>(name.size())); tag < GUMBO_TAG_UNKNOWN) {
      return static_cast<int>(tag);
    }
    char lower[kMaxNameBytes];
    const std::size_t size = std::min(name.size(), kMaxNameBytes);
    for (std::size_t i = 0; i < size; ++i) lower[i] = to_ascii_lower(name[i]);
    const std::string_view key(lower, size);
    if (const auto it = ids_.find(key); it != ids_.end()) return it->second;
    const int id = static_cast<int>(info_.size());
    ids_.emplace(std::string(key), id);
    info_.push_back(flags_of(key));
    open_count_.push_back(0);
    dropped_.push_back(0);
    return id;
  }

  // Returns false when the start tag must be dropped. `attributes` is the tag's text after its name,
  // a view into the page that outlives the model.
  bool open(int id, std::string_view attributes, bool self_closing) {
    const unsigned flags = info_[id];
    if ((flags & kImplicit) != 0) return true;
    // Foreign content (<svg>, <math>) has no implied end tags.
    if (foreign_open_ == 0) close_implied_by(flags);
    if ((flags & kVoid) != 0 || (self_closing && foreign_open_ > 0)) return true;
    // Outside a table the builder ignores row and cell tags.
    if ((flags & (kTableSection | kRow | kCell)) != 0 && table_open_ == 0 && foreign_open_ == 0) return true;
    if (stack_.size() + reopened_.size() >= max_depth_) {
      ++dropped_[id];
      return false;
    }
    stack_.push_back({id, attributes, reopened_.size()});
    ++open_count_[id];
    if ((flags & kForeign) != 0) ++foreign_open_;
    if ((flags & kTable) != 0) ++table_open_;
    return true;
  }

  // Whether the tag starts a raw text element (<script>, <textarea>) or ends the markup (<plaintext>).
  bool raw_text(int id) const { return (info_[id] & kRawText) != 0; }
  bool plaintext(int id) const { return id == plaintext_id_; }

  // Returns false when the end tag belongs to a dropped start tag and must be dropped too.
  bool close(int id) {
    if (dropped_[id] > 0) {
      --dropped_[id];
      return false;
    }
    const unsigned flags = info_[id];
    if (open_count_[id] == 0) {
      // A closed formatting element that the builder would reopen is forgotten by its end tag.
      if ((flags & kFormatting) != 0) forget_reopened(id);
      return true;
    }
    // Table end tags close open cells; other block end tags cross anything up to a scope boundary;
    // formatting end tags (the adoption agency) and the rest stop at special elements, which the
    // builder keeps open.
    unsigned stop = kSpecial | kScope;
    if ((flags & kSpecial) != 0) stop = kScope;
    if ((flags & (kTable | kTableSection | kRow)) != 0) stop = kTable;
    const std::size_t floor = stack_.size() > kSearchWindow ? stack_.size() - kSearchWindow : 0;
    for (std::size_t i = stack_.size(); i > floor; --i) {
      if (stack_[i - 1].id == id) {
        pop_to(i - 1);
        return true;
      }
      if ((info_[stack_[i - 1].id] & stop) != 0) break;
    }
    return true;
  }

 private:
  // Longer names are told apart by their first 32 bytes only; no element name is that long.
  static constexpr std::size_t kMaxNameBytes = 32;
  static constexpr unsigned kRecentBits = 6;
  // A name of up to 8 bytes as written (zero-padded, with its size: a name may hold NUL bytes).
  struct RecentName {
    std::uint64_t bytes = 0;
    std::size_t size = 0;  // 0: empty slot (names are never empty)
    int id = 0;
  };

  struct Open {
    int id;
    std::string_view attributes;  // formatting elements are compared by name and attributes
    std::size_t reopened_at_push;
  };

  // Implied end tags of a start tag with `flags` (a block closes an open <p>, an <li> the open <li>).
  void close_implied_by(unsigned flags) {
    if ((flags & kClosesP) != 0) close_implied(kParagraph, kScope);
    if ((flags & kListItem) != 0) close_implied(kListItem, kSpecial | kScope, kCrossedByItem);
    if ((flags & kDefinition) != 0) close_implied(kDefinition, kSpecial | kScope, kCrossedByItem);
    const unsigned top_only = flags & (kHeading | kOption);
    if (top_only != 0 && !stack_.empty() && (info_[stack_.back().id] & top_only) != 0) pop_to(stack_.size() - 1);
    if (table_open_ == 0) return;
    if ((flags & kRow) != 0) close_deepest(kRow | kCell, kTable | kTableSection);
    if ((flags & kCell) != 0) close_deepest(kCell, kTable | kTableSection | kRow);
    if ((flags & kTableSection) != 0) close_deepest(kTableSection | kRow | kCell, kTable);
  }

  // A formatting element closed by another element's end tag stays in the builder's list of active
  // formatting elements and is reopened at the next text; at most 3 alike ("Noah's Ark").
  void remember_reopened(const Open& element) {
    const int key = formatting_key(element.id, element.attributes);
    if (reopened_count_[key] >= 3) return;
    ++reopened_count_[key];
    reopened_.push_back(key);
  }

  void forget_reopened(int id) {
    const std::size_t floor = reopened_.size() > kSearchWindow ? reopened_.size() - kSearchWindow : 0;
    for (std::size_t i = reopened_.size(); i > floor; --i) {
      if (key_name_[reopened_[i - 1]] != id) continue;
      --reopened_count_[reopened_[i - 1]];
      reopened_.erase(reopened_.begin() + static_cast<std::ptrdiff_t>(i - 1));
      return;
    }
  }

  void truncate_reopened(std::size_t size) {
    while (reopened_.size() > size) {
      --reopened_count_[reopened_.back()];
      reopened_.pop_back();
    }
  }

  int formatting_key(int id, std::string_view attributes) {
    std::string key = std::to_string(id);
    key.push_back(' ');
    key.append(attributes.substr(0, 256));
    const auto [it, added] = keys_.try_emplace(std::move(key), static_cast<int>(key_name_.size()));
    if (added) {
      key_name_.push_back(id);
      reopened_count_.push_back(0);
    }
    return it->second;
  }

  // Pops stack_[index], the element being closed, and everything above it.
  void pop_to(std::size_t index) {
    while (stack_.size() > index) {
      const Open top = stack_.back();
      stack_.pop_back();
      --open_count_[top.id];
      const unsigned flags = info_[top.id];
      if ((flags & kForeign) != 0) --foreign_open_;
      if ((flags & kTable) != 0) --table_open_;
      if ((flags & kFormatting) != 0 && stack_.size() > index) remember_reopened(top);
      if ((flags & kMarker) != 0) truncate_reopened(top.reopened_at_push);
    }
  }

  // Closes the nearest open element with a `target` flag unless an element with a `stop` flag (and
  // none of `cross`) comes first.
  void close_implied(unsigned target, unsigned stop, unsigned cross = 0) {
    const std::size_t floor = stack_.size() > kSearchWindow ? stack_.size() - kSearchWindow : 0;
    for (std::size_t i = stack_.size(); i > floor; --i) {
      const unsigned flags = info_[stack_[i - 1].id];
      if ((flags & target) != 0) {
        pop_to(i - 1);
        return;
      }
      if ((flags & stop) != 0 && (flags & cross) == 0) return;
    }
  }

  // Closes the deepest open element with a `target` flag above the nearest `stop` element (a new row
  // closes the open cell and the open row).
  void close_deepest(unsigned target, unsigned stop) {
    const std::size_t floor = stack_.size() > kSearchWindow ? stack_.size() - kSearchWindow : 0;
    std::size_t found = stack_.size();
    for (std::size_t i = stack_.size(); i > floor; --i) {
      const unsigned flags = info_[stack_[i - 1].id];
      if ((flags & stop) != 0) break;
      if ((flags & target) != 0) found = i - 1;
    }
    if (found < stack_.size()) pop_to(found);
  }

  std::size_t max_depth_;
  // Declared before plaintext_id_: interning needs them (and info_, open_count_, dropped_).
  std::unordered_map<std::string, int, StringViewHash, std::equal_to<>> ids_;
  std::array<RecentName, std::size_t{1} << kRecentBits> recent_{};
  std::vector<unsigned> info_;
  std::vector<std::size_t> open_count_;
  std::vector<std::size_t> dropped_;
  int plaintext_id_;
  std::vector<Open> stack_;
  std::unordered_map<std::string, int> keys_;  // formatting key: name id and attributes
  std::vector<int> key_name_;                  // by formatting key
  std::vector<std::size_t> reopened_count_;    // by formatting key
  std::vector<int> reopened_;                  // formatting keys, oldest first
  std::size_t foreign_open_ = 0;
  std::size_t table_open_ = 0;
};

// Index just past the '>' that ends the tag whose name ends at `pos`, honouring quoted attribute
// values; html.size() when the tag is not closed.
std::size_t tag_end(std::string_view html, std::size_t pos) {
  while (pos < html.size()) {
    const char c = html[pos];
    if (c == '>') return pos + 1;
    if (c == '=') {
      ++pos;
      while (pos < html.size() && is_ascii_space(html[pos])) ++pos;
      if (pos < html.size() && (html[pos] == '"' || html[pos] == '\'')) {
        const std::size_t close = html.find(html[pos], pos + 1);
        if (close == std::string_view::npos) return html.size();
        pos = close + 1;
      }
      continue;
    }
    ++pos;
  }
  return html.size();
}

// Index of the end tag "</name" closing a raw text element that starts at `pos`, or html.size().
std::size_t raw_text_end(std::string_view html, std::size_t pos, std::string_view name) {
  while ((pos = html.find("</", pos)) != std::string_view::npos) {
    const std::string_view candidate = html.substr(pos + 2, name.size());
    const bool same = candidate.size() == name.size() &&
                      std::equal(candidate.begin(), candidate.end(), name.begin(), [](char a, char b) {
                        return (a | 0x20) == (b | 0x20);
                      });
    if (same) return pos;
    pos += 2;
  }
  return html.size();
}

}  // namespace

NestingLimit limit_nesting(std::string& html, std::size_t max_depth) {
  NestingLimit result;
  DepthModel model(max_depth);
  const std::string_view in(html);
  std::string out;  // filled only once a tag is dropped
  std::size_t copied = 0;
  auto drop = [&](std::size_t begin, std::size_t end) {
    if (result.dropped_tags == 0) out.reserve(in.size());
    out.append(in.substr(copied, begin - copied));
    copied = end;
    ++result.dropped_tags;
  };

  std::size_t pos = 0;
  while ((pos = in.find('<', pos)) != std::string_view::npos) {
    const std::size_t begin = pos;
    if (in.substr(pos, 4) == "<!--") {
      const std::size_t close = in.find("-->", pos + 4);
      pos = close == std::string_view::npos ? in.size() : close + 3;
      continue;
    }
    const bool end_tag = pos + 1 < in.size() && in[pos + 1] == '/';
    const std::size_t name_begin = pos + (end_tag ? 2 : 1);
    if (name_begin >= in.size() || !is_ascii_alpha(in[name_begin])) {
      // "<!doctype>", "<?xml ?>", "</ >" are bogus comments up to '>'; "< " and "<3" are text.
      const bool bogus = end_tag || (name_begin < in.size() && (in[name_begin] == '!' || in[name_begin] == '?'));
      pos = bogus ? tag_end(in, name_begin) : name_begin;
      continue;
    }
    std::size_t name_end = name_begin;
    while (name_end < in.size() && !is_ascii_space(in[name_end]) && in[name_end] != '/' && in[name_end] != '>') ++name_end;
    const std::string_view name = in.substr(name_begin, name_end - name_begin);
    const int id = model.intern(name);
    pos = tag_end(in, name_end);
    if (end_tag) {
      if (!model.close(id)) drop(begin, pos);
      continue;
    }
    ++result.start_tags;
    const bool self_closing = pos >= 2 && in[pos - 1] == '>' && in[pos - 2] == '/';
    if (!model.open(id, in.substr(name_end, pos - name_end), self_closing)) drop(begin, pos);
    if (model.plaintext(id)) break;
    if (model.raw_text(id) && !self_closing) pos = raw_text_end(in, pos, name);
  }
  if (result.dropped_tags > 0) {
    out.append(in.substr(copied));
    html = std::move(out);
  }
  return result;
}

}  // namespace warta::detail
