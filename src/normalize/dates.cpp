#include "normalize/dates.hpp"
#include "ascii.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <utility>

#include "indonesian.hpp"
#include "normalize/text.hpp"

// The date normaliser reads text as a stream of tokens (numbers, words, punctuation) made by one
// linear pass; every pattern looks at a bounded number of tokens, so a whole page of text is read in
// linear time without regular expressions.

namespace warta {
namespace detail {
namespace {

namespace id = indonesian;

// ---- Calendar arithmetic (proleptic Gregorian; H. Hinnant's days_from_civil / civil_from_days) ----

constexpr int kDefaultOffsetMinutes = 420;  // WIB, where most Indonesian outlets publish
constexpr long long kSecondsPerDay = 86400;

bool is_leap_year(int year) noexcept { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

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

struct CivilDate {
  int year;
  int month;
  int day;
};

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

constexpr std::array<std::string_view, 7> kWeekdayNames = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                           "Thursday", "Friday", "Saturday"};
constexpr std::array<std::string_view, 12> kMonthNames = {"January",   "February", "March",    "April",
                                                          "May",       "June",     "July",     "August",
                                                          "September", "October",  "November", "December"};

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

// ---- Tokens ----

enum class TokenKind : std::uint8_t { number, word, punct };

// 16 bytes: a page-sized text makes a token per byte or two.
struct Token {
  TokenKind kind = TokenKind::punct;
  bool space_before = false;  // white space separates it from the previous token
  char symbol = 0;            // punct: the ASCII character, 0 for any other character
  int value = -1;             // number: its value, -1 when longer than 9 digits
  std::uint32_t begin = 0;    // bytes of the text (find_dates reads at most 4 GiB)
  std::uint32_t end = 0;
  std::size_t length() const noexcept { return end - begin; }
};


// Bytes of white space or an invisible character at `i` (ASCII space, NBSP, U+2000..U+200F,
// U+2028..U+202F, U+205F..U+2064, U+3000, BOM, soft hyphen); 0 when there is none.
std::size_t space_bytes(std::string_view text, std::size_t i) noexcept {
  const auto byte = [&](std::size_t k) { return k < text.size() ? static_cast<unsigned char>(text[k]) : 0u; };
  const unsigned c = byte(i);
  if (c == ' ' || (c >= '\t' && c <= '\r')) return 1;
  if (c == 0xC2 && (byte(i + 1) == 0xA0 || byte(i + 1) == 0xAD)) return 2;
  if (c == 0xE2 && byte(i + 1) == 0x80 && (byte(i + 2) <= 0x8F || (byte(i + 2) >= 0xA8 && byte(i + 2) <= 0xAF))) {
    return byte(i + 2) >= 0x80 ? 3 : 0;
  }
  if (c == 0xE2 && byte(i + 1) == 0x81 && byte(i + 2) >= 0x9F && byte(i + 2) <= 0xA4) return 3;
  if ((c == 0xE3 && byte(i + 1) == 0x80 && byte(i + 2) == 0x80) ||
      (c == 0xEF && byte(i + 1) == 0xBB && byte(i + 2) == 0xBF)) {
    return 3;
  }
  return 0;
}

// Bytes of an apostrophe inside a word ("Jum'at", "Jum`at", U+2018/U+2019); 0 when there is none.
std::size_t apostrophe_bytes(std::string_view text, std::size_t i) noexcept {
  if (text[i] == '\'' || text[i] == '`') return 1;
  if (text.substr(i, 3) == "\xE2\x80\x99" || text.substr(i, 3) == "\xE2\x80\x98") return 3;
  return 0;
}

std::size_t utf8_sequence_bytes(unsigned char lead) noexcept {
  if (lead >= 0xF0 && lead <= 0xF7) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  bool space = false;
  for (std::size_t i = 0; i < text.size();) {
    if (const std::size_t skip = space_bytes(text, i)) {
      space = true;
      i += skip;
      continue;
    }
    Token token;
    token.space_before = space;
    token.begin = static_cast<std::uint32_t>(i);
    space = false;
    const char c = text[i];
    if (is_ascii_digit(c)) {
      token.kind = TokenKind::number;
      long long value = 0;
      while (i < text.size() && is_ascii_digit(text[i])) {
        if (value <= 999999999) value = value * 10 + (text[i] - '0');
        ++i;
      }
      token.value = i - token.begin <= 9 ? static_cast<int>(value) : -1;
    } else if (is_ascii_alpha(c)) {
      token.kind = TokenKind::word;
      while (i < text.size()) {
        if (is_ascii_alpha(text[i])) {
          ++i;
        } else if (const std::size_t apostrophe = apostrophe_bytes(text, i);
                   apostrophe > 0 && i + apostrophe < text.size() && is_ascii_alpha(text[i + apostrophe])) {
          i += apostrophe;
        } else {
          break;
        }
      }
    } else {
      token.kind = TokenKind::punct;
      const auto lead = static_cast<unsigned char>(c);
      token.symbol = lead < 0x80 ? c : 0;
      i = std::min(text.size(), i + utf8_sequence_bytes(lead));
    }
    token.end = static_cast<std::uint32_t>(i);
    tokens.push_back(token);
  }
  return tokens;
}

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

