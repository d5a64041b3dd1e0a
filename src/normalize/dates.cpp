#include "normalize/dates.hpp"
#include "ascii.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <utility>

#include "indonesian.hpp"
#include "normalize/calendar.hpp"
#include "normalize/date_tokens.hpp"
#include "normalize/text.hpp"

// The date normaliser reads text as a stream of tokens (numbers, words, punctuation) made by one
// linear pass; every pattern looks at a bounded number of tokens, so a whole page of text is read in
// linear time without regular expressions.

namespace warta {
namespace detail {
namespace {

namespace id = indonesian;

// ---- Pieces of a date ----

struct DatePart {
  int year = 0;
  int month = 0;
  int day = 0;
  bool two_digit_year = false;
  bool year_first = false;  // 2024-05-15: may be followed by "T" and an ISO time
  std::size_t first = 0;    // tokens [first, end)
  std::size_t end = 0;
};

struct ZonePart {
  int offset_minutes = 0;
  std::size_t end = 0;
};

struct TimePart {
  int hour = 0;
  int minute = 0;
  int second = 0;
  bool has_seconds = false;
  std::optional<int> offset_minutes;  // zone written after the time
  std::size_t first = 0;
  std::size_t end = 0;
};

enum class Unit { second, minute, hour, day, week, month, year };

struct UnitWord {
  std::string_view word;
  Unit unit;
};

// Units of relative dates ("5 menit lalu", "2 hours ago"); "se" + unit is one ("sejam lalu").
constexpr UnitWord kUnits[] = {
    {"detik", Unit::second}, {"second", Unit::second}, {"seconds", Unit::second}, {"sec", Unit::second},
    {"secs", Unit::second},  {"menit", Unit::minute},  {"minute", Unit::minute},  {"minutes", Unit::minute},
    {"min", Unit::minute},   {"mins", Unit::minute},   {"jam", Unit::hour},       {"hour", Unit::hour},
    {"hours", Unit::hour},   {"hr", Unit::hour},       {"hrs", Unit::hour},       {"hari", Unit::day},
    {"day", Unit::day},      {"days", Unit::day},      {"minggu", Unit::week},    {"pekan", Unit::week},
    {"week", Unit::week},    {"weeks", Unit::week},    {"bulan", Unit::month},    {"month", Unit::month},
    {"months", Unit::month}, {"tahun", Unit::year},    {"year", Unit::year},      {"years", Unit::year}};

// Words allowed between a date and its time ("15 Mei 2024 pukul 11.02", "18 Jun 2015 at 06:25").
constexpr std::string_view kConnectorWords[] = {"at", "on", "pada", "pukul", "pkl", "jam", "t"};

constexpr std::size_t kMaxConnectors = 8;  // tokens between a date and its time
constexpr std::size_t kLabelReach = 16;    // tokens a label may stand before its date

std::string quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

class DateScanner {
 public:
  DateScanner(std::string_view text, const DateContext& context)
      : text_(text), context_(context), tokens_(tokenize(text)) {}

  std::vector<FoundDate> find(std::size_t max_dates) const {
    std::vector<FoundDate> found;
    std::optional<TimePart> last_time;
    std::optional<TimePart> first_time;
    std::size_t floor = 0;  // tokens before it belong to an earlier date
    for (std::size_t i = 0; i < tokens_.size() && found.size() < max_dates;) {
      if (const std::optional<DatePart> date = match_date(i)) {
        std::size_t next = date->end;
        found.push_back(build(*date, last_time, floor, next));
        if (!found.back().result.value) break;
        floor = i = next;
        last_time.reset();
        continue;
      }
      if (std::optional<TimePart> time = match_time(i, false)) {
        i = time->end;
        if (!first_time) first_time = time;
        last_time = std::move(time);
        continue;
      }
      ++i;
    }
    if (!found.empty()) return found;
    if (std::optional<FoundDate> relative = find_relative()) return {std::move(*relative)};
    FoundDate failure;
    failure.result.error = first_time
                               ? "a time without a date: " + quoted(source_text(first_time->first, first_time->end))
                               : std::string("no date found");
    return {std::move(failure)};
  }

