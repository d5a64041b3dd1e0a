// Raw fields to Article fields: the rules that combine what several sources found.
#include "assemble.hpp"

#include <unordered_set>

#include "dom.hpp"
#include "normalize/byline.hpp"
#include "normalize/captions.hpp"
#include "normalize/text.hpp"
#include "profiles.hpp"
#include "url.hpp"

namespace warta::detail {

void normalise_captions(RawFields& raw, const std::string& page_url, const Conventions& conventions,
                        Article& article) {
  std::unordered_set<std::string> seen;  // a caption repeated (slider copies) is listed once
  for (RawCaption& caption : raw.captions) {
    Caption out;
    if (caption.credit) {
      out.text = caption.text;
      out.credit = clean_credit(*caption.credit);
    } else {
      CaptionParts parts = split_caption(caption.text, conventions);
      out.text = std::move(parts.text);
      out.credit = std::move(parts.credit);
    }
    // GOLD: an image with a credit but no caption text has no caption entry.
    if (out.text.empty()) continue;
    if (caption.image_url) out.image_url = resolve_url(page_url, *caption.image_url);
    const std::string key = out.text + '\0' + out.credit.value_or("") + '\0' + (out.credit ? "1" : "0") + '\0' +
                            out.image_url.value_or("") + '\0' + (out.image_url ? "1" : "0");
    if (seen.insert(key).second) article.captions.push_back(std::move(out));
  }
}

// Neither a block with a caption's text nor a block inside its element (a credit in its own element
// leaves the block's text unlike the caption's).
void drop_caption_blocks(std::vector<RawBlock>& body, const std::vector<RawCaption>& captions) {
  // Sets, not a scan of every caption per block: a gallery page may hold thousands of each.
  std::unordered_set<std::string_view> texts;
  std::unordered_set<std::string> texts_with_credit;
  std::unordered_set<const GumboNode*> nodes;
  for (const RawCaption& caption : captions) {
    texts.insert(caption.text);
    if (caption.credit) texts_with_credit.insert(caption.text + " " + *caption.credit);
    if (caption.node != nullptr) nodes.insert(caption.node);
  }
  std::erase_if(body, [&](const RawBlock& block) {
    return texts.contains(block.text) || texts_with_credit.contains(block.text) || within_any(block.node, nodes);
  });
}

// GOLD: a visible credit outranks the metadata naming the same person (some outlets declare the
// editor as author). No article credits more people than kMaxPeople: beyond that the "credits" are
// a list of the site's writers (or a hostile page), and the rest is left out with a warning.
std::optional<Provenance> normalise_people(const RawFields& raw, const Conventions& conventions, Article& article) {
  constexpr std::size_t kMaxPeople = 100;
  const auto people_of = [&conventions](const RawCredit& credit) {
    return parse_byline(credit.text, credit.role.value_or(Role::author), conventions);
  };
  std::unordered_set<std::string> shown;
  for (const RawCredit& credit : raw.credits) {
    if (credit.declared) continue;
    for (const Person& person : people_of(credit)) shown.insert(fold_case(person.name));
    if (shown.size() > kMaxPeople) break;
  }
  std::optional<Provenance> first;
  for (const RawCredit& credit : raw.credits) {
    if (article.people.size() >= kMaxPeople) {
      article.warnings.push_back("more than " + std::to_string(kMaxPeople) + " people credited; the rest left out");
      break;
    }
    std::vector<Person> people = people_of(credit);
    if (credit.declared) {
      std::erase_if(people, [&shown](const Person& person) { return shown.contains(fold_case(person.name)); });
    }
    add_people(article.people, people);
    if (!first && !article.people.empty()) first = credit.from;
  }
  return first;
}

std::string missing_article(Article& article) {
  if (!article.body.empty()) return {};
  if (article.captions.empty() || !article.headline) return "no article text found in the page";
  article.warnings.push_back("no body text");
  return {};
}

void record_sources(const RawFields& raw, const Timestamps& timestamps, const std::optional<Provenance>& people_from,
                    const Profile* profile, Article& article) {
  std::map<std::string, std::string>& out = article.sources;
  const auto from_raw = [&](Field field) {
    const auto it = raw.sources.find(field);
    if (it != raw.sources.end()) out[std::string(article_key(field))] = it->second.text();
  };
  if (article.url) from_raw(Field::canonical);
  if (article.site_name) from_raw(Field::site_name);
  if (article.language) from_raw(Field::language);
  if (article.headline) from_raw(Field::headline);
  if (article.subheadline) from_raw(Field::subheadline);
  if (article.section) from_raw(Field::section);
  if (!article.tags.empty()) from_raw(Field::tags);
  if (!article.captions.empty()) from_raw(Field::captions);
  if (!article.body.empty()) from_raw(Field::body);
  if (!article.people.empty()) out["people"] = people_from ? people_from->text() : "generic closing credits";
  if (!article.initials.empty()) out["initials"] = "generic closing initials";
  if (article.dateline) out["dateline"] = "generic dateline of the first paragraph";
  if (timestamps.published_from) out["published"] = raw.dates[*timestamps.published_from].origin;
  if (timestamps.updated_from) out["updated"] = raw.dates[*timestamps.updated_from].origin;
  if (!article.date_mentions.empty()) out["date_mentions"] = "generic dates in the text";
  if (article.pagination) {
    out["pagination"] = profile != nullptr && (profile->next_page || !profile->pagination.empty())
                            ? "profile " + profile->name + " pagination"
                            : "generic pager";
  }
}

}  // namespace warta::detail
