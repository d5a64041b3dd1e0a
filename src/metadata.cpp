#include "metadata.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <iterator>

#include "dom.hpp"
#include "normalize/text.hpp"

namespace warta::detail {
namespace {

using nlohmann::json;

// JSON-LD blocks larger than this are ads or data dumps, never an article's description.
constexpr std::size_t kMaxJsonLdBytes = 1u << 20;
// Nesting deeper than this is hostile; nlohmann would still parse it, but we never need it.
constexpr int kMaxJsonLdDepth = 64;

constexpr std::string_view kArticleTypes[] = {"NewsArticle", "Article", "ReportageNewsArticle",
                                               "AnalysisNewsArticle", "BlogPosting", "OpinionNewsArticle",
                                               "Report", "LiveBlogPosting", "BackgroundNewsArticle"};
constexpr std::string_view kBreadcrumbTypes[] = {"BreadcrumbList"};

// True when an @type value (a string or a list of them) names one of `types`.
template <std::size_t N>
bool is_type(const json& type, const std::string_view (&types)[N]) {
  auto matches = [&types](const json& value) {
    if (!value.is_string()) return false;
    const auto& text = value.get_ref<const std::string&>();
    return std::find(std::begin(types), std::end(types), text) != std::end(types);
  };
  if (type.is_array()) {
    for (const json& entry : type) {
      if (matches(entry)) return true;
    }
    return false;
  }
  return matches(type);
}

std::optional<std::string> string_of(const json& value) {
  if (value.is_string()) {
    std::string text = normalize_text(value.get_ref<const std::string&>());
    if (!text.empty()) return text;
    return std::nullopt;
  }
  if (value.is_object()) {
    for (const char* key : {"@id", "url", "name"}) {
      if (value.contains(key)) return string_of(value.at(key));
    }
  }
  if (value.is_array() && !value.empty()) return string_of(value.front());
  return std::nullopt;
}

// Names of Person entries ("author": {"@type": "Person", "name": ...}, a list, or a bare string).
std::vector<std::string> person_names(const json& value) {
  std::vector<std::string> names;
  auto add = [&names](const json& entry) {
    if (entry.is_string()) {
      std::string name = normalize_text(entry.get_ref<const std::string&>());
      if (!name.empty()) names.push_back(std::move(name));
      return;
    }
    if (!entry.is_object()) return;
    if (entry.contains("@type") && entry.at("@type").is_string() && entry.at("@type").get_ref<const std::string&>() != "Person") {
      return;
    }
    if (entry.contains("name")) {
      if (auto name = string_of(entry.at("name"))) names.push_back(std::move(*name));
    }
  };
  if (value.is_array()) {
    for (const json& entry : value) add(entry);
  } else {
    add(value);
  }
  return names;
}

std::vector<std::string> keyword_list(const json& value) {
  std::vector<std::string> out;
  auto add_split = [&out](std::string_view text) {
    std::size_t start = 0;
    while (start <= text.size()) {
      std::size_t end = text.find(',', start);
      if (end == std::string_view::npos) end = text.size();
      std::string keyword = normalize_text(text.substr(start, end - start));
      if (!keyword.empty()) out.push_back(std::move(keyword));
      start = end + 1;
    }
  };
  if (value.is_string()) add_split(value.get_ref<const std::string&>());
  if (value.is_array()) {
    for (const json& entry : value) {
      if (entry.is_string()) add_split(entry.get_ref<const std::string&>());
    }
  }
  return out;
}

JsonLdArticle read_article_object(const json& object) {
  JsonLdArticle article;
  auto field = [&object](const char* key) -> std::optional<std::string> {
    return object.contains(key) ? string_of(object.at(key)) : std::nullopt;
  };
  article.headline = field("headline");
  if (!article.headline) article.headline = field("name");
  article.description = field("description");
  article.date_published = field("datePublished");
  article.date_modified = field("dateModified");
  article.url = field("url");
  if (!article.url) article.url = field("mainEntityOfPage");
  article.section = field("articleSection");
  article.image = field("image");
  article.publisher = object.contains("publisher") && object.at("publisher").is_object() &&
                              object.at("publisher").contains("name")
                          ? string_of(object.at("publisher").at("name"))
                          : std::nullopt;
  if (object.contains("keywords")) article.keywords = keyword_list(object.at("keywords"));
  if (object.contains("author")) article.authors = person_names(object.at("author"));
  if (object.contains("editor")) article.editors = person_names(object.at("editor"));
  return article;
}

// Depth of bracket nesting, ignoring brackets inside strings; stops counting past the limit.
// Names of a BreadcrumbList's items ordered by position ("name", else the item's "name").
std::vector<std::string> breadcrumb_names(const json& list) {
  std::vector<std::pair<double, std::string>> items;
  if (!list.contains("itemListElement") || !list.at("itemListElement").is_array()) return {};
  for (const json& entry : list.at("itemListElement")) {
    if (!entry.is_object()) continue;
    std::optional<std::string> name;
    if (entry.contains("name")) name = string_of(entry.at("name"));
    if (!name && entry.contains("item") && entry.at("item").is_object() && entry.at("item").contains("name")) {
      name = string_of(entry.at("item").at("name"));
    }
    if (!name) continue;
    const double position = entry.contains("position") && entry.at("position").is_number()
                                ? entry.at("position").get<double>()
                                : static_cast<double>(items.size() + 1);
    items.emplace_back(position, std::move(*name));
  }
  std::stable_sort(items.begin(), items.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> names;
  for (auto& item : items) names.push_back(std::move(item.second));
  return names;
}

bool nesting_within(std::string_view text, int limit) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    else if (c == '{' || c == '[') {
      if (++depth > limit) return false;
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return true;
}

// The first object of one of `types` among the top-level value, its array entries and @graph entries.
template <std::size_t N>
const json* find_typed(const json& root, const std::string_view (&types)[N]) {
  std::vector<const json*> pending{&root};
  for (std::size_t i = 0; i < pending.size() && i < 256; ++i) {
    const json& value = *pending[i];
    if (value.is_array()) {
      for (const json& entry : value) pending.push_back(&entry);
    } else if (value.is_object()) {
      if (value.contains("@type") && is_type(value.at("@type"), types)) return &value;
      if (value.contains("@graph")) pending.push_back(&value.at("@graph"));
    }
  }
  return nullptr;
}

// Pages sometimes put raw newlines or tabs inside JSON-LD strings, which strict JSON rejects.
std::string escape_control_characters(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string && c == '\\' && i + 1 < text.size()) {
      out.push_back(c);
      out.push_back(text[++i]);
      continue;
    }
    if (c == '"') in_string = !in_string;
    if (in_string && static_cast<unsigned char>(c) < 0x20) {
      out.push_back(' ');
      continue;
    }
    out.push_back(c);
  }
  return out;
}

void read_microdata_property(const GumboNode* element, PageMetadata& out) {
  const char* prop = attribute(element, "itemprop");
  if (prop == nullptr || *prop == '\0') return;
  const char* value = attribute(element, "content");
  if (value == nullptr) value = attribute(element, "datetime");
  std::string text;
  if (value != nullptr) {
    text = normalize_text(value);
  } else if (const char* href = attribute(element, tag_name(element) == "link" || tag_name(element) == "a" ? "href" : "src")) {
    text = normalize_text(href);
  } else {
    // Only short article-level properties are read as text; articleBody and the like are the
    // extractor's business and would cost a copy of the whole page.
    static constexpr std::string_view kTextProps[] = {"headline", "name", "datepublished", "datemodified",
                                                      "author", "articlesection", "keywords", "description"};
    const std::string key = ascii_lower(prop);
    if (std::find(std::begin(kTextProps), std::end(kTextProps), key) == std::end(kTextProps)) return;
    text = normalize_text(text_content(element));
  }
  if (!text.empty() && text.size() < 4096) out.microdata.emplace_back(ascii_lower(prop), std::move(text));
}

}  // namespace