 private:
  std::string_view text_;
  const DateContext& context_;
  std::vector<Token> tokens_;

  // ---- token tests ----

  std::string_view text_of(std::size_t i) const { return text_.substr(tokens_[i].begin, tokens_[i].length()); }

  std::string_view source_text(std::size_t first, std::size_t end) const {
    return text_.substr(tokens_[first].begin, tokens_[end - 1].end - tokens_[first].begin);
  }

  bool is_symbol(std::size_t i, char c) const {
    return i < tokens_.size() && tokens_[i].kind == TokenKind::punct && tokens_[i].symbol == c;
  }

  bool glued(std::size_t i) const { return i < tokens_.size() && !tokens_[i].space_before; }

  bool is_number(std::size_t i, std::size_t min_digits, std::size_t max_digits) const {
    return i < tokens_.size() && tokens_[i].kind == TokenKind::number && tokens_[i].length() >= min_digits &&
           tokens_[i].length() <= max_digits;
  }

  bool is_word(std::size_t i) const { return i < tokens_.size() && tokens_[i].kind == TokenKind::word; }

  bool is_word(std::size_t i, std::string_view lower) const { return is_word(i) && equals_icase(text_of(i), lower); }

  std::optional<int> month_at(std::size_t i) const { return is_word(i) ? id::month_number(text_of(i)) : std::nullopt; }

  std::optional<int> weekday_at(std::size_t i) const {
    return is_word(i) ? id::weekday_number(text_of(i)) : std::nullopt;
  }

  int value(std::size_t i) const { return tokens_[i].value; }

  // ---- patterns ----

  static bool plausible(int month, int day) noexcept { return month >= 1 && month <= 12 && day >= 1 && day <= 31; }

  std::optional<DatePart> match_date(std::size_t i) const {
    if (is_word(i)) return match_month_first(i);
    if (is_number(i, 4, 4)) return match_year_first(i);
    if (is_number(i, 1, 2)) {
      if (std::optional<DatePart> numeric = match_day_first_numeric(i)) return numeric;
      return match_day_first_text(i);
    }
    return std::nullopt;
  }

  // Three numbers joined by one separator (- / .) without spaces ("15/05/2024", "2024-05-15"): the
  // separator, or 0. The middle number has one or two digits.
  char joined_numbers(std::size_t i) const {
    const std::size_t sep = i + 1;
    if (!(is_symbol(sep, '-') || is_symbol(sep, '/') || is_symbol(sep, '.'))) return 0;
    const char symbol = tokens_[sep].symbol;
    for (std::size_t k = i + 1; k <= i + 4; ++k) {
      if (!glued(k)) return 0;
    }
    return is_number(i + 2, 1, 2) && is_symbol(i + 3, symbol) && is_number(i + 4, 1, 9) ? symbol : 0;
  }

  // 2024-05-15, 2021/09/30, 2024.05.15
  std::optional<DatePart> match_year_first(std::size_t i) const {
    if (joined_numbers(i) == 0 || !is_number(i + 4, 1, 2)) return std::nullopt;
    DatePart date{value(i), value(i + 2), value(i + 4), false, true, i, i + 5};
    if (!plausible(date.month, date.day)) return std::nullopt;
    return date;
  }

  // 15/05/2024, 15-05-2024, 15.05.2024, 15/05/24 (two-digit years only with / and -).
  std::optional<DatePart> match_day_first_numeric(std::size_t i) const {
    const char symbol = joined_numbers(i);
    if (symbol == 0) return std::nullopt;
    const bool two_digit_year = symbol != '.' && is_number(i + 4, 2, 2);
    if (!two_digit_year && !is_number(i + 4, 4, 4)) return std::nullopt;
    DatePart date{value(i + 4), value(i + 2), value(i), two_digit_year, false, i, i + 5};
    if (!plausible(date.month, date.day)) return std::nullopt;
    return date;
  }

