#pragma once
// The metadata stage: what the page declares about itself in <head> meta tags, JSON-LD and microdata.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace warta::detail {

class Document;

// The article object of the page's JSON-LD (NewsArticle, Article, ... possibly inside @graph).
struct JsonLdArticle {
  std::optional<std::string> headline;
  std::optional<std::string> description;
  std::optional<std::string> date_published;
  std::optional<std::string> date_modified;
  std::optional<std::string> url;  // url, else mainEntityOfPage(@id)
  std::optional<std::string> section;
  std::optional<std::string> image;
  std::optional<std::string> publisher;
  std::vector<std::string> keywords;
  std::vector<std::string> authors;  // Person names only (organisations left out)
  std::vector<std::string> editors;
};

struct PageMetadata {
  std::optional<std::string> title;      // <title>, as written
  std::optional<std::string> canonical;  // <link rel=canonical href>
  std::optional<std::string> language;   // <html lang>
  // <meta> name/property/itemprop (lower-cased) -> content, in page order; repeated keys kept.
  std::vector<std::pair<std::string, std::string>> meta;
  std::optional<JsonLdArticle> jsonld;
  // Item names of the JSON-LD BreadcrumbList, home first.
  std::vector<std::string> breadcrumbs;
  // Microdata itemprop -> value (content, datetime, href/src or text) for article-level properties.
  std::vector<std::pair<std::string, std::string>> microdata;
  std::vector<std::string> warnings;  // unreadable JSON-LD ...

  // First non-empty <meta> content for a key ("og:title", "article:published_time", ...).
  const std::string* first(std::string_view key) const;
  // Every non-empty <meta> content for a key, in order ("article:tag").
  std::vector<std::string> all(std::string_view key) const;
  // First microdata value of an itemprop.
  const std::string* item(std::string_view prop) const;
};

PageMetadata read_metadata(const Document& doc);

}  // namespace warta::detail
