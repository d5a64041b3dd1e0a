#pragma once
// The fields the extractor resolves, by name: profile JSON keys ("fields", "script_fields",
// "sources") parse into this enum, so a misspelt field is a compile error in C++ and a load error in
// a profile.

#include <optional>
#include <string_view>

namespace warta::detail {

enum class Field {
  site_name,
  language,
  canonical,  // the Article's "url"
  section,
  headline,
  subheadline,
  tags,
  lead_image,
  byline,
  author,
  editor,
  reporter,
  photographer,
  people,
  published,
  updated,
  body,
  captions,
  caption_credit,
  initials,
  dateline,
  date_mentions,
  pagination,
};

// The profile JSON spelling ("headline", "caption_credit", ...).
std::string_view field_name(Field field) noexcept;
// Parses the profile JSON spelling; nullopt for anything else.
std::optional<Field> field_from_name(std::string_view name) noexcept;
// The Article JSON key the field fills ("url" for canonical); empty for fields the Article has no key
// for (lead_image, and the credit slots that become "people").
std::string_view article_key(Field field) noexcept;

}  // namespace warta::detail