  // 15 Mei 2024, 4 Nop. 2015, 04 November, 2015, 15-May-2024, and a two-digit year closing the date
  // ("28 Nov 23 | 14:01", "3 Jan 25 07:45 WIB").
  std::optional<DatePart> match_day_first_text(std::size_t i) const {
    std::size_t j = i + 1;
    if (is_symbol(j, '-') || is_symbol(j, '/') || is_symbol(j, '.')) ++j;
    const std::optional<int> month = month_at(j);
    if (!month) return std::nullopt;
    ++j;
    if (is_symbol(j, '.')) ++j;
    if (is_symbol(j, ',') || is_symbol(j, '-') || is_symbol(j, '/')) ++j;
    const bool two_digit_year = is_short_year(j);
    if (!two_digit_year && !is_number(j, 4, 4)) return std::nullopt;
    DatePart date{value(j), *month, value(i), two_digit_year, false, i, j + 1};
    if (!plausible(date.month, date.day)) return std::nullopt;
    return date;
  }

  // Two digits at `i` that end a date as its year: followed by nothing, a separator ("|", ",", "-") or a
  // time ("07:45"), and not themselves an hour ("15 Mei 10:00", "15 Mei 10.00") or a count
  // ("4 Mei 25 orang").
  bool is_short_year(std::size_t i) const {
    if (!is_number(i, 2, 2)) return false;
    const std::size_t next = i + 1;
    if (next >= tokens_.size()) return true;
    if (glued(next) && (is_symbol(next, ':') || is_symbol(next, '.'))) return false;
    if (is_symbol(next, '|') || is_symbol(next, ',') || is_symbol(next, '-')) return true;
    return is_number(next, 1, 2) && glued(next + 1) && (is_symbol(next + 1, ':') || is_symbol(next + 1, '.')) &&
           is_number(next + 2, 2, 2);
  }

  // Jun 19, 2015; June 19 2015; May 15th, 2024
  std::optional<DatePart> match_month_first(std::size_t i) const {
    const std::optional<int> month = month_at(i);
    if (!month) return std::nullopt;
    std::size_t j = i + 1;
    if (is_symbol(j, '.')) ++j;
    if (!is_number(j, 1, 2)) return std::nullopt;
    const std::size_t day = j++;
    if (glued(j) && (is_word(j, "st") || is_word(j, "nd") || is_word(j, "rd") || is_word(j, "th"))) ++j;
    if (is_symbol(j, ',')) ++j;
    if (!is_number(j, 4, 4)) return std::nullopt;
    DatePart date{value(j), *month, value(day), false, false, i, j + 1};
    if (!plausible(date.month, date.day)) return std::nullopt;
    return date;
  }

  // +07:00, +0700, +07, -0500 (a minus needs seconds before it or four digits: "10:00-12:00" is a range).
  std::optional<ZonePart> match_offset(std::size_t i, bool minus_allowed) const {
    const bool plus = is_symbol(i, '+');
    if (!plus && !is_symbol(i, '-')) return std::nullopt;
    const std::size_t n = i + 1;
    if (!glued(n) || !is_number(n, 1, 4) || tokens_[n].length() == 3) return std::nullopt;
    int hours = value(n);
    int minutes = 0;
    std::size_t end = n + 1;
    if (tokens_[n].length() == 4) {
      minutes = hours % 100;
      hours /= 100;
    } else {
      if (!plus && !minus_allowed) return std::nullopt;
      if (is_symbol(n + 1, ':') && glued(n + 1) && is_number(n + 2, 2, 2) && glued(n + 2)) {
        minutes = value(n + 2);
        end = n + 3;
      }
    }
    if (hours > 14 || minutes > 59) return std::nullopt;
    const int offset = hours * 60 + minutes;
    return ZonePart{plus ? offset : -offset, end};
  }

  // WIB, WITA, WIT, Z, UTC, GMT, GMT+7, UTC+07:00, or a numeric offset.
  std::optional<ZonePart> match_zone(std::size_t i, bool minus_allowed) const {
    if (is_word(i)) {
      const std::optional<int> named = id::zone_offset_minutes(text_of(i));
      if (!named) return std::nullopt;
      // A numeric offset glued to the name is the explicit one ("GMT+7", "WIB+07:00").
      if (glued(i + 1)) {
        if (std::optional<ZonePart> numeric = match_offset(i + 1, true)) return numeric;
      }
      return ZonePart{*named, i + 1};
    }
    return match_offset(i, minus_allowed);
  }

