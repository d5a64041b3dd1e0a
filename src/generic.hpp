#pragma once
// The generic fallback: a content-root scorer in the spirit of Readability, tuned for Indonesian
// outlets (class/id hints such as "detail", "isi", "konten", "artikel", "read__content").

#include <gumbo.h>

namespace warta::detail {

class Document;

// The element that most likely holds the article text, or nullptr when the page has no run of
// paragraph text at all (index pages, error pages).
const GumboNode* find_content_root(const Document& doc);

// Weight of an element's class and id: positive for article hints, negative for rails, comments,
// ads and navigation.
int class_weight(const GumboNode* element);

}  // namespace warta::detail
