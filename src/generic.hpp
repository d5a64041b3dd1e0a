#pragma once
// The generic fallback: a content-root scorer in the spirit of Readability, tuned for Indonesian
// outlets (class/id hints such as "detail", "isi", "konten", "artikel", "read__content").

#include <gumbo.h>

#include <vector>

namespace warta::detail {

class Document;

// The elements that most likely hold the article text, in document order: one container, or sibling
// containers of the same class when the template splits the article over them. Empty when the page
// has no run of paragraph text at all (index pages, error pages).
std::vector<const GumboNode*> find_content_roots(const Document& doc);

// The toolbar a web archive injects into its captures (the Wayback Machine's div#wm-ipp-base,
// #wm-ipp-print, #donato): never part of any field.
bool is_archive_toolbar(const GumboNode* element);

// Weight of an element's class and id: positive for article hints, negative for rails, comments,
// ads and navigation.
int class_weight(const GumboNode* element);

}  // namespace warta::detail