  // 11:02, 11.02, 11:02:33.123, 7:36 AM, 11:02 WIB, 11:02:00+07:00; "14-05-11" only after an ISO "T".
  std::optional<TimePart> match_time(std::size_t i, bool after_iso_t) const {
    if (!is_number(i, 1, 2)) return std::nullopt;
    const std::size_t sep = i + 1;
    const bool separator = is_symbol(sep, ':') || is_symbol(sep, '.') || (after_iso_t && is_symbol(sep, '-'));
    if (!separator || !glued(sep) || !is_number(i + 2, 2, 2) || !glued(i + 2)) return std::nullopt;
    TimePart time;
    time.first = i;
    time.hour = value(i);
    time.minute = value(i + 2);
    if (time.hour > 24 || time.minute > 59) return std::nullopt;
    std::size_t j = i + 3;
    const char symbol = tokens_[sep].symbol;
    if (is_symbol(j, symbol) && glued(j) && is_number(j + 1, 2, 2) && glued(j + 1)) {
      time.second = value(j + 1);
      time.has_seconds = true;
      j += 2;
      if ((is_symbol(j, '.') || is_symbol(j, ',')) && glued(j) && is_number(j + 1, 1, 64) && glued(j + 1)) j += 2;
    }
    j = skip_meridiem(j, time.hour);
    if (const std::optional<ZonePart> zone = match_zone(j, time.has_seconds || after_iso_t)) {
      time.offset_minutes = zone->offset_minutes;
      j = zone->end;
    }
    time.end = j;
    return time;
  }

  // "am"/"pm" or "a.m."/"p.m." after a time; applied to hours 1..12 only.
  std::size_t skip_meridiem(std::size_t j, int& hour) const {
    bool pm = false;
    std::size_t end = j;
    if (is_word(j, "am") || is_word(j, "pm")) {
      pm = is_word(j, "pm");
      end = j + 1;
    } else if ((is_word(j, "a") || is_word(j, "p")) && is_symbol(j + 1, '.') && is_word(j + 2, "m") && glued(j + 2)) {
      pm = is_word(j, "p");
      end = is_symbol(j + 3, '.') ? j + 4 : j + 3;
    } else {
      return j;
    }
    if (hour >= 1 && hour <= 12) hour = (hour % 12) + (pm ? 12 : 0);
    return end;
  }

  bool is_connector_word(std::size_t i) const {
    for (std::string_view word : kConnectorWords) {
      if (is_word(i, word)) return true;
    }
    return weekday_at(i).has_value();
  }

  // Skips what may stand between a date and its time: punctuation, "pukul"/"at", a weekday, a zone
  // name (reported through `zone`), an HTML tag left in the text ("at <span>06:25 WIB</span>").
  std::size_t skip_connectors(std::size_t i, std::optional<int>& zone) const {
    for (std::size_t steps = 0; i < tokens_.size() && steps < kMaxConnectors; ++steps) {
      const Token& token = tokens_[i];
      if (token.kind == TokenKind::punct && token.symbol != '+') {
        std::size_t close = i + 1;
        if (token.symbol == '<') {
          while (close < tokens_.size() && close < i + kMaxConnectors && !is_symbol(close, '>')) ++close;
          close = is_symbol(close, '>') ? close + 1 : i + 1;
        }
        i = close;
        continue;
      }
      if (is_word(i)) {
        if (const std::optional<int> named = id::zone_offset_minutes(text_of(i))) {
          zone = named;
          ++i;
          continue;
        }
        if (is_connector_word(i)) {
          ++i;
          continue;
        }
      }
      break;
    }
    return i;
  }

  // The weekday written just before a date ("Rabu, 15 Mei", "Selasa (14/5/2024)"), and where it starts.
  std::optional<std::pair<int, std::size_t>> weekday_before(std::size_t first, std::size_t floor) const {
    std::size_t k = first;
    for (int punct = 0; punct < 2 && k > floor && (is_symbol(k - 1, ',') || is_symbol(k - 1, '(')); ++punct) --k;
    if (k == floor) return std::nullopt;
    if (const std::optional<int> weekday = weekday_at(k - 1)) return std::pair{*weekday, k - 1};
    return std::nullopt;
  }

