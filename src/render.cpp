#include "warta/render.hpp"
#include "ascii.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "escape.hpp"
#include "normalize/text.hpp"
#include "url.hpp"

namespace warta {
namespace {

using detail::is_ascii_alnum;
using detail::is_ascii_digit;

// Display labels of the renderers (the article text is Indonesian, so are the labels around it).
constexpr std::string_view kByLabel = "Oleh ";
constexpr std::string_view kPublishedLabel = "Terbit: ";
constexpr std::string_view kUpdatedLabel = "Diperbarui: ";
constexpr std::string_view kTagsLabel = "Tag: ";
constexpr std::string_view kSourceLabel = "Sumber: ";
constexpr std::string_view kSeparator = " | ";

// Label before the names of a non-author credit ("Editor: ..."); authors follow "Oleh" instead.
constexpr std::array<std::pair<Role, std::string_view>, 5> kCreditLabels{{
    {Role::reporter, "Reporter"},
    {Role::editor, "Editor"},
    {Role::photographer, "Fotografer"},
    {Role::contributor, "Kontributor"},
    {Role::translator, "Penerjemah"},
}};

// Every field goes through the normaliser: a caller-built Article may hold line breaks or control
// characters that would otherwise break the line structure of the text formats or a terminal.
std::string clean(std::string_view text) { return detail::normalize_text(text); }

// The people of one role, in page order, names cleaned.
struct CreditGroup {
  Role role = Role::author;
  std::vector<std::string> names;
};

// Authors first (they make the "Oleh" lead of a byline), then the other roles in label order.
std::vector<CreditGroup> credit_groups(const Article& article) {
  std::vector<CreditGroup> groups;
  auto collect = [&](Role role) {
    CreditGroup group{role, {}};
    for (const Person& person : article.people) {
      if (person.role != role) continue;
      std::string name = clean(person.name);
      if (!name.empty()) group.names.push_back(std::move(name));
    }
    if (!group.names.empty()) groups.push_back(std::move(group));
  };
  collect(Role::author);
  for (const auto& [role, label] : kCreditLabels) collect(role);
  return groups;
}

std::string_view credit_label(Role role) noexcept {
  for (const auto& [candidate, label] : kCreditLabels) {
    if (candidate == role) return label;
  }
  return {};
}

// "Oleh A, B | Editor: C", each name passed through `format_name` (escaping, markup).
template <typename FormatName>
std::string byline_line(const Article& article, FormatName format_name) {
  std::string line;
  for (const CreditGroup& group : credit_groups(article)) {
    if (!line.empty()) line += kSeparator;
    if (group.role == Role::author) {
      line += kByLabel;
    } else {
      line += credit_label(group.role);
      line += ": ";
    }
    for (std::size_t i = 0; i < group.names.size(); ++i) {
      if (i > 0) line += ", ";
      line += format_name(group.names[i]);
    }
  }
  return line;
}

// "Terbit: <published> | Diperbarui: <updated>", each ISO value passed through `format_date`.
template <typename FormatDate>
std::string dates_line(const Article& article, FormatDate format_date) {
  std::string line;
  auto add = [&](std::string_view label, const std::optional<std::string>& value) {
    if (!value) return;
    const std::string iso = clean(*value);
    if (iso.empty()) return;
    if (!line.empty()) line += kSeparator;
    line += label;
    line += format_date(iso);
  };
  add(kPublishedLabel, article.published);
  add(kUpdatedLabel, article.updated);
  return line;
}

// "Beijing, Liputan6.com" (either part alone when the other is missing), unescaped.
std::string dateline_text(const Article& article) {
  if (!article.dateline) return {};
  std::string line = clean(article.dateline->city.value_or(""));
  const std::string outlet = clean(article.dateline->outlet.value_or(""));
  if (!line.empty() && !outlet.empty()) line += ", ";
  line += outlet;
  return line;
}

std::string optional_text(const std::optional<std::string>& value) { return value ? clean(*value) : std::string(); }

// Caption text with its credit in brackets, the way pages print it; unescaped.
std::string caption_text(const Caption& caption) {
  std::string text = clean(caption.text);
  const std::string credit = optional_text(caption.credit);
  if (credit.empty()) return text;
  if (!text.empty()) text += ' ';
  return text + "(" + credit + ")";
}


// Digits of a leading ordered-list number ("1. ", "12)" at the end) as CommonMark reads one: 1..9
// digits, then "." or ")", then a space or the end; 0 when the text does not start with one.
std::size_t list_number_digits(std::string_view text) noexcept {
  std::size_t digits = 0;
  while (digits < text.size() && digits < 9 && is_ascii_digit(text[digits])) ++digits;
  if (digits == 0 || digits >= text.size() || (text[digits] != '.' && text[digits] != ')')) return 0;
  return digits + 1 == text.size() || text[digits + 1] == ' ' ? digits : 0;
}

// A list item without its leading bullet ("- ", "* ", U+2022 bullet, U+00B7 middle dot, U+25AA/U+25CF
// squares and circles, U+2013 en dash): the bullet list a renderer emits draws its own. Numbers stay.
std::string_view without_bullet(std::string_view text) noexcept {
  constexpr std::array<std::string_view, 3> kAsciiBullets{"- ", "* ", "+ "};
  constexpr std::array<std::string_view, 5> kUnicodeBullets{"\xE2\x80\xA2", "\xC2\xB7", "\xE2\x96\xAA", "\xE2\x97\x8F",
                                                            "\xE2\x80\x93"};
  std::size_t skip = 0;
  for (std::string_view bullet : kAsciiBullets) {
    if (text.substr(0, bullet.size()) == bullet) skip = bullet.size();
  }
  for (std::string_view bullet : kUnicodeBullets) {
    if (text.substr(0, bullet.size()) == bullet) skip = bullet.size();
  }
  while (skip < text.size() && text[skip] == ' ') ++skip;
  return skip < text.size() ? text.substr(skip) : text;
}

// --- Plain text -----------------------------------------------------------------------------------

std::string render_text(const Article& article) {
  std::string out;
  auto add_line = [&](const std::string& line) {
    if (line.empty()) return;
    out += line;
    out += '\n';
  };
  auto as_is = [](const std::string& value) { return value; };
  add_line(optional_text(article.headline));
  add_line(byline_line(article, as_is));
  add_line(dateline_text(article));
  add_line(dates_line(article, as_is));
  for (const Block& block : article.body) {
    const std::string text = clean(block.text);
    if (text.empty()) continue;
    if (!out.empty()) out += '\n';
    add_line(text);
  }
  return out;
}

// --- Markdown -------------------------------------------------------------------------------------


// Length of the http(s) URL starting `text`, the way GFM's extended autolinks end one: at white space
// or an angle bracket, without trailing punctuation or an unbalanced closing bracket; 0 for none.
std::size_t url_run_length(std::string_view text) noexcept {
  if (!detail::is_http_url(text)) return 0;
  std::size_t end = 0;
  int open_brackets = 0;
  while (end < text.size()) {
    const auto byte = static_cast<unsigned char>(text[end]);
    if (byte <= 0x20 || byte == 0x7F || text[end] == '<' || text[end] == '>') break;
    if (text[end] == '(') ++open_brackets;
    if (text[end] == ')') --open_brackets;
    ++end;
  }
  while (end > 0) {
    const char last = text[end - 1];
    if (last == ')' && open_brackets < 0) {
      ++open_brackets;
    } else if (std::string_view(".,:;!?'\"*_~").find(last) == std::string_view::npos) {
      break;
    }
    --end;
  }
  return end > text.find("//") + 2 ? end : 0;
}

// Backslash-escapes the characters that would start emphasis, code, links, raw HTML, entities,
// headings, tables or strikethrough anywhere in a line (CommonMark + GFM). A URL in the text becomes
// an autolink instead: GFM links bare URLs but ignores backslash escapes inside them.
std::string escape_markdown_inline(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if ((c == 'h' || c == 'H') && (i == 0 || !is_ascii_alnum(text[i - 1]))) {
      if (const std::size_t length = url_run_length(text.substr(i)); length > 0) {
        out += '<';
        out += text.substr(i, length);
        out += '>';
        i += length - 1;
        continue;
      }
    }
    bool escape = false;
    switch (c) {
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '<':
      case '>':
      case '#':
      case '|':
      case '~':
        escape = true;
        break;
      case '&':  // only where it could open an entity reference ("&amp;", "&#38;")
        escape = i + 1 < text.size() && (text[i + 1] == '#' || is_ascii_alnum(text[i + 1]));
        break;
      default:
        break;
    }
    if (escape) out += '\\';
    out += c;
  }
  return out;
}

// Escapes what only means something at the start of a line: list bullets, ordered-list numbers and
// setext underlines. `line` is already inline-escaped (digits, dots and brackets are left alone).
std::string escape_markdown_line_start(std::string line) {
  if (line.empty()) return line;
  if (line.front() == '-' || line.front() == '+' || line.front() == '=') return "\\" + line;
  const std::size_t digits = list_number_digits(line);
  if (digits > 0) line.insert(digits, 1, '\\');
  return line;
}

std::string markdown_line(std::string_view text) { return escape_markdown_line_start(escape_markdown_inline(text)); }

// An image destination: brackets and backslashes are backslash-escaped (the URL stays as written,
// KLY image URLs are full of "quality(75)"), what would end the destination is percent-encoded.
std::string markdown_destination(std::string_view url) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : url) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '(' || c == ')' || c == '\\') {
      out += '\\';
      out += c;
    } else if (byte <= 0x20 || byte == 0x7F || c == '<' || c == '>' || c == '"') {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 0x0F];
    } else {
      out += c;
    }
  }
  return out;
}

