#pragma once
// An outlet's conventions named from a closed vocabulary (data/profiles/README.md): how its datelines,
// credits and dates are written. The shared profile gives the defaults; C++ implements each convention
// and never names an outlet.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace warta::detail {

// How a first paragraph opens with its dateline.
enum class DatelineShape {
  city_dash,                // "JAKARTA -", "Jakarta -"
  outlet_dash,              // "Merdeka.com -", "VIVA.co.id -"
  city_outlet_dash,         // "JAKARTA, KOMPAS.com -", "Bisnis.com, JAKARTA -" (either order)
  agency_in_brackets,       // "Jakarta (ANTARA) -", "ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) -"
  outlet_dash_city_period,  // "KONTAN.CO.ID - JAKARTA. Teks"
  outlet_city,              // "Liputan6.com, Jakarta Teks": no dash
  city_colon,               // "Jakarta: Teks"
  city_period,              // "Jakarta. Teks"
};

// Date paths in article URLs.
enum class UrlDatePattern {
  iso_segment,            // "/2024-05-15/slug"
  year_month_day,         // "/read/2015/06/17/", "/2016/02/23/"
  short_year_before_id,   // "/berita/15/11/18/nxzqjd348-slug": yy/mm/dd before the article id
};

// Which pager texts say the article has more pages.
enum class PagerText {
  labelled,  // "Halaman 2 dari 3", "Page 2 of 3" only
  any,       // also the unlabelled "2 dari 3 halaman"
  none,      // pager text is never read
};

// The conventions in effect for one page: the shared profile's, with the outlet's on top.
struct Conventions {
  std::vector<DatelineShape> dateline_shapes;
  std::vector<std::string> organisations;          // credits naming no person, matched whole in any case
  std::vector<std::string> organisation_prefixes;  // a credit starting with one is an organisation ("detikFinance")
  std::vector<std::string> credit_markers;         // words that make a caption's trailing bracket a credit
  std::vector<std::string> wire_prefixes;          // "ANTARA FOTO/": a credit closing a caption's text
  std::vector<UrlDatePattern> url_dates;
  PagerText pager_text = PagerText::labelled;
  bool utc_marker_holds_local_time = false;  // a "Z" in metadata times holds the outlet's wall clock

  bool allows(DatelineShape shape) const noexcept;
  bool allows(UrlDatePattern pattern) const noexcept;
};

// What one profile declares; unset members leave the shared profile's values in effect. Lists of names
// add to the shared ones; shapes, patterns and flags replace them.
struct DeclaredConventions {
  std::optional<std::vector<DatelineShape>> dateline_shapes;
  std::vector<std::string> organisations;
  std::vector<std::string> organisation_prefixes;
  std::vector<std::string> credit_markers;
  std::vector<std::string> wire_prefixes;
  std::optional<std::vector<UrlDatePattern>> url_dates;
  std::optional<PagerText> pager_text;
  std::optional<bool> utc_marker_holds_local_time;
};

// The conventions for a page: `shared` (may be null) with `outlet` (may be null) on top.
Conventions merge_conventions(const DeclaredConventions* shared, const DeclaredConventions* outlet);

// The conventions of the built-in shared profile alone, for callers that have no page at hand.
const Conventions& builtin_conventions();

// Vocabulary names as profiles write them ("city_dash"); nullopt for an unknown name.
std::optional<DatelineShape> dateline_shape_named(std::string_view name) noexcept;
std::optional<UrlDatePattern> url_date_pattern_named(std::string_view name) noexcept;
std::optional<PagerText> pager_text_named(std::string_view name) noexcept;
// Every name of a vocabulary, comma-separated, for error messages.
std::string dateline_shape_names();
std::string url_date_pattern_names();
std::string pager_text_names();

}  // namespace warta::detail