  DateLabel label_before(std::size_t start, std::size_t floor) const {
    const std::size_t limit = start - std::min(start - floor, kLabelReach);
    for (std::size_t k = start; k > limit; --k) {
      if (!is_word(k - 1)) continue;
      if (const DateLabel label = id::date_label(text_of(k - 1)); label != DateLabel::none) return label;
    }
    return DateLabel::none;
  }

  int expand_two_digit_year(int year) const {
    if (context_.reference) {
      const int reference = context_.reference->year;
      // The year within 80 years before and 20 after the reference.
      const int candidate = reference - reference % 100 + year;
      if (candidate > reference + 20) return candidate - 100;
      return candidate <= reference - 80 ? candidate + 100 : candidate;
    }
    return year < 70 ? 2000 + year : 1900 + year;
  }

  // The offset for a time that names no zone: the outlet's, else WIB with a warning.
  int default_offset(DateResult& result) const {
    if (context_.default_offset_minutes) return *context_.default_offset_minutes;
    result.warnings.emplace_back("no time zone in the text; assumed +07:00 (WIB)");
    return kDefaultOffsetMinutes;
  }

  // Turns the pieces around a date into a result: its weekday, its time (after it, else just
  // before it), its label, validated. `next` receives the token after everything used.
  FoundDate build(const DatePart& date, const std::optional<TimePart>& last_time, std::size_t floor,
                  std::size_t& next) const {
    FoundDate found;
    DateResult& result = found.result;
    std::size_t start = date.first;
    const auto weekday = weekday_before(date.first, floor);
    if (weekday) start = weekday->second;

    std::optional<int> gap_zone;
    std::optional<TimePart> time;
    std::size_t j = date.end;
    if (date.year_first && is_word(j, "t")) {
      time = match_time(j + 1, true);
    } else {
      time = match_time(skip_connectors(j, gap_zone), false);
    }
    if (time) {
      next = time->end;
    } else {
      gap_zone.reset();
      std::optional<int> zone_between;
      if (last_time && last_time->first >= floor && skip_connectors(last_time->end, zone_between) == date.first) {
        gap_zone = zone_between;
        time = last_time;
        start = std::min(start, last_time->first);
      }
    }
    result.label = label_before(start, floor);

    const std::string_view written = source_text(date.first, date.end);
    const int year = date.two_digit_year ? expand_two_digit_year(date.year) : date.year;
    if (year == 0) {
      result.error = "invalid date " + quoted(written) + ": there is no year 0";
      return found;
    }
    if (date.day > days_in_month(year, date.month)) {
      result.error = "invalid date " + quoted(written) + ": " +
                     std::string(kMonthNames[static_cast<std::size_t>(date.month - 1)]) + " " + std::to_string(year) +
                     " has " + std::to_string(days_in_month(year, date.month)) + " days";
      return found;
    }
    DateTime value;
    value.year = year;
    value.month = date.month;
    value.day = date.day;
    if (time) {
      const std::string_view clock = source_text(time->first, time->end);
      if ((time->hour == 24 && (time->minute != 0 || time->second != 0)) || time->second > 59) {
        result.error = "invalid time " + quoted(clock);
        return found;
      }
      value.has_time = true;
      value.hour = time->hour;
      value.minute = time->minute;
      value.second = time->second;
      value.has_seconds = time->has_seconds;
      found.zone_written = time->offset_minutes.has_value() || gap_zone.has_value();
      value.offset_minutes = time->offset_minutes ? *time->offset_minutes
                             : gap_zone           ? *gap_zone
                                                  : default_offset(result);
      if (value.hour == 24) {
        value = add_days(value, 1);
        value.hour = 0;
        if (value.year > 9999) {
          result.error = "invalid time " + quoted(clock) + ": the next day is past the year 9999";
          return found;
        }
        result.warnings.emplace_back("24:00 read as 00:00 of the next day");
      }
    } else {
      value.offset_minutes = context_.default_offset_minutes.value_or(kDefaultOffsetMinutes);
    }
    if (weekday) {
      const int actual = weekday_of(year, date.month, date.day);
      if (weekday->first != actual) {
        result.warnings.push_back("weekday " + quoted(text_of(weekday->second)) + " does not match " +
                                  to_iso8601(DateTime{year, date.month, date.day}) + " (a " +
                                  std::string(kWeekdayNames[static_cast<std::size_t>(actual)]) + ")");
      }
    }
    result.value = value;
    return found;
  }