// An image line when the caption has an http(s) image (the alt text carries caption and credit, which
// Markdown processors show as the figure caption), else the caption as an italic line.
std::string markdown_caption(const Caption& caption) {
  const std::string text = caption_text(caption);
  if (text.empty()) return {};
  const std::string url = optional_text(caption.image_url);
  if (detail::is_http_url(url)) return "![" + escape_markdown_inline(text) + "](" + markdown_destination(url) + ")";
  return "*" + escape_markdown_inline(text) + "*";
}

std::string render_markdown(const Article& article) {
  std::vector<std::string> paragraphs;
  auto add = [&](std::string paragraph) {
    if (!paragraph.empty()) paragraphs.push_back(std::move(paragraph));
  };
  const std::string headline = optional_text(article.headline);
  if (!headline.empty()) add("# " + escape_markdown_inline(headline));
  const std::string subheadline = optional_text(article.subheadline);
  if (!subheadline.empty()) add("*" + escape_markdown_inline(subheadline) + "*");

  // Byline, dateline and dates as one paragraph, lines joined by hard breaks.
  std::string meta;
  const auto escape_value = [](const std::string& value) { return escape_markdown_inline(value); };
  for (const std::string& line :
       {byline_line(article, escape_value), markdown_line(dateline_text(article)), dates_line(article, escape_value)}) {
    if (line.empty()) continue;
    if (!meta.empty()) meta += "  \n";
    meta += line;
  }
  add(std::move(meta));
  if (!article.captions.empty()) add(markdown_caption(article.captions.front()));

  bool previous_was_list_item = false;
  for (const Block& block : article.body) {
    const std::string text = clean(block.text);
    if (text.empty()) continue;
    const bool is_list_item = block.type == BlockType::list_item;
    std::string rendered;
    switch (block.type) {
      case BlockType::heading:
        rendered = "## " + escape_markdown_inline(text);
        break;
      case BlockType::quote:
        rendered = "> " + markdown_line(text);
        break;
      case BlockType::list_item:
        rendered = "- " + markdown_line(without_bullet(text));
        break;
      case BlockType::paragraph:
        rendered = markdown_line(text);
        break;
    }
    // Consecutive list items form one tight list.
    if (is_list_item && previous_was_list_item) {
      paragraphs.back() += "\n" + rendered;
    } else {
      paragraphs.push_back(std::move(rendered));
    }
    previous_was_list_item = is_list_item;
  }
  for (std::size_t i = 1; i < article.captions.size(); ++i) add(markdown_caption(article.captions[i]));

  std::string tags;
  for (const std::string& tag : article.tags) {
    const std::string text = clean(tag);
    if (text.empty()) continue;
    tags += tags.empty() ? std::string(kTagsLabel) : std::string(", ");
    tags += escape_markdown_inline(text);
  }
  add(std::move(tags));

  std::string out;
  for (const std::string& paragraph : paragraphs) {
    if (!out.empty()) out += "\n\n";
    out += paragraph;
  }
  if (!out.empty()) out += '\n';
  return out;
}

