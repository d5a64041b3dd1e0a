// The extract stage's order: profile rules first, then page metadata, then the generic readers
// (one file each in src/extract/).
#include "extract.hpp"

#include <algorithm>
#include <unordered_set>

#include "dom.hpp"
#include "extract/common.hpp"
#include "generic.hpp"
#include "metadata.hpp"
#include "normalize/text.hpp"
#include "profiles.hpp"
#include "script_data.hpp"

namespace warta::detail {

using namespace extract_internal;

RawFields extract(const ExtractInput& input) {
  RawFields out;
  const Document& doc = input.doc;
  const PageMetadata& meta = input.metadata;
  const std::vector<const Profile*> profiles{input.profile, input.shared};
  // Inline scripts are gathered only when a profile reads data from them.
  std::optional<ScriptData> scripts;
  if (std::any_of(profiles.begin(), profiles.end(),
                  [](const Profile* profile) { return profile != nullptr && !profile->script_fields.empty(); })) {
    scripts.emplace(doc);
  }
  const ScriptData* script_data = scripts ? &*scripts : nullptr;

  out.site_name = first_value(doc, input.profile, "site_name");
  if (!out.site_name) out.site_name = optional_of(meta.first("og:site_name"));
  if (!out.site_name && meta.jsonld) out.site_name = meta.jsonld->publisher;
  out.language = meta.language;
  if (!out.language) out.language = optional_of(meta.first("content-language"));
  if (!out.language) out.language = optional_of(meta.first("language"));

  out.canonical = first_value(doc, input.profile, "canonical");
  if (!out.canonical) out.canonical = meta.canonical;
  if (!out.canonical) out.canonical = optional_of(meta.first("og:url"));
  if (!out.canonical && meta.jsonld) out.canonical = meta.jsonld->url;
  if (!out.canonical) out.canonical = optional_of(meta.item("url"));

  // GOLD: the section is a breadcrumb's last item, so a section rule takes its last match.
  if (std::vector<std::string> sections = all_values(doc, input.profile, "section"); !sections.empty()) {
    out.section = std::move(sections.back());
  }
  if (!out.section) {
    if (std::vector<std::string> declared = script_values(script_data, input.profile, "section"); !declared.empty()) {
      out.section = optional_of(&declared.front());
    }
  }
  // GOLD: a breadcrumb trail names the section before article:section does.
  if (!out.section) out.section = breadcrumb_section(doc, input.page_url, out.canonical);
  if (!out.section) out.section = rubric_above_headline(doc);
  if (!out.section) out.section = trail_section(meta.breadcrumbs);
  // GOLD: without a breadcrumb, the sub-rubric highlighted in the page's navigation, then article:section.
  if (!out.section) out.section = highlighted_rubric(doc, input.page_url);
  if (!out.section) out.section = optional_of(meta.first("article:section"));
  if (!out.section && meta.jsonld) out.section = meta.jsonld->section;

  // Headline: profile, then metadata, then the first <h1>; a section name in <h1> (old templates)
  // or the site suffix never make it.
  std::vector<std::string> blocklist;
  for (const Profile* profile : profiles) {
    if (profile == nullptr) continue;
    for (const std::string& name : profile->section_blocklist) blocklist.push_back(fold_case(name));
  }
  if (out.section) blocklist.push_back(fold_case(*out.section));
  auto acceptable_headline = [&blocklist](const std::optional<std::string>& text) {
    return text && !text->empty() && std::find(blocklist.begin(), blocklist.end(), fold_case(*text)) == blocklist.end();
  };
  std::optional<std::string> headline = first_value(doc, input.profile, "headline");
  const bool headline_from_profile = acceptable_headline(headline);
  if (!acceptable_headline(headline) && meta.jsonld) headline = meta.jsonld->headline;
  if (!acceptable_headline(headline)) headline = optional_of(meta.first("og:title"));
  if (!acceptable_headline(headline)) headline = optional_of(meta.first("twitter:title"));
  if (!acceptable_headline(headline)) {
    headline.reset();
    for (const GumboNode* element : doc.elements()) {
      if (element->v.element.tag != GUMBO_TAG_H1) continue;
      std::string text = normalize_text(text_content(element));
      if (acceptable_headline(text)) {
        headline = std::move(text);
        break;
      }
    }
  }
  if (!acceptable_headline(headline) && meta.title) headline = shown_title_part(doc, *meta.title);
  if (headline) {
    out.headline = headline_from_profile ? strip_site_suffix(std::move(*headline), profiles, out.site_name)
                                         : shown_headline(doc, std::move(*headline), profiles, out.site_name);
  }

  out.subheadline = first_value(doc, input.profile, "subheadline");
  // A keywords attribute (or one article:tag, as old WordPress wrote it) holds the whole list in one
  // comma-separated value.
  std::vector<std::string> tag_values = all_values(doc, input.profile, "tags");
  if (tag_values.empty()) {
    for (const std::string& declared : script_values(script_data, input.profile, "tags")) {
      for (std::string& tag : split_declared_list(declared)) tag_values.push_back(std::move(tag));
    }
  }
  // GOLD: the visible tag list comes before declared keywords.
  if (tag_values.empty()) out.tags = visible_tag_list(doc);
  if (tag_values.empty() && out.tags.empty()) tag_values = meta.all("article:tag");
  for (const std::string& value : tag_values) {
    for (std::string_view rest = value; !rest.empty();) {
      const std::size_t comma = std::min(rest.find(','), rest.size());
      if (std::string tag = tag_text(rest.substr(0, comma)); !tag.empty()) out.tags.push_back(std::move(tag));
      rest.remove_prefix(std::min(comma + 1, rest.size()));
    }
  }
  if (out.tags.empty() && meta.jsonld) out.tags = meta.jsonld->keywords;
  if (out.tags.empty()) out.tags = declared_keywords(meta);
  out.lead_image = first_value(doc, input.profile, "lead_image");
  if (!out.lead_image) out.lead_image = optional_of(meta.first("og:image"));

  extract_credits(input, profiles, script_data, out);
  extract_dates(input, profiles, out);

  std::vector<const GumboNode*> roots;
  if (const auto* rules = field_rules(input.profile, "body")) {
    for (const FieldRule& rule : *rules) {
      roots = outermost(rule.selector.select_all(doc));
      if (!roots.empty()) break;
    }
  }
  out.body_from_profile = !roots.empty();
  if (roots.empty()) {
    roots = find_content_roots(doc);
  }
  if (out.headline && field_rules(input.profile, "published") == nullptr) read_headline_date(doc, *out.headline, out);
  if (!out.body_from_profile && !roots.empty()) {
    read_header_lines(doc, roots.front(), out);
    read_visible_credits(doc, roots.front(), out);
  }
  extract_body(doc, profiles, roots, out);

  extract_captions(input, profiles, roots, out);
  // A "Foto: Name" line inside a caption credits that photo, not the article.
  std::unordered_set<const GumboNode*> caption_nodes;
  for (const RawCaption& caption : out.captions) {
    if (caption.node != nullptr) caption_nodes.insert(caption.node);
  }
  std::erase_if(out.credits, [&caption_nodes](const RawCredit& credit) { return within_any(credit.node, caption_nodes); });
  if (!out.subheadline) {
    out.subheadline = shown_deck(doc, meta, roots);
    // A photo story's one line under its title is its deck, and it has no text of its own.
    if (out.subheadline && out.body.size() == 1 && out.body.front().text == *out.subheadline) out.body.clear();
    // The description shown under a photo is that photo's caption.
    if (out.subheadline && std::any_of(out.captions.begin(), out.captions.end(), [&](const RawCaption& caption) {
          return deck_key(caption.text) == deck_key(*out.subheadline);
        })) {
      out.subheadline.reset();
    }
  }
  return out;
}

}  // namespace warta::detail
