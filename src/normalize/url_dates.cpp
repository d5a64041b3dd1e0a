#include "normalize/dates.hpp"

#include <algorithm>
#include <vector>

#include "normalize/calendar.hpp"

namespace warta::detail {

std::optional<std::string> date_from_url(std::string_view url, const Conventions& conventions) {
  constexpr int kFirstYear = 1990;  // older "dates" in a path are ids, not dates
  constexpr int kLastYear = 2099;
  if (const std::size_t scheme = url.find("://"); scheme != std::string_view::npos) {
    const std::size_t path = url.find('/', scheme + 3);
    url = path == std::string_view::npos ? std::string_view() : url.substr(path);
  }
  url = url.substr(0, std::min(url.find('?'), url.find('#')));
  std::vector<std::string_view> segments;
  for (std::size_t start = 0; start <= url.size();) {
    const std::size_t slash = std::min(url.find('/', start), url.size());
    segments.push_back(url.substr(start, slash - start));
    start = slash + 1;
  }
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const std::string_view segment = segments[i];
    // "/2024-05-15/slug"
    if (conventions.allows(UrlDatePattern::iso_segment) && segment.size() == 10 && segment[4] == '-' && segment[7] == '-' && all_digits(segment.substr(0, 4)) &&
        all_digits(segment.substr(5, 2)) && all_digits(segment.substr(8, 2))) {
      const int year = to_int(segment.substr(0, 4));
      if (year >= kFirstYear && year <= kLastYear) {
        if (auto date = iso_date(year, to_int(segment.substr(5, 2)), to_int(segment.substr(8, 2)))) return date;
      }
    }
    if (i + 2 >= segments.size()) continue;
    const std::string_view month = segments[i + 1];
    const std::string_view day = segments[i + 2];
    if (!all_digits(segment) || !all_digits(month) || !all_digits(day) || month.size() > 2 || day.size() > 2) continue;
    // "/read/2015/06/17/", "/2016/02/23/"
    if (conventions.allows(UrlDatePattern::year_month_day) && segment.size() == 4) {
      const int year = to_int(segment);
      if (year < kFirstYear || year > kLastYear) continue;
      if (auto date = iso_date(year, to_int(month), to_int(day))) return date;
    }
    // "/berita/.../15/11/18/nxzqjd348-slug" (Republika): yy/mm/dd before the article id.
    if (conventions.allows(UrlDatePattern::short_year_before_id) && segment.size() == 2 && month.size() == 2 && day.size() == 2 && i + 3 < segments.size() &&
        !segments[i + 3].empty()) {
      if (auto date = iso_date(2000 + to_int(segment), to_int(month), to_int(day))) return date;
    }
  }
  return std::nullopt;
}

}  // namespace warta::detail