// --- HTML -----------------------------------------------------------------------------------------

}  // namespace

std::string detail::escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
        break;
    }
  }
  return out;
}

namespace {

using detail::escape_html;

constexpr std::string_view kHtmlHead = R"(<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src http: https:; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<style>
body{margin:0;background:#fbfaf7;color:#1f1f1f;font:18px/1.65 Georgia,"Times New Roman",serif}
article{max-width:42rem;margin:0 auto;padding:2rem 1.25rem 3rem}
header{border-bottom:1px solid #ddd;margin-bottom:1.5rem;padding-bottom:1rem}
.section{margin:0;color:#b4461f;font:600 .8rem/1.4 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.06em}
h1{font-size:2rem;line-height:1.2;margin:.3rem 0 .6rem}
h2{font-size:1.3rem;line-height:1.3;margin:2rem 0 .6rem}
.subheadline{font-size:1.1rem;font-style:italic;color:#444;margin:0 0 .8rem}
.byline,.dateline,.dates,.tags,.source{font:.85rem/1.5 system-ui,sans-serif;color:#555;margin:.2rem 0}
.person{font-weight:600;color:#1f1f1f}
figure{margin:1.5rem 0}
img{display:block;max-width:100%;height:auto}
figcaption{font:.85rem/1.45 system-ui,sans-serif;color:#555;margin-top:.4rem}
.credit{color:#888}
blockquote{margin:1.2rem 0;padding-left:1rem;border-left:3px solid #ccc;color:#333}
li.numbered{list-style:none}
footer{border-top:1px solid #ddd;margin-top:2rem;padding-top:1rem}
.tags span{display:inline-block;border:1px solid #ccc;border-radius:1rem;padding:0 .6rem;margin:0 .3rem .3rem 0}
</style>
)";

std::string html_figure(const Caption& caption) {
  const std::string text = clean(caption.text);
  const std::string credit = optional_text(caption.credit);
  const std::string url = optional_text(caption.image_url);
  const bool has_image = detail::is_http_url(url);
  if (text.empty() && credit.empty() && !has_image) return {};
  std::string out = "<figure>";
  if (has_image) out += "<img src=\"" + escape_html(url) + "\" alt=\"" + escape_html(text) + "\" loading=\"lazy\">";
  if (!text.empty() || !credit.empty()) {
    out += "<figcaption>" + escape_html(text);
    if (!credit.empty()) {
      if (!text.empty()) out += ' ';
      out += "<span class=\"credit\">(" + escape_html(credit) + ")</span>";
    }
    out += "</figcaption>";
  }
  return out + "</figure>\n";
}

std::string render_html(const Article& article) {
  const std::string headline = optional_text(article.headline);
  const std::string language = optional_text(article.language);
  std::string out = "<!DOCTYPE html>\n<html";
  if (!language.empty()) out += " lang=\"" + escape_html(language) + "\"";
  out += ">\n<head>\n";
  out += kHtmlHead;
  out += "<title>" + escape_html(headline) + "</title>\n</head>\n<body>\n<article>\n<header>\n";

  auto paragraph = [&](std::string_view css_class, const std::string& inner_html) {
    if (inner_html.empty()) return;
    out += "<p class=\"";
    out += css_class;
    out += "\">" + inner_html + "</p>\n";
  };
  paragraph("section", escape_html(optional_text(article.section)));
  if (!headline.empty()) out += "<h1>" + escape_html(headline) + "</h1>\n";
  paragraph("subheadline", escape_html(optional_text(article.subheadline)));
  paragraph("byline", byline_line(article, [](const std::string& name) {
              return "<span class=\"person\">" + escape_html(name) + "</span>";
            }));
  paragraph("dateline", escape_html(dateline_text(article)));
  paragraph("dates", dates_line(article, [](const std::string& iso) {
              const std::string escaped = escape_html(iso);
              return "<time datetime=\"" + escaped + "\">" + escaped + "</time>";
            }));
  out += "</header>\n";
  if (!article.captions.empty()) out += html_figure(article.captions.front());

  bool in_list = false;
  for (const Block& block : article.body) {
    const std::string text = clean(block.text);
    if (text.empty()) continue;
    const bool is_list_item = block.type == BlockType::list_item;
    if (in_list && !is_list_item) out += "</ul>\n";
    if (!in_list && is_list_item) out += "<ul>\n";
    in_list = is_list_item;
    switch (block.type) {
      case BlockType::heading:
        out += "<h2>" + escape_html(text) + "</h2>\n";
        break;
      case BlockType::quote:
        out += "<blockquote><p>" + escape_html(text) + "</p></blockquote>\n";
        break;
      case BlockType::list_item:
        // A numbered item keeps its number as text, so it gets no bullet as well.
        if (list_number_digits(text) > 0) {
          out += "<li class=\"numbered\">" + escape_html(text) + "</li>\n";
        } else {
          out += "<li>" + escape_html(without_bullet(text)) + "</li>\n";
        }
        break;
      case BlockType::paragraph:
        out += "<p>" + escape_html(text) + "</p>\n";
        break;
    }
  }
  if (in_list) out += "</ul>\n";
  for (std::size_t i = 1; i < article.captions.size(); ++i) out += html_figure(article.captions[i]);

  std::string tags;
  for (const std::string& tag : article.tags) {
    const std::string text = clean(tag);
    if (!text.empty()) tags += "<span>" + escape_html(text) + "</span>";
  }
  const std::string url = optional_text(article.url);
  const std::string site_name = optional_text(article.site_name);
  std::string source;
  if (detail::is_http_url(url)) {
    source = std::string(kSourceLabel) + "<a href=\"" + escape_html(url) + "\" rel=\"noopener noreferrer\">" +
             escape_html(site_name.empty() ? url : site_name) + "</a>";
  } else if (!site_name.empty()) {
    source = std::string(kSourceLabel) + escape_html(site_name);
  }
  if (!tags.empty() || !source.empty()) {
    out += "<footer>\n";
    paragraph("tags", tags);
    paragraph("source", source);
    out += "</footer>\n";
  }
  out += "</article>\n</body>\n</html>\n";
  return out;
}

}  // namespace

std::string to_text(const Article& article) { return render_text(article); }
std::string to_markdown(const Article& article) { return render_markdown(article); }
std::string to_html(const Article& article) { return render_html(article); }

}  // namespace warta
