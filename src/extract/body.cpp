// The body: content roots cut into blocks, leaving out dropped elements, boilerplate and pagers.
#include "extract/common.hpp"

#include <algorithm>
#include <cstring>

#include "dom.hpp"
#include "extract/thresholds.hpp"
#include "normalize/text.hpp"
#include "pagination.hpp"
#include "profiles.hpp"
#include "warta/datetime.hpp"

namespace warta::detail::extract_internal {
namespace {

// An <article>'s own <header> (WordPress entry-header) holds its title, date and byline, never text.
bool is_article_header(const GumboNode* element) {
  if (element->v.element.tag != GUMBO_TAG_HEADER) return false;
  const GumboNode* parent = element->parent;
  return parent != nullptr && is_element(parent) && parent->v.element.tag == GUMBO_TAG_ARTICLE;
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
      if (skipped_subtree(child) || is_embed(child) || is_article_header(child) || is_photo_control(child)) {
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
    if (++pending_breaks_ >= 2 || (has_text_ && !plain_text_ && collapsed_length(current_) <= thresholds::kMaxShortLineBytes)) {
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
    if (block.type == BlockType::paragraph && bold_only && text.size() <= thresholds::kMaxShortLineBytes) block.type = BlockType::heading;
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

bool starts_with_phrase(std::string_view folded_text, std::string_view folded_phrase) {
  if (folded_text.size() < folded_phrase.size() || folded_text.compare(0, folded_phrase.size(), folded_phrase) != 0) {
    return false;
  }
  if (folded_text.size() == folded_phrase.size()) return true;
  const char next = folded_text[folded_phrase.size()];
  // The phrase must end at a word boundary ("Populer" is not "Populernya").
  return !((next >= 'a' && next <= 'z') || (next >= '0' && next <= '9'));
}

// "Halaman 1 dari 2", "Page 2 of 3" (and the links after it), "2 dari 6 halaman": a pager left inside the text; a line
// holding only "1 / 5" is a gallery's slide counter.
bool is_pager_line(std::string_view folded) {
  return is_slide_counter(folded) || labelled_pager_at(folded) || page_marker(folded);
}

// An invitation to follow the outlet on a channel ("* Follow Official WhatsApp Channel Situs.com untuk
// mendapatkan berita terkini dengan mengklik tautan ini", "Ikuti kami di Google News"): a short block
// naming a channel and asking to follow, join or click.
bool is_channel_promo(std::string_view folded) {
  if (folded.size() > thresholds::kMaxPromoBytes) return false;
  const auto has = [folded](std::initializer_list<std::string_view> words) {
    return std::any_of(words.begin(), words.end(), [folded](std::string_view w) { return folded.find(w) != std::string_view::npos; });
  };
  return has({"whatsapp channel", "saluran whatsapp", "channel whatsapp", "google news", "telegram"}) &&
         has({"follow", "ikuti", "gabung", "join", "klik", "subscribe", "langganan"});
}

// A one-line invitation to watch a video ("Video Rekomendasi", "Video Pilihan", "Tonton Video Ini"): a
// few words opening with "video" or a verb of watching before it, no sentence.
bool is_video_teaser(std::string_view folded) {
  if (folded.empty() || folded.back() == '.' || static_cast<std::size_t>(std::count(folded.begin(), folded.end(), ' ')) >= thresholds::kMaxVideoTeaserWords) {
    return false;
  }
  for (std::string_view opening : {"video ", "tonton video", "saksikan video", "simak video", "lihat video"}) {
    if (folded.starts_with(opening)) return true;
  }
  return folded == "video";
}

// A date line left inside the text ("Kamis, 05 November 2015 | 11:13 WIB"): a short line that is a date
// with a time, not a sentence (GOLD: date lines are not body text; the date reader has read it).
bool is_date_line(std::string_view text) {
  if (text.empty() || text.size() > thresholds::kMaxBodyDateLineBytes || text.back() == '.') return false;
  const DateResult date = parse_date(text);
  return date.value && date.value->has_time;
}

// Where a word opens with a capital after a space: the only places a trailing phrase may start.
// Found once per block, so each phrase is compared there instead of searched for in the whole text.
std::vector<std::size_t> capitalised_word_starts(std::string_view text) {
  std::vector<std::size_t> starts;
  for (std::size_t at = 1; at < text.size(); ++at) {
    if (text[at] >= 'A' && text[at] <= 'Z' && text[at - 1] == ' ') starts.push_back(at);
  }
  return starts;
}

// Where a boilerplate phrase trails a block's own text ("... (abc/def) Simak Video ..."), or npos.
// The phrase must open a new sentence: capitalised, after a sentence end, a closing bracket or a
// closing quote, so that prose merely using the words ("... baca juga ...") is never cut. `starts`
// are the text's capitalised_word_starts.
std::size_t trailing_phrase_at(std::string_view text, std::string_view lowered_text, const std::vector<std::size_t>& starts,
                               std::string_view lowered_phrase) {
  for (const std::size_t at : starts) {
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
  std::vector<std::string> lowered_phrases;  // phrases[i] lowered for trailing_phrase_at, once per page
  lowered_phrases.reserve(phrases.size());
  for (const auto& entry : phrases) lowered_phrases.push_back(ascii_lower(entry.first));
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
    if (is_date_line(block.text)) {
      removals.push_back({block.node, "date line \"" + block.text + "\""});
      continue;
    }
    if (is_channel_promo(folded) || is_video_teaser(folded)) {
      removals.push_back({block.node, "promo \"" + block.text + "\""});
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
    const std::vector<std::size_t> starts = capitalised_word_starts(block.text);
    std::size_t cut = std::string::npos;
    const std::pair<std::string, std::string>* cut_by = nullptr;
    for (std::size_t i = 0; i < phrases.size() && !starts.empty(); ++i) {
      const std::size_t at = trailing_phrase_at(block.text, lowered, starts, lowered_phrases[i]);
      if (at < cut) {
        cut = at;
        cut_by = &phrases[i];
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

}  // namespace

// The text: each content root cut into blocks, leaving out what the profiles drop, boilerplate and pagers.
void extract_body(const Document& doc, const std::vector<const Profile*>& profiles,
                  const std::vector<const GumboNode*>& roots, RawFields& out) {
  DropSet drops(doc, profiles, out.removals);
  BlockWalker walker(doc, drops, out.removals);
  for (const GumboNode* root : roots) walker.walk(root, out.body);
  filter_boilerplate(out.body, profiles, out.removals);
}

}  // namespace warta::detail::extract_internal
