// Date candidates: profile rules, metadata, <time> elements, the URL, and on pages of unknown outlets
// dated lines near the headline or above the text.
#include "extract/common.hpp"

#include <algorithm>
#include <cstring>

#include "dom.hpp"
#include "extract/thresholds.hpp"
#include "indonesian.hpp"
#include "metadata.hpp"
#include "normalize/text.hpp"

namespace warta::detail::extract_internal {
namespace {

// A line whose text is all inside links ("<li><a>Senin, 15 Jun 2015 10:00 WIB Berita lain</a></li>").
bool is_link_line(const GumboNode* element) {
  const GumboVector& children = element->v.element.children;
  bool link = false;
  for (unsigned i = 0; i < children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type == GUMBO_NODE_TEXT) return false;
    if (is_element(child)) {
      if (child->v.element.tag != GUMBO_TAG_A) return false;
      link = true;
    }
  }
  return link;
}

// A line that may show the article's date: a block with no block inside, a <span> or a <time>; not a
// link or a line of links (a teaser of another article).
bool date_line_candidate(const GumboNode* element) {
  const GumboTag tag = element->v.element.tag;
  if (!is_short_line(element) && tag != GUMBO_TAG_SPAN && tag != GUMBO_TAG_TIME) return false;
  return !in_link(element) && !is_link_line(element);
}

}  // namespace

const GumboNode* headline_element(const Document& doc, const std::string& headline) {
  const std::string wanted = fold_case(headline);
  for (const GumboNode* element : doc.elements()) {
    if (element->v.element.tag == GUMBO_TAG_HEAD || element->v.element.tag == GUMBO_TAG_TITLE || holds_no_text(element) ||
        in_link(element)) {
      continue;
    }
    const GumboVector& children = element->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      const auto* child = static_cast<const GumboNode*>(children.data[i]);
      if (child->type == GUMBO_NODE_TEXT && !collapsed_longer_than(child->v.text.text, 2 * headline.size() + 15) &&
          fold_case(normalize_text(child->v.text.text)) == wanted) {
        return element;
      }
    }
  }
  return nullptr;
}

void extract_dates(const ExtractInput& input, const std::vector<const Profile*>& profiles, bool zoned_time_text,
                   RawFields& out) {
  const Document& doc = input.doc;
  const PageMetadata& meta = input.metadata;
  for (const Profile* profile : profiles) {
    for (const auto& [field, label] : {std::pair{Field::published, DateLabel::published}, std::pair{Field::updated, DateLabel::updated}}) {
      Provenance from;
      for (std::string& text : all_values(doc, profile, field, &from)) {
        out.dates.push_back({DateSource::visible, label, std::move(text), from.text()});
      }
    }
  }
  if (meta.jsonld) {
    if (meta.jsonld->date_published) {
      out.dates.push_back({DateSource::jsonld, DateLabel::published, *meta.jsonld->date_published, "metadata JSON-LD datePublished"});
    }
    if (meta.jsonld->date_modified) {
      out.dates.push_back({DateSource::jsonld, DateLabel::updated, *meta.jsonld->date_modified, "metadata JSON-LD dateModified"});
    }
  }
  static constexpr std::pair<std::string_view, DateLabel> kMetaDates[] = {
      {"article:published_time", DateLabel::published}, {"og:published_time", DateLabel::published},
      {"datepublished", DateLabel::published},           {"pubdate", DateLabel::published},
      {"publishdate", DateLabel::published},             {"publish-date", DateLabel::published},
      {"publish_date", DateLabel::published},            {"dc.date.issued", DateLabel::published},
      {"content_publisheddate", DateLabel::published},   {"dtk:publishdate", DateLabel::published},
      {"article:modified_time", DateLabel::updated},     {"og:updated_time", DateLabel::updated},
      {"datemodified", DateLabel::updated},              {"lastmod", DateLabel::updated},
      {"last-modified", DateLabel::updated}};
  for (const auto& [key, label] : kMetaDates) {
    for (std::string& value : meta.all(key)) {
      out.dates.push_back({DateSource::meta, label, std::move(value), "metadata " + std::string(key)});
    }
  }
  for (const auto& [prop, value] : meta.microdata) {
    if (prop == "datepublished") out.dates.push_back({DateSource::meta, DateLabel::published, value, "metadata microdata datePublished"});
    if (prop == "datemodified") out.dates.push_back({DateSource::meta, DateLabel::updated, value, "metadata microdata dateModified"});
  }
  for (const GumboNode* element : doc.elements()) {
    if (element->v.element.tag != GUMBO_TAG_TIME) continue;
    const char* datetime = attribute(element, "datetime");
    std::string shown = normalize_text(text_content(element));
    std::string text = datetime != nullptr ? normalize_text(datetime) : shown;
    if (!text.empty()) {
      out.dates.push_back({DateSource::time_element, DateLabel::none, std::move(text), "generic <time> element"});
    }
    // On a page of an unknown outlet the text of a <time> naming its zone ("19:30 WIT") is the visible
    // date, whatever the attribute's offset (WordPress AMP writes UTC there).
    if (zoned_time_text && datetime != nullptr && !shown.empty()) {
      const DateResult visible = parse_date(shown);
      if (visible.value && visible.value->has_time && indonesian::zone_offset_minutes(shown.substr(shown.rfind(' ') + 1))) {
        out.dates.push_back({DateSource::visible, DateLabel::none, std::move(shown), "generic <time> text"});
      }
    }
  }
  if (auto from_url = date_from_url(input.page_url, input.conventions)) {
    out.dates.push_back({DateSource::url, DateLabel::published, std::move(*from_url), "generic URL path"});
  } else if (meta.canonical) {
    if (auto from_canonical = date_from_url(*meta.canonical, input.conventions)) {
      out.dates.push_back({DateSource::url, DateLabel::published, std::move(*from_canonical), "generic canonical URL path"});
    }
  }
}

