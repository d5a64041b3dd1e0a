#pragma once
// The tuning numbers of the extract stage's readers (src/extract/*.cpp) and the generic content
// scorer (src/generic.cpp), declared in one place, each with why it has its value.

#include <cstddef>

namespace warta::detail::thresholds {

// A "short line" (a date line, a "Penulis: A" credit line, a bold heading in the body): longer text
// is prose, not a line of page furniture.
inline constexpr std::size_t kMaxShortLineBytes = 160;

// headline.cpp: a title segment naming a site has a few words ("Today Kapanlagi.com").
inline constexpr std::size_t kMaxSiteWords = 4;
// headline.cpp: a shown deck is a sentence or two under the headline, not a word and not the body.
inline constexpr std::size_t kMinDeckBytes = 20;
inline constexpr std::size_t kMaxDeckBytes = 400;
inline constexpr std::size_t kMinDeckWords = 6;

// dates.cpp: a date line beside the headline is short ("Senin, 02/03/2015 08:15 WIB | Penulis"); longer
// text is a sentence that mentions a date.
inline constexpr std::size_t kMaxDateLineBytes = 120;
// dates.cpp: the headline's block, looked through for its date line, not the whole page.
inline constexpr std::size_t kMaxHeadlineScopeElements = 3000;

// headline.cpp: a title shown on the page may add a label before a colon or a closing phrase of a few
// words to the declared one ("In Picture: Judul", "Judul, Wajib Coba!"); more is another title.
inline constexpr std::size_t kMaxAddedTitleWords = 3;
// headline.cpp: a shown title is a line, not a teaser box or a paragraph.
inline constexpr std::size_t kMaxShownTitleBytes = 400;

// body.cpp: a channel promo ("Follow Official WhatsApp Channel ...") is a line or two.
inline constexpr std::size_t kMaxPromoBytes = 300;
// body.cpp: a video teaser ("Video Pilihan", "Tonton Video Ini") is a few words, no sentence.
inline constexpr std::size_t kMaxVideoTeaserWords = 6;
// body.cpp: a date line left in the text ("Kamis, 05 November 2015 | 11:13 WIB") is shorter than a date
// line beside the headline may be (no byline shares it).
inline constexpr std::size_t kMaxBodyDateLineBytes = 60;

// tags.cpp: a rubric name above the headline or in a navigation is one or two words.
inline constexpr std::size_t kMaxSectionBytes = 40;

// captions.cpp: how many elements around a caption are looked at for its image (a photo's frame, not
// a gallery of thousands).
inline constexpr std::size_t kMaxImageSearchElements = 1000;
// captions.cpp: a subtree larger than a photo's frame is not the caption's frame (and reading it per
// caption would make galleries quadratic).
inline constexpr std::size_t kMaxFrameElements = 1000;
// captions.cpp: the text beside a caption and its image in their frame; more is the body.
inline constexpr std::size_t kMaxFrameOtherTextBytes = 300;
// captions.cpp: a caption is at most a paragraph.
inline constexpr std::size_t kMaxCaptionBytes = 700;

// captions.cpp: a photographer's name on its own line ("Nama Fotografer").
inline constexpr std::size_t kMaxNameLineBytes = 40;
// captions.cpp: a video platform's channel after its name ("YouTube - Nama Kanal") is a few words.
inline constexpr std::size_t kMaxChannelWords = 6;
// captions.cpp: a caption line under an in-text photo is shorter than a caption element may be.
inline constexpr std::size_t kMaxFrameCaptionBytes = 400;
// captions.cpp: blank siblings (<div><br></div>) between a photo and its caption line.
inline constexpr int kMaxBlankSiblings = 3;
// captions.cpp: a caption held in a data-* attribute has a few words; fewer is a label or an id.
inline constexpr std::size_t kMinAttributeCaptionWords = 3;
// captions.cpp: a gallery item holding an attribute caption is small; a larger subtree is a section.
inline constexpr std::size_t kMaxGalleryItemElements = 1000;

// tags.cpp: a container of more nodes than a tag list has is no tag list.
inline constexpr std::size_t kMaxTagListNodes = 1024;
// tags.cpp: how far up from a tag list its site-wide heading ("Topik Pilihan") may sit.
inline constexpr int kSiteWideHeadingLevels = 3;
// tags.cpp: a heading sits just before its list.
inline constexpr int kHeadingSiblings = 3;
// tags.cpp: longer text is no list heading (read no further).
inline constexpr std::size_t kMaxListHeadingBytes = 256;
// tags.cpp: a section name in a breadcrumb trail is a few words; more is the headline.
inline constexpr std::size_t kMaxSectionWords = 4;
// tags.cpp: an article has a handful of tags; a longer list is a site-wide one.
inline constexpr std::size_t kMaxTags = 15;
// tags.cpp: a tag list's container holds little besides its links (a "Tags:" label, separators).
inline constexpr std::size_t kMaxTagListOtherBytes = 32;
// tags.cpp: a tag list's named container is close to its links (a > li > ul > div.box > div.tags).
inline constexpr int kMaxTagContainerLevels = 5;
// tags.cpp: declared keywords with this many one-word entries are a text cut into words.
inline constexpr std::size_t kMinSplitTextEntries = 8;

// credits.cpp: a teaser's title link has a few words at least.
inline constexpr std::size_t kMinTeaserTitleWords = 4;
// credits.cpp: a credit slot's text longer than this is an author bio, not a byline.
inline constexpr std::size_t kMaxCreditSlotBytes = 100;
// credits.cpp: an element of more elements than this is a container, not one credit.
inline constexpr std::size_t kMaxCreditElements = 40;
// credits.cpp: without a near <h1>, how many elements above the text to look for credits.
inline constexpr std::size_t kCreditHeaderElements = 60;
// credits.cpp: how far above the text the headline may be.
inline constexpr std::size_t kMaxCreditHeaderElements = 400;
// credits.cpp: how many elements past the end of the text to look for credits.
inline constexpr std::size_t kCreditTailElements = 120;

// generic.cpp: a sibling container joins the content root only when it holds prose (a paragraph
// of text), not a header, a caption or a list of links; or, in a listicle split into one section per
// item, the item's subheading (its photo and caption beside it, no paragraph).
inline constexpr std::size_t kMinSiblingText = 140;
inline constexpr std::size_t kMinItemText = 20;
inline constexpr double kMaxSiblingLinkDensity = 0.3;
// generic.cpp: a content root holds prose: a container with less scoring text of sentences outside
// headings than one short sentence (a headline box whose class says "detail-headline", its date line)
// is no content root, whatever its class hints. Photo pages carry a single short paragraph, so the bar
// stays low.
inline constexpr std::size_t kMinRootProse = 50;

}  // namespace warta::detail::thresholds
