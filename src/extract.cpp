#include "extract.hpp"

#include <algorithm>
#include <cstring>

#include "ascii.hpp"
#include "dom.hpp"
#include "generic.hpp"
#include "indonesian.hpp"
#include "metadata.hpp"
#include "normalize/byline.hpp"
#include "normalize/captions.hpp"
#include "normalize/text.hpp"
#include "profiles.hpp"
#include "script_data.hpp"
#include "url.hpp"

namespace warta::detail {
namespace {

// Body blocks longer than this are pages glued together by a broken template, not a paragraph.
constexpr std::size_t kMaxHeadingBytes = 160;

bool skipped_subtree(const GumboNode* element) {
  switch (element->v.element.tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
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

// An <article>'s own <header> (WordPress entry-header) holds its title, date and byline, never text.
bool is_article_header(const GumboNode* element) {
  if (element->v.element.tag != GUMBO_TAG_HEADER) return false;
  const GumboNode* parent = element->parent;
  return parent != nullptr && is_element(parent) && parent->v.element.tag == GUMBO_TAG_ARTICLE;
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

std::optional<BlockType> block_type_of(const GumboNode* element) {
  switch (element->v.element.tag) {
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
      return BlockType::heading;
    case GUMBO_TAG_BLOCKQUOTE:
      return BlockType::quote;
    case GUMBO_TAG_LI:
      return BlockType::list_item;
    default:
      return std::nullopt;
  }
}

bool is_bold(const GumboNode* element) {
  const GumboTag tag = element->v.element.tag;
  return tag == GUMBO_TAG_B || tag == GUMBO_TAG_STRONG;
}

// Third-party embeds leave a blockquote with the tweet or post text behind.
bool is_embed(const GumboNode* element) {
  for (std::string_view cls : {"twitter-tweet", "instagram-media", "tiktok-embed", "fb-post", "twitter-video"}) {
    if (has_class(element, cls)) return true;
  }
  return false;
}

// "https://...", "www.example.com/..." as a whole line, with no spaces.
bool is_bare_address(std::string_view text) {
  if (text.find(' ') != std::string_view::npos) return false;
  return starts_with_icase(text, "http://") || starts_with_icase(text, "https://") || starts_with_icase(text, "www.");
}

// The texts of a field rule applied to the document (or a scope): every match's text or attribute,
// or (all false) the first non-empty one: a template may leave the first match empty (KLY's caption
// slot closed before its paragraph).
std::vector<std::string> rule_values(const Document& doc, const FieldRule& rule, bool all, const GumboNode* scope = nullptr) {
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
    if (!value.empty()) out.push_back(std::move(value));
  }
  return out;
}

const std::vector<FieldRule>* field_rules(const Profile* profile, const char* field) {
  if (profile == nullptr) return nullptr;
  const auto it = profile->fields.find(field);
  return it == profile->fields.end() ? nullptr : &it->second;
}

// First non-empty value of a field's rules (profile order), or nullopt.
std::optional<std::string> first_value(const Document& doc, const Profile* profile, const char* field) {
  const auto* rules = field_rules(profile, field);
  if (rules == nullptr) return std::nullopt;
  for (const FieldRule& rule : *rules) {
    auto values = rule_values(doc, rule, false);
    if (!values.empty()) return std::move(values.front());
  }
  return std::nullopt;
}

// Every value of the first rule that has any (tags, bylines).
std::vector<std::string> all_values(const Document& doc, const Profile* profile, const char* field) {
  const auto* rules = field_rules(profile, field);
  if (rules == nullptr) return {};
  for (const FieldRule& rule : *rules) {
    auto values = rule_values(doc, rule, true);
    if (!values.empty()) return values;
  }
  return {};
}

std::optional<std::string> optional_of(const std::string* value) {
  if (value == nullptr || value->empty()) return std::nullopt;
  return *value;
}

constexpr std::string_view kTitleSeparators[] = {" - ", " | ", " \xE2\x80\x93 ", " :: "};

// A word that is a domain name ("Kapanlagi.com", "KOMPAS.com", "tribunnews.co.id"), not a number
// ("1.500") or an abbreviation ("S.H.").
bool is_domain_name(std::string_view word) {
  const std::size_t dot = word.find('.');
  if (dot == 0 || dot == std::string_view::npos) return false;
  for (std::size_t i = 0; i < dot; ++i) {
    if (!is_ascii_alnum(word[i]) && word[i] != '-') return false;
  }
  std::string_view rest = word.substr(dot);
  while (!rest.empty()) {
    std::size_t label = 1;
    while (label < rest.size() && is_ascii_alpha(rest[label])) ++label;
    if (label < 3 || (label < rest.size() && rest[label] != '.')) return false;
    rest.remove_prefix(label);
  }
  return std::any_of(word.begin(), word.begin() + static_cast<long>(dot), is_ascii_alpha);
}

// A title segment that names a site: a few words, one of them a domain name ("Today Kapanlagi.com",
// "Kompas.com Bola").
bool names_a_site(std::string_view segment) {
  constexpr std::size_t kMaxSiteWords = 4;
  std::size_t words = 0;
  bool domain = false;
  for (std::string_view rest = segment; !rest.empty();) {
    const std::size_t space = std::min(rest.find(' '), rest.size());
    if (space > 0) {
      ++words;
      domain = domain || is_domain_name(rest.substr(0, space));
    }
    rest.remove_prefix(std::min(space + 1, rest.size()));
  }
  return domain && words <= kMaxSiteWords;
}

// Removes a site suffix (" - Kompas.com", " | Liputan6", " | Today Kapanlagi.com") from a title.
std::string strip_site_suffix(std::string title, const std::vector<const Profile*>& profiles,
                              const std::optional<std::string>& site_name) {
  for (const Profile* profile : profiles) {
    if (profile == nullptr) continue;
    for (const std::string& suffix : profile->site_suffixes) {
      if (title.size() > suffix.size() && fold_case(title.substr(title.size() - suffix.size())) == fold_case(suffix)) {
        title.erase(title.size() - suffix.size());
        return normalize_text(title);
      }
    }
  }
  if (site_name) {
    for (std::string_view separator : kTitleSeparators) {
      const std::string suffix = std::string(separator) + *site_name;
      if (title.size() > suffix.size() && fold_case(title.substr(title.size() - suffix.size())) == fold_case(suffix)) {
        return normalize_text(title.substr(0, title.size() - suffix.size()));
      }
    }
  }
  std::size_t cut = std::string::npos;
  std::size_t cut_length = 0;
  for (std::string_view separator : kTitleSeparators) {
    const std::size_t at = title.rfind(separator);
    if (at != std::string::npos && (cut == std::string::npos || at > cut)) {
      cut = at;
      cut_length = separator.size();
    }
  }
  if (cut != std::string::npos && cut > 0 && names_a_site(std::string_view(title).substr(cut + cut_length))) {
    return normalize_text(title.substr(0, cut));
  }
  return title;
}

class DropSet {
 public:
  DropSet(const Document& doc, const std::vector<const Profile*>& profiles, std::vector<Removal>& removals)
      : dropped_(doc.elements().size(), 0) {
    for (const Profile* profile : profiles) {
      if (profile == nullptr) continue;
      for (const Selector& selector : profile->drop) {
        for (const GumboNode* node : selector.select_all(doc)) {
          const std::size_t index = doc.index_of(node);
          if (index >= dropped_.size() || dropped_[index]) continue;
          dropped_[index] = 1;
          removals.push_back({node, "profile " + profile->name + " drop " + selector.text()});
        }
      }
    }
  }
  bool dropped(std::size_t index) const { return index < dropped_.size() && dropped_[index]; }

 private:
  std::vector<char> dropped_;
};

// Walks a content root and cuts it into blocks: block-level elements and <br><br> end a block;
// inline markup joins. Iterative.
class BlockWalker {
 public:
  BlockWalker(const Document& doc, const DropSet& drops, std::vector<Removal>& removals)
      : doc_(doc), drops_(drops), removals_(removals) {}

  void walk(const GumboNode* root, std::vector<RawBlock>& out) {
    out_ = &out;
    struct Frame {
      const GumboNode* node;
      unsigned child;
    };
    std::vector<Frame> stack{{root, 0}};
    enter(root);
    while (!stack.empty()) {
      Frame& top = stack.back();
      const GumboVector& children = top.node->v.element.children;
      if (top.child >= children.length) {
        leave(top.node);
        stack.pop_back();
        continue;
      }
      const auto* child = static_cast<const GumboNode*>(children.data[top.child++]);
      if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE || child->type == GUMBO_NODE_CDATA) {
        add_text(child->v.text.text);
        continue;
      }
      if (!is_element(child)) continue;
      if (skipped_subtree(child) || is_embed(child) || is_article_header(child)) {
        flush_if_block(child);
        removals_.push_back({child, std::string("element <") + std::string(tag_name(child)) + ">"});
        continue;
      }
      if (drops_.dropped(doc_.index_of(child))) {
        flush_if_block(child);
        continue;
      }
      if (child->v.element.tag == GUMBO_TAG_BR) {
        add_break();
        continue;
      }
      enter(child);
      stack.push_back({child, 0});
    }
    flush();
  }

 private:
  void enter(const GumboNode* element) {
    if (is_block_level(element)) {
      flush();
      if (auto type = block_type_of(element)) type_stack_.push_back(*type);
      block_stack_.push_back(element);
    }
    if (is_bold(element)) ++bold_depth_;
    if (element->v.element.tag == GUMBO_TAG_A) ++link_depth_;
  }

  void leave(const GumboNode* element) {
    if (is_block_level(element)) {
      flush();
      if (block_type_of(element)) type_stack_.pop_back();
      block_stack_.pop_back();
    }
    if (is_bold(element)) --bold_depth_;
    if (element->v.element.tag == GUMBO_TAG_A) --link_depth_;
  }

  void flush_if_block(const GumboNode* element) {
    if (is_block_level(element) || element->v.element.tag == GUMBO_TAG_FIGURE) flush();
  }

  void add_text(const char* text) {
    const std::size_t length = std::strlen(text);
    // A no-break space alone is not text: old Detik pages separate paragraphs with "<br>&nbsp;<br>".
    bool visible = false;
    for (std::size_t i = 0; i < length && !visible; ++i) {
      if (text[i] == '\xC2' && i + 1 < length && text[i + 1] == '\xA0') {
        ++i;
        continue;
      }
      visible = !std::strchr(" \t\n\r\f", text[i]);
    }
    if (visible) {
      has_text_ = true;
      pending_breaks_ = 0;
      if (bold_depth_ == 0) plain_text_ = true;
      if (link_depth_ == 0) unlinked_text_ = true;
    }
    current_.append(text, length);
  }

  // Old templates separate paragraphs with <br><br> inside one element; one <br> is a line break,
  // except after a short bold-only line, which is a subheading over its paragraph (Tempo 2015).
  void add_break() {
    if (++pending_breaks_ >= 2 || (has_text_ && !plain_text_ && current_.size() <= kMaxHeadingBytes)) {
      flush();
      return;
    }
    current_.push_back(' ');
    line_starts_.push_back(current_.size());
  }

  // GOLD: short lines starting with "- " or a bullet are list items, also where one <br> sets them
  // apart inside a paragraph ("Syaratnya:<br>- KTP<br>- KK").
  static bool is_list_line(std::string_view line) {
    return line.starts_with("- ") || line.starts_with("\xE2\x80\xA2");  // U+2022 bullet
  }

  // Splits a block's text at its line breaks when some of its lines are list items: each list line is
  // a list_item block, each run of other lines one block. Returns false (nothing emitted) when no line
  // is a list item.
  bool emit_list_lines(std::string_view raw, const std::vector<std::size_t>& line_starts, const RawBlock& like) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (std::size_t end : line_starts) {
      lines.push_back(normalize_text(raw.substr(start, end - start)));
      start = end;
    }
    lines.push_back(normalize_text(raw.substr(start)));
    if (std::none_of(lines.begin(), lines.end(), [](const std::string& line) { return is_list_line(line); })) {
      return false;
    }
    std::string run;
    auto emit_run = [&] {
      if (run.empty()) return;
      RawBlock block = like;
      block.text = std::move(run);
      out_->push_back(std::move(block));
      run.clear();
    };
    for (std::string& line : lines) {
      if (line.empty()) continue;
      if (!is_list_line(line)) {
        run += run.empty() ? line : " " + line;
        continue;
      }
      emit_run();
      RawBlock item = like;
      item.type = BlockType::list_item;
      item.text = std::move(line);
      out_->push_back(std::move(item));
    }
    emit_run();
    return true;
  }

  void flush() {
    pending_breaks_ = 0;
    std::string text = normalize_text(current_);
    const bool bold_only = !plain_text_;
    const bool link_only = !unlinked_text_;
    plain_text_ = false;
    unlinked_text_ = false;
    has_text_ = false;
    const std::string raw = std::move(current_);
    current_.clear();
    const std::vector<std::size_t> line_starts = std::move(line_starts_);
    line_starts_.clear();
    if (text.empty()) return;
    RawBlock block;
    block.node = block_stack_.empty() ? nullptr : block_stack_.back();
    block.type = type_stack_.empty() ? BlockType::paragraph : type_stack_.back();
    if (link_only && block.type != BlockType::heading && !is_bare_address(text)) {
      // A line that is nothing but a link is a related-article teaser, not article text; a link
      // showing its own address is a press release's contact line and stays.
      removals_.push_back({block.node, "link-only line: " + text});
      return;
    }
    if (block.type == BlockType::paragraph && !line_starts.empty() && emit_list_lines(raw, line_starts, block)) return;
    // GOLD: a bold-only one-line paragraph is an in-body subheading.
    if (block.type == BlockType::paragraph && bold_only && text.size() <= kMaxHeadingBytes) block.type = BlockType::heading;
    block.text = std::move(text);
    out_->push_back(std::move(block));
  }

  const Document& doc_;
  const DropSet& drops_;
  std::vector<Removal>& removals_;
  std::vector<RawBlock>* out_ = nullptr;
  std::vector<BlockType> type_stack_;
  std::vector<const GumboNode*> block_stack_;
  std::string current_;
  std::vector<std::size_t> line_starts_;  // offsets in current_ where a single <br> began a new line
  int bold_depth_ = 0;
  int link_depth_ = 0;
  int pending_breaks_ = 0;
  bool plain_text_ = false;
  bool unlinked_text_ = false;
  bool has_text_ = false;  // the current block has visible text
};

// Removes roots nested in an earlier root so no text is taken twice.
std::vector<const GumboNode*> outermost(std::vector<const GumboNode*> roots) {
  std::vector<const GumboNode*> out;
  for (const GumboNode* root : roots) {
    bool nested = false;
    for (const GumboNode* kept : out) nested = nested || contains(kept, root);
    if (!nested) out.push_back(root);
  }
  return out;
}

bool starts_with_phrase(std::string_view folded_text, std::string_view folded_phrase) {
  if (folded_text.size() < folded_phrase.size() || folded_text.compare(0, folded_phrase.size(), folded_phrase) != 0) {
    return false;
  }
  if (folded_text.size() == folded_phrase.size()) return true;
  const char next = folded_text[folded_phrase.size()];
  // The phrase must end at a word boundary ("Populer" is not "Populernya").
  return !((next >= 'a' && next <= 'z') || (next >= '0' && next <= '9'));
}

// "Halaman 1 dari 2", "Page 2 of 3" (and the links after it): a pager left inside the text; a line
// holding only "1 / 5" is a gallery's slide counter.
bool is_pager_line(std::string_view folded) {
  const auto number_at = [&folded](std::size_t i) {
    std::size_t j = i;
    while (j < folded.size() && folded[j] >= '0' && folded[j] <= '9') ++j;
    return j;
  };
  if (const std::size_t first_end = number_at(0); first_end > 0) {
    std::size_t slash = first_end;
    if (slash < folded.size() && folded[slash] == ' ') ++slash;
    if (slash < folded.size() && folded[slash] == '/') {
      const std::size_t second = slash + 1 < folded.size() && folded[slash + 1] == ' ' ? slash + 2 : slash + 1;
      if (number_at(second) > second && number_at(second) == folded.size()) return true;
    }
  }
  for (const auto& [page, of] : {std::pair{std::string_view("halaman "), std::string_view(" dari ")},
                                 std::pair{std::string_view("page "), std::string_view(" of ")}}) {
    if (!folded.starts_with(page)) continue;
    const std::size_t first_end = number_at(page.size());
    if (first_end == page.size() || folded.substr(first_end, of.size()) != of) continue;
    const std::size_t second = first_end + of.size();
    if (number_at(second) > second) return true;
  }
  return false;
}

// Where a boilerplate phrase trails a block's own text ("... (abc/def) Simak Video ..."), or npos.
// The phrase must open a new sentence: capitalised, after a sentence end, a closing bracket or a
// closing quote, so that prose merely using the words ("... baca juga ...") is never cut.
std::size_t trailing_phrase_at(std::string_view text, std::string_view lowered_text, std::string_view lowered_phrase) {
  for (std::size_t at = lowered_text.find(lowered_phrase, 1); at != std::string_view::npos;
       at = lowered_text.find(lowered_phrase, at + 1)) {
    if (text[at] < 'A' || text[at] > 'Z' || text[at - 1] != ' ') continue;
    if (!starts_with_phrase(lowered_text.substr(at), lowered_phrase)) continue;
    const std::string_view before = text.substr(0, at - 1);
    if (before.empty()) continue;
    const char last = before.back();
    if (last == '.' || last == '!' || last == '?' || last == ')' || last == '"' || before.ends_with("\xE2\x80\x9D")) {
      return at;
    }
  }
  return std::string_view::npos;
}

// Drops blocks that start with a boilerplate phrase or are a pager, and cuts a boilerplate phrase
// trailing a block's text off it; a stop phrase ends the body.
void filter_boilerplate(std::vector<RawBlock>& blocks, const std::vector<const Profile*>& profiles,
                        std::vector<Removal>& removals) {
  std::vector<std::pair<std::string, std::string>> phrases;  // folded phrase, profile name
  std::vector<std::pair<std::string, std::string>> stops;
  for (const Profile* profile : profiles) {
    if (profile == nullptr) continue;
    for (const std::string& phrase : profile->boilerplate) phrases.emplace_back(fold_case(phrase), profile->name);
    for (const std::string& phrase : profile->stop_phrases) stops.emplace_back(fold_case(phrase), profile->name);
  }
  std::vector<RawBlock> kept;
  kept.reserve(blocks.size());
  for (RawBlock& block : blocks) {
    const std::string folded = fold_case(block.text);
    bool stop = false;
    for (const auto& [phrase, name] : stops) {
      if (starts_with_phrase(folded, phrase)) {
        removals.push_back({block.node, "profile " + name + " stop phrase \"" + phrase + "\""});
        stop = true;
        break;
      }
    }
    if (stop) break;
    if (is_pager_line(folded)) {
      removals.push_back({block.node, "pager \"" + block.text + "\""});
      continue;
    }
    bool boilerplate = false;
    for (const auto& [phrase, name] : phrases) {
      if (starts_with_phrase(folded, phrase)) {
        removals.push_back({block.node, "profile " + name + " boilerplate \"" + phrase + "\""});
        boilerplate = true;
        break;
      }
    }
    if (boilerplate) continue;
    const std::string lowered = ascii_lower(block.text);
    std::size_t cut = std::string::npos;
    const std::pair<std::string, std::string>* cut_by = nullptr;
    for (const auto& entry : phrases) {
      const std::size_t at = trailing_phrase_at(block.text, lowered, ascii_lower(entry.first));
      if (at < cut) {
        cut = at;
        cut_by = &entry;
      }
    }
    if (cut_by != nullptr) {
      removals.push_back({block.node, "profile " + cut_by->second + " boilerplate \"" + cut_by->first + "\" after the text"});
      block.text = normalize_text(std::string_view(block.text).substr(0, cut));
    }
    kept.push_back(std::move(block));
  }
  blocks = std::move(kept);
}

// The image of a caption: an <img> in the caption's figure or its parent.
// Share bars sit beside photos with icon images of their own (Tempo's share-display over the lead image).
bool is_share_control(const GumboNode* element) {
  const char* cls = attribute(element, "class");
  return cls != nullptr && ascii_lower(cls).find("share") != std::string::npos;
}

std::optional<std::string> image_near(const GumboNode* caption) {
  const GumboNode* scope = caption;
  for (int up = 0; up < 3 && scope != nullptr; ++up, scope = scope->parent) {
    if (!is_element(scope)) break;
    std::vector<const GumboNode*> stack{scope};
    while (!stack.empty()) {
      const GumboNode* node = stack.back();
      stack.pop_back();
      if (!is_element(node) || is_share_control(node)) continue;
      const std::string_view tag = tag_name(node);
      if (tag == "img" || tag == "amp-img") {
        for (const char* name : {"data-src", "data-original", "data-lazy-src", "src"}) {
          const char* value = attribute(node, name);
          if (value != nullptr && *value != '\0' && std::strncmp(value, "data:", 5) != 0) return normalize_text(value);
        }
      }
      const GumboVector& children = node->v.element.children;
      for (unsigned i = children.length; i > 0; --i) stack.push_back(static_cast<const GumboNode*>(children.data[i - 1]));
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
  for (const char* name : {"class", "id"}) {
    const char* value = attribute(element, name);
    if (value == nullptr) continue;
    const std::string lower = ascii_lower(value);
    for (std::string_view word : {"related", "terkait", "populer", "popular", "rekomendasi", "recommend", "sidebar",
                                  "widget", "baca-juga", "bacajuga", "terbaru", "latest", "trending"}) {
      if (lower.find(word) != std::string::npos) return true;
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
// another page); nullopt when it holds no image.
std::optional<bool> own_images(const Document& doc, const GumboNode* scope) {
  const std::size_t begin = doc.index_of(scope);
  if (begin == doc.elements().size()) return std::nullopt;
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
  constexpr std::size_t kOtherTextBytes = 300;
  const GumboNode* scope = caption;
  bool wrapper = true;  // scope holds only the caption's text
  for (int up = 0; up < 3 && scope != nullptr && is_element(scope); ++up, scope = scope->parent) {
    const std::size_t scope_bytes = normalize_text(text_content(scope)).size();
    wrapper = wrapper && scope_bytes == caption_bytes;
    if (const std::optional<bool> own = own_images(doc, scope)) return *own && scope_bytes <= caption_bytes + kOtherTextBytes;
    if (!wrapper || scope->parent == nullptr || !is_element(scope->parent)) continue;
    const std::vector<const GumboNode*> siblings = element_children(scope->parent);
    const auto at = std::find(siblings.begin(), siblings.end(), scope);
    for (const auto neighbour : {at == siblings.begin() ? siblings.end() : at - 1, at + 1}) {
      if (neighbour == siblings.end() || !normalize_text(text_content(*neighbour)).empty()) continue;
      if (const std::optional<bool> own = own_images(doc, *neighbour)) return *own;
    }
  }
  return false;
}

// A caption is a short text, not a stretch of the body: no more than one paragraph, no heading.
bool short_caption_block(const GumboNode* caption, std::size_t caption_bytes) {
  constexpr std::size_t kMaxCaptionBytes = 700;
  if (caption_bytes == 0 || caption_bytes > kMaxCaptionBytes) return false;
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
    bool teaser = false;
    for (const GumboNode* up = element; !teaser && up != nullptr && is_element(up); up = up->parent) {
      const GumboTag tag = up->v.element.tag;
      teaser = tag == GUMBO_TAG_A || tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_ASIDE || tag == GUMBO_TAG_FOOTER ||
               names_teaser_box(up);
    }
    if (teaser) continue;
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

void extract_captions(const ExtractInput& input, const std::vector<const Profile*>& profiles,
                      const std::vector<const GumboNode*>& roots, RawFields& out) {
  const Document& doc = input.doc;
  std::vector<const GumboNode*> nodes;
  const std::optional<std::string>* text_attribute = nullptr;  // gallery thumbnails carry it in an attribute
  for (const Profile* profile : profiles) {
    const auto* rules = field_rules(profile, "captions");
    if (rules == nullptr) continue;
    for (const FieldRule& rule : *rules) {
      auto matches = rule.selector.select_all(doc);
      if (!matches.empty()) {
        nodes = std::move(matches);
        text_attribute = &rule.attribute;
        break;
      }
    }
    if (!nodes.empty()) break;
  }
  const bool generic = nodes.empty();
  if (generic) nodes = generic_caption_nodes(input, roots, out);
  const std::vector<FieldRule>* credit_rules = nullptr;
  for (const Profile* profile : profiles) {
    if ((credit_rules = field_rules(profile, "caption_credit")) != nullptr) break;
  }
  for (const GumboNode* node : outermost(nodes)) {
    RawCaption caption;
    caption.node = node;
    if (text_attribute != nullptr && *text_attribute) {
      const char* value = attribute(node, **text_attribute);
      caption.text = normalize_text(value != nullptr ? value : "");
    } else {
      caption.text = normalize_text(text_content(node));
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
        caption.credit = normalize_text(text_content(credit));
        if (contains(node, credit)) caption.text = without_credit(std::move(caption.text), *caption.credit);
      }
    }
    if (caption.text.empty() && !caption.credit) continue;
    caption.image_url = image_near(node);
    out.captions.push_back(std::move(caption));
  }
}

void extract_dates(const ExtractInput& input, const std::vector<const Profile*>& profiles, RawFields& out) {
  const Document& doc = input.doc;
  const PageMetadata& meta = input.metadata;
  for (const Profile* profile : profiles) {
    for (const auto& [field, label] : {std::pair{"published", DateLabel::published}, std::pair{"updated", DateLabel::updated}}) {
      for (std::string& text : all_values(doc, profile, field)) {
        out.dates.push_back({DateSource::visible, label, std::move(text)});
      }
    }
  }
  if (meta.jsonld) {
    if (meta.jsonld->date_published) out.dates.push_back({DateSource::jsonld, DateLabel::published, *meta.jsonld->date_published});
    if (meta.jsonld->date_modified) out.dates.push_back({DateSource::jsonld, DateLabel::updated, *meta.jsonld->date_modified});
  }
  static constexpr std::pair<std::string_view, DateLabel> kMetaDates[] = {
      {"article:published_time", DateLabel::published}, {"og:published_time", DateLabel::published},
      {"datepublished", DateLabel::published},           {"pubdate", DateLabel::published},
      {"publishdate", DateLabel::published},             {"publish-date", DateLabel::published},
      {"publish_date", DateLabel::published},            {"dc.date.issued", DateLabel::published},
      {"content_publisheddate", DateLabel::published},   {"dtk:publishdate", DateLabel::published},
      {"article:modified_time", DateLabel::updated},     {"og:updated_time", DateLabel::updated},
      {"datemodified", DateLabel::updated},              {"lastmod", DateLabel::updated},
      {"last-modified", DateLabel::updated}};
  for (const auto& [key, label] : kMetaDates) {
    for (std::string& value : meta.all(key)) out.dates.push_back({DateSource::meta, label, std::move(value)});
  }
  for (const auto& [prop, value] : meta.microdata) {
    if (prop == "datepublished") out.dates.push_back({DateSource::meta, DateLabel::published, value});
    if (prop == "datemodified") out.dates.push_back({DateSource::meta, DateLabel::updated, value});
  }
  for (const GumboNode* element : doc.elements()) {
    if (element->v.element.tag != GUMBO_TAG_TIME) continue;
    const char* datetime = attribute(element, "datetime");
    std::string shown = normalize_text(text_content(element));
    std::string text = datetime != nullptr ? normalize_text(datetime) : shown;
    if (!text.empty()) out.dates.push_back({DateSource::time_element, DateLabel::none, std::move(text)});
    // On a page of an unknown outlet the text of a <time> naming its zone ("19:30 WIT") is the visible
    // date, whatever the attribute's offset (WordPress AMP writes UTC there).
    if (input.profile == nullptr && datetime != nullptr && !shown.empty()) {
      const DateResult visible = parse_date(shown);
      if (visible.value && visible.value->has_time && indonesian::zone_offset_minutes(shown.substr(shown.rfind(' ') + 1))) {
        out.dates.push_back({DateSource::visible, DateLabel::none, std::move(shown)});
      }
    }
  }
  if (auto from_url = date_from_url(input.page_url)) {
    out.dates.push_back({DateSource::url, DateLabel::published, std::move(*from_url)});
  } else if (meta.canonical) {
    if (auto from_canonical = date_from_url(*meta.canonical)) out.dates.push_back({DateSource::url, DateLabel::published, std::move(*from_canonical)});
  }
}

// What a profile's script_fields declare for a field: the value of the first of its keys the page's
// scripts assign (an empty value too: the page declares none); empty when none is assigned.
std::vector<std::string> script_values(const ScriptData* scripts, const Profile* profile, const std::string& field) {
  if (scripts == nullptr || profile == nullptr) return {};
  const auto it = profile->script_fields.find(field);
  if (it == profile->script_fields.end()) return {};
  for (const std::string& key : it->second) {
    if (auto values = scripts->find(key)) return std::move(*values);
  }
  return {};
}

void extract_credits(const ExtractInput& input, const std::vector<const Profile*>& profiles, const ScriptData* scripts,
                     RawFields& out) {
  const Document& doc = input.doc;
  for (const Profile* profile : profiles) {
    // A credit list may give each role as a heading item before its names ("Editor", then "A"): a
    // byline match that is only a label sets the role of the matches after it.
    std::optional<Role> heading_role;
    for (std::string& text : all_values(doc, profile, "byline")) {
      if (const auto role = indonesian::credit_role(text)) {
        heading_role = role;
        continue;
      }
      out.credits.push_back({std::move(text), heading_role});
    }
    for (const auto& [field, role] : {std::pair{"author", Role::author}, std::pair{"editor", Role::editor},
                                      std::pair{"reporter", Role::reporter}}) {
      for (std::string& text : all_values(doc, profile, field)) out.credits.push_back({std::move(text), role});
    }
    // Credits the page declares only in script data count as much as visible ones (GOLD).
    for (const auto& [field, role] : {std::pair{"author", Role::author}, std::pair{"reporter", Role::reporter},
                                      std::pair{"editor", Role::editor}, std::pair{"photographer", Role::photographer}}) {
      for (std::string& text : script_values(scripts, profile, field)) {
        if (!text.empty()) out.credits.push_back({std::move(text), role});
      }
    }
    if (!out.credits.empty()) return;
  }
  // GOLD: the outlet credited as author (its site name) is no person.
  const auto names_site = [&out](const std::string& name) {
    return out.site_name && fold_case(normalize_text(name)) == fold_case(*out.site_name);
  };
  const PageMetadata& meta = input.metadata;
  if (meta.jsonld) {
    for (const auto& [names, role] : {std::pair{&meta.jsonld->authors, Role::author}, std::pair{&meta.jsonld->editors, Role::editor}}) {
      for (const std::string& name : *names) {
        if (!names_site(name)) out.credits.push_back({name, role, true});
      }
    }
  }
  if (out.credits.empty()) {
    for (const char* key : {"author", "article:author", "dc.creator"}) {
      const std::string* value = meta.first(key);
      if (value != nullptr && !is_http_url(*value) && !names_site(*value)) {
        out.credits.push_back({*value, Role::author, true});
        break;
      }
    }
  }
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

// The section in a breadcrumb trail ("Home > News > Politik > Title"): the last item after the first
// (home) one, when short enough to be a section name and not the headline.
std::optional<std::string> trail_section(const std::vector<std::string>& trail) {
  constexpr std::size_t kMaxSectionWords = 4;
  for (std::size_t k = trail.size(); k-- > 1;) {
    if (static_cast<std::size_t>(std::count(trail[k].begin(), trail[k].end(), ' ')) < kMaxSectionWords) {
      return trail[k];
    }
  }
  return std::nullopt;
}

// A breadcrumb container: named so by class or id, labelled so for screen readers, or typed so in
// microdata.
bool is_breadcrumb(const GumboNode* element) {
  for (const char* name : {"class", "id", "aria-label", "itemtype"}) {
    const char* value = attribute(element, name);
    if (value != nullptr && ascii_lower(value).find("breadcrumb") != std::string::npos) return true;
  }
  return false;
}

// A URL without its fragment and trailing slash, for comparing links with the page's address.
std::string_view page_address(std::string_view url) {
  url = url.substr(0, std::min(url.find('#'), url.size()));
  while (!url.empty() && url.back() == '/') url.remove_suffix(1);
  return url;
}

// The visible breadcrumb trail of the first breadcrumb container: its link texts, leaving out the
// item for the page itself ("Detail Berita" linking to "#" or to the article).
std::optional<std::string> breadcrumb_section(const Document& doc, const std::string& page_url,
                                              const std::optional<std::string>& canonical) {
  auto links_to_page = [&](const GumboNode* link) {
    const char* href = attribute(link, "href");
    if (href == nullptr) return false;
    const std::string target = resolve_url(page_url, normalize_text(href));
    const std::string_view address = page_address(target);
    return address.empty() || address == page_address(page_url) || (canonical && address == page_address(*canonical));
  };
  const auto& elements = doc.elements();
  for (std::size_t i = 0; i < elements.size(); ++i) {
    if (!is_breadcrumb(elements[i])) continue;
    std::vector<std::string> links;
    for (std::size_t j = i + 1; j < doc.subtree_end(i); ++j) {
      if (elements[j]->v.element.tag != GUMBO_TAG_A || links_to_page(elements[j])) continue;
      if (std::string text = normalize_text(text_content(elements[j])); !text.empty()) links.push_back(std::move(text));
    }
    if (!links.empty()) return trail_section(links);
  }
  return std::nullopt;
}

// Old templates title the page "Site - Article" with no og:title or <h1>: the part of the title the
// page shows as a line of its own is the headline; else the whole title.
std::string shown_title_part(const Document& doc, const std::string& title) {
  std::vector<std::string> parts;
  for (std::string_view rest = title; !rest.empty();) {
    std::size_t cut = rest.size();
    std::size_t length = 0;
    for (std::string_view separator : kTitleSeparators) {
      const std::size_t at = rest.find(separator);
      if (at < cut) {
        cut = at;
        length = separator.size();
      }
    }
    if (std::string part = normalize_text(rest.substr(0, cut)); !part.empty()) parts.push_back(std::move(part));
    rest.remove_prefix(std::min(cut + length, rest.size()));
  }
  if (parts.size() < 2) return title;
  // The site's name may be shown too (a text logo): the longest part shown wins.
  const std::string* shown = nullptr;
  for (const GumboNode* element : doc.elements()) {
    if (!is_short_line(element) && !is_bold(element)) continue;
    const std::string text = normalize_text(text_content(element));
    for (const std::string& part : parts) {
      if (text == part && (shown == nullptr || part.size() > shown->size())) shown = &part;
    }
  }
  return shown != nullptr ? *shown : title;
}

bool in_skipped_subtree(const GumboNode* element) {
  for (const GumboNode* node = element; node != nullptr && is_element(node); node = node->parent) {
    if (skipped_subtree(node)) return true;
  }
  return false;
}

// The element showing the headline: the parent of the first text that is the whole headline.
const GumboNode* headline_element(const Document& doc, const std::string& headline) {
  const std::string wanted = fold_case(headline);
  for (const GumboNode* element : doc.elements()) {
    if (element->v.element.tag == GUMBO_TAG_HEAD || element->v.element.tag == GUMBO_TAG_TITLE) continue;
    const GumboVector& children = element->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      const auto* child = static_cast<const GumboNode*>(children.data[i]);
      if (child->type == GUMBO_NODE_TEXT && std::strlen(child->v.text.text) < 2 * headline.size() + 16 &&
          fold_case(normalize_text(child->v.text.text)) == wanted) {
        return element;
      }
    }
  }
  return nullptr;
}

bool has_date_hint(const GumboNode* element) {
  static constexpr std::string_view kDateHints[] = {"date", "time", "tanggal", "tgl", "waktu", "publish", "posted"};
  for (const char* name : {"class", "id"}) {
    const char* value = attribute(element, name);
    if (value == nullptr) continue;
    const std::string lower = ascii_lower(value);
    for (std::string_view hint : kDateHints) {
      if (lower.find(hint) != std::string::npos) return true;
    }
  }
  return false;
}

// Pages of unknown outlets show their date beside the headline in an element named for it
// (div.date, span.time, div.tanggal): the first such element near the headline (within its
// grandparent) whose text is a date with a time is the visible date. Dated lines elsewhere (a rail of
// other articles, the site's clock) are not looked at.
void read_headline_date(const Document& doc, const std::string& headline, RawFields& out) {
  constexpr std::size_t kMaxLineBytes = 160;
  if (std::any_of(out.dates.begin(), out.dates.end(),
                  [](const DateCandidate& date) { return date.source == DateSource::visible; })) {
    return;
  }
  const GumboNode* scope = headline_element(doc, headline);
  for (int up = 0; up < 2 && scope != nullptr && scope->parent != nullptr && is_element(scope->parent); ++up) {
    scope = scope->parent;
  }
  if (scope == nullptr) return;
  const std::size_t begin = doc.index_of(scope);
  for (std::size_t i = begin + 1; i < doc.subtree_end(begin); ++i) {
    const GumboNode* element = doc.elements()[i];
    if (!has_date_hint(element) || in_skipped_subtree(element)) continue;
    if (in_link(element)) continue;
    std::string text = normalize_text(text_content(element));
    if (text.empty() || text.size() > kMaxLineBytes) continue;
    const DateResult date = parse_date(text);
    if (date.value && date.value->has_time) {
      out.dates.push_back({DateSource::visible, DateLabel::none, std::move(text)});
      return;
    }
  }
}

// A line whose text is all inside links ("<li><a>Senin, 15 Jun 2015 10:00 WIB Berita lain</a></li>").
bool is_link_line(const GumboNode* element) {
  const GumboVector& children = element->v.element.children;
  bool link = false;
  for (unsigned i = 0; i < children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type == GUMBO_NODE_TEXT) return false;
    if (is_element(child)) {
      if (child->v.element.tag != GUMBO_TAG_A) return false;
      link = true;
    }
  }
  return link;
}

// Pages with no profile and no dates in their metadata (old regional templates) print the date in a
// short line above the text: the first line before the content root with a dated time gives it.
void read_header_lines(const Document& doc, const GumboNode* root, RawFields& out) {
  constexpr std::size_t kMaxLineBytes = 160;
  const bool want_date = std::none_of(out.dates.begin(), out.dates.end(),
                                      [](const DateCandidate& date) { return date.source != DateSource::url; });
  if (!want_date) return;
  for (const GumboNode* element : doc.elements()) {
    if (element == root) break;
    // A line that is a link is a teaser of another article (a rail of dated headlines).
    if (!is_short_line(element) || in_skipped_subtree(element) || in_link(element) || is_link_line(element)) continue;
    const std::string text = normalize_text(text_content(element));
    if (text.empty() || text.size() > kMaxLineBytes) continue;
    const DateResult date = parse_date(text);
    if (date.value && date.value->has_time) {
      out.dates.push_back({DateSource::visible, DateLabel::none, text});
      return;
    }
  }
}

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
constexpr std::string_view kForeignCreditHints[] = {"comment", "komentar", "related", "terkait", "populer", "popular",
                                                    "rekomendasi", "recommend", "widget", "sidebar", "trending",
                                                    "terkini", "latest", "bio", "about", "tentang"};

bool has_foreign_credit_hint(const GumboNode* element) {
  for (const char* name : {"class", "id"}) {
    const char* value = attribute(element, name);
    if (value == nullptr) continue;
    const std::string lower = ascii_lower(value);
    for (std::string_view hint : kForeignCreditHints) {
      if (lower.find(hint) != std::string::npos) return true;
    }
  }
  return false;
}

// A teaser of another article: a list item or <article> (not the page's own) holding a title link.
bool is_teaser(const Document& doc, const GumboNode* element, const GumboNode* root) {
  constexpr std::size_t kMinTitleWords = 4;
  const GumboTag tag = element->v.element.tag;
  if ((tag != GUMBO_TAG_LI && tag != GUMBO_TAG_ARTICLE) || contains(element, root)) return false;
  const std::size_t index = doc.index_of(element);
  const auto& elements = doc.elements();
  for (std::size_t j = index + 1; j < doc.subtree_end(index); ++j) {
    if (elements[j]->v.element.tag != GUMBO_TAG_A) continue;
    const std::string title = normalize_text(text_content(elements[j]));
    if (static_cast<std::size_t>(std::count(title.begin(), title.end(), ' ')) + 1 >= kMinTitleWords) return true;
  }
  return false;
}

// True when a credit found in `element` belongs to something else than the article: a comment, a
// related article, an author bio, a caption (the credit of a photo beside it) or, for a labelled
// line, a link's own text ("FOTO: Judul ..." is a teaser title, not a photographer).
bool foreign_credit(const Document& doc, const GumboNode* element, const GumboNode* root, bool labelled_line) {
  const GumboNode* parent = element->parent;
  if (parent != nullptr && is_element(parent)) {
    for (const GumboNode* sibling : element_children(parent)) {
      if (sibling->v.element.tag == GUMBO_TAG_IMG || tag_name(sibling) == "picture") return true;
    }
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

// Credits a page without a profile shows around its text: elements named for a credit ("author",
// "penulis", "redaktur" in class or id, rel/itemprop author) and "Label: Name" lines (table rows too),
// between the headline and a short way past the end of the text. Where they exist they outrank the
// metadata, which some outlets fill with the editor.
void read_visible_credits(const Document& doc, const GumboNode* root, RawFields& out) {
  constexpr std::size_t kMaxSlotBytes = 100;    // longer: an author bio, not a byline
  constexpr std::size_t kMaxLineBytes = 160;
  constexpr std::size_t kMaxCreditElements = 40;  // more: a container, not one credit
  constexpr std::size_t kHeaderElements = 60;      // without a near <h1>: how far above the text to look
  constexpr std::size_t kMaxHeaderElements = 400;  // how far above the text the headline may be
  constexpr std::size_t kTailElements = 120;       // how far past the end of the text to look
  const auto& elements = doc.elements();
  const std::size_t root_index = doc.index_of(root);
  const std::size_t root_end = doc.subtree_end(root_index);
  std::size_t begin = root_index > kHeaderElements ? root_index - kHeaderElements : 0;
  for (std::size_t i = root_index; i-- > 0 && root_index - i <= kMaxHeaderElements;) {
    if (elements[i]->v.element.tag == GUMBO_TAG_H1) {
      begin = i;
      break;
    }
  }
  const auto too_big = [&doc](std::size_t i) { return doc.subtree_end(i) - i > kMaxCreditElements; };
  const std::size_t end = std::min(elements.size(), root_end + kTailElements);
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
    std::string text = from_first_labelled_names(credit_text(element));
    if (text.size() > kMaxSlotBytes || foreign_credit(doc, element, root, false)) {
      i = doc.subtree_end(i) - 1;
      continue;
    }
    if (parse_byline(text, *role).empty()) continue;
    // Several linked names with no label are a list of writers (columnists, an index), not a byline.
    if (links_with_text(doc, i) > 1 && !has_credit_label(text)) {
      i = doc.subtree_end(i) - 1;
      continue;
    }
    found.push_back({std::move(text), role, false, element});
    i = doc.subtree_end(i) - 1;
  }
  // "Label: Name" lines outside the text (those inside it are its closing credits): the innermost
  // element holding the line, each "|" field that opens with a label.
  std::vector<std::size_t> lines;  // innermost first found from the end
  const std::size_t slots = found.size();
  const auto in_slot = [&](const GumboNode* element) {
    return std::any_of(found.begin(), found.begin() + static_cast<std::ptrdiff_t>(slots),
                       [element](const RawCredit& slot) { return contains(slot.node, element); });
  };
  for (std::size_t i = end; i-- > begin;) {
    if ((i >= root_index && i < root_end) || too_big(i) || in_slot(elements[i])) continue;
    if (!lines.empty() && lines.back() < doc.subtree_end(i)) continue;
    const GumboNode* element = elements[i];
    const std::string text = credit_text(element);
    if (text.empty() || text.size() > kMaxLineBytes || foreign_credit(doc, element, root, true)) continue;
    bool credits = false;
    for (std::string_view rest = text; !rest.empty();) {
      const std::size_t bar = std::min(rest.find('|'), rest.size());
      std::string field = normalize_text(rest.substr(0, bar));
      rest.remove_prefix(std::min(bar + 1, rest.size()));
      if (!is_credit_line(field)) continue;
      // A label alone in its cell ("Penulis | : A") takes the fields after it.
      if (!rest.empty() && parse_byline(field).empty()) {
        field += " " + std::string(rest);
        rest = {};
      }
      if (parse_byline(field).empty()) continue;
      found.push_back({std::move(field), std::nullopt, false, element});
      credits = true;
    }
    if (credits) lines.push_back(i);
  }
  // A named element inside a labelled line ("Pewarta: <span itemprop=author>A</span>") takes the label's role.
  std::erase_if(found, [&](const RawCredit& credit) {
    return credit.role && std::any_of(lines.begin(), lines.end(), [&](std::size_t line) {
      return elements[line] != credit.node && contains(elements[line], credit.node);
    });
  });
  if (found.empty()) return;
  std::stable_sort(found.begin(), found.end(), [&doc](const RawCredit& a, const RawCredit& b) {
    return doc.index_of(a.node) < doc.index_of(b.node);
  });
  for (RawCredit& credit : found) out.credits.push_back(std::move(credit));
}

// Text without markup: descriptions of lite templates carry escaped HTML ("<p>Pengakuan ...</p>").
std::string without_markup(std::string_view text) {
  std::string out;
  bool in_tag = false;
  for (const char c : text) {
    if (c == '<') in_tag = true;
    if (!in_tag) out += c;
    if (c == '>') in_tag = false;
  }
  return normalize_text(out);
}

// Deck text compared as a reader would: case and a final full stop do not matter.
std::string deck_key(std::string_view text) {
  std::string key = fold_case(normalize_text(text));
  while (!key.empty() && (key.back() == '.' || key.back() == ' ')) key.pop_back();
  return key;
}

bool inside_any(const std::vector<const GumboNode*>& roots, const GumboNode* node) {
  return std::any_of(roots.begin(), roots.end(), [node](const GumboNode* root) { return contains(root, node); });
}

// Pages of unknown outlets show their deck as an element of its own, outside the text: the first
// text that is the page's whole description (a description found only in the text is its first
// sentence, not a deck), else a plain paragraph right after the <h1>, as WordPress entry headers do.
std::optional<std::string> shown_deck(const Document& doc, const PageMetadata& meta,
                                      const std::vector<const GumboNode*>& roots) {
  constexpr std::size_t kMinDeckBytes = 20;
  constexpr std::size_t kMaxDeckBytes = 400;
  constexpr std::size_t kMinDeckWords = 6;
  std::vector<std::string> descriptions;
  for (const char* key : {"description", "og:description", "twitter:description"}) {
    if (const std::string* value = meta.first(key)) descriptions.push_back(deck_key(without_markup(*value)));
  }
  if (meta.jsonld && meta.jsonld->description) descriptions.push_back(deck_key(without_markup(*meta.jsonld->description)));
  std::erase_if(descriptions, [](const std::string& key) { return key.size() < kMinDeckBytes; });
  const GumboNode* first_h1 = nullptr;
  for (const GumboNode* element : doc.elements()) {
    if (first_h1 == nullptr && element->v.element.tag == GUMBO_TAG_H1) first_h1 = element;
    if (descriptions.empty() || element->v.element.tag == GUMBO_TAG_HEAD) continue;
    const GumboVector& children = element->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      const auto* child = static_cast<const GumboNode*>(children.data[i]);
      if (child->type != GUMBO_NODE_TEXT || std::strlen(child->v.text.text) > 2 * kMaxDeckBytes) continue;
      const std::string key = deck_key(child->v.text.text);
      if (std::find(descriptions.begin(), descriptions.end(), key) == descriptions.end()) continue;
      if (in_skipped_subtree(element) || inside_any(roots, element)) continue;
      for (const GumboNode* up = element; up != nullptr && is_element(up); up = up->parent) {
        if (up->v.element.tag == GUMBO_TAG_A) return std::nullopt;  // a teaser of another article
      }
      return normalize_text(child->v.text.text);
    }
  }
  if (first_h1 == nullptr) return std::nullopt;
  const GumboNode* next = nullptr;
  const GumboVector& siblings = first_h1->parent->v.element.children;
  for (unsigned i = first_h1->index_within_parent + 1; i < siblings.length && next == nullptr; ++i) {
    const auto* sibling = static_cast<const GumboNode*>(siblings.data[i]);
    if (is_element(sibling)) next = sibling;
  }
  if (next == nullptr || next->v.element.tag != GUMBO_TAG_P || inside_any(roots, next)) return std::nullopt;
  std::string text = normalize_text(text_content(next));
  const std::size_t words = static_cast<std::size_t>(std::count(text.begin(), text.end(), ' ')) + 1;
  if (text.size() < kMinDeckBytes || text.size() > kMaxDeckBytes || words < kMinDeckWords) return std::nullopt;
  const std::size_t at = doc.index_of(next);
  for (std::size_t j = at + 1; j < doc.subtree_end(at); ++j) {
    if (doc.elements()[j]->v.element.tag == GUMBO_TAG_A) return std::nullopt;  // a byline or a link line
  }
  if (parse_date(text).value) return std::nullopt;
  return text;
}

// Lower-cased words of an element's class and id ("tags--topics__list" -> tags, topics, list).
std::vector<std::string> name_words(const GumboNode* element) {
  std::vector<std::string> words;
  for (const char* name : {"class", "id"}) {
    const char* value = attribute(element, name);
    if (value == nullptr) continue;
    const std::string lower = ascii_lower(value);
    std::string word;
    for (const char c : lower + ' ') {
      if (is_ascii_alnum(c)) {
        word.push_back(c);
      } else if (!word.empty()) {
        words.push_back(std::move(word));
        word.clear();
      }
    }
  }
  return words;
}

bool named_any(const GumboNode* element, std::initializer_list<std::string_view> names) {
  const std::vector<std::string> words = name_words(element);
  return std::any_of(words.begin(), words.end(), [&names](const std::string& word) {
    return std::find(names.begin(), names.end(), word) != names.end();
  });
}

// Containers an article's own tag list sits in ("tags", "tag-links", "topik-terkait", "keywords").
// A whole post is none: WordPress names its terms in the post's classes ("hentry tag-banjir").
bool names_tag_list(const GumboNode* element) {
  switch (element->v.element.tag) {
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_BODY:
      return false;
    default:
      break;
  }
  return !has_class(element, "hentry") &&
         named_any(element, {"tag", "tags", "tagging", "topik", "topic", "topics", "keyword", "keywords", "hashtag"});
}

// Site chrome repeated on every page: navigation, sidebars, trending/popular widgets, tag clouds, and
// a page-level header or footer (an <article>'s own header or footer holds its tags on WordPress).
bool in_site_chrome(const GumboNode* link) {
  bool in_article = false;
  for (const GumboNode* node = link->parent; node != nullptr && is_element(node); node = node->parent) {
    if (node->v.element.tag == GUMBO_TAG_ARTICLE) in_article = true;
  }
  // Stops at <body>, whose classes name the page ("single category-hot"), not a widget.
  for (const GumboNode* node = link->parent; node != nullptr && is_element(node) && node->v.element.tag != GUMBO_TAG_BODY;
       node = node->parent) {
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_ASIDE || is_breadcrumb(node)) return true;
    if (named_any(node, {"trending", "populer", "popular", "terpopuler", "terhangat", "hot", "menu", "nav", "navbar",
                         "sidebar", "widget", "cloud", "tagcloud"})) {
      return true;
    }
    if (!in_article && (tag == GUMBO_TAG_HEADER || tag == GUMBO_TAG_FOOTER || named_any(node, {"header", "footer"}))) {
      return true;
    }
  }
  return false;
}

// A link to a tag or topic page: rel="tag", or a path with a tag segment before the tag's own
// ("/tag/banjir", "/topik/pilkada-2024", Blogger's "/search/label/Berita").
bool links_to_tag(const GumboNode* link) {
  if (const char* rel = attribute(link, "rel")) {
    const std::string words = " " + ascii_lower(rel) + " ";
    if (words.find(" tag ") != std::string::npos) return true;
  }
  const char* href = attribute(link, "href");
  if (href == nullptr) return false;
  std::string_view path = href;
  if (const std::size_t scheme = path.find("//"); scheme != std::string_view::npos) {
    path.remove_prefix(scheme + 2);
    path.remove_prefix(std::min(path.find('/'), path.size()));
  }
  path = path.substr(0, std::min(path.find_first_of("?#"), path.size()));
  std::vector<std::string> segments;
  for (std::string_view rest = path; !rest.empty();) {
    const std::size_t slash = std::min(rest.find('/'), rest.size());
    if (slash > 0) segments.push_back(ascii_lower(rest.substr(0, slash)));
    rest.remove_prefix(std::min(slash + 1, rest.size()));
  }
  for (std::size_t i = 0; i + 1 < segments.size(); ++i) {
    for (std::string_view name : {"tag", "tags", "topik", "topic", "topics", "label", "hashtag"}) {
      if (segments[i] == name) return true;
    }
  }
  return false;
}

// Adds a tag unless the list has it already in another case.
void append_unique(std::vector<std::string>& tags, std::string tag) {
  const std::string key = fold_case(tag);
  if (std::none_of(tags.begin(), tags.end(), [&key](const std::string& seen) { return fold_case(seen) == key; })) {
    tags.push_back(std::move(tag));
  }
}

// Shown as "#tag" (Republika, Tempo); the tag is the word.
std::string tag_text(std::string_view text) {
  std::string tag = normalize_text(text);
  const std::size_t start = tag.find_first_not_of("# ");
  return start == std::string::npos ? std::string() : tag.substr(start);
}

// The element holding every link of a run.
const GumboNode* run_container(const std::vector<const GumboNode*>& run) {
  const GumboNode* container = run.front()->parent;
  while (container != nullptr && !contains(container, run.back())) container = container->parent;
  return container;
}

// The text of a container outside its links, separators (",", "|", "#", ":") as spaces: a list's
// label ("Tags"), or the sentences around keyword links in a paragraph. Reading stops past
// `max_bytes` (the caller only needs to know it is longer), so a run spanning the page costs little.
std::string text_outside_links(const GumboNode* container, std::size_t max_bytes) {
  std::string text;
  std::vector<const GumboNode*> pending{container};
  while (!pending.empty() && text.size() <= max_bytes) {
    const GumboNode* node = pending.back();
    pending.pop_back();
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
      for (const char c : std::string_view(node->v.text.text)) text.push_back(std::string_view(",|#/:").find(c) == std::string_view::npos ? c : ' ');
      text.push_back(' ');
      continue;
    }
    if (!is_element(node) || skipped_subtree(node) || (node != container && node->v.element.tag == GUMBO_TAG_A)) continue;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = children.length; i-- > 0;) pending.push_back(static_cast<const GumboNode*>(children.data[i]));
  }
  return normalize_text(text);
}

// A list headed "Topik Pilihan", "Trending" or "Terpopuler" (in the container or just before it) is
// the site's, shown on every page.
bool under_site_wide_heading(const GumboNode* container, const std::string& other_text) {
  constexpr int kLevels = 3;
  if (indonesian::names_site_wide_list(other_text)) return true;
  const GumboNode* inner = container;
  for (int level = 0; level < kLevels && inner->parent != nullptr && is_element(inner->parent); ++level) {
    for (const GumboNode* sibling : element_children(inner->parent)) {
      if (sibling == inner) break;
      if (indonesian::names_site_wide_list(normalize_text(text_content(sibling)))) return true;
    }
    inner = inner->parent;
  }
  return false;
}

// The article's visible tag list: the first run of tag links (rel="tag", a tag path, or inside a
// container named for tags) outside site chrome whose container holds little besides them (a "Tags:"
// label, separators). In-body keyword links fail that test; a list too long is a site-wide one.
std::vector<std::string> visible_tag_list(const Document& doc) {
  constexpr std::size_t kMaxTags = 15;
  constexpr std::size_t kMaxOtherBytes = 32;
  constexpr std::size_t kMaxReadBytes = 4 * kMaxOtherBytes;
  // A tag list's named container is close to its links (a > li > ul > div.box > div.tags).
  constexpr int kMaxContainerLevels = 5;
  auto candidate = [](const GumboNode* link) {
    const char* href = attribute(link, "href");
    if (href == nullptr || *href == '\0' || *href == '#' || starts_with_icase(href, "javascript:")) return false;
    bool tagged = links_to_tag(link);
    const GumboNode* node = link->parent;
    for (int level = 0; !tagged && level < kMaxContainerLevels && node != nullptr && is_element(node); ++level) {
      tagged = names_tag_list(node);
      node = node->parent;
    }
    return tagged && !in_site_chrome(link);
  };
  auto one_list = [](const std::vector<const GumboNode*>& run) {
    const GumboNode* container = run_container(run);
    return container != nullptr && text_outside_links(container, kMaxReadBytes).size() <= kMaxOtherBytes;
  };
  std::vector<const GumboNode*> run;
  auto take_run = [&run, &one_list]() {
    std::vector<std::string> tags;
    if (!run.empty() && run.size() <= kMaxTags && one_list(run)) {
      const GumboNode* container = run_container(run);
      if (!under_site_wide_heading(container, text_outside_links(container, kMaxReadBytes))) {
        for (const GumboNode* link : run) {
          if (std::string tag = tag_text(text_content(link)); !tag.empty()) append_unique(tags, std::move(tag));
        }
      }
    }
    run.clear();
    return tags;
  };
  for (const GumboNode* element : doc.elements()) {
    if (element->v.element.tag != GUMBO_TAG_A || in_skipped_subtree(element)) continue;
    if (!candidate(element)) {
      if (std::vector<std::string> tags = take_run(); !tags.empty()) return tags;
      continue;
    }
    if (!run.empty()) {
      run.push_back(element);
      if (one_list(run)) continue;
      run.pop_back();
      if (std::vector<std::string> tags = take_run(); !tags.empty()) return tags;
    }
    run.push_back(element);
  }
  return take_run();
}

// Declared keywords (news_keywords, else keywords) when they are a tag list: not the headline or
// description cut into words (many one-word entries), and without the site-wide phrases regional
// sites append to every page ("berita terkini", "portal Indonesia").
std::vector<std::string> declared_keywords(const PageMetadata& meta) {
  constexpr std::size_t kMinSplitTextEntries = 8;
  const std::string* value = meta.first("news_keywords");
  if (value == nullptr) value = meta.first("keywords");
  if (value == nullptr) return {};
  std::vector<std::string> entries = split_declared_list(*value);
  const auto single_words = std::count_if(entries.begin(), entries.end(),
                                          [](const std::string& entry) { return entry.find(' ') == std::string::npos; });
  if (entries.size() >= kMinSplitTextEntries && static_cast<std::size_t>(single_words) * 2 > entries.size()) return {};
  std::vector<std::string> tags;
  for (std::string& entry : entries) {
    std::string tag = tag_text(entry);
    if (tag.empty() || indonesian::is_site_wide_keyword(tag)) continue;
    append_unique(tags, std::move(tag));
  }
  return tags;
}

}  // namespace

RawFields extract(const ExtractInput& input) {
  RawFields out;
  const Document& doc = input.doc;
  const PageMetadata& meta = input.metadata;
  const std::vector<const Profile*> profiles{input.profile, input.shared};
  // Inline scripts are gathered only when a profile reads data from them.
  std::optional<ScriptData> scripts;
  if (std::any_of(profiles.begin(), profiles.end(),
                  [](const Profile* profile) { return profile != nullptr && !profile->script_fields.empty(); })) {
    scripts.emplace(doc);
  }
  const ScriptData* script_data = scripts ? &*scripts : nullptr;

  out.site_name = first_value(doc, input.profile, "site_name");
  if (!out.site_name) out.site_name = optional_of(meta.first("og:site_name"));
  if (!out.site_name && meta.jsonld) out.site_name = meta.jsonld->publisher;
  out.language = meta.language;
  if (!out.language) out.language = optional_of(meta.first("content-language"));
  if (!out.language) out.language = optional_of(meta.first("language"));

  out.canonical = first_value(doc, input.profile, "canonical");
  if (!out.canonical) out.canonical = meta.canonical;
  if (!out.canonical) out.canonical = optional_of(meta.first("og:url"));
  if (!out.canonical && meta.jsonld) out.canonical = meta.jsonld->url;
  if (!out.canonical) out.canonical = optional_of(meta.item("url"));

  // GOLD: the section is a breadcrumb's last item, so a section rule takes its last match.
  if (std::vector<std::string> sections = all_values(doc, input.profile, "section"); !sections.empty()) {
    out.section = std::move(sections.back());
  }
  if (!out.section) {
    if (std::vector<std::string> declared = script_values(script_data, input.profile, "section"); !declared.empty()) {
      out.section = optional_of(&declared.front());
    }
  }
  // GOLD: a breadcrumb trail names the section before article:section does.
  if (!out.section) out.section = breadcrumb_section(doc, input.page_url, out.canonical);
  if (!out.section) out.section = trail_section(meta.breadcrumbs);
  if (!out.section) out.section = optional_of(meta.first("article:section"));
  if (!out.section && meta.jsonld) out.section = meta.jsonld->section;

  // Headline: profile, then metadata, then the first <h1>; a section name in <h1> (old templates)
  // or the site suffix never make it.
  std::vector<std::string> blocklist;
  for (const Profile* profile : profiles) {
    if (profile == nullptr) continue;
    for (const std::string& name : profile->section_blocklist) blocklist.push_back(fold_case(name));
  }
  if (out.section) blocklist.push_back(fold_case(*out.section));
  auto acceptable_headline = [&blocklist](const std::optional<std::string>& text) {
    return text && !text->empty() && std::find(blocklist.begin(), blocklist.end(), fold_case(*text)) == blocklist.end();
  };
  std::optional<std::string> headline = first_value(doc, input.profile, "headline");
  const bool headline_from_profile = acceptable_headline(headline);
  if (!acceptable_headline(headline) && meta.jsonld) headline = meta.jsonld->headline;
  if (!acceptable_headline(headline)) headline = optional_of(meta.first("og:title"));
  if (!acceptable_headline(headline)) headline = optional_of(meta.first("twitter:title"));
  if (!acceptable_headline(headline)) {
    headline.reset();
    for (const GumboNode* element : doc.elements()) {
      if (element->v.element.tag != GUMBO_TAG_H1) continue;
      std::string text = normalize_text(text_content(element));
      if (acceptable_headline(text)) {
        headline = std::move(text);
        break;
      }
    }
  }
  if (!acceptable_headline(headline) && meta.title) headline = shown_title_part(doc, *meta.title);
  // Metadata titles often wrap the headline in the site's name or a rubric ("Site: Title",
  // "Title | Rubric Site"); an <h1> showing the core of it is the headline as the page shows it.
  if (headline && !headline_from_profile) {
    for (const GumboNode* element : doc.elements()) {
      if (element->v.element.tag != GUMBO_TAG_H1) continue;
      std::string text = normalize_text(text_content(element));
      if (text.size() < headline->size() && text.size() * 2 > headline->size() &&
          headline->find(text) != std::string::npos) {
        headline = std::move(text);
        break;
      }
    }
  }
  if (headline) out.headline = strip_site_suffix(std::move(*headline), profiles, out.site_name);

  out.subheadline = first_value(doc, input.profile, "subheadline");
  // A keywords attribute (or one article:tag, as old WordPress wrote it) holds the whole list in one
  // comma-separated value.
  std::vector<std::string> tag_values = all_values(doc, input.profile, "tags");
  if (tag_values.empty()) {
    for (const std::string& declared : script_values(script_data, input.profile, "tags")) {
      for (std::string& tag : split_declared_list(declared)) tag_values.push_back(std::move(tag));
    }
  }
  // GOLD: the visible tag list comes before declared keywords.
  if (tag_values.empty()) out.tags = visible_tag_list(doc);
  if (tag_values.empty() && out.tags.empty()) tag_values = meta.all("article:tag");
  for (const std::string& value : tag_values) {
    for (std::string_view rest = value; !rest.empty();) {
      const std::size_t comma = std::min(rest.find(','), rest.size());
      if (std::string tag = tag_text(rest.substr(0, comma)); !tag.empty()) out.tags.push_back(std::move(tag));
      rest.remove_prefix(std::min(comma + 1, rest.size()));
    }
  }
  if (out.tags.empty() && meta.jsonld) out.tags = meta.jsonld->keywords;
  if (out.tags.empty()) out.tags = declared_keywords(meta);
  out.lead_image = first_value(doc, input.profile, "lead_image");
  if (!out.lead_image) out.lead_image = optional_of(meta.first("og:image"));

  extract_credits(input, profiles, script_data, out);
  extract_dates(input, profiles, out);

  DropSet drops(doc, profiles, out.removals);
  std::vector<const GumboNode*> roots;
  if (const auto* rules = field_rules(input.profile, "body")) {
    for (const FieldRule& rule : *rules) {
      roots = outermost(rule.selector.select_all(doc));
      if (!roots.empty()) break;
    }
  }
  out.body_from_profile = !roots.empty();
  if (roots.empty()) {
    roots = find_content_roots(doc);
  }
  if (!out.body_from_profile && !roots.empty()) {
    read_header_lines(doc, roots.front(), out);
    read_visible_credits(doc, roots.front(), out);
  }
  if (out.headline && field_rules(input.profile, "published") == nullptr) read_headline_date(doc, *out.headline, out);
  BlockWalker walker(doc, drops, out.removals);
  for (const GumboNode* root : roots) walker.walk(root, out.body);
  filter_boilerplate(out.body, profiles, out.removals);

  extract_captions(input, profiles, roots, out);
  // A "Foto: Name" line inside a caption credits that photo, not the article.
  std::erase_if(out.credits, [&out](const RawCredit& credit) {
    return credit.node != nullptr && std::any_of(out.captions.begin(), out.captions.end(), [&credit](const RawCaption& caption) {
             return caption.node != nullptr && contains(caption.node, credit.node);
           });
  });
  if (!out.subheadline) {
    out.subheadline = shown_deck(doc, meta, roots);
    // The description shown under a photo is that photo's caption.
    if (out.subheadline && std::any_of(out.captions.begin(), out.captions.end(), [&](const RawCaption& caption) {
          return deck_key(caption.text) == deck_key(*out.subheadline);
        })) {
      out.subheadline.reset();
    }
  }
  return out;
}

}  // namespace warta::detail
