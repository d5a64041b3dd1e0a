#pragma once
// Renderers of an Article for people: plain text, Markdown and a self-contained HTML reader view.

#include <string>

#include "warta/article.hpp"

namespace warta {

// Headline, byline line, dateline, date, then the body blocks as plain paragraphs.
std::string to_text(const Article& article);
// The same as Markdown: # headline, ## headings, > quotes, - list items, captions as image lines.
std::string to_markdown(const Article& article);
// A self-contained HTML reader view: inline CSS, no scripts, every text escaped.
std::string to_html(const Article& article);

}  // namespace warta