const std::string* PageMetadata::first(std::string_view key) const {
  for (const auto& [name, content] : meta) {
    if (name == key && !content.empty()) return &content;
  }
  return nullptr;
}

std::vector<std::string> PageMetadata::all(std::string_view key) const {
  std::vector<std::string> out;
  for (const auto& [name, content] : meta) {
    if (name == key && !content.empty()) out.push_back(content);
  }
  return out;
}

const std::string* PageMetadata::item(std::string_view prop) const {
  for (const auto& [name, value] : microdata) {
    if (name == prop) return &value;
  }
  return nullptr;
}

PageMetadata read_metadata(const Document& doc) {
  PageMetadata out;
  if (const char* lang = attribute(doc.root(), "lang")) {
    std::string language = normalize_text(lang);
    if (!language.empty()) out.language = std::move(language);
  }
  // Each kind of element in document order; microdata last (it writes only out.microdata).
  const auto& elements = doc.elements();
  for (const std::size_t i : doc.with_tag(GUMBO_TAG_TITLE)) {
    std::string title = normalize_text(text_content(elements[i]));
    if (!title.empty()) {
      out.title = std::move(title);
      break;
    }
  }
  for (const std::size_t i : doc.with_tag(GUMBO_TAG_LINK)) {
    const char* rel = attribute(elements[i], "rel");
    const char* href = attribute(elements[i], "href");
    if (rel != nullptr && href != nullptr && ascii_lower(rel) == "canonical") {
      std::string canonical = normalize_text(href);
      if (!canonical.empty()) {
        out.canonical = std::move(canonical);
        break;
      }
    }
  }
  for (const std::size_t i : doc.with_tag(GUMBO_TAG_META)) {
    const GumboNode* element = elements[i];
    const char* content = attribute(element, "content");
    const char* key = attribute(element, "property");
    if (key == nullptr) key = attribute(element, "name");
    if (key == nullptr) key = attribute(element, "itemprop");
    if (key != nullptr && content != nullptr) out.meta.emplace_back(ascii_lower(normalize_text(key)), normalize_text(content));
  }
  for (const std::size_t i : doc.with_tag(GUMBO_TAG_SCRIPT)) {
    const GumboNode* element = elements[i];
    const char* type = attribute(element, "type");
    if (type == nullptr || ascii_lower(type) != "application/ld+json") continue;
    if (out.jsonld && !out.breadcrumbs.empty()) break;
    const std::string text = doc.raw_text(element);
    // Blocks after the article's are read only for a breadcrumb list, and warn about nothing.
    const bool warn = !out.jsonld;
    if (text.size() > kMaxJsonLdBytes || !nesting_within(text, kMaxJsonLdDepth)) {
      if (warn) out.warnings.push_back("JSON-LD block skipped: too large or too deeply nested");
      continue;
    }
    json parsed = json::parse(text, nullptr, false);
    if (parsed.is_discarded()) parsed = json::parse(escape_control_characters(text), nullptr, false);
    if (parsed.is_discarded()) {
      if (warn) out.warnings.push_back("JSON-LD block is not valid JSON; ignored");
      continue;
    }
    if (const json* article = find_typed(parsed, kArticleTypes); article != nullptr && !out.jsonld) {
      out.jsonld = read_article_object(*article);
    }
    if (const json* list = find_typed(parsed, kBreadcrumbTypes); list != nullptr && out.breadcrumbs.empty()) {
      out.breadcrumbs = breadcrumb_names(*list);
    }
  }
  for (const std::size_t i : doc.with_itemprop()) {
    const GumboTag tag = elements[i]->v.element.tag;
    // A <title> or <script> with an itemprop is read as the title or JSON-LD only.
    if (tag != GUMBO_TAG_TITLE && tag != GUMBO_TAG_SCRIPT) read_microdata_property(elements[i], out);
  }
  return out;
}

}  // namespace warta::detail
