#include "field.hpp"

#include <array>
#include <utility>

namespace warta::detail {
namespace {

constexpr std::array<std::pair<Field, std::string_view>, 23> kNames = {{
    {Field::site_name, "site_name"},
    {Field::language, "language"},
    {Field::canonical, "canonical"},
    {Field::section, "section"},
    {Field::headline, "headline"},
    {Field::subheadline, "subheadline"},
    {Field::tags, "tags"},
    {Field::lead_image, "lead_image"},
    {Field::byline, "byline"},
    {Field::author, "author"},
    {Field::editor, "editor"},
    {Field::reporter, "reporter"},
    {Field::photographer, "photographer"},
    {Field::people, "people"},
    {Field::published, "published"},
    {Field::updated, "updated"},
    {Field::body, "body"},
    {Field::captions, "captions"},
    {Field::caption_credit, "caption_credit"},
    {Field::initials, "initials"},
    {Field::dateline, "dateline"},
    {Field::date_mentions, "date_mentions"},
    {Field::pagination, "pagination"},
}};

}  // namespace

std::string_view field_name(Field field) noexcept {
  for (const auto& [value, name] : kNames) {
    if (value == field) return name;
  }
  return {};
}

std::optional<Field> field_from_name(std::string_view name) noexcept {
  for (const auto& [value, spelling] : kNames) {
    if (spelling == name) return value;
  }
  return std::nullopt;
}

std::string_view article_key(Field field) noexcept {
  switch (field) {
    case Field::canonical:
      return "url";
    case Field::lead_image:
    case Field::byline:
    case Field::author:
    case Field::editor:
    case Field::reporter:
    case Field::photographer:
    case Field::caption_credit:
      return {};
    default:
      return field_name(field);
  }
}

}  // namespace warta::detail
