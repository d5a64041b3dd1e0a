#pragma once
// Internal to the extract stage (src/extract/): the helpers its readers share and each reader's entry
// point, called by extract() in extract.cpp. Nothing outside src/extract/ includes this.

#include <gumbo.h>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract.hpp"

namespace warta::detail {

struct FieldRule;
class ScriptData;

namespace extract_internal {

// common.cpp: profile field rules and element tests.
bool skipped_subtree(const GumboNode* element);
bool is_block_level(const GumboNode* element);
bool is_bold(const GumboNode* element);
std::vector<std::string> rule_values(const Document& doc, const FieldRule& rule, bool all,
                                     const GumboNode* scope = nullptr, const GumboNode** first_match = nullptr);
const std::vector<FieldRule>* field_rules(const Profile* profile, Field field);
// "profile" with "kompas.com fields.headline[0] h1.read__title" for rule `index` of a field.
Provenance rule_provenance(const Profile& profile, Field field, std::size_t index, const GumboNode* node);
// The profile rules' values of a field; `from` (when given) is set to the rule that gave them.
std::optional<std::string> first_value(const Document& doc, const Profile* profile, Field field,
                                       Provenance* from = nullptr);
std::vector<std::string> all_values(const Document& doc, const Profile* profile, Field field,
                                    Provenance* from = nullptr);
std::optional<std::string> optional_of(const std::string* value);
std::vector<const GumboNode*> outermost(std::vector<const GumboNode*> roots);
// A field's values in inline script data under the profile's keys; `from` names the key that gave them.
std::vector<std::string> script_values(const ScriptData* scripts, const Profile* profile, Field field,
                                       Provenance* from = nullptr);
bool is_short_line(const GumboNode* element);
bool in_skipped_subtree(const GumboNode* element);
// True when the element's class or id, lower-cased, contains one of `hints` ("baca-juga" in
// "box-baca-juga-2"): how page furniture is recognised by its name.
bool class_or_id_contains(const GumboNode* element, std::span<const std::string_view> hints);

// A control drawn over a photo, by a class or id word icon, zoom, button or btn ("Perbesar" in
// div.gallery-item__button-zoom, "Lihat Foto" in div.photo__icon): its label is neither text nor caption.
bool is_photo_control(const GumboNode* element);

// headline.cpp
std::string strip_site_suffix(std::string title, const std::vector<const Profile*>& profiles,
                              const std::optional<std::string>& site_name);
// The headline as the page shows it, for a declared (metadata) title: the <h1> or title element that
// shows the same words with the punctuation or label the metadata dropped, else the declared title
// without its site suffix. `node` is the element whose text was taken, if any.
struct ShownTitle {
  std::string text;
  const GumboNode* node = nullptr;
};
ShownTitle shown_headline(const Document& doc, std::string title, const std::vector<const Profile*>& profiles,
                          const std::optional<std::string>& site_name);
std::string shown_title_part(const Document& doc, const std::string& title);
std::string deck_key(std::string_view text);
std::optional<std::string> shown_deck(const Document& doc, const PageMetadata& meta,
                                      const std::vector<const GumboNode*>& roots);

// tags.cpp: tags and section.
std::optional<std::string> trail_section(const std::vector<std::string>& trail);
std::optional<std::string> breadcrumb_section(const Document& doc, const std::string& page_url,
                                              const std::optional<std::string>& canonical);
// The rubric label right above the <h1> (a category-named element); nullopt when there is none.
std::optional<std::string> rubric_above_headline(const Document& doc);
// The last item a nav or menu marks active/current/selected, not the front page; nullopt when none.
std::optional<std::string> highlighted_rubric(const Document& doc, const std::string& page_url);
std::string tag_text(std::string_view text);
std::vector<std::string> visible_tag_list(const Document& doc);
std::vector<std::string> declared_keywords(const PageMetadata& meta);

// credits.cpp: credits of one profile's rules and script data; those JSON-LD declares; the first
// author meta tag; those a page shows around its content root.
std::vector<RawCredit> profile_credits(const Document& doc, const Profile* profile, const ScriptData* scripts);
std::vector<RawCredit> jsonld_credits(const PageMetadata& meta, const std::optional<std::string>& site_name);
std::vector<RawCredit> meta_author_credits(const PageMetadata& meta, const std::optional<std::string>& site_name);
void read_visible_credits(const Document& doc, const GumboNode* root, const Conventions& conventions, RawFields& out);

// dates.cpp: every date candidate of the profiles, the metadata, <time> elements and the URL;
// `zoned_time_text`: also the shown text of a <time> naming its zone.
void extract_dates(const ExtractInput& input, const std::vector<const Profile*>& profiles, bool zoned_time_text,
                   RawFields& out);
void read_header_lines(const Document& doc, const GumboNode* root, RawFields& out);
void read_headline_date(const Document& doc, const std::string& headline, RawFields& out);
// The element showing the headline: the parent of the first text that is the whole headline, not a
// link (a rail's teaser of the same article); nullptr when the page does not show it.
const GumboNode* headline_element(const Document& doc, const std::string& headline);

// body.cpp
void extract_body(const Document& doc, const std::vector<const Profile*>& profiles,
                  const std::vector<const GumboNode*>& roots, RawFields& out);

// captions.cpp
// Returns where the caption elements came from (a profile rule or the generic reader).
Provenance extract_captions(const ExtractInput& input, const std::vector<const Profile*>& profiles,
                            const std::vector<const GumboNode*>& roots, RawFields& out);

}  // namespace extract_internal
}  // namespace warta::detail
