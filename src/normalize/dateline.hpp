#pragma once
// The dateline prefix of the first paragraph ("JAKARTA, KOMPAS.com -", "Jakarta (ANTARA) -").

#include <cstddef>
#include <optional>
#include <string_view>

#include "conventions.hpp"
#include "warta/article.hpp"

namespace warta::detail {

struct DatelineSplit {
  std::optional<Dateline> dateline;  // nullopt: the paragraph has no dateline
  std::size_t prefix_bytes = 0;      // bytes to remove from the paragraph's start (dash and space)
};

// Recognises a dateline at the start of `paragraph` in one of the conventions' dateline shapes. Never
// matches a sentence that merely starts with a place name ("Jakarta adalah ...").
DatelineSplit split_dateline(std::string_view paragraph, const Conventions& conventions = builtin_conventions());

}  // namespace warta::detail