  // 15 Mei 2024, 4 Nop. 2015, 04 November, 2015, 15-May-2024
  std::optional<DatePart> match_day_first_text(std::size_t i) const {
    std::size_t j = i + 1;
    if (is_symbol(j, '-') || is_symbol(j, '/') || is_symbol(j, '.')) ++j;
    const std::optional<int> month = month_at(j);
    if (!month) return std::nullopt;
    ++j;
    if (is_symbol(j, '.')) ++j;
    if (is_symbol(j, ',') || is_symbol(j, '-') || is_symbol(j, '/')) ++j;
    if (!is_number(j, 4, 4)) return std::nullopt;
    DatePart date{value(j), *month, value(i), false, false, i, j + 1};
    if (!plausible(date.month, date.day)) return std::nullopt;
    return date;
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

namespace {

// ---- Resolving published / updated ----

bool is_metadata(DateSource source) noexcept {
  return source == DateSource::jsonld || source == DateSource::meta || source == DateSource::time_element;
}

// Metadata precedence: JSON-LD is written for machines and usually right; <meta> next; <time>
// elements last because pages also put them on related-article lists.
int metadata_rank(DateSource source) noexcept {
  switch (source) {
    case DateSource::jsonld:
      return 0;
    case DateSource::meta:
      return 1;
    default:
      return 2;
  }
}

std::string offset_text(int offset_minutes) {
  DateTime probe;
  probe.has_time = true;
  probe.offset_minutes = offset_minutes;
  return to_iso8601(probe).substr(19);
}

// One candidate read: its value as written and what it is.
struct Reading {
  DateSource source = DateSource::meta;
  DateLabel label = DateLabel::published;
  DateTime value;
  bool zone_written = false;
  std::vector<std::string> warnings;
};

std::vector<Reading> read_candidates(const std::vector<DateCandidate>& candidates, const DateContext& context,
                                     std::vector<std::string>& warnings) {
  constexpr std::size_t kDatesPerVisibleLine = 3;  // "pada ... Diperbarui ..." holds two
  std::vector<Reading> readings;
  for (const DateCandidate& candidate : candidates) {
    const bool visible = candidate.source == DateSource::visible;
    std::vector<FoundDate> found = find_dates(candidate.text, context, visible ? kDatesPerVisibleLine : 1);
    const DateLabel own = candidate.label == DateLabel::none ? DateLabel::published : candidate.label;
    // A date without a label of its own takes the candidate's, unless another date of the same text
    // is explicitly that one ("pada 18 Jan 2019 ... Diperbarui 07 Jun 2021" read as "updated").
    const bool own_taken =
        std::any_of(found.begin(), found.end(), [&](const FoundDate& f) { return f.result.label == own; });
    for (FoundDate& date : found) {
      if (!date.result.value) {
        if (candidate.source != DateSource::time_element && candidate.source != DateSource::url) {
          warnings.push_back("could not read the " + std::string(to_string(candidate.source)) + " date \"" +
                             std::string(utf8_prefix(candidate.text, 80)) + "\": " + date.result.error);
        }
        continue;
      }
      Reading reading;
      reading.source = candidate.source;
      reading.value = *date.result.value;
      reading.zone_written = date.zone_written;
      reading.warnings = std::move(date.result.warnings);
      if (!visible) {
        reading.label = candidate.label != DateLabel::none     ? candidate.label
                        : date.result.label != DateLabel::none ? date.result.label
                                                               : DateLabel::published;
      } else if (date.result.label != DateLabel::none) {
        reading.label = date.result.label;
      } else {
        reading.label = !own_taken ? own : own == DateLabel::updated ? DateLabel::published : DateLabel::updated;
      }
      readings.push_back(std::move(reading));
    }
  }
  return readings;
}

using OffsetFix = std::map<std::pair<DateSource, int>, int>;  // (source, written offset) -> real offset

// Learns which metadata offsets are wrong. Pages (old WordPress/Yoast, Merdeka, detik's pubdate) print
// the local clock time under "+00:00", "Z", "GMT" or "-07:00": when a metadata time shows the visible
// time's clock to the minute under another offset, its offset is wrong, and the same source's other
// times with that offset are read on the visible clock too. With no visible time, two metadata times
// showing the same clock under different offsets show that both carry the local clock.
OffsetFix learn_offset_fixes(const std::vector<Reading>& readings, const std::optional<Reading>& visible_published,
                             const std::optional<Reading>& visible_updated, int page_offset) {
  OffsetFix fixes;
  for (const std::optional<Reading>& visible : {visible_published, visible_updated}) {
    if (!visible) continue;
    for (const Reading& reading : readings) {
      if (!is_metadata(reading.source) || reading.label != visible->label || !reading.value.has_time ||
          !reading.zone_written) {
        continue;
      }
      const DateTime& v = visible->value;
      const DateTime& m = reading.value;
      if (m.offset_minutes != v.offset_minutes && !same_minute(v, m) && same_clock_minute(v, m)) {
        fixes.emplace(std::pair{reading.source, m.offset_minutes}, v.offset_minutes);
      }
    }
  }
  if (visible_published || visible_updated) return fixes;
  for (std::size_t a = 0; a < readings.size(); ++a) {
    const Reading& first = readings[a];
    if (first.source == DateSource::time_element || !is_metadata(first.source) || !first.value.has_time ||
        !first.zone_written) {
      continue;
    }
    for (std::size_t b = a + 1; b < readings.size(); ++b) {
      const Reading& second = readings[b];
      if (second.source == DateSource::time_element || !is_metadata(second.source) || !second.value.has_time ||
          !second.zone_written || second.value.offset_minutes == first.value.offset_minutes ||
          !same_clock_minute(first.value, second.value)) {
        continue;
      }
      fixes.emplace(std::pair{first.source, first.value.offset_minutes}, page_offset);
      fixes.emplace(std::pair{second.source, second.value.offset_minutes}, page_offset);
    }
  }
  return fixes;
}

// A metadata time on the page's clock: a wrong offset replaced (clock kept), else the instant converted.
DateTime on_page_clock(const Reading& reading, const OffsetFix& fixes, int page_offset,
                       std::vector<std::string>& warnings) {
  DateTime value = reading.value;
  if (!value.has_time) return value;
  const auto fix = fixes.find({reading.source, value.offset_minutes});
  if (fix == fixes.end()) {
    const DateTime converted = at_offset(value, page_offset);
    return converted.year >= 1 && converted.year <= 9999 ? converted : value;
  }
  if (fix->second != value.offset_minutes) {
    std::string warning = std::string(to_string(reading.source)) + " time " + to_iso8601(value) +
                          " carries the local clock under a wrong offset; read as " + offset_text(fix->second);
    if (std::find(warnings.begin(), warnings.end(), warning) == warnings.end()) warnings.push_back(std::move(warning));
  }
  value.offset_minutes = fix->second;
  return value;
}

std::optional<DateTime> resolve_one(DateLabel label, const std::vector<Reading>& readings,
                                    const std::optional<Reading>& visible_timed, const OffsetFix& fixes,
                                    int page_offset, std::vector<std::string>& warnings) {
  const std::string prefix = std::string(to_string(label)) + ": ";
  std::vector<const Reading*> metadata;
  const Reading* visible_date = nullptr;
  const Reading* url_date = nullptr;
  for (const Reading& reading : readings) {
    if (reading.label != label) continue;
    if (is_metadata(reading.source)) metadata.push_back(&reading);
    if (reading.source == DateSource::visible && visible_date == nullptr) visible_date = &reading;
    if (reading.source == DateSource::url && url_date == nullptr) url_date = &reading;
  }
  std::stable_sort(metadata.begin(), metadata.end(), [](const Reading* a, const Reading* b) {
    return metadata_rank(a->source) < metadata_rank(b->source);
  });
  std::vector<DateTime> metadata_values;
  for (const Reading* reading : metadata) {
    metadata_values.push_back(on_page_clock(*reading, fixes, page_offset, warnings));
  }
  const auto add_warnings = [&](const Reading& reading) {
    for (const std::string& warning : reading.warnings) warnings.push_back(prefix + warning);
  };

  if (visible_timed) {
    DateTime chosen = visible_timed->value;
    add_warnings(*visible_timed);
    bool disagreement_reported = false;
    for (std::size_t i = 0; i < metadata.size(); ++i) {
      const DateTime& value = metadata_values[i];
      if (!value.has_time) continue;
      if (same_minute(chosen, value)) {
        if (!chosen.has_seconds && value.has_seconds) {
          chosen.second = value.second;
          chosen.has_seconds = true;
        }
      } else if (!disagreement_reported && metadata[i]->source != DateSource::time_element) {
        // <time> elements also date related-article lists, so their disagreement says nothing.
        warnings.push_back(prefix + "the visible time " + to_iso8601(visible_timed->value) + " wins over the " +
                           std::string(to_string(metadata[i]->source)) + " time " + to_iso8601(metadata[i]->value));
        disagreement_reported = true;
      }
    }
    return chosen;
  }
  for (std::size_t i = 0; i < metadata.size(); ++i) {
    if (!metadata_values[i].has_time) continue;
    const DateTime& value = metadata_values[i];
    if (visible_date != nullptr && (visible_date->value.year != value.year ||
                                    visible_date->value.month != value.month || visible_date->value.day != value.day)) {
      warnings.push_back(prefix + "the visible date " + to_iso8601(visible_date->value) + " wins over the " +
                         std::string(to_string(metadata[i]->source)) + " time " + to_iso8601(metadata[i]->value));
      add_warnings(*visible_date);
      return visible_date->value;
    }
    add_warnings(*metadata[i]);
    return value;
  }
  if (visible_date != nullptr) {
    add_warnings(*visible_date);
    return visible_date->value;
  }
  if (!metadata.empty()) return metadata_values.front();
  if (url_date != nullptr && label == DateLabel::published) return url_date->value;
  return std::nullopt;
}

// The zone of a page whose outlet is unknown: the one its visible time prints ("19:30 WIT"), else the
// one all its zoned metadata times agree on when that is an Indonesian zone (a regional site in Bali
// declaring +08:00; +00:00 is a server setting, not the page's clock).
std::optional<int> declared_page_offset(const std::vector<Reading>& readings) {
  for (const Reading& reading : readings) {
    if (reading.source == DateSource::visible && reading.value.has_time && reading.zone_written) {
      return reading.value.offset_minutes;
    }
  }
  std::optional<int> agreed;
  for (const Reading& reading : readings) {
    if (reading.source == DateSource::visible || reading.source == DateSource::url || !reading.value.has_time ||
        !reading.zone_written) {
      continue;
    }
    if (agreed && *agreed != reading.value.offset_minutes) return std::nullopt;
    agreed = reading.value.offset_minutes;
  }
  if (agreed && (*agreed == 7 * 60 || *agreed == 8 * 60 || *agreed == 9 * 60)) return agreed;
  return std::nullopt;
}

std::optional<Reading> first_visible_with_time(const std::vector<Reading>& readings, DateLabel label) {
  for (const Reading& reading : readings) {
    if (reading.source == DateSource::visible && reading.label == label && reading.value.has_time) return reading;
  }
  return std::nullopt;
}

}  // namespace

Timestamps resolve_timestamps(const std::vector<DateCandidate>& candidates, const DateContext& context) {
  Timestamps out;
  const std::vector<Reading> readings = read_candidates(candidates, context, out.warnings);
  const int page_offset = context.default_offset_minutes ? *context.default_offset_minutes
                                                          : declared_page_offset(readings).value_or(kDefaultOffsetMinutes);
  const std::optional<Reading> visible_published = first_visible_with_time(readings, DateLabel::published);
  const std::optional<Reading> visible_updated = first_visible_with_time(readings, DateLabel::updated);
  const OffsetFix fixes = learn_offset_fixes(readings, visible_published, visible_updated, page_offset);
  if (auto published =
          resolve_one(DateLabel::published, readings, visible_published, fixes, page_offset, out.warnings)) {
    out.published = to_iso8601(*published);
  }
  if (auto updated = resolve_one(DateLabel::updated, readings, visible_updated, fixes, page_offset, out.warnings)) {
    out.updated = to_iso8601(*updated);
  }
  return out;
}

namespace {

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

}  // namespace

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

namespace {

// The year of an ISO date's text ("2024-05-15T..." -> 2024).
std::optional<int> year_of(const std::optional<std::string>& iso) {
  if (!iso || iso->size() < 4 || !all_digits(std::string_view(*iso).substr(0, 4))) return std::nullopt;
  return to_int(std::string_view(*iso).substr(0, 4));
}

// The year a "Jumat (17/3)" mention without a year means: the article's year, or the adjacent year
// when only that one makes the weekday right (a March Friday mentioned in a January article).
std::optional<int> mention_year(int weekday, int month, int day, int article_year) {
  const auto fits = [&](int year) {
    return year >= 1 && day <= days_in_month(year, month) && weekday_of(year, month, day) == weekday;
  };
  if (fits(article_year)) return article_year;
  if (fits(article_year - 1)) return article_year - 1;
  if (fits(article_year + 1)) return article_year + 1;
  if (day <= days_in_month(article_year, month)) return article_year;
  return std::nullopt;
}

}  // namespace

std::vector<DateMention> find_date_mentions(const std::vector<Block>& body,
                                            const std::optional<std::string>& published) {
  std::vector<DateMention> mentions;
  const std::optional<int> article_year = year_of(published);
  for (std::size_t block = 0; block < body.size(); ++block) {
    const std::string& text = body[block].text;
    const std::vector<Token> tokens = tokenize(text);
    const auto symbol_at = [&](std::size_t i, char c) {
      return i < tokens.size() && tokens[i].kind == TokenKind::punct && tokens[i].symbol == c &&
             !tokens[i].space_before;
    };
    const auto number_at = [&](std::size_t i, std::size_t min_digits, std::size_t max_digits) {
      return i < tokens.size() && tokens[i].kind == TokenKind::number && !tokens[i].space_before &&
             tokens[i].length() >= min_digits && tokens[i].length() <= max_digits;
    };
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (tokens[i].kind != TokenKind::word) continue;
      const std::optional<int> weekday =
          indonesian::weekday_number(std::string_view(text).substr(tokens[i].begin, tokens[i].length()));
      if (!weekday) continue;
      // "Selasa (14/5/2024)", "Kamis (16/5)", "Senin, (13/5)"
      std::size_t j = i + 1;
      if (j < tokens.size() && tokens[j].kind == TokenKind::punct && tokens[j].symbol == ',') ++j;
      if (!(j < tokens.size() && tokens[j].kind == TokenKind::punct && tokens[j].symbol == '(')) continue;
      if (!number_at(j + 1, 1, 2) || !symbol_at(j + 2, '/') || !number_at(j + 3, 1, 2)) continue;
      const int day = tokens[j + 1].value;
      const int month = tokens[j + 3].value;
      std::size_t close = j + 4;
      std::optional<int> year;
      if (symbol_at(close, '/') && (number_at(close + 1, 4, 4) || number_at(close + 1, 2, 2))) {
        year = tokens[close + 1].value + (tokens[close + 1].length() == 2 ? 2000 : 0);
        close += 2;
      }
      if (!symbol_at(close, ')') || month < 1 || month > 12 || day < 1) continue;
      if (!year && article_year) year = mention_year(*weekday, month, day, *article_year);
      if (!year || *year < 1 || day > days_in_month(*year, month)) continue;
      DateMention mention;
      mention.text = text.substr(tokens[i].begin, tokens[close].end - tokens[i].begin);
      mention.date = *iso_date(*year, month, day);
      mention.block = static_cast<int>(block);
      mentions.push_back(std::move(mention));
      i = close;
    }
  }
  return mentions;
}

}  // namespace detail
}  // namespace warta