// Pages of unknown outlets show their date beside the headline, on any layout: in a date-named element
// (div.date, span.time, div.tanggal), a byline ("By Nama on 12:23 am Jun 19, 2015") or a plain span
// under the <h1> ("Minggu, 14 Februari 2016 09:15", "Senin, 02/03/2015 08:15 WIB"). The short dated
// line nearest the headline, in its parent or up to two levels higher (the first level holding one),
// is the visible date; the dated lines of a rail of other articles further away are not.
void read_headline_date(const Document& doc, const std::string& headline, RawFields& out) {
  if (std::any_of(out.dates.begin(), out.dates.end(),
                  [](const DateCandidate& date) { return date.source == DateSource::visible; })) {
    return;
  }
  const GumboNode* headline_node = headline_element(doc, headline);
  if (headline_node == nullptr) return;
  const std::size_t at = doc.index_of(headline_node);
  const GumboNode* scope = headline_node;
  for (int up = 0; up < 3 && scope->parent != nullptr && is_element(scope->parent); ++up) {
    scope = scope->parent;
    const std::size_t begin = doc.index_of(scope);
    const std::size_t end = doc.subtree_end(begin);
    if (end - begin > thresholds::kMaxHeadlineScopeElements) return;
    // The nearest dated line, and apart from it the nearest one labelled as an update ("pada 21 Jul
    // 2021, 07:00 WIB" above "Diperbarui 21 Jul 2021, 07:00 WIB"): the page's updated time as shown.
    struct Line {
      std::string text;
      std::size_t distance;
    };
    std::optional<Line> nearest;
    std::optional<Line> nearest_update;
    for (std::size_t i = begin + 1; i < end; ++i) {
      const GumboNode* element = doc.elements()[i];
      const std::size_t distance = i > at ? i - at : at - i;
      const bool nearer = !nearest || distance < nearest->distance;
      const bool nearer_update = !nearest_update || distance < nearest_update->distance;
      if ((!nearer && !nearer_update) || !date_line_candidate(element) || in_skipped_subtree(element)) continue;
      std::string text = normalize_text(text_content(element, 4 * thresholds::kMaxDateLineBytes));
      if (text.empty() || text.size() > thresholds::kMaxDateLineBytes) continue;
      const DateResult date = parse_date(text);
      if (!date.value || !date.value->has_time) continue;
      const bool update = date.label == DateLabel::updated;
      if (update ? nearer_update : nearer) (update ? nearest_update : nearest) = Line{std::move(text), distance};
    }
    if (nearest) out.dates.push_back({DateSource::visible, DateLabel::none, std::move(nearest->text)});
    if (nearest_update) out.dates.push_back({DateSource::visible, DateLabel::updated, std::move(nearest_update->text)});
    if (nearest || nearest_update) return;
  }
}

// Pages with no profile and no dates in their metadata (old regional templates) print the date in a
// short line above the text: the first line before the content root with a dated time gives it.
void read_header_lines(const Document& doc, const GumboNode* root, RawFields& out) {
  const bool want_date = std::none_of(out.dates.begin(), out.dates.end(),
                                      [](const DateCandidate& date) { return date.source != DateSource::url; });
  if (!want_date) return;
  for (const GumboNode* element : doc.elements()) {
    if (element == root) break;
    // A line that is a link is a teaser of another article (a rail of dated headlines).
    if (!is_short_line(element) || in_skipped_subtree(element) || in_link(element) || is_link_line(element)) continue;
    const std::string text = normalize_text(text_content(element));
    if (text.empty() || text.size() > thresholds::kMaxShortLineBytes) continue;
    const DateResult date = parse_date(text);
    if (date.value && date.value->has_time) {
      out.dates.push_back({DateSource::visible, DateLabel::none, text});
      return;
    }
  }
}

}  // namespace warta::detail::extract_internal
