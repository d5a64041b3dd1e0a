#pragma once
// The pre-pass, between decode and gumbo: cuts the contents of <script> and <style> elements and of
// comments out of the page, found with the HTML tokenizer's own rules for where they end, and
// shortens the white space between tags (outside <pre> and <listing>) to what readers can tell
// apart, and stands in one character for each long attribute value and run of text that gumbo would
// copy unchanged, so gumbo does not tokenize most of the bytes character by character. Document
// checks gumbo's tree against all three (a cut must be an emptied element or comment, a shortened
// run a text node of its own, a stand-in where its bytes were), keeps the cut script text for the
// readers and puts the stood-in bytes back into the tree.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace warta::detail {

// One cut: the page's bytes [begin, end) are left out; in the cut page they would have started at
// `at`. `element` is true for script/style contents (the tag's `>` ends at `at` in the cut page),
// false for a comment's (its "<!--" ends at `at`).
struct RawTextCut {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t at = 0;
  bool element = false;
};

// One shortened run of white space: it is the cut page's bytes [at, at + length), one space, a
// newline or two newlines (a blank line), as many newlines as the page's run had.
struct ShortenedSpace {
  std::size_t at = 0;
  std::size_t length = 0;
};

// One stand-in: the page's bytes [begin, end), the contents of a quoted attribute value or a run of
// text, are one character in the cut page, at `at`: stand_in_code_point(its index in
// CutPage::stand_ins). gumbo hands such bytes back as they are (no '&', no character it replaces),
// so putting them back in the tree gives the tree of the page. Character tokens are gumbo's most
// expensive bytes: each one goes through the tree builder on its own.
struct StandIn {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t at = 0;
  bool attribute = false;  // an attribute value's contents (else a run of text)
};

// Stand-ins are characters of Unicode's private use plane 15 (U+F0000..U+FFFFD), four bytes in
// UTF-8; a page that holds any character of that plane gets none.
constexpr std::size_t kMaxStandIns = 0xFFFE;
constexpr char32_t stand_in_code_point(std::size_t index) noexcept { return 0xF0000 + static_cast<char32_t>(index); }
constexpr std::size_t kStandInBytes = 4;
// True when `bytes` (at least 2 of them) begin with a plane-15 character: F3 B0..BF.
inline bool starts_stand_in(const char* bytes) noexcept {
  return static_cast<unsigned char>(bytes[0]) == 0xF3 && static_cast<unsigned char>(bytes[1]) >= 0xB0;
}
// True when `text` holds a plane-15 character (a page that does gets no stand-ins; a node of the
// tree that does holds one).
inline bool holds_plane_15(std::string_view text) noexcept {
  for (std::size_t i = text.find('\xF3'); i != std::string_view::npos; i = text.find('\xF3', i + 1)) {
    if (i + 1 < text.size() && starts_stand_in(text.data() + i)) return true;
  }
  return false;
}
// The index a plane-15 character's four bytes stand for.
inline std::size_t stand_in_index(const char* bytes) noexcept {
  const auto byte = [bytes](int i) { return static_cast<std::size_t>(static_cast<unsigned char>(bytes[i]) & 0x3F); };
  return ((byte(1) & 0x0F) << 12) | (byte(2) << 6) | byte(3);
}

struct CutPage {
  std::string html;                     // the page without the cut bytes; empty when nothing changed
  std::vector<RawTextCut> cuts;         // in page order
  std::vector<ShortenedSpace> spaces;   // in page order
  std::vector<StandIn> stand_ins;       // in page order
};

CutPage cut_for_gumbo(std::string_view html);

}  // namespace warta::detail
