// Golden tests over whole pages: every data/samples/*.html and data/fixtures/<site>/<case>.html has its
// expected Article JSON beside it (<case>.json). WARTA_UPDATE_GOLDEN=1 rewrites the JSON files; a
// golden file changes only with a reason in the commit message.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "fixture_pages.hpp"
#include "normalize/text.hpp"
#include "warta/json.hpp"
#include "warta/warta.hpp"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

using warta::test::page_url;
using warta::test::read_file;

// A validator for the JSON Schema subset data/schema/article.schema.json uses: type (with unions),
// properties, required, additionalProperties false, items, enum, minLength, minimum, pattern.
void validate(const json& schema, const json& value, const std::string& where, std::vector<std::string>& errors) {
  if (schema.contains("type")) {
    std::vector<std::string> types;
    if (schema["type"].is_array()) {
      for (const auto& t : schema["type"]) types.push_back(t.get<std::string>());
    } else {
      types.push_back(schema["type"].get<std::string>());
    }
    const auto matches = [&value](const std::string& type) {
      if (type == "null") return value.is_null();
      if (type == "string") return value.is_string();
      if (type == "object") return value.is_object();
      if (type == "array") return value.is_array();
      if (type == "integer") return value.is_number_integer();
      if (type == "number") return value.is_number();
      if (type == "boolean") return value.is_boolean();
      return false;
    };
    if (std::none_of(types.begin(), types.end(), matches)) {
      errors.push_back(where + ": wrong type " + value.dump());
      return;
    }
  }
  if (schema.contains("enum") && std::find(schema["enum"].begin(), schema["enum"].end(), value) == schema["enum"].end()) {
    errors.push_back(where + ": not in enum: " + value.dump());
  }
  if (value.is_string()) {
    const auto& text = value.get_ref<const std::string&>();
    if (schema.contains("minLength") && text.size() < schema["minLength"].get<std::size_t>()) {
      errors.push_back(where + ": too short");
    }
    if (schema.contains("pattern") && !std::regex_search(text, std::regex(schema["pattern"].get<std::string>()))) {
      errors.push_back(where + ": does not match pattern: " + text);
    }
  }
  if (value.is_number() && schema.contains("minimum") && value.get<double>() < schema["minimum"].get<double>()) {
    errors.push_back(where + ": below minimum");
  }
  if (value.is_object()) {
    if (schema.contains("required")) {
      for (const auto& key : schema["required"]) {
        if (!value.contains(key.get<std::string>())) errors.push_back(where + ": missing " + key.get<std::string>());
      }
    }
    const json properties = schema.value("properties", json::object());
    for (const auto& [key, item] : value.items()) {
      if (properties.contains(key)) {
        validate(properties[key], item, where + "." + key, errors);
      } else if (schema.contains("additionalProperties") && schema["additionalProperties"] == false) {
        errors.push_back(where + ": unexpected key " + key);
      }
    }
  }
  if (value.is_array() && schema.contains("items")) {
    for (std::size_t i = 0; i < value.size(); ++i) validate(schema["items"], value[i], where + "[" + std::to_string(i) + "]", errors);
  }
}

// Phrases that never start a body block (the shared profile holds the full list; these are the
// ones every reader notices).
constexpr std::string_view kBoilerplateStarts[] = {"baca juga", "lihat juga", "simak juga", "simak video",
                                                   "advertisement", "scroll to continue", "rekomendasi",
                                                   "populer", "berita terkini", "halaman selanjutnya"};

}  // namespace

TEST_CASE("golden: every fixture page gives its golden Article") {
  const auto pages = warta::test::fixture_pages();
  REQUIRE(!pages.empty());
  const bool update = std::getenv("WARTA_UPDATE_GOLDEN") != nullptr;
  const json schema = json::parse(read_file(fs::path(WARTA_SOURCE_DIR) / "data/schema/article.schema.json"));
  for (const fs::path& page : pages) {
    fs::path golden_path = page;
    golden_path.replace_extension(".json");
    INFO("page: " << page.string());
    json golden = fs::exists(golden_path) ? json::parse(read_file(golden_path)) : json();
    warta::ParseOptions options;
    options.url = page_url(page, golden);
    const warta::Result result = warta::parse(read_file(page), options);
    REQUIRE(result.has_value());
    const json actual = result.value();
    if (update) {
      std::ofstream(golden_path) << actual.dump(2) << '\n';
      golden = actual;
    }
    REQUIRE(fs::exists(golden_path));
    INFO("diff (golden -> actual): " << json::diff(golden, actual).dump(1));
    CHECK(actual == golden);

    // The golden file itself follows the schema, and the Article survives a JSON round trip.
    std::vector<std::string> errors;
    validate(schema, golden, "$", errors);
    INFO("schema errors: " << json(errors).dump(1));
    CHECK(errors.empty());
    CHECK(golden.get<warta::Article>() == result.value());

    // Invariants over every fixture.
    const warta::Article& article = result.value();
    for (const warta::Block& block : article.body) {
      const std::string folded = warta::detail::fold_case(block.text);
      for (std::string_view phrase : kBoilerplateStarts) {
        INFO("block: " << block.text);
        CHECK(folded.rfind(phrase, 0) != 0);
      }
      for (const warta::Caption& caption : article.captions) {
        CHECK(block.text != caption.text);
        if (caption.credit) CHECK(block.text.find(*caption.credit) == std::string::npos);
      }
    }
    if (article.dateline && !article.body.empty()) {
      const std::string& first = article.body.front().text;
      if (article.dateline->outlet) CHECK(first.find(*article.dateline->outlet) != 0);
      // Whatever follows the city ("Jakarta -", "JAKARTA,", "Jakarta:", "Liwa (Outlet) -"), it is gone.
      if (article.dateline->city) {
        for (std::string_view after : {" -", ",", ":", " (", " \xE2\x80\x93"}) {
          CHECK(!warta::detail::starts_with_icase(first, *article.dateline->city + std::string(after)));
        }
      }
    }
    // Credit initials are taken off the end of the text.
    if (!article.initials.empty() && !article.body.empty()) {
      const std::string& last = article.body.back().text;
      INFO("last block: " << last);
      CHECK(last.find("(" + article.initials.front()) == std::string::npos);
    }
  }
}
