#pragma once
// Timestamps in parse(): published/updated from every source, and date mentions in the text.

#include <optional>
#include <string>
#include <vector>

#include "warta/article.hpp"
#include "warta/datetime.hpp"

namespace warta::detail {

// Where a date was found; the order of the enumerators is not the precedence (see dates.cpp).
enum class DateSource { visible, jsonld, meta, time_element, url };

struct DateCandidate {
  DateSource source = DateSource::meta;
  DateLabel label = DateLabel::none;  // published / updated as the source declares it
  std::string text;                   // as found ("Rabu, 15 Mei 2024 11:02 WIB", ISO ...)
};

struct Timestamps {
  std::optional<std::string> published;  // ISO 8601 with offset
  std::optional<std::string> updated;
  std::vector<std::string> warnings;
};

// Picks published and updated from all candidates (in page order within each source).
Timestamps resolve_timestamps(const std::vector<DateCandidate>& candidates, const DateContext& context);

// "/read/2015/06/17/" style date paths in a URL, as a candidate text ("2015-06-17"); nullopt if none.
std::optional<std::string> date_from_url(std::string_view url);

// Dates written in the body ("Selasa (14/5/2024)", "Kamis (16/5)"), resolved with the year of
// `published` and corrected by the weekday.
std::vector<DateMention> find_date_mentions(const std::vector<Block>& body,
                                            const std::optional<std::string>& published);

}  // namespace warta::detail
