#pragma once
// The extract stage: raw fields of the page, each resolved by its plan of named sources (profile
// rule, script data, page metadata, generic reader; src/extract/plan.cpp), with the provenance of the
// source that won. Nothing here interprets dates, bylines or datelines (normalise does).

#include <gumbo.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "conventions.hpp"
#include "field.hpp"
#include "normalize/dates.hpp"
#include "warta/article.hpp"

namespace warta::detail {

class Document;
struct PageMetadata;
struct Profile;

// Where a value came from: the plan's source that gave it (src/extract/plan.cpp), the profile rule
// for profile sources, and the element read when there is one.
struct Provenance {
  std::string source;               // "profile", "metadata og:title", "generic content root"
  std::string rule = {};            // profile sources: "kompas.com fields.headline[0] h1.read__title"
  const GumboNode* node = nullptr;
  // "profile kompas.com fields.headline[0] h1.read__title", "metadata og:title".
  std::string text() const { return rule.empty() ? source : source + " " + rule; }
};

// A body block before normalisation of credits and dateline.
struct RawBlock {
  BlockType type = BlockType::paragraph;
  std::string text;             // normalised white space
  const GumboNode* node = nullptr;  // the block's element
};

// A caption before its credit is split off (credit set when the page marks it separately).
struct RawCaption {
  std::string text;
  std::optional<std::string> credit;
  std::optional<std::string> image_url;  // as written in the page
  const GumboNode* node = nullptr;
};

// Something left out of the article, and why (for warnings and the inspector).
struct Removal {
  const GumboNode* node = nullptr;
  std::string reason;  // "profile kompas.com drop .ads", "boilerplate \"Baca juga\"", ...
};

// Credited names found in role-specific slots (author meta, editor box ...).
struct RawCredit {
  std::string text;
  std::optional<Role> role;  // nullopt: a byline to be parsed for labels
  bool declared = false;     // page metadata (JSON-LD, meta): a visible credit of the same name wins
  const GumboNode* node = nullptr;  // the visible element it was read from, kept out of the body
  Provenance from = {};
};

struct RawFields {
  std::optional<std::string> headline;
  std::optional<std::string> subheadline;
  std::optional<std::string> section;
  std::optional<std::string> canonical;
  std::optional<std::string> site_name;
  std::optional<std::string> language;
  std::optional<std::string> lead_image;
  std::vector<std::string> tags;
  std::vector<RawCredit> credits;
  std::vector<DateCandidate> dates;
  std::vector<RawCaption> captions;
  std::vector<RawBlock> body;
  std::vector<Removal> removals;
  std::vector<std::string> warnings;
  std::vector<const GumboNode*> roots;  // the content roots the body was read from
  bool body_from_profile = false;  // false: the generic scorer chose the content root
  std::map<Field, Provenance> sources;  // the winning source of each field found
};

struct ExtractInput {
  const Document& doc;
  const PageMetadata& metadata;
  const Profile* profile;  // nullptr: unknown site
  const Profile* shared;   // the shared Indonesian profile (may be nullptr)
  std::string page_url;
  const Conventions& conventions;  // the outlet's conventions over the shared defaults
};

RawFields extract(const ExtractInput& input);

}  // namespace warta::detail