  // ---- relative dates ----

  std::optional<Unit> unit_at(std::size_t i) const {
    if (!is_word(i)) return std::nullopt;
    for (const UnitWord& unit : kUnits) {
      if (equals_icase(text_of(i), unit.word)) return unit.unit;
    }
    return std::nullopt;
  }

  // "sejam", "semenit", "sehari" ...: one unit.
  std::optional<Unit> one_unit_at(std::size_t i) const {
    if (!is_word(i) || tokens_[i].length() < 4 || !starts_with_icase(text_of(i), "se")) return std::nullopt;
    const std::string_view rest = text_of(i).substr(2);
    for (const UnitWord& unit : kUnits) {
      if (equals_icase(rest, unit.word)) return unit.unit;
    }
    return std::nullopt;
  }

  bool is_ago(std::size_t i) const { return is_word(i, "lalu") || is_word(i, "ago") || is_word(i, "silam"); }

  struct Relative {
    long long amount = 0;
    Unit unit = Unit::day;
    bool keep_time = false;  // "baru saja": the reference itself
    std::size_t first = 0;
    std::size_t end = 0;
  };

  // "5 menit lalu", "2 jam yang lalu", "sejam lalu", "an hour ago", "kemarin", "baru saja" ...
  std::optional<Relative> match_relative(std::size_t i) const {
    if ((is_word(i, "baru") && is_word(i + 1, "saja")) || (is_word(i, "just") && is_word(i + 1, "now"))) {
      return Relative{0, Unit::minute, true, i, i + 2};
    }
    if (is_word(i, "barusan")) return Relative{0, Unit::minute, true, i, i + 1};
    if (is_word(i, "kemarin") || is_word(i, "yesterday")) return Relative{1, Unit::day, false, i, i + 1};
    if (is_word(i, "today")) return Relative{0, Unit::day, false, i, i + 1};
    if (is_word(i, "hari") && is_word(i + 1, "ini")) return Relative{0, Unit::day, false, i, i + 2};
    long long amount = 0;
    std::optional<Unit> unit;
    std::size_t j = i;
    if (const std::optional<Unit> one = one_unit_at(i)) {
      amount = 1;
      unit = one;
      j = i + 1;
    } else {
      if (tokens_[i].kind == TokenKind::number && value(i) >= 0) {
        amount = value(i);
      } else if (is_word(i, "a") || is_word(i, "an") || is_word(i, "satu")) {
        amount = 1;
      } else {
        return std::nullopt;
      }
      unit = unit_at(i + 1);
      j = i + 2;
    }
    if (!unit) return std::nullopt;
    if (is_word(j, "yang") || is_word(j, "yg")) ++j;
    if (!is_ago(j)) return std::nullopt;
    return Relative{amount, *unit, false, i, j + 1};
  }

  std::optional<FoundDate> find_relative() const {
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      const std::optional<Relative> relative = match_relative(i);
      if (!relative) continue;
      FoundDate found;
      DateResult& result = found.result;
      result.label = label_before(relative->first, 0);
      const std::string_view written = source_text(relative->first, relative->end);
      if (!context_.reference) {
        result.error = "relative date " + quoted(written) + " needs a reference time";
        result.warnings.push_back("relative date " + quoted(written) + " left unresolved: no reference time");
        return found;
      }
      std::optional<TimePart> time;
      for (std::size_t k = 0; k < tokens_.size() && !time; ++k) time = match_time(k, false);
      std::optional<DateTime> value = apply_relative(*relative, *context_.reference, time);
      if (!value) {
        result.error = "relative date " + quoted(written) + " is out of range";
        return found;
      }
      result.value = value;
      return found;
    }
    return std::nullopt;
  }

