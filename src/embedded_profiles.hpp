#pragma once
// The JSON text of the built-in profiles, generated at build time from data/profiles/*.json.

#include <string_view>
#include <vector>

namespace warta::detail {

struct EmbeddedProfile {
  std::string_view name;  // file name without ".json"
  std::string_view json;
};

const std::vector<EmbeddedProfile>& embedded_profiles();

}  // namespace warta::detail
