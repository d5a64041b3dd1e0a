#pragma once
// The field plans of the extract stage (src/extract/plan.cpp): per field, the ordered, named sources
// that may give its value. The profile loader checks `sources` keys against these names.

#include <string_view>
#include <vector>

#include "field.hpp"

namespace warta::detail {

// The names of the sources the plan tries for `field`, in their default order ("profile",
// "metadata og:title", "generic <h1>" ...); empty for a field whose sources a profile cannot reorder
// (dates are resolved by their own precedence in normalize/dates.cpp).
std::vector<std::string_view> plan_source_names(Field field);

}  // namespace warta::detail
