#pragma once
// Calendar arithmetic and digit helpers shared by the date readers (scanner, timestamps, URL dates,
// mentions): proleptic Gregorian days, instants on a zone's clock, ISO text.

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "warta/datetime.hpp"

namespace warta::detail {

inline constexpr int kDefaultOffsetMinutes = 420;  // WIB, where most Indonesian outlets publish
inline constexpr long long kSecondsPerDay = 86400;

inline constexpr std::array<std::string_view, 7> kWeekdayNames = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                                  "Thursday", "Friday", "Saturday"};
inline constexpr std::array<std::string_view, 12> kMonthNames = {"January",   "February", "March",    "April",
                                                                 "May",       "June",     "July",     "August",
                                                                 "September", "October",  "November", "December"};

struct CivilDate {
  int year;
  int month;
  int day;
};

int days_in_month(int year, int month) noexcept;
// Days since 1970-01-01 of a civil date, and back.
long long days_from_civil(int year, int month, int day) noexcept;
CivilDate civil_from_days(long long days) noexcept;
// 0 = Sunday .. 6 = Saturday (1970-01-01 was a Thursday).
int weekday_of(int year, int month, int day) noexcept;
// Seconds since 1970-01-01T00:00Z of `t`.
long long utc_seconds(const DateTime& t) noexcept;
long long floor_div(long long a, long long b) noexcept;
// The instant `utc` (seconds since 1970-01-01T00:00Z) on the clock of `offset_minutes`, with a time.
DateTime from_utc_seconds(long long utc, int offset_minutes) noexcept;
// The same instant as `t` on the clock of `offset_minutes`; precision flags are kept.
DateTime at_offset(const DateTime& t, int offset_minutes) noexcept;
DateTime date_only(DateTime t) noexcept;
DateTime add_days(DateTime t, long long days) noexcept;
bool same_minute(const DateTime& a, const DateTime& b) noexcept;
bool same_clock_minute(const DateTime& a, const DateTime& b) noexcept;
// `value` in decimal, zero-padded to `width`.
void append_digits(std::string& out, long long value, int width);

bool all_digits(std::string_view text) noexcept;
int to_int(std::string_view digits) noexcept;
// "2015-11-18" for a valid date; nullopt otherwise.
std::optional<std::string> iso_date(int year, int month, int day);

}  // namespace warta::detail
