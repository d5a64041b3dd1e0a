#pragma once
// Outlet profiles as the extractor sees them (the JSON is documented in data/profiles/README.md).

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "conventions.hpp"
#include "field.hpp"
#include "select.hpp"
#include "warta/profile.hpp"

namespace warta::detail {

class Document;

// One selector rule of a field: first rule with a non-empty hit wins.
struct FieldRule {
  Selector selector;
  std::optional<std::string> attribute;  // take this attribute instead of the text
};

// One outlet's extraction rules, parsed from data/profiles/<name>.json.
struct Profile {
  std::string name;                // file stem, e.g. "kompas.com"
  bool verified = true;            // false: built from public documentation, no page checked
  std::vector<std::string> hosts;  // "kompas.com" matches "money.kompas.com"
  // Ordered rules per field: headline, subheadline, section, tags, byline, author, editor,
  // reporter, published, updated, body, captions, caption_credit, lead_image, canonical, site_name.
  std::map<Field, std::vector<FieldRule>> fields;
  // Per field (tags, section, or a role: author, editor, reporter, photographer), keys of inline
  // script data objects that declare it (`editors: "A"`), read when the field's selectors find nothing.
  std::map<Field, std::vector<std::string>> script_fields;
  // Per field, the names of the plan's sources to try, in this order (src/extract/plan.cpp); an
  // empty list switches the field off (Postlight's `dek: null`). Fields not named keep the plan.
  std::map<Field, std::vector<std::string>> sources;
  std::vector<Selector> drop;                     // removed before extraction
  std::vector<std::string> boilerplate;           // phrases: a block starting with one is dropped
  std::vector<std::string> stop_phrases;          // a block starting with one ends the body
  std::vector<std::string> site_suffixes;         // " - Kompas.com" removed from titles
  std::vector<std::string> section_blocklist;     // h1 texts that are section names, not titles
  std::optional<int> offset_minutes;              // zone of times printed without one
  std::map<std::string, std::string> pagination;  // URL parameters: "all_param": "page=all", ...
  std::optional<Selector> next_page;              // pagination.next: the link to the next page
  // Texts of the inline script data a template family declares ("window.kmklabs"): a page whose host
  // no profile names takes this profile when one of its scripts holds one.
  std::vector<std::string> template_markers;
  // Hosts of the share images (og:image) that identify a page saved without its URL as this outlet's.
  std::vector<std::string> image_hosts;
  DeclaredConventions conventions;  // dateline_style, organisations, ... (README "Conventions")
};

// A set of profiles; the shared profile's pointer points into `profiles`, so the struct is built once
// and never copied.
struct ProfileSetData {
  std::vector<Profile> profiles;    // sorted by name
  const Profile* shared = nullptr;  // the profile named "indonesia", for every page; null when absent
  // Profile for a URL's host: a profile host matches that host or a subdomain of it (on label
  // boundaries), the longest matching profile host wins; nullptr when none matches.
  const Profile* for_url(std::string_view url) const;
  // Profile with this name or nullptr.
  const Profile* by_name(std::string_view name) const;
  // First profile (by name) one of whose template_markers an inline script of the page holds; nullptr
  // when none does. The scripts are only read when some profile has markers.
  const Profile* for_template(const Document& doc) const;
  // Profile whose image_hosts hold the host of `image_url` (or a parent of it); nullptr when none.
  const Profile* for_image_url(std::string_view image_url) const;
};

// Parses one profile's JSON strictly (unknown or repeated keys, wrong types and bad selectors are
// errors); nullopt with `error` naming the profile and the key otherwise.
std::optional<Profile> parse_profile(std::string_view name, std::string_view json_text, std::string* error);

}  // namespace warta::detail
