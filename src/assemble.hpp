#pragma once
// The assemble stage: raw fields of the extract stage to Article fields. Caption de-duplication,
// people precedence, the photo-story rule and the provenance of each field live here, so that
// parse.cpp only runs the stages.

#include <map>
#include <optional>
#include <string>

#include "conventions.hpp"
#include "extract.hpp"
#include "normalize/dates.hpp"
#include "warta/article.hpp"

namespace warta::detail {

// Captions with their credits split off, each listed once, image URLs resolved against the page.
void normalise_captions(RawFields& raw, const std::string& page_url, const Conventions& conventions,
                        Article& article);

// A caption never also appears as a body paragraph.
void drop_caption_blocks(std::vector<RawBlock>& body, const std::vector<RawCaption>& captions);

// People from the raw credits (a visible credit outranks metadata naming the same person); returns
// the provenance of the credit that gave the first person, if any.
std::optional<Provenance> normalise_people(const RawFields& raw, const Conventions& conventions, Article& article);

// Why the Article is no article (an index page): empty when it is one. A photo story is captions
// under a headline with no text of its own; it is kept with a warning.
std::string missing_article(Article& article);

struct Profile;

// Article::sources: the provenance of each field of `article` that is not null or empty, under its
// Article JSON key: the extract stage's record, the winning date candidates, the credit that gave
// the first person, and the normalisers that read the text (dateline, initials, date mentions).
void record_sources(const RawFields& raw, const Timestamps& timestamps, const std::optional<Provenance>& people_from,
                    const Profile* profile, Article& article);

}  // namespace warta::detail
