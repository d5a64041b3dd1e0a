#pragma once
// Timestamps in parse(): published/updated from every source, and date mentions in the text. One file per
// concern: dates.cpp (the scanner reading one text), timestamps.cpp (precedence), url_dates.cpp,
// date_mentions.cpp; calendar.hpp and date_tokens.hpp hold what they share.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "conventions.hpp"
#include "warta/article.hpp"
#include "warta/datetime.hpp"

namespace warta::detail {

// Where a date was found; the order of the enumerators is not the precedence (see dates.cpp).
enum class DateSource { visible, jsonld, meta, time_element, url };

// The name of a source in warnings and tools ("visible date", "JSON-LD", "meta tag", "<time> element", "URL").
std::string_view to_string(DateSource source) noexcept;

// The name of a label in warnings and tools ("published", "updated", "unlabelled").
std::string_view to_string(DateLabel label) noexcept;

struct DateCandidate {
  DateSource source = DateSource::meta;
  DateLabel label = DateLabel::none;  // published / updated as the source declares it
  std::string text;                   // as found ("Rabu, 15 Mei 2024 11:02 WIB", ISO ...)
  std::string origin = {};            // the extract source that found it ("metadata JSON-LD datePublished")
};

struct Timestamps {
  std::optional<std::string> published;  // ISO 8601 with offset
  std::optional<std::string> updated;
  std::optional<std::size_t> published_from;  // index of the candidate whose date won
  std::optional<std::size_t> updated_from;
  std::vector<std::string> warnings;
};

// One date found in a text by find_dates.
struct FoundDate {
  DateResult result;
  bool zone_written = false;  // the text named its zone or offset (else the default offset was used)
};

// The dates in `text`, in order, at most `max_dates` (a visible line may hold the published and the
// updated date). Relative forms count only when the text has no absolute date. On failure: one entry
// holding the error. parse_date returns the first entry.
std::vector<FoundDate> find_dates(std::string_view text, const DateContext& context, std::size_t max_dates);

// Picks published and updated from all candidates (in page order within each source). Precedence:
// a visible date with a time wins; metadata (JSON-LD, then meta, then <time>) that agrees with it to
// the minute only lends its seconds; metadata is used alone when nothing visible has a time; a
// date-only value (a visible date, then the URL) only when nothing has a time.
// With the conventions' utc_marker_holds_local_time, UTC-marked metadata times are read on the outlet's
// clock when nothing visible has a time (with a warning).
Timestamps resolve_timestamps(const std::vector<DateCandidate>& candidates, const DateContext& context,
                              const Conventions& conventions = builtin_conventions());

// A date path of the conventions' URL date patterns ("/read/2015/06/17/") in a URL, as a candidate text
// ("2015-06-17"); nullopt if none.
std::optional<std::string> date_from_url(std::string_view url, const Conventions& conventions = builtin_conventions());

// Dates written in the body ("Selasa (14/5/2024)", "Kamis (16/5)"), resolved with the year of
// `published` and corrected by the weekday.
std::vector<DateMention> find_date_mentions(const std::vector<Block>& body,
                                            const std::optional<std::string>& published);

}  // namespace warta::detail
