#include "normalize/calendar.hpp"
#include "ascii.hpp"

#include <algorithm>
#include <array>

// Calendar arithmetic: proleptic Gregorian, H. Hinnant's days_from_civil / civil_from_days.

namespace warta::detail {

namespace {

bool is_leap_year(int year) noexcept { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

}  // namespace

int days_in_month(int year, int month) noexcept {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

long long days_from_civil(int year, int month, int day) noexcept {
  const long long y = year - (month <= 2 ? 1 : 0);
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const long long year_of_era = y - era * 400;
  const long long day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const long long day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

CivilDate civil_from_days(long long days) noexcept {
  days += 719468;
  const long long era = (days >= 0 ? days : days - 146096) / 146097;
  const long long day_of_era = days - era * 146097;
  const long long year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const long long day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const long long shifted_month = (5 * day_of_year + 2) / 153;
  const int day = static_cast<int>(day_of_year - (153 * shifted_month + 2) / 5 + 1);
  const int month = static_cast<int>(shifted_month < 10 ? shifted_month + 3 : shifted_month - 9);
  return {static_cast<int>(year_of_era + era * 400 + (month <= 2 ? 1 : 0)), month, day};
}

// 0 = Sunday .. 6 = Saturday (1970-01-01 was a Thursday).
int weekday_of(int year, int month, int day) noexcept {
  return static_cast<int>(((days_from_civil(year, month, day) % 7) + 11) % 7);
}

long long utc_seconds(const DateTime& t) noexcept {
  return days_from_civil(t.year, t.month, t.day) * kSecondsPerDay + t.hour * 3600LL + t.minute * 60LL + t.second -
         t.offset_minutes * 60LL;
}

long long floor_div(long long a, long long b) noexcept { return a / b - ((a % b != 0 && (a < 0) != (b < 0)) ? 1 : 0); }

// The instant `utc` (seconds since 1970-01-01T00:00Z) on the clock of `offset_minutes`, with a time.
DateTime from_utc_seconds(long long utc, int offset_minutes) noexcept {
  const long long local = utc + offset_minutes * 60LL;
  const long long days = floor_div(local, kSecondsPerDay);
  const long long second_of_day = local - days * kSecondsPerDay;
  const CivilDate date = civil_from_days(days);
  DateTime out;
  out.year = date.year;
  out.month = date.month;
  out.day = date.day;
  out.hour = static_cast<int>(second_of_day / 3600);
  out.minute = static_cast<int>(second_of_day / 60 % 60);
  out.second = static_cast<int>(second_of_day % 60);
  out.has_time = true;
  out.offset_minutes = offset_minutes;
  return out;
}

// The same instant as `t` on the clock of `offset_minutes`; precision flags are kept.
DateTime at_offset(const DateTime& t, int offset_minutes) noexcept {
  DateTime out = from_utc_seconds(utc_seconds(t), offset_minutes);
  out.has_time = t.has_time;
  out.has_seconds = t.has_seconds;
  return out;
}

DateTime date_only(DateTime t) noexcept {
  t.has_time = t.has_seconds = false;
  t.hour = t.minute = t.second = 0;
  return t;
}

DateTime add_days(DateTime t, long long days) noexcept {
  const CivilDate date = civil_from_days(days_from_civil(t.year, t.month, t.day) + days);
  t.year = date.year;
  t.month = date.month;
  t.day = date.day;
  return t;
}

bool same_minute(const DateTime& a, const DateTime& b) noexcept {
  return floor_div(utc_seconds(a), 60) == floor_div(utc_seconds(b), 60);
}

bool same_clock_minute(const DateTime& a, const DateTime& b) noexcept {
  return a.year == b.year && a.month == b.month && a.day == b.day && a.hour == b.hour && a.minute == b.minute;
}

void append_digits(std::string& out, long long value, int width) {
  std::array<char, 20> digits{};
  int count = 0;
  do {
    digits[static_cast<std::size_t>(count++)] = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value > 0 && count < 20);
  for (int i = count; i < width; ++i) out.push_back('0');
  while (count > 0) out.push_back(digits[static_cast<std::size_t>(--count)]);
}

bool all_digits(std::string_view text) noexcept {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return is_ascii_digit(c); });
}

int to_int(std::string_view digits) noexcept {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

std::optional<std::string> iso_date(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) return std::nullopt;
  return to_iso8601(DateTime{year, month, day});
}

}  // namespace warta::detail
