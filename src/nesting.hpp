#pragma once
// Bounds how deep gumbo's tree can get, before gumbo sees the page. gumbo 0.10.1 scans its stack of
// open elements for most start tags (quadratic time on deep nesting) and frees its tree recursively
// (a stack overflow on a million unclosed <b>), so the limit has to be applied to the markup itself.

#include <cstddef>
#include <string>

namespace warta::detail {

struct NestingLimit {
  std::size_t dropped_tags = 0;  // start and end tags removed because they were nested too deep
  std::size_t start_tags = 0;    // start tags seen: a lower bound of the element count
};

// Removes from `html` (UTF-8) every start tag that would open an element deeper than `max_depth`,
// and its end tag, keeping their text, so that deeper elements become text of their ancestor. The
// depth is estimated with a model of the tree builder (void elements, raw text, implied end tags,
// formatting elements that the builder reopens) that errs on the deep side. Linear time.
NestingLimit limit_nesting(std::string& html, std::size_t max_depth);

}  // namespace warta::detail