  // The reference moved back by a relative amount. Units below a day keep the time (to the minute);
  // days and longer give a date, with the time written next to "kemarin"/"hari ini" if any.
  static std::optional<DateTime> apply_relative(const Relative& relative, const DateTime& reference,
                                                const std::optional<TimePart>& time) {
    constexpr long long kMaxDays = 4000000;  // keeps every unit's arithmetic far from overflow
    if (relative.keep_time) return reference;
    DateTime value = reference;
    const long long amount = relative.amount;
    switch (relative.unit) {
      case Unit::second:
      case Unit::minute:
      case Unit::hour: {
        const long long unit_seconds = relative.unit == Unit::second ? 1 : relative.unit == Unit::minute ? 60 : 3600;
        if (amount > kMaxDays * (kSecondsPerDay / unit_seconds)) return std::nullopt;
        value = from_utc_seconds(utc_seconds(reference) - amount * unit_seconds, reference.offset_minutes);
        value.has_seconds = relative.unit == Unit::second && reference.has_seconds;
        if (!value.has_seconds) value.second = 0;
        break;
      }
      case Unit::day:
      case Unit::week: {
        const long long days = amount * (relative.unit == Unit::week ? 7 : 1);
        if (days > kMaxDays) return std::nullopt;
        value = date_only(add_days(reference, -days));
        break;
      }
      case Unit::month:
      case Unit::year: {
        const long long months = amount * (relative.unit == Unit::year ? 12 : 1);
        if (months > 12LL * 10000) return std::nullopt;
        const long long index = reference.year * 12LL + (reference.month - 1) - months;
        value.year = static_cast<int>(floor_div(index, 12));
        value.month = static_cast<int>(index - value.year * 12LL) + 1;
        if (value.year < 1) return std::nullopt;
        value.day = std::min(reference.day, days_in_month(value.year, value.month));
        value = date_only(value);
        break;
      }
    }
    if (value.year < 1 || value.year > 9999) return std::nullopt;
    if (time && !value.has_time && (relative.unit == Unit::day) && relative.amount <= 1) {
      value.has_time = true;
      value.hour = time->hour % 24;
      value.minute = time->minute;
      value.second = time->second;
      value.has_seconds = time->has_seconds;
      if (time->offset_minutes) value.offset_minutes = *time->offset_minutes;
    }
    return value;
  }
};

}  // namespace
}  // namespace detail

DateResult parse_date(std::string_view text, const DateContext& context) {
  std::vector<detail::FoundDate> found = detail::find_dates(text, context, 1);
  return std::move(found.front().result);
}

std::string to_iso8601(const DateTime& value) {
  std::string out;
  out.reserve(25);
  detail::append_digits(out, value.year, 4);
  out.push_back('-');
  detail::append_digits(out, value.month, 2);
  out.push_back('-');
  detail::append_digits(out, value.day, 2);
  if (!value.has_time) return out;
  out.push_back('T');
  detail::append_digits(out, value.hour, 2);
  out.push_back(':');
  detail::append_digits(out, value.minute, 2);
  out.push_back(':');
  detail::append_digits(out, value.second, 2);
  const int offset = value.offset_minutes < 0 ? -value.offset_minutes : value.offset_minutes;
  out.push_back(value.offset_minutes < 0 ? '-' : '+');
  detail::append_digits(out, offset / 60, 2);
  out.push_back(':');
  detail::append_digits(out, offset % 60, 2);
  return out;
}

namespace detail {

std::vector<FoundDate> find_dates(std::string_view text, const DateContext& context, std::size_t max_dates) {
  text = text.substr(0, UINT32_MAX);
  return DateScanner(text, context).find(std::max<std::size_t>(max_dates, 1));
}

std::string_view to_string(DateSource source) noexcept {
  switch (source) {
    case DateSource::visible:
      return "visible date";
    case DateSource::jsonld:
      return "JSON-LD";
    case DateSource::meta:
      return "meta tag";
    case DateSource::time_element:
      return "<time> element";
    case DateSource::url:
      return "URL";
  }
  return "";
}

std::string_view to_string(DateLabel label) noexcept {
  switch (label) {
    case DateLabel::published:
      return "published";
    case DateLabel::updated:
      return "updated";
    case DateLabel::none:
      return "unlabelled";
  }
  return "";
}

}  // namespace detail
}  // namespace warta
