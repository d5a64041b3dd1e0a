// The extract stage as declared plans. Each field names its sources in the order they are tried;
// a source reads the page (profile rule, script data, metadata key, a generic reader of
// src/extract/) and returns a candidate with its provenance; the first candidate that passes the
// source's check wins and its provenance is kept (RawFields::sources). A profile may reorder or
// switch off the sources of a field ("sources" in data/profiles/README.md). extract() runs the
// steps in order: later fields read earlier ones (the headline drops a section name, the generic
// deck drops a caption).
#include "extract/plan.hpp"

#include <algorithm>
#include <array>
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

namespace {

// What every source reads: the page, its metadata, the profiles and the fields found so far.
struct Context {
  explicit Context(const ExtractInput& in)
      : input(in), doc(in.doc), meta(in.metadata), profiles{in.profile, in.shared} {
    // Inline scripts are gathered only when a profile reads data from them.
    if (std::any_of(profiles.begin(), profiles.end(),
                    [](const Profile* profile) { return profile != nullptr && !profile->script_fields.empty(); })) {
      scripts.emplace(doc);
    }
  }
  const ScriptData* script_data() const { return scripts ? &*scripts : nullptr; }

  const ExtractInput& input;
  const Document& doc;
  const PageMetadata& meta;
  std::vector<const Profile*> profiles;  // the outlet's (may be null), then the shared one (may be null)
  std::optional<ScriptData> scripts;
  std::vector<std::string> headline_blocklist;  // folded section names that are no headline
  std::vector<const GumboNode*> roots;          // content roots, once the body plan ran
  RawFields out;
};

template <typename T>
struct Candidate {
  T value;
  Provenance from;  // the source name is filled in by the plan when the reader leaves it empty
};

template <typename T>
struct Source {
  std::string_view name;
  std::optional<Candidate<T>> (*read)(const Context&);
  bool (*check)(const Context&, const T&) = nullptr;  // null: any candidate the reader returns
};

using Text = std::optional<Candidate<std::string>>;
using List = std::optional<Candidate<std::vector<std::string>>>;
using Credits = std::optional<Candidate<std::vector<RawCredit>>>;
using Roots = std::optional<Candidate<std::vector<const GumboNode*>>>;

Text text(std::optional<std::string> value, Provenance from = {}) {
  if (!value) return std::nullopt;
  return Candidate<std::string>{std::move(*value), std::move(from)};
}

Text meta_text(const Context& c, const char* key) { return text(optional_of(c.meta.first(key))); }

Text profile_text(const Context& c, Field field) {
  Provenance from;
  std::optional<std::string> value = first_value(c.doc, c.input.profile, field, &from);
  return text(std::move(value), std::move(from));
}

List list(std::vector<std::string> values, Provenance from = {}) {
  if (values.empty()) return std::nullopt;
  return Candidate<std::vector<std::string>>{std::move(values), std::move(from)};
}

// A keywords attribute (or one article:tag, as old WordPress wrote it) holds the whole list in one
// comma-separated value.
std::vector<std::string> comma_split_tags(const std::vector<std::string>& values) {
  std::vector<std::string> tags;
  for (const std::string& value : values) {
    for (std::string_view rest = value; !rest.empty();) {
      const std::size_t comma = std::min(rest.find(','), rest.size());
      if (std::string tag = tag_text(rest.substr(0, comma)); !tag.empty()) tags.push_back(std::move(tag));
      rest.remove_prefix(std::min(comma + 1, rest.size()));
    }
  }
  return tags;
}

bool acceptable_headline(const Context& c, const std::string& text) {
  const auto& blocklist = c.headline_blocklist;
  return !text.empty() && std::find(blocklist.begin(), blocklist.end(), fold_case(text)) == blocklist.end();
}

// The description shown under a photo is that photo's caption.
bool not_a_caption(const Context& c, const std::string& deck) {
  return std::none_of(c.out.captions.begin(), c.out.captions.end(),
                      [&](const RawCaption& caption) { return deck_key(caption.text) == deck_key(deck); });
}

// ---- The plans: per field, its sources in order. ----

constexpr std::array<Source<std::string>, 3> kSiteName = {{
    {"profile", [](const Context& c) { return profile_text(c, Field::site_name); }},
    {"metadata og:site_name", [](const Context& c) { return meta_text(c, "og:site_name"); }},
    {"metadata JSON-LD publisher",
     [](const Context& c) { return c.meta.jsonld ? text(c.meta.jsonld->publisher) : Text(); }},
}};

constexpr std::array<Source<std::string>, 3> kLanguage = {{
    {"metadata html lang", [](const Context& c) { return text(c.meta.language); }},
    {"metadata content-language", [](const Context& c) { return meta_text(c, "content-language"); }},
    {"metadata language", [](const Context& c) { return meta_text(c, "language"); }},
}};

constexpr std::array<Source<std::string>, 5> kCanonical = {{
    {"profile", [](const Context& c) { return profile_text(c, Field::canonical); }},
    {"metadata link canonical", [](const Context& c) { return text(c.meta.canonical); }},
    {"metadata og:url", [](const Context& c) { return meta_text(c, "og:url"); }},
    {"metadata JSON-LD url", [](const Context& c) { return c.meta.jsonld ? text(c.meta.jsonld->url) : Text(); }},
    {"metadata microdata url", [](const Context& c) { return text(optional_of(c.meta.item("url"))); }},
}};

// GOLD: the section is a breadcrumb's last item, so a section rule takes its last match; a
// breadcrumb trail names the section before article:section does.
constexpr std::array<Source<std::string>, 8> kSection = {{
    {"profile",
     [](const Context& c) {
       Provenance from;
       std::vector<std::string> sections = all_values(c.doc, c.input.profile, Field::section, &from);
       return sections.empty() ? Text() : text(std::move(sections.back()), std::move(from));
     }},
    {"script data",
     [](const Context& c) {
       Provenance from;
       std::vector<std::string> declared = script_values(c.script_data(), c.input.profile, Field::section, &from);
       return declared.empty() ? Text() : text(optional_of(&declared.front()), std::move(from));
     }},
    {"generic breadcrumb",
     [](const Context& c) { return text(breadcrumb_section(c.doc, c.input.page_url, c.out.canonical)); }},
    {"generic rubric above the headline", [](const Context& c) { return text(rubric_above_headline(c.doc)); }},
    {"metadata breadcrumb list", [](const Context& c) { return text(trail_section(c.meta.breadcrumbs)); }},
    // GOLD: without a breadcrumb, the sub-rubric highlighted in the page's navigation, then article:section.
    {"generic highlighted rubric",
     [](const Context& c) { return text(highlighted_rubric(c.doc, c.input.page_url)); }},
    {"metadata article:section", [](const Context& c) { return meta_text(c, "article:section"); }},
    {"metadata JSON-LD articleSection",
     [](const Context& c) { return c.meta.jsonld ? text(c.meta.jsonld->section) : Text(); }},
}};

// Headline: profile, then metadata, then the first <h1>; a section name in <h1> (old templates)
// never makes it. The <title> is the last resort, taken as it is.
constexpr std::array<Source<std::string>, 6> kHeadline = {{
    {"profile", [](const Context& c) { return profile_text(c, Field::headline); }, acceptable_headline},
    {"metadata JSON-LD headline",
     [](const Context& c) { return c.meta.jsonld ? text(c.meta.jsonld->headline) : Text(); }, acceptable_headline},
    {"metadata og:title", [](const Context& c) { return meta_text(c, "og:title"); }, acceptable_headline},
    {"metadata twitter:title", [](const Context& c) { return meta_text(c, "twitter:title"); }, acceptable_headline},
    {"generic <h1>",
     [](const Context& c) {
       for (const GumboNode* element : c.doc.elements()) {
         if (element->v.element.tag != GUMBO_TAG_H1) continue;
         std::string shown = normalize_text(text_content(element));
         if (acceptable_headline(c, shown)) return text(std::move(shown), {"", "", element});
       }
       return Text();
     },
     acceptable_headline},
    {"generic <title>",
     [](const Context& c) { return c.meta.title ? text(shown_title_part(c.doc, *c.meta.title)) : Text(); }},
}};

constexpr std::array<Source<std::string>, 2> kSubheadline = {{
    {"profile", [](const Context& c) { return profile_text(c, Field::subheadline); }},
    {"generic deck", [](const Context& c) { return text(shown_deck(c.doc, c.meta, c.roots)); }, not_a_caption},
}};

// GOLD: the visible tag list comes before declared keywords.
constexpr std::array<Source<std::vector<std::string>>, 6> kTags = {{
    {"profile",
     [](const Context& c) {
       Provenance from;
       return list(comma_split_tags(all_values(c.doc, c.input.profile, Field::tags, &from)), std::move(from));
     }},
    {"script data",
     [](const Context& c) {
       Provenance from;
       std::vector<std::string> values;
       for (const std::string& declared : script_values(c.script_data(), c.input.profile, Field::tags, &from)) {
         for (std::string& tag : split_declared_list(declared)) values.push_back(std::move(tag));
       }
       return list(comma_split_tags(values), std::move(from));
     }},
    {"generic tag list", [](const Context& c) { return list(visible_tag_list(c.doc)); }},
    {"metadata article:tag", [](const Context& c) { return list(comma_split_tags(c.meta.all("article:tag"))); }},
    {"metadata JSON-LD keywords",
     [](const Context& c) { return c.meta.jsonld ? list(c.meta.jsonld->keywords) : List(); }},
    {"metadata keywords", [](const Context& c) { return list(declared_keywords(c.meta)); }},
}};

constexpr std::array<Source<std::string>, 2> kLeadImage = {{
    {"profile", [](const Context& c) { return profile_text(c, Field::lead_image); }},
    {"metadata og:image", [](const Context& c) { return meta_text(c, "og:image"); }},
}};

Credits credits(std::vector<RawCredit> found) {
  if (found.empty()) return std::nullopt;
  Provenance from = found.front().from;
  return Candidate<std::vector<RawCredit>>{std::move(found), std::move(from)};
}

// Credits the page declares: the outlet's rules and script data, else JSON-LD, else an author meta
// tag. Credits shown around a generic content root, and those only script data declares, are added
// later.
constexpr std::array<Source<std::vector<RawCredit>>, 3> kPeople = {{
    {"profile", [](const Context& c) { return credits(profile_credits(c.doc, c.input.profile, c.script_data())); }},
    {"metadata JSON-LD", [](const Context& c) { return credits(jsonld_credits(c.meta, c.out.site_name)); }},
    {"metadata author", [](const Context& c) { return credits(meta_author_credits(c.meta, c.out.site_name)); }},
}};

constexpr std::array<Source<std::vector<const GumboNode*>>, 2> kBody = {{
    {"profile",
     [](const Context& c) {
       const auto* rules = field_rules(c.input.profile, Field::body);
       for (std::size_t i = 0; rules != nullptr && i < rules->size(); ++i) {
         std::vector<const GumboNode*> roots = outermost((*rules)[i].selector.select_all(c.doc));
         if (roots.empty()) continue;
         Provenance from = rule_provenance(*c.input.profile, Field::body, i, roots.front());
         return Roots(Candidate<std::vector<const GumboNode*>>{std::move(roots), std::move(from)});
       }
       return Roots();
     }},
    {"generic content root",
     [](const Context& c) {
       std::vector<const GumboNode*> roots = find_content_roots(c.doc);
       if (roots.empty()) return Roots();
       const GumboNode* first = roots.front();
       return Roots(Candidate<std::vector<const GumboNode*>>{std::move(roots), {"", "", first}});
     }},
}};

// The sources of a field in the order the profile asks for (the outlet's, else the shared one's),
// else in the plan's order.
template <typename T, std::size_t N>
std::vector<const Source<T>*> ordered(const Context& c, Field field, const std::array<Source<T>, N>& sources) {
  std::vector<const Source<T>*> out;
  for (const Profile* profile : c.profiles) {
    if (profile == nullptr) continue;
    const auto it = profile->sources.find(field);
    if (it == profile->sources.end()) continue;
    for (const std::string& name : it->second) {
      for (const Source<T>& source : sources) {
        if (source.name == name) out.push_back(&source);
      }
    }
    return out;
  }
  for (const Source<T>& source : sources) out.push_back(&source);
  return out;
}

// The first candidate of a field's plan that passes its source's check, with the source named.
template <typename T, std::size_t N>
std::optional<Candidate<T>> resolve(Context& c, Field field, const std::array<Source<T>, N>& sources) {
  for (const Source<T>* source : ordered(c, field, sources)) {
    std::optional<Candidate<T>> candidate = source->read(c);
    if (!candidate || (source->check != nullptr && !source->check(c, candidate->value))) continue;
    if (candidate->from.source.empty()) candidate->from.source = source->name;
    c.out.sources[field] = candidate->from;
    return candidate;
  }
  return std::nullopt;
}

template <std::size_t N>
void resolve_text(Context& c, Field field, const std::array<Source<std::string>, N>& sources,
                  std::optional<std::string>& out) {
  if (auto candidate = resolve(c, field, sources)) out = std::move(candidate->value);
}

void resolve_headline(Context& c) {
  for (const Profile* profile : c.profiles) {
    if (profile == nullptr) continue;
    for (const std::string& name : profile->section_blocklist) c.headline_blocklist.push_back(fold_case(name));
  }
  if (c.out.section) c.headline_blocklist.push_back(fold_case(*c.out.section));
  auto headline = resolve(c, Field::headline, kHeadline);
  if (!headline) return;
  if (headline->from.source == "profile") {
    c.out.headline = strip_site_suffix(std::move(headline->value), c.profiles, c.out.site_name);
    return;
  }
  ShownTitle shown = shown_headline(c.doc, std::move(headline->value), c.profiles, c.out.site_name);
  if (shown.node != nullptr) {
    Provenance& from = c.out.sources[Field::headline];
    from.source += " as the page shows it";
    from.node = shown.node;
  }
  c.out.headline = std::move(shown.text);
}

void resolve_people(Context& c) {
  if (auto found = resolve(c, Field::people, kPeople)) c.out.credits = std::move(found->value);
}

// Dates are all gathered; normalize/dates.cpp resolves published and updated by its precedence. A
// <time>'s zoned text counts as a visible date only on pages of unknown outlets.
void gather_dates(Context& c) { extract_dates(c.input, c.profiles, c.input.profile == nullptr, c.out); }

// Lines shown around a generic content root (a date line above it, credit lines around it) are read
// only when no profile body rule chose the root: a profile's own rules date and credit its pages.
// The date beside the headline is looked for first, whenever no profile rule found a visible date (a
// family template's published rule may not match an older layout of one of its sites).
void read_around_content(Context& c) {
  if (c.out.headline) {
    const std::size_t before = c.out.dates.size();
    read_headline_date(c.doc, *c.out.headline, c.out);
    if (c.out.dates.size() > before) c.out.dates.back().origin = "generic date beside the headline";
  }
  const std::size_t dates_before = c.out.dates.size();
  const std::size_t credits_before = c.out.credits.size();
  if (c.out.body_from_profile) return;
  if (!c.roots.empty()) {
    read_header_lines(c.doc, c.roots.front(), c.out);
    if (c.out.dates.size() > dates_before) c.out.dates.back().origin = "generic date line above the content";
    read_visible_credits(c.doc, c.roots.front(), c.input.conventions, c.out);
  } else if (const GumboNode* shown = c.out.headline ? headline_element(c.doc, *c.out.headline) : nullptr) {
    // A page without prose (a photo gallery) still credits its people around the headline it shows.
    read_visible_credits(c.doc, shown, c.input.conventions, c.out);
  }
  for (std::size_t i = credits_before; i < c.out.credits.size(); ++i) {
    c.out.credits[i].from = {"generic credit lines", "", c.out.credits[i].node};
  }
}

void resolve_body(Context& c) {
  if (auto roots = resolve(c, Field::body, kBody)) {
    c.out.body_from_profile = roots->from.source == "profile";
    c.roots = std::move(roots->value);
  }
  c.out.roots = c.roots;
}

void read_body(Context& c) { extract_body(c.doc, c.profiles, c.roots, c.out); }

void read_captions(Context& c) {
  Provenance from = extract_captions(c.input, c.profiles, c.roots, c.out);
  if (!c.out.captions.empty()) c.out.sources[Field::captions] = std::move(from);
  // A "Foto: Name" line inside a caption credits that photo, not the article.
  std::unordered_set<const GumboNode*> caption_nodes;
  for (const RawCaption& caption : c.out.captions) {
    if (caption.node != nullptr) caption_nodes.insert(caption.node);
  }
  std::erase_if(c.out.credits, [&caption_nodes](const RawCredit& credit) { return within_any(credit.node, caption_nodes); });
}

// Analytics objects of many templates declare credits the page does not show (a dataLayer's
// `editorName`, a data object's `editors: "A"`): the shared profile's script keys give each role no
// other source credited, as declared credits (a shown name wins). An outlet naming its own script
// keys reads only those. An author comes from here only when nobody else is credited.
void add_script_credits(Context& c) {
  const Profile* shared = c.input.shared;
  if (shared == nullptr || (c.input.profile != nullptr && !c.input.profile->script_fields.empty())) return;
  for (const auto& [field, role] : {std::pair{Field::author, Role::author}, std::pair{Field::editor, Role::editor},
                                    std::pair{Field::photographer, Role::photographer}}) {
    const bool credited = std::any_of(c.out.credits.begin(), c.out.credits.end(), [role = role](const RawCredit& credit) {
      return role == Role::author || credit.role == role;
    });
    if (credited) continue;
    Provenance from;
    for (std::string& text : script_values(c.script_data(), shared, field, &from)) {
      if (!text.empty()) c.out.credits.push_back({std::move(text), role, true, nullptr, from});
    }
  }
}

void resolve_subheadline(Context& c) {
  auto deck = resolve(c, Field::subheadline, kSubheadline);
  if (!deck) return;
  // A photo story's one line under its title is its deck, and it has no text of its own.
  if (deck->from.source == "generic deck" && c.out.body.size() == 1 && c.out.body.front().text == deck->value) {
    c.out.body.clear();
  }
  c.out.subheadline = std::move(deck->value);
}

// The steps of extract(), in order.
using Step = void (*)(Context&);
constexpr Step kSteps[] = {
    [](Context& c) { resolve_text(c, Field::site_name, kSiteName, c.out.site_name); },
    [](Context& c) { resolve_text(c, Field::language, kLanguage, c.out.language); },
    [](Context& c) { resolve_text(c, Field::canonical, kCanonical, c.out.canonical); },
    [](Context& c) { resolve_text(c, Field::section, kSection, c.out.section); },
    resolve_headline,
    [](Context& c) {
      if (auto tags = resolve(c, Field::tags, kTags)) c.out.tags = std::move(tags->value);
    },
    [](Context& c) { resolve_text(c, Field::lead_image, kLeadImage, c.out.lead_image); },
    resolve_people,
    gather_dates,
    resolve_body,
    read_around_content,
    read_body,
    read_captions,
    add_script_credits,
    resolve_subheadline,
};

template <typename T, std::size_t N>
std::vector<std::string_view> names_of(const std::array<Source<T>, N>& sources) {
  std::vector<std::string_view> names;
  for (const Source<T>& source : sources) names.push_back(source.name);
  return names;
}

}  // namespace

std::vector<std::string_view> plan_source_names(Field field) {
  switch (field) {
    case Field::site_name:
      return names_of(kSiteName);
    case Field::language:
      return names_of(kLanguage);
    case Field::canonical:
      return names_of(kCanonical);
    case Field::section:
      return names_of(kSection);
    case Field::headline:
      return names_of(kHeadline);
    case Field::subheadline:
      return names_of(kSubheadline);
    case Field::tags:
      return names_of(kTags);
    case Field::lead_image:
      return names_of(kLeadImage);
    case Field::people:
      return names_of(kPeople);
    case Field::body:
      return names_of(kBody);
    default:
      return {};
  }
}

RawFields extract(const ExtractInput& input) {
  Context context(input);
  for (const Step step : kSteps) step(context);
  return std::move(context.out);
}

}  // namespace warta::detail
