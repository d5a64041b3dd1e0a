// to_json / from_json for the Article. Written by hand: Debian's nlohmann 3.11.2 has no std::optional
// support. Every key is written (null where unknown, [] for empty lists) because other tools read
// this JSON as a contract.
#include <nlohmann/json.hpp>

#include "warta/json.hpp"

namespace warta {
namespace {

using nlohmann::json;

template <typename T>
json optional_json(const std::optional<T>& value) {
  return value ? json(*value) : json(nullptr);
}

template <typename T>
std::optional<T> optional_value(const json& in, const char* key) {
  const json& value = in.at(key);
  if (value.is_null()) return std::nullopt;
  return value.get<T>();
}

[[noreturn]] void bad_value(const json& in, const char* what) {
  throw json::other_error::create(501, std::string("invalid ") + what + ": " + in.dump(), &in);
}

}  // namespace

void to_json(json& out, const Person& person) {
  out = json{{"name", person.name}, {"role", std::string(to_string(person.role))}};
}

void from_json(const json& in, Person& person) {
  person.name = in.at("name").get<std::string>();
  const auto role = role_from_string(in.at("role").get<std::string>());
  if (!role) bad_value(in.at("role"), "role");
  person.role = *role;
}

void to_json(json& out, const Dateline& dateline) {
  out = json{{"outlet", optional_json(dateline.outlet)}, {"city", optional_json(dateline.city)}};
}

void from_json(const json& in, Dateline& dateline) {
  dateline.outlet = optional_value<std::string>(in, "outlet");
  dateline.city = optional_value<std::string>(in, "city");
}

void to_json(json& out, const Caption& caption) {
  out = json{{"text", caption.text},
             {"credit", optional_json(caption.credit)},
             {"image_url", optional_json(caption.image_url)}};
}

void from_json(const json& in, Caption& caption) {
  caption.text = in.at("text").get<std::string>();
  caption.credit = optional_value<std::string>(in, "credit");
  caption.image_url = optional_value<std::string>(in, "image_url");
}

void to_json(json& out, const Block& block) {
  out = json{{"type", std::string(to_string(block.type))}, {"text", block.text}};
}

void from_json(const json& in, Block& block) {
  const auto type = block_type_from_string(in.at("type").get<std::string>());
  if (!type) bad_value(in.at("type"), "block type");
  block.type = *type;
  block.text = in.at("text").get<std::string>();
}

void to_json(json& out, const DateMention& mention) {
  out = json{{"text", mention.text}, {"date", mention.date}, {"block", mention.block}};
}

void from_json(const json& in, DateMention& mention) {
  mention.text = in.at("text").get<std::string>();
  mention.date = in.at("date").get<std::string>();
  mention.block = in.at("block").get<int>();
}

void to_json(json& out, const Pagination& pagination) {
  out = json{{"current", optional_json(pagination.current)},
             {"total", optional_json(pagination.total)},
             {"next_url", optional_json(pagination.next_url)},
             {"single_page_url", optional_json(pagination.single_page_url)}};
}

void from_json(const json& in, Pagination& pagination) {
  pagination.current = optional_value<int>(in, "current");
  pagination.total = optional_value<int>(in, "total");
  pagination.next_url = optional_value<std::string>(in, "next_url");
  pagination.single_page_url = optional_value<std::string>(in, "single_page_url");
}

void to_json(json& out, const Article& article) {
  out = json{
      {"url", optional_json(article.url)},
      {"site_name", optional_json(article.site_name)},
      {"language", optional_json(article.language)},
      {"headline", optional_json(article.headline)},
      {"subheadline", optional_json(article.subheadline)},
      {"section", optional_json(article.section)},
      {"tags", article.tags},
      {"people", article.people},
      {"initials", article.initials},
      {"dateline", optional_json(article.dateline)},
      {"published", optional_json(article.published)},
      {"updated", optional_json(article.updated)},
      {"captions", article.captions},
      {"body", article.body},
      {"date_mentions", article.date_mentions},
      {"pagination", optional_json(article.pagination)},
      {"warnings", article.warnings},
  };
  // Only with ParseOptions::explain, so the JSON of a plain parse keeps its keys.
  if (!article.sources.empty()) out["sources"] = article.sources;
}

void from_json(const json& in, Article& article) {
  article.url = optional_value<std::string>(in, "url");
  article.site_name = optional_value<std::string>(in, "site_name");
  article.language = optional_value<std::string>(in, "language");
  article.headline = optional_value<std::string>(in, "headline");
  article.subheadline = optional_value<std::string>(in, "subheadline");
  article.section = optional_value<std::string>(in, "section");
  article.tags = in.at("tags").get<std::vector<std::string>>();
  article.people = in.at("people").get<std::vector<Person>>();
  article.initials = in.at("initials").get<std::vector<std::string>>();
  article.dateline = optional_value<Dateline>(in, "dateline");
  article.published = optional_value<std::string>(in, "published");
  article.updated = optional_value<std::string>(in, "updated");
  article.captions = in.at("captions").get<std::vector<Caption>>();
  article.body = in.at("body").get<std::vector<Block>>();
  article.date_mentions = in.at("date_mentions").get<std::vector<DateMention>>();
  article.pagination = optional_value<Pagination>(in, "pagination");
  article.warnings = in.at("warnings").get<std::vector<std::string>>();
  article.sources.clear();
  if (const auto it = in.find("sources"); it != in.end()) article.sources = it->get<std::map<std::string, std::string>>();
}

}  // namespace warta
