#pragma once
// The Indonesian date normaliser: free text as pages print it -> an instant with its UTC offset.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace warta {

// A calendar instant with the UTC offset the page meant.
struct DateTime {
  int year = 1970;
  int month = 1;
  int day = 1;
  int hour = 0;
  int minute = 0;
  int second = 0;
  bool has_time = false;     // false when the text gave only a day
  bool has_seconds = false;  // seconds are printed only when the text had them
  int offset_minutes = 420;  // +07:00 (WIB)
  bool operator==(const DateTime&) const = default;
};

// What a date's label says it is ("Diperbarui" -> updated).
enum class DateLabel { none, published, updated };

// What the normaliser needs besides the text.
struct DateContext {
  // Offset used when the text names no zone (the outlet's zone); nullopt: +07:00 with a warning.
  std::optional<int> default_offset_minutes;
  // "Now" for relative forms ("2 jam lalu"); nullopt: relative forms fail with a warning.
  std::optional<DateTime> reference;
};

// The normaliser's answer: a value, or an error message; warnings either way.
struct DateResult {
  std::optional<DateTime> value;
  DateLabel label = DateLabel::none;
  std::string error;                  // empty when value is set
  std::vector<std::string> warnings;  // e.g. weekday does not match the date
  explicit operator bool() const noexcept { return value.has_value(); }
};

// Parses one date as pages print it ("Rabu, 15 Mei 2024 11:02 WIB", ISO 8601, RFC 822, relative ...).
// The first thing in the text that looks like a date is the date (labels and noise around it are
// skipped); a time alone fails. "24:00" is read as 00:00 of the next day (with a warning). A written
// zone is kept as written ("...Z" stays +00:00). Never throws; linear in the length of the text.
DateResult parse_date(std::string_view text, const DateContext& context = {});

// ISO 8601 text of an instant: "2024-05-15T11:02:00+07:00", or "2024-05-15" when it has no time.
std::string to_iso8601(const DateTime& value);

}  // namespace warta
