#include <algorithm>
#include <array>
#include <set>
#include <utility>

#include "warta/article.hpp"

namespace warta {
namespace {

constexpr std::array<std::pair<Role, std::string_view>, 6> kRoleNames{{
    {Role::author, "author"},
    {Role::reporter, "reporter"},
    {Role::editor, "editor"},
    {Role::photographer, "photographer"},
    {Role::contributor, "contributor"},
    {Role::translator, "translator"},
}};

constexpr std::array<std::pair<BlockType, std::string_view>, 4> kBlockTypeNames{{
    {BlockType::paragraph, "paragraph"},
    {BlockType::heading, "heading"},
    {BlockType::quote, "quote"},
    {BlockType::list_item, "list_item"},
}};

template <typename Enum, std::size_t N>
std::string_view name_of(const std::array<std::pair<Enum, std::string_view>, N>& table, Enum value) noexcept {
  for (const auto& [candidate, name] : table) {
    if (candidate == value) return name;
  }
  return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> value_of(const std::array<std::pair<Enum, std::string_view>, N>& table,
                             std::string_view text) noexcept {
  for (const auto& [value, name] : table) {
    if (name == text) return value;
  }
  return std::nullopt;
}

template <typename T>
void append_missing(std::vector<T>& into, const std::vector<T>& more) {
  for (const T& item : more) {
    if (std::find(into.begin(), into.end(), item) == into.end()) into.push_back(item);
  }
}

}  // namespace

std::string_view to_string(Role role) noexcept { return name_of(kRoleNames, role); }
std::optional<Role> role_from_string(std::string_view text) noexcept { return value_of(kRoleNames, text); }
std::string_view to_string(BlockType type) noexcept { return name_of(kBlockTypeNames, type); }
std::optional<BlockType> block_type_from_string(std::string_view text) noexcept {
  return value_of(kBlockTypeNames, text);
}

Article merge(const std::vector<Article>& pages) {
  if (pages.empty()) return {};
  Article merged = pages.front();
  // Pages of one article repeat their lead paragraph or caption (Kompas repeats the lead image on every
  // page): a block already taken from an earlier page is not taken again.
  std::set<std::string> seen_blocks;
  for (const Block& block : merged.body) seen_blocks.insert(block.text);
  for (std::size_t i = 1; i < pages.size(); ++i) {
    const Article& page = pages[i];
    std::vector<int> new_index(page.body.size(), -1);
    for (std::size_t b = 0; b < page.body.size(); ++b) {
      if (!seen_blocks.insert(page.body[b].text).second) continue;
      new_index[b] = static_cast<int>(merged.body.size());
      merged.body.push_back(page.body[b]);
    }
    for (DateMention mention : page.date_mentions) {
      if (mention.block < 0 || static_cast<std::size_t>(mention.block) >= new_index.size()) continue;
      if (new_index[static_cast<std::size_t>(mention.block)] < 0) continue;
      mention.block = new_index[static_cast<std::size_t>(mention.block)];
      merged.date_mentions.push_back(std::move(mention));
    }
    append_missing(merged.captions, page.captions);
    append_missing(merged.people, page.people);
    append_missing(merged.tags, page.tags);
    append_missing(merged.initials, page.initials);
    append_missing(merged.warnings, page.warnings);
    for (auto field : {&Article::headline, &Article::subheadline, &Article::section, &Article::url,
                              &Article::site_name, &Article::language, &Article::published, &Article::updated}) {
      if (!(merged.*field) && (page.*field)) merged.*field = page.*field;
    }
    if (!merged.dateline) merged.dateline = page.dateline;
  }
  // The merged article is one page: pagination no longer applies.
  merged.pagination.reset();
  return merged;
}

}  // namespace warta
