#pragma once
// JSON conversion of the Article (nlohmann's ADL convention). Include <nlohmann/json.hpp> to use it.

#include <nlohmann/json_fwd.hpp>

#include "warta/article.hpp"

namespace warta {

void to_json(nlohmann::json& out, const Person& person);
void from_json(const nlohmann::json& in, Person& person);
void to_json(nlohmann::json& out, const Dateline& dateline);
void from_json(const nlohmann::json& in, Dateline& dateline);
void to_json(nlohmann::json& out, const Caption& caption);
void from_json(const nlohmann::json& in, Caption& caption);
void to_json(nlohmann::json& out, const Block& block);
void from_json(const nlohmann::json& in, Block& block);
void to_json(nlohmann::json& out, const DateMention& mention);
void from_json(const nlohmann::json& in, DateMention& mention);
void to_json(nlohmann::json& out, const Pagination& pagination);
void from_json(const nlohmann::json& in, Pagination& pagination);
// Every key is written; null where unknown, [] for empty lists.
void to_json(nlohmann::json& out, const Article& article);
// Missing keys or wrong types throw nlohmann::json::exception (uses .at()).
void from_json(const nlohmann::json& in, Article& article);

}  // namespace warta
