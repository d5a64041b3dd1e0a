#pragma once
// The pre-pass, between decode and gumbo: cuts the contents of <script> and <style> elements and of
// comments out of the page, found with the HTML tokenizer's own rules for where they end, and
// shortens the white space between tags (outside <pre> and <listing>) to what readers can tell
// apart, so gumbo does not tokenize 40% of the bytes character by character. Document checks
// gumbo's tree against both (a cut must be an emptied element or comment, a shortened run a text
// node of its own) and keeps the cut script text for the readers.

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

struct CutPage {
  std::string html;                     // the page without the cut bytes; empty when nothing changed
  std::vector<RawTextCut> cuts;         // in page order
  std::vector<ShortenedSpace> spaces;   // in page order
};

CutPage cut_for_gumbo(std::string_view html);

}  // namespace warta::detail
