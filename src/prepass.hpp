#pragma once
// The pre-pass, between decode and gumbo: cuts the contents of <script> and <style> elements and of
// comments out of the page, found with the HTML tokenizer's own rules for where they end, so gumbo
// does not tokenize a third of the bytes character by character. Document checks gumbo's tree
// against the cuts and keeps the cut script text for the readers.

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

struct CutPage {
  std::string html;              // the page without the cut bytes; empty when nothing was cut
  std::vector<RawTextCut> cuts;  // in page order
};

CutPage cut_for_gumbo(std::string_view html);

}  // namespace warta::detail
