#pragma once
// The Article: plain data that owns its strings. Field names match the JSON keys (see README).

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace warta {

// Who a credited person is for the article.
enum class Role { author, reporter, editor, photographer, contributor, translator };

// The JSON spelling of a role ("author", ...).
std::string_view to_string(Role role) noexcept;
// Parses the JSON spelling of a role; nullopt for anything else.
std::optional<Role> role_from_string(std::string_view text) noexcept;

// A named person credited for the article, with what they did.
struct Person {
  std::string name;
  Role role = Role::author;
  bool operator==(const Person&) const = default;
};

// The "JAKARTA, KOMPAS.com -" prefix of the first paragraph: outlet as written, city in title case.
struct Dateline {
  std::optional<std::string> outlet;
  std::optional<std::string> city;
  bool operator==(const Dateline&) const = default;
};

// A photo or video caption that belongs to the article.
struct Caption {
  std::string text;
  std::optional<std::string> credit;
  std::optional<std::string> image_url;  // absolute when the page URL is known
  bool operator==(const Caption&) const = default;
};

// The kind of a body block.
enum class BlockType { paragraph, heading, quote, list_item };

// The JSON spelling of a block type ("paragraph", ...).
std::string_view to_string(BlockType type) noexcept;
// Parses the JSON spelling of a block type; nullopt for anything else.
std::optional<BlockType> block_type_from_string(std::string_view text) noexcept;

// One unit of the article's own text, in reading order.
struct Block {
  BlockType type = BlockType::paragraph;
  std::string text;
  bool operator==(const Block&) const = default;
};

// A date written in the text ("Selasa (14/5/2024)") resolved to a calendar date.
struct DateMention {
  std::string text;   // as written
  std::string date;   // YYYY-MM-DD
  int block = 0;      // index into Article::body
  bool operator==(const DateMention&) const = default;
};

// What a caller needs to fetch the other pages of a paginated article.
struct Pagination {
  std::optional<int> current;
  std::optional<int> total;
  std::optional<std::string> next_url;
  std::optional<std::string> single_page_url;
  bool operator==(const Pagination&) const = default;
};

// A news article as extracted from one page. Unknown fields are nullopt / empty.
struct Article {
  std::optional<std::string> url;          // canonical URL the page declares
  std::optional<std::string> site_name;
  std::optional<std::string> language;     // BCP 47, e.g. "id"
  std::optional<std::string> headline;
  std::optional<std::string> subheadline;
  std::optional<std::string> section;
  std::vector<std::string> tags;
  std::vector<Person> people;
  std::vector<std::string> initials;       // "(rdp/imk)" gives {"rdp", "imk"}
  std::optional<Dateline> dateline;
  std::optional<std::string> published;    // ISO 8601 with offset
  std::optional<std::string> updated;      // ISO 8601 with offset
  std::vector<Caption> captions;
  std::vector<Block> body;
  std::vector<DateMention> date_mentions;
  std::optional<Pagination> pagination;
  std::vector<std::string> warnings;
  // Only with ParseOptions::explain: for each field returned (not null, not empty), the source that
  // gave it, e.g. "profile kompas.com fields.headline[0] h1.read__title", "metadata JSON-LD
  // datePublished", "generic content root". Keyed by the field's JSON key.
  std::map<std::string, std::string> sources;
  bool operator==(const Article&) const = default;
};

// Joins the pages of one paginated article, in the given order, dropping repeated blocks and captions.
Article merge(const std::vector<Article>& pages);

}  // namespace warta
