#include "normalize/dates.hpp"

#include <catch2/catch.hpp>
#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "warta/datetime.hpp"

using warta::DateContext;
using warta::DateLabel;
using warta::DateResult;
using warta::DateTime;
using warta::parse_date;
using warta::to_iso8601;
using warta::detail::DateCandidate;
using warta::detail::DateSource;

namespace {

// "Now" for relative forms: Wednesday 15 May 2024, 12:00:00 WIB.
DateTime reference_time() {
  DateTime now;
  now.year = 2024;
  now.month = 5;
  now.day = 15;
  now.hour = 12;
  now.has_time = true;
  now.has_seconds = true;
  now.offset_minutes = 420;
  return now;
}

// True when some warning contains `part`.
bool mentions(const std::vector<std::string>& warnings, std::string_view part) {
  for (const std::string& warning : warnings) {
    if (warning.find(part) != std::string::npos) return true;
  }
  return false;
}

DateContext outlet_context() {
  DateContext context;
  context.default_offset_minutes = 420;
  context.reference = reference_time();
  return context;
}

struct ParseCase {
  std::string_view text;
  std::string_view iso;  // expected to_iso8601 output; empty: parse_date must fail
  DateLabel label;
  std::string_view message;  // a part of a warning (or of the error when iso is empty); empty: none
};

constexpr DateLabel kNone = DateLabel::none;
constexpr DateLabel kPublished = DateLabel::published;
constexpr DateLabel kUpdated = DateLabel::updated;

const std::vector<ParseCase> kParseCases = {
    // The shapes of the issue.
    {"Rabu, 15 Mei 2024 11:02 WIB", "2024-05-15T11:02:00+07:00", kNone, ""},
    {"15 Mei 2024, 11:02 WIB", "2024-05-15T11:02:00+07:00", kNone, ""},
    {"Rabu, 15/05/2024 11:02 WIB", "2024-05-15T11:02:00+07:00", kNone, ""},
    {"15-05-2024 11:02", "2024-05-15T11:02:00+07:00", kNone, ""},
    {"2024-05-15 11:02:33", "2024-05-15T11:02:33+07:00", kNone, ""},
    {"11:02 WIB, 15 Mei 2024", "2024-05-15T11:02:00+07:00", kNone, ""},
    {"11:02, WITA 15 Mei 2024", "2024-05-15T11:02:00+08:00", kNone, ""},
    {"Jum'at, 19 Juni 2015 | 13:12 WIB", "2015-06-19T13:12:00+07:00", kNone, ""},
    {"Jum\xE2\x80\x99"
     "at, 19 Juni 2015 | 13:12 WIB",
     "2015-06-19T13:12:00+07:00", kNone, ""},
    {"Jum`at, 19 Juni 2015 | 13:12 WIB", "2015-06-19T13:12:00+07:00", kNone, ""},
    {"Selasa 14 Mei 2024 - 10:15", "2024-05-14T10:15:00+07:00", kNone, ""},
    {"Kompas.com - 02/11/2023, 21:34 WIB", "2023-11-02T21:34:00+07:00", kNone, ""},
    {"15/05/24", "2024-05-15", kNone, ""},
    {"15-05-24 11:02", "2024-05-15T11:02:00+07:00", kNone, ""},
    {"15/05/99", "1999-05-15", kNone, ""},
    {"2024-05-15T11:02:00+07:00", "2024-05-15T11:02:00+07:00", kNone, ""},
    {"2024-05-15T11:02:00", "2024-05-15T11:02:00+07:00", kNone, ""},
    {"2024-05-15T11:02:00Z", "2024-05-15T11:02:00+00:00", kNone, ""},
    {"2024-05-15T11:02:00.123Z", "2024-05-15T11:02:00+00:00", kNone, ""},
    {"2024-05-15T11:02:00.123456+07:00", "2024-05-15T11:02:00+07:00", kNone, ""},
    {"2024-05-15T11:02:00,5+07:00", "2024-05-15T11:02:00+07:00", kNone, ""},
    {"2024-05-15T11:02+07:00", "2024-05-15T11:02:00+07:00", kNone, ""},
    {"2024-05-15T11:02-07:00", "2024-05-15T11:02:00-07:00", kNone, ""},
    {"2024-05-15T04:02:00+00:00", "2024-05-15T04:02:00+00:00", kNone, ""},
    {"2024-05-15T11:02:00+0700", "2024-05-15T11:02:00+07:00", kNone, ""},
    {"2024-05-15T11:02:00+07", "2024-05-15T11:02:00+07:00", kNone, ""},
    {"2024-05-15T11:02:00-03:30", "2024-05-15T11:02:00-03:30", kNone, ""},
    {"2024-05-15", "2024-05-15", kNone, ""},
    {"2024/05/15", "2024-05-15", kNone, ""},
    {"2024.05.15", "2024-05-15", kNone, ""},
    {"2024-5-9", "2024-05-09", kNone, ""},
    {"Wed, 15 May 2024 11:02:00 +0700", "2024-05-15T11:02:00+07:00", kNone, ""},
    {"Wed, 15 May 2024 11:02:00 GMT", "2024-05-15T11:02:00+00:00", kNone, ""},
    {"Wed, 15 May 2024 11:02:00 -0500", "2024-05-15T11:02:00-05:00", kNone, ""},
    {"Wed, 15 May 2024 04:02:00 UT", "2024-05-15T04:02:00+00:00", kNone, ""},
    {"Tue, 01 Jan 1980 1:00:00 GMT", "1980-01-01T01:00:00+00:00", kNone, ""},
    // Broken metadata forms.
    {"2019-09-28WIB19:17:34+07:00", "2019-09-28T19:17:34+07:00", kNone, ""},
    {"Kamis, 12 Des 2019 WIB19:17:34+07:00", "2019-12-12T19:17:34+07:00", kNone, ""},
    {"2015-06-16T14-05-11Z", "2015-06-16T14:05:11+00:00", kNone, ""},
    {"2016-02-23 T15:32:01Z", "2016-02-23T15:32:01+00:00", kNone, ""},
    {"2021/09/30 12:00:35", "2021-09-30T12:00:35+07:00", kNone, ""},
    {"2019-09-28 WIB", "2019-09-28", kNone, ""},
    // Labels and noise around the date.
    {"Diperbarui 15 Mei 2024, 11:02 WIB", "2024-05-15T11:02:00+07:00", kUpdated, ""},
    {"Update: Rabu, 15 Mei 2024 11:02 WIB", "2024-05-15T11:02:00+07:00", kUpdated, ""},
    {"Updated 15 May 2024 11:02 WIB", "2024-05-15T11:02:00+07:00", kUpdated, ""},
    {"Pembaruan terakhir: 15 Mei 2024 11:02 WIB", "2024-05-15T11:02:00+07:00", kUpdated, ""},
    {"Terakhir diperbarui 15 Mei 2024 11:02", "2024-05-15T11:02:00+07:00", kUpdated, ""},
    {"Diterbitkan 15 Mei 2024 11:02 WIB", "2024-05-15T11:02:00+07:00", kPublished, ""},
    {"Dipublikasikan pada 15 Mei 2024 11:02 WIB", "2024-05-15T11:02:00+07:00", kPublished, ""},
    {"Terbit: 15/05/2024 11:02", "2024-05-15T11:02:00+07:00", kPublished, ""},
    {"Published: May 15, 2024 11:02 AM", "2024-05-15T11:02:00+07:00", kPublished, ""},
    {"Senin, 13 Mei 2024 | 10:15 WIB", "2024-05-13T10:15:00+07:00", kNone, ""},
    {"oleh Budi Santoso diperbarui 15 Mei 2024, 11:02 WIB", "2024-05-15T11:02:00+07:00", kUpdated, ""},
    {"   Rabu, 15 Mei 2024 11:02 WIB   ", "2024-05-15T11:02:00+07:00", kNone, ""},
    {"Rabu,\xC2\xA0"
     "15\xC2\xA0Mei\xC2\xA0"
     "2024 11:02\xC2\xA0WIB",
     "2024-05-15T11:02:00+07:00", kNone, ""},
    {"Rabu, 15 Mei 2024\xE2\x80\x8B 11:02 WIB", "2024-05-15T11:02:00+07:00", kNone, ""},
    {"15 Mei 2024 \xE2\x80\x94 11:02 WIB", "2024-05-15T11:02:00+07:00", kNone, ""},
    {"DETIKNEWS | Rabu 15 Mei 2024, 11:02 WIB", "2024-05-15T11:02:00+07:00", kNone, ""},
    {"NASIONAL | 15 Mei 2024 11:02", "2024-05-15T11:02:00+07:00", kNone, ""},
    {"Rabu, 15 Mei 2024 11:02 WIB | 998 Views", "2024-05-15T11:02:00+07:00", kNone, ""},
    {"pada 15 Mei 2024, 11:02 WIB", "2024-05-15T11:02:00+07:00", kNone, ""},
    {"on 15 May 2024 at 11:02 WIB", "2024-05-15T11:02:00+07:00", kNone, ""},
    {"15 Mei 2024 at <span>11:02 WIB</span>", "2024-05-15T11:02:00+07:00", kNone, ""},
    {"15 Mei 2024 pukul 11.02 WIB", "2024-05-15T11:02:00+07:00", kNone, ""},
    {"15 Mei 2024 Pkl. 11.02", "2024-05-15T11:02:00+07:00", kNone, ""},
    {"Rabu, 15 Mei 2024 - 11:02 wib", "2024-05-15T11:02:00+07:00", kNone, ""},
    {"Rabu , 15 May 2024, 11:02 WIB", "2024-05-15T11:02:00+07:00", kNone, ""},
    {"Wednesday, 15 May, 2024 |  11:02 WIB", "2024-05-15T11:02:00+07:00", kNone, ""},
    {"Rabu, 7 Zulkaidah 1445 / 15 Mei 2024", "2024-05-15", kNone, ""},
    {"Sabtu, 10 Des 2022 22:10 WIB", "2022-12-10T22:10:00+07:00", kNone, ""},
    {"Selasa 16 Jun 2015, 14:05 WIB", "2015-06-16T14:05:00+07:00", kNone, ""},
    {"pada 18 Jan 2019, 22:18 WIB Diperbarui 07 Jun 2021, 20:56 WIB", "2019-01-18T22:18:00+07:00", kNone, ""},
    // English and month-first forms.
    {"on 12:23 am Jun 19, 2015", "2015-06-19T00:23:00+07:00", kNone, ""},
    {"Fri, June 19 2015, 7:36 AM", "2015-06-19T07:36:00+07:00", kNone, ""},
    {"June 19, 2015 7:36 PM", "2015-06-19T19:36:00+07:00", kNone, ""},
    {"June 19th, 2015 12:05 p.m.", "2015-06-19T12:05:00+07:00", kNone, ""},
    {"Jun. 19, 2015", "2015-06-19", kNone, ""},
    {"19 June 2015 13:00 PM", "2015-06-19T13:00:00+07:00", kNone, ""},
    {"27 March 2022, 18:59 WIB", "2022-03-27T18:59:00+07:00", kNone, ""},
    {"15-May-2024", "2024-05-15", kNone, ""},
    // Every month spelling.
    {"1 Januari 2024", "2024-01-01", kNone, ""},
    {"1 Jan 2024", "2024-01-01", kNone, ""},
    {"1 January 2024", "2024-01-01", kNone, ""},
    {"1 Februari 2024", "2024-02-01", kNone, ""},
    {"1 Pebruari 2024", "2024-02-01", kNone, ""},
    {"1 Peb 2024", "2024-02-01", kNone, ""},
    {"1 Feb. 2024", "2024-02-01", kNone, ""},
    {"1 Maret 2024", "2024-03-01", kNone, ""},
    {"1 Mar 2024", "2024-03-01", kNone, ""},
    {"1 April 2024", "2024-04-01", kNone, ""},
    {"1 Apr 2024", "2024-04-01", kNone, ""},
    {"1 Mei 2024", "2024-05-01", kNone, ""},
    {"1 MEI 2024", "2024-05-01", kNone, ""},
    {"1 May 2024", "2024-05-01", kNone, ""},
    {"1 Juni 2024", "2024-06-01", kNone, ""},
    {"1 Jun 2024", "2024-06-01", kNone, ""},
    {"1 Juli 2024", "2024-07-01", kNone, ""},
    {"1 Jul 2024", "2024-07-01", kNone, ""},
    {"1 Agustus 2024", "2024-08-01", kNone, ""},
    {"1 Agu 2024", "2024-08-01", kNone, ""},
    {"1 Agt 2024", "2024-08-01", kNone, ""},
    {"1 Agt. 2024", "2024-08-01", kNone, ""},
    {"1 Ags 2024", "2024-08-01", kNone, ""},
    {"1 Agus 2024", "2024-08-01", kNone, ""},
    {"1 August 2024", "2024-08-01", kNone, ""},
    {"1 September 2024", "2024-09-01", kNone, ""},
    {"1 Sep 2024", "2024-09-01", kNone, ""},
    {"1 Sept 2024", "2024-09-01", kNone, ""},
    {"1 Oktober 2024", "2024-10-01", kNone, ""},
    {"1 Okt 2024", "2024-10-01", kNone, ""},
    {"1 October 2024", "2024-10-01", kNone, ""},
    {"1 Oct 2024", "2024-10-01", kNone, ""},
    {"1 November 2024", "2024-11-01", kNone, ""},
    {"1 Nopember 2024", "2024-11-01", kNone, ""},
    {"1 Nop 2024", "2024-11-01", kNone, ""},
    {"1 nov 2024", "2024-11-01", kNone, ""},
    {"1 Desember 2024", "2024-12-01", kNone, ""},
    {"1 Des 2024", "2024-12-01", kNone, ""},
    {"1 December 2024", "2024-12-01", kNone, ""},
    {"1 Dec 2024", "2024-12-01", kNone, ""},
    // Weekdays, and a weekday that does not fit.
    {"Senin, 13 Mei 2024", "2024-05-13", kNone, ""},
    {"Selasa, 14 Mei 2024", "2024-05-14", kNone, ""},
    {"Kamis, 16 Mei 2024", "2024-05-16", kNone, ""},
    {"Jumat, 17 Mei 2024", "2024-05-17", kNone, ""},
    {"Sabtu, 18 Mei 2024", "2024-05-18", kNone, ""},
    {"Minggu, 19 Mei 2024", "2024-05-19", kNone, ""},
    {"Ahad, 19 Mei 2024", "2024-05-19", kNone, ""},
    {"Sunday, 19 May 2024", "2024-05-19", kNone, ""},
    {"SENIN, 13 MEI 2024", "2024-05-13", kNone, ""},
    {"Senin, 15 Mei 2024 11:02 WIB", "2024-05-15T11:02:00+07:00", kNone, "does not match 2024-05-15"},
    {"Fri, 15 May 2024 11:02:00 +0700", "2024-05-15T11:02:00+07:00", kNone, "a Wednesday"},
    // Zones.
    {"15 Mei 2024 11:02 WITA", "2024-05-15T11:02:00+08:00", kNone, ""},
    {"15 Mei 2024 11:02 WIT", "2024-05-15T11:02:00+09:00", kNone, ""},
    {"15 Mei 2024 11:02 wita", "2024-05-15T11:02:00+08:00", kNone, ""},
    {"15 Mei 2024 11:02 GMT+7", "2024-05-15T11:02:00+07:00", kNone, ""},
    {"15 Mei 2024 11:02 UTC+7", "2024-05-15T11:02:00+07:00", kNone, ""},
    {"15 Mei 2024 11:02 GMT+07:00", "2024-05-15T11:02:00+07:00", kNone, ""},
    {"15 Mei 2024 11:02 UTC", "2024-05-15T11:02:00+00:00", kNone, ""},
    {"15 Mei 2024 11:02 +0800", "2024-05-15T11:02:00+08:00", kNone, ""},
    {"15 Mei 2024 11:02 +07:00", "2024-05-15T11:02:00+07:00", kNone, ""},
    {"15 Mei 2024 11:02Z", "2024-05-15T11:02:00+00:00", kNone, ""},
    {"10:00-12:00 WIB, 15 Mei 2024", "2024-05-15T12:00:00+07:00", kNone, ""},
    // Validation and edges.
    {"29 Februari 2024", "2024-02-29", kNone, ""},
    {"29/02/2000", "2000-02-29", kNone, ""},
    {"29 Februari 2023", "", kNone, "February 2023 has 28 days"},
    {"29/02/1900", "", kNone, "February 1900 has 28 days"},
    {"31 Nop 2024", "", kNone, "November 2024 has 30 days"},
    {"31 April 2024", "", kNone, "April 2024 has 30 days"},
    {"2024-02-30", "", kNone, "February 2024 has 29 days"},
    {"15 Mei 0000", "", kNone, "no year 0"},
    {"0000-05-15", "", kNone, "no year 0"},
    {"15 Mei 2024 24:00", "2024-05-16T00:00:00+07:00", kNone, "next day"},
    {"31 Desember 2024 24:00 WIB", "2025-01-01T00:00:00+07:00", kNone, "next day"},
    {"15 Mei 2024 24:30", "", kNone, "invalid time"},
    {"2024-05-15T24:00:01", "", kNone, "invalid time"},
    {"15 Mei 2024 23:59:59", "2024-05-15T23:59:59+07:00", kNone, ""},
    {"15 Mei 2024 00:00", "2024-05-15T00:00:00+07:00", kNone, ""},
    {"15 Mei 2024 25:00", "2024-05-15", kNone, ""},
    {"15 Mei 2024 11:60", "2024-05-15", kNone, ""},
    {"1 Januari 9999 23:59 WIB", "9999-01-01T23:59:00+07:00", kNone, ""},
    {"31 Desember 9999 24:00 WIB", "", kNone, "past the year 9999"},
    {"garbage", "", kNone, "no date found"},
    {"", "", kNone, "no date found"},
    {"Rp 1.500.000", "", kNone, "no date found"},
    {"15 Mei", "", kNone, "no date found"},
    {"Mei 2024", "", kNone, "no date found"},
    {"32 Mei 2024", "", kNone, "no date found"},
    {"15/13/2024", "", kNone, "no date found"},
    {"15 Muharram 1445", "", kNone, "no date found"},
    {"0812-3456-7890", "", kNone, "no date found"},
    {"\xFF\xFE\xC3(", "", kNone, "no date found"},
    {"pukul 11.02 WIB", "", kNone, "a time without a date"},
    {"11:02", "", kNone, "a time without a date"},
    // Relative forms against the reference (12:00 WIB on 15 May 2024).
    {"baru saja", "2024-05-15T12:00:00+07:00", kNone, ""},
    {"just now", "2024-05-15T12:00:00+07:00", kNone, ""},
    {"5 menit lalu", "2024-05-15T11:55:00+07:00", kNone, ""},
    {"5 minutes ago", "2024-05-15T11:55:00+07:00", kNone, ""},
    {"2 jam yang lalu", "2024-05-15T10:00:00+07:00", kNone, ""},
    {"2 jam yg lalu", "2024-05-15T10:00:00+07:00", kNone, ""},
    {"sejam lalu", "2024-05-15T11:00:00+07:00", kNone, ""},
    {"an hour ago", "2024-05-15T11:00:00+07:00", kNone, ""},
    {"about 14 hours ago", "2024-05-14T22:00:00+07:00", kNone, ""},
    {"30 detik lalu", "2024-05-15T11:59:30+07:00", kNone, ""},
    {"1 hari lalu", "2024-05-14", kNone, ""},
    {"kemarin", "2024-05-14", kNone, ""},
    {"Kemarin, 10:15 WIB", "2024-05-14T10:15:00+07:00", kNone, ""},
    {"hari ini 08:00", "2024-05-15T08:00:00+07:00", kNone, ""},
    {"3 minggu lalu", "2024-04-24", kNone, ""},
    {"2 bulan lalu", "2024-03-15", kNone, ""},
    {"1 tahun lalu", "2023-05-15", kNone, ""},
    {"Diperbarui 2 jam lalu", "2024-05-15T10:00:00+07:00", kUpdated, ""},
    {"999999999 tahun lalu", "", kNone, "out of range"},
    // Two-digit years closing a text date, and numeric lines of older layouts.
    {"28 Nov 23 | 14:01", "2023-11-28T14:01:00+07:00", kNone, ""},
    {"3 Jan 25 07:45 WIB", "2025-01-03T07:45:00+07:00", kNone, ""},
    {"Jumat, 3 Jan 25 07.45 WIB", "2025-01-03T07:45:00+07:00", kNone, ""},
    {"3 Jan 25", "2025-01-03", kNone, ""},
    {"3 Jan 25, 07:45", "2025-01-03T07:45:00+07:00", kNone, ""},
    {"03/01/25", "2025-01-03", kNone, ""},
    {"03/01/25 07:45 WIB", "2025-01-03T07:45:00+07:00", kNone, ""},
    {"Senin, 02/03/2015 08:15 WIB", "2015-03-02T08:15:00+07:00", kNone, ""},
    {"Senin, 02-03-2015 | 08:15 WIB", "2015-03-02T08:15:00+07:00", kNone, ""},
    {"15 Mei 10:00 WIB", "", kNone, ""},
    {"15 Mei 10.00", "", kNone, ""},
    {"Pada 4 Mei 25 orang hadir", "", kNone, ""},
};

}  // namespace

TEST_CASE("dates: parse_date table", "[dates]") {
  REQUIRE(kParseCases.size() >= 150);
  const DateContext context = outlet_context();
  for (const ParseCase& c : kParseCases) {
    // An exactly sized copy, so a sanitizer catches any read past the end.
    const std::string text(c.text);
    CAPTURE(text);
    const DateResult result = parse_date(text, context);
    if (c.iso.empty()) {
      CHECK_FALSE(result);
      CHECK(result.error.find(c.message) != std::string::npos);
      CAPTURE(result.error);
      continue;
    }
    REQUIRE(result);
    CHECK(result.error.empty());
    CHECK(to_iso8601(*result.value) == c.iso);
    CHECK(result.label == c.label);
    if (c.message.empty()) {
      CHECK(result.warnings.empty());
    } else {
      CAPTURE(result.warnings);
      CHECK(mentions(result.warnings, c.message));
    }
  }
}

TEST_CASE("dates: ISO output round-trips through parse_date", "[dates]") {
  const DateContext context = outlet_context();
  for (const ParseCase& c : kParseCases) {
    if (c.iso.empty()) continue;
    const std::string iso(c.iso);
    CAPTURE(iso);
    const DateResult again = parse_date(iso, context);
    REQUIRE(again);
    CHECK(to_iso8601(*again.value) == iso);
    CHECK(again.warnings.empty());
  }
}

TEST_CASE("dates: has_seconds records whether the text had seconds", "[dates]") {
  const DateContext context = outlet_context();
  CHECK_FALSE(parse_date("15 Mei 2024 11:02 WIB", context).value->has_seconds);
  CHECK(parse_date("15 Mei 2024 11:02:00 WIB", context).value->has_seconds);
  CHECK_FALSE(parse_date("15 Mei 2024", context).value->has_time);
  CHECK(parse_date("15 Mei 2024 11:02", context).value->has_time);
}

TEST_CASE("dates: a missing zone falls back to the outlet's, else +07:00 with a warning", "[dates]") {
  DateContext wita;
  wita.default_offset_minutes = 480;
  CHECK(to_iso8601(*parse_date("15 Mei 2024 11:02", wita).value) == "2024-05-15T11:02:00+08:00");
  CHECK(parse_date("15 Mei 2024 11:02", wita).warnings.empty());
  CHECK(to_iso8601(*parse_date("15 Mei 2024 11:02 WIB", wita).value) == "2024-05-15T11:02:00+07:00");

  const DateResult unknown = parse_date("15 Mei 2024 11:02", DateContext{});
  REQUIRE(unknown);
  CHECK(to_iso8601(*unknown.value) == "2024-05-15T11:02:00+07:00");
  REQUIRE(unknown.warnings.size() == 1);
  CHECK(unknown.warnings.front().find("+07:00") != std::string::npos);
  // A date alone needs no zone and warns about none.
  CHECK(parse_date("15 Mei 2024", DateContext{}).warnings.empty());
}

TEST_CASE("dates: relative forms without a reference give no value", "[dates]") {
  for (const char* text : {"5 menit lalu", "kemarin", "baru saja", "3 weeks ago"}) {
    CAPTURE(text);
    const DateResult result = parse_date(text, DateContext{});
    CHECK_FALSE(result);
    CHECK(result.error.find("reference") != std::string::npos);
    CHECK_FALSE(result.warnings.empty());
  }
}

TEST_CASE("dates: two-digit years follow the reference's century", "[dates]") {
  CHECK(to_iso8601(*parse_date("15/05/24", DateContext{}).value) == "2024-05-15");
  CHECK(to_iso8601(*parse_date("15/05/85", DateContext{}).value) == "1985-05-15");
  DateContext old;
  old.reference = reference_time();
  old.reference->year = 1995;
  CHECK(to_iso8601(*parse_date("15/05/24", old).value) == "1924-05-15");
  CHECK(to_iso8601(*parse_date("15/05/05", old).value) == "2005-05-15");
}

TEST_CASE("dates: a 1 MB text is read in linear time", "[dates]") {
  const DateContext context = outlet_context();
  const std::vector<std::string> fillers = {"a", "1/", "11:",      "1.",           "Mei ", "Rabu, ", "(",
                                            "<", "+",  "\xC2\xA0", "\xE2\x80\x94", "12 ",  "2024-"};
  for (const std::string& filler : fillers) {
    std::string text;
    while (text.size() < (1u << 20)) text += filler;
    text += " Diperbarui 15 Mei 2024 11:02 WIB";
    CAPTURE(filler);
    const auto start = std::chrono::steady_clock::now();
    const DateResult result = parse_date(text, context);
    const auto elapsed = std::chrono::steady_clock::now() - start;
    // Generous for loaded machines and sanitizers; a quadratic scan would take hours.
    CHECK(elapsed < std::chrono::seconds(10));
    CHECK((result.value.has_value() || !result.error.empty()));
  }
  std::string garbage(1u << 20, 'x');
  CHECK_FALSE(parse_date(garbage, context));
  std::string plain;
  while (plain.size() < (1u << 20)) plain += "kata biasa tanpa tanggal ";
  plain += "Diperbarui 15 Mei 2024 11:02 WIB";
  const DateResult late = parse_date(plain, context);
  REQUIRE(late);
  CHECK(to_iso8601(*late.value) == "2024-05-15T11:02:00+07:00");
  CHECK(late.label == DateLabel::updated);
}

TEST_CASE("dates: find_dates reads every date of a visible line", "[dates]") {
  const auto found =
      warta::detail::find_dates("pada 18 Jan 2019, 22:18 WIB Diperbarui 07 Jun 2021, 20:56 WIB", outlet_context(), 3);
  REQUIRE(found.size() == 2);
  CHECK(to_iso8601(*found[0].result.value) == "2019-01-18T22:18:00+07:00");
  CHECK(found[0].result.label == DateLabel::none);
  CHECK(found[0].zone_written);
  CHECK(to_iso8601(*found[1].result.value) == "2021-06-07T20:56:00+07:00");
  CHECK(found[1].result.label == DateLabel::updated);
  CHECK_FALSE(warta::detail::find_dates("15 Mei 2024 11:02", outlet_context(), 1).front().zone_written);
}

namespace {

struct ResolveCase {
  const char* what;
  std::vector<DateCandidate> candidates;
  std::optional<std::string> published;
  std::optional<std::string> updated;
  std::vector<std::string> warning_parts;  // each must appear in some warning
};

const std::vector<ResolveCase> kResolveCases = {
    {"visible time with seconds from UTC JSON-LD of the same instant",
     {{DateSource::visible, DateLabel::published, "Kompas.com - 02/11/2023, 21:34 WIB"},
      {DateSource::jsonld, DateLabel::published, "2023-11-02T14:34:19+00:00"},
      {DateSource::jsonld, DateLabel::updated, "2023-11-02T14:34:19+00:00"}},
     "2023-11-02T21:34:19+07:00",
     "2023-11-02T21:34:19+07:00",
     {}},
    {"UTC metadata alone is converted to the page's zone",
     {{DateSource::jsonld, DateLabel::published, "2016-02-16T02:09:27Z"},
      {DateSource::jsonld, DateLabel::updated, "2016-02-16T04:23:10Z"}},
     "2016-02-16T09:09:27+07:00",
     "2016-02-16T11:23:10+07:00",
     {}},
    {"a visible WIB time wins over metadata that says the same clock in UTC",
     {{DateSource::visible, DateLabel::published, "Rabu, 15 Mei 2024 11:02 WIB"},
      {DateSource::meta, DateLabel::published, "2024-05-15T11:02:07Z"}},
     "2024-05-15T11:02:07+07:00",
     std::nullopt,
     {"wrong offset"}},
    {"detik's pubdate with dashes in the time carries WIB clock time",
     {{DateSource::visible, DateLabel::published, "Selasa 16 Jun 2015, 14:05 WIB"},
      {DateSource::meta, DateLabel::published, "2015-06-16T14-05-11Z"}},
     "2015-06-16T14:05:11+07:00",
     std::nullopt,
     {"wrong offset"}},
    {"a wrong -07:00 offset is corrected for published and updated alike",
     {{DateSource::visible, DateLabel::published, "NASIONAL | 17 Juni 2021 09:54"},
      {DateSource::meta, DateLabel::published, "Thu, 17 Jun 2021 09:54:49 GMT"},
      {DateSource::meta, DateLabel::published, "2021-06-17T09:54:49-07:00"},
      {DateSource::meta, DateLabel::updated, "2021-06-17T09:56:04-07:00"}},
     "2021-06-17T09:54:49+07:00",
     "2021-06-17T09:56:04+07:00",
     {"wrong offset"}},
    {"WordPress local time under +00:00 next to a zoneless visible time",
     {{DateSource::visible, DateLabel::published, "on 12:23 am Jun 19, 2015"},
      {DateSource::meta, DateLabel::published, "2015-06-19T00:23:23+00:00"},
      {DateSource::meta, DateLabel::updated, "2015-06-19T00:26:36+00:00"}},
     "2015-06-19T00:23:23+07:00",
     "2015-06-19T00:26:36+07:00",
     {"wrong offset"}},
    {"a visible time wins over metadata that disagrees",
     {{DateSource::visible, DateLabel::published, "Selasa, 23/02/2016 15:32 WIB"},
      {DateSource::meta, DateLabel::published, "2016-02-23 T16:00:20Z"}},
     "2016-02-23T15:32:00+07:00",
     std::nullopt,
     {"published: the visible time"}},
    {"a visible update wins over a disagreeing dateModified; published keeps metadata seconds",
     {{DateSource::visible, DateLabel::published, "pada 21 Jul 2021, 07:00 WIB"},
      {DateSource::visible, DateLabel::updated, "Diperbarui 21 Jul 2021, 07:00 WIB"},
      {DateSource::jsonld, DateLabel::published, "2021-07-21T07:00:18+07:00"},
      {DateSource::jsonld, DateLabel::updated, "2021-07-20T16:10:45+07:00"}},
     "2021-07-21T07:00:18+07:00",
     "2021-07-21T07:00:00+07:00",
     {"updated: the visible time"}},
    {"one visible line holding both dates",
     {{DateSource::visible, DateLabel::published, "pada 18 Jan 2019, 22:18 WIB Diperbarui 07 Jun 2021, 20:56 WIB"},
      {DateSource::meta, DateLabel::published, "2019-01-18T22:18:35+07:00"},
      {DateSource::meta, DateLabel::updated, "2021-06-07T20:56:33+07:00"}},
     "2019-01-18T22:18:35+07:00",
     "2021-06-07T20:56:33+07:00",
     {}},
    {"the same line selected as the updated field still gives both",
     {{DateSource::visible, DateLabel::updated, "pada 18 Jan 2019, 22:18 WIB Diperbarui 07 Jun 2021, 20:56 WIB"}},
     "2019-01-18T22:18:00+07:00",
     "2021-06-07T20:56:00+07:00",
     {}},
    {"a visible label overrides the candidate's",
     {{DateSource::visible, DateLabel::published, "Diperbarui 15 Mei 2024, 11:02 WIB"}},
     std::nullopt,
     "2024-05-15T11:02:00+07:00",
     {}},
    {"without anything visible, JSON-LD outranks meta and same-clock offsets are read locally",
     {{DateSource::meta, DateLabel::published, "2021-09-30T12-00-35Z"},
      {DateSource::meta, DateLabel::published, "2021/09/30 12:00:35"},
      {DateSource::jsonld, DateLabel::published, "2021-09-30T12:00:35+07:00"},
      {DateSource::jsonld, DateLabel::updated, "2021-09-30T12:00:35+07:00"}},
     "2021-09-30T12:00:35+07:00",
     "2021-09-30T12:00:35+07:00",
     {"wrong offset"}},
    {"metadata showing one clock under two offsets carries the local clock",
     {{DateSource::meta, DateLabel::published, "Thu, 17 Jun 2021 11:38:29 GMT"},
      {DateSource::meta, DateLabel::published, "2021-06-17T11:38:29-07:00"},
      {DateSource::meta, DateLabel::updated, "2021-06-17T19:23:04-07:00"}},
     "2021-06-17T11:38:29+07:00",
     "2021-06-17T19:23:04+07:00",
     {"wrong offset"}},
    {"a <time> of another article is no disagreement worth a warning",
     {{DateSource::visible, DateLabel::published, "15 Mei 2024 11:02 WIB"},
      {DateSource::time_element, DateLabel::none, "2024-05-14T08:00:00+07:00"},
      {DateSource::time_element, DateLabel::none, "2024-05-15T11:02:41+07:00"}},
     "2024-05-15T11:02:41+07:00",
     std::nullopt,
     {}},
    {"meta outranks <time>",
     {{DateSource::time_element, DateLabel::none, "2024-05-15T10:00:00+07:00"},
      {DateSource::meta, DateLabel::published, "2024-05-15T11:02:00+07:00"}},
     "2024-05-15T11:02:00+07:00",
     std::nullopt,
     {}},
    {"<time> text without zone is read in the outlet's zone",
     {{DateSource::time_element, DateLabel::none, "18 Jun 2015 at <span>06:25 WIB</span>"}},
     "2015-06-18T06:25:00+07:00",
     std::nullopt,
     {}},
    {"a URL date only when nothing better exists",
     {{DateSource::url, DateLabel::published, "2015-06-17"}},
     "2015-06-17",
     std::nullopt,
     {}},
    {"any time beats a URL date",
     {{DateSource::url, DateLabel::published, "2015-06-17"},
      {DateSource::jsonld, DateLabel::published, "2015-06-17T22:26:00+07:00"}},
     "2015-06-17T22:26:00+07:00",
     std::nullopt,
     {}},
    {"a visible date without time borrows the metadata time of that day",
     {{DateSource::visible, DateLabel::published, "Senin, 2 November 2015"},
      {DateSource::meta, DateLabel::published, "2015-11-02T09:15:00+07:00"}},
     "2015-11-02T09:15:00+07:00",
     std::nullopt,
     {}},
    {"a visible date without time wins over metadata of another day",
     {{DateSource::visible, DateLabel::published, "Senin, 2 November 2015"},
      {DateSource::meta, DateLabel::published, "2015-11-05T09:15:00+07:00"}},
     "2015-11-02",
     std::nullopt,
     {"the visible date"}},
    {"a visible date line beats the URL date",
     {{DateSource::url, DateLabel::published, "2015-06-17"},
      {DateSource::visible, DateLabel::published, "Rabu, 17 Juni 2015 | 22:26 WIB"}},
     "2015-06-17T22:26:00+07:00",
     std::nullopt,
     {}},
    {"updated equal to published is still given; none declared gives null",
     {{DateSource::jsonld, DateLabel::published, "2022-12-10T07:16:35+07:00"},
      {DateSource::jsonld, DateLabel::updated, "2022-12-10T07:16:35+07:00"}},
     "2022-12-10T07:16:35+07:00",
     "2022-12-10T07:16:35+07:00",
     {}},
    {"no candidates", {}, std::nullopt, std::nullopt, {}},
    {"unreadable candidates are reported",
     {{DateSource::meta, DateLabel::published, "bukan tanggal"},
      {DateSource::visible, DateLabel::published, "Rabu, 15 Mei 2024 11:02 WIB"}},
     "2024-05-15T11:02:00+07:00",
     std::nullopt,
     {"could not read the meta tag date"}},
    {"a weekday that does not fit is reported with the value",
     {{DateSource::visible, DateLabel::published, "Senin, 15 Mei 2024 11:02 WIB"}},
     "2024-05-15T11:02:00+07:00",
     std::nullopt,
     {"published: weekday"}},
    {"a visible WITA time keeps its zone",
     {{DateSource::visible, DateLabel::published, "15 Mei 2024 11:02 WITA"},
      {DateSource::jsonld, DateLabel::published, "2024-05-15T03:02:44Z"}},
     "2024-05-15T11:02:44+08:00",
     std::nullopt,
     {}},
};

}  // namespace

TEST_CASE("dates: resolve_timestamps precedence", "[dates]") {
  DateContext context;
  context.default_offset_minutes = 420;
  for (const ResolveCase& c : kResolveCases) {
    CAPTURE(c.what);
    const auto result = warta::detail::resolve_timestamps(c.candidates, context);
    CAPTURE(result.warnings);
    CHECK(result.published == c.published);
    CHECK(result.updated == c.updated);
    if (c.warning_parts.empty()) CHECK(result.warnings.empty());
    for (const std::string& part : c.warning_parts) {
      CAPTURE(part);
      CHECK(mentions(result.warnings, part));
    }
  }
}

TEST_CASE("dates: a profile's utc_marker_holds_local_time reads Z times on the outlet's clock", "[dates]") {
  DateContext context;
  context.default_offset_minutes = 420;
  warta::detail::Conventions misuses_z = warta::detail::builtin_conventions();
  misuses_z.utc_marker_holds_local_time = true;
  const std::vector<DateCandidate> only_z = {{DateSource::meta, DateLabel::published, "2015-03-02T08:15:00Z"},
                                             {DateSource::jsonld, DateLabel::updated, "2015-03-02T09:00:00Z"}};
  const auto fixed = warta::detail::resolve_timestamps(only_z, context, misuses_z);
  CHECK(fixed.published == "2015-03-02T08:15:00+07:00");
  CHECK(fixed.updated == "2015-03-02T09:00:00+07:00");
  CHECK(mentions(fixed.warnings, "marked UTC hold the outlet's local clock"));
  // Without the profile fact, Z is UTC.
  const auto plain = warta::detail::resolve_timestamps(only_z, context);
  CHECK(plain.published == "2015-03-02T15:15:00+07:00");
  CHECK(plain.warnings.empty());
  // A written offset other than UTC is left alone, and a visible time still decides.
  const auto offset = warta::detail::resolve_timestamps(
      {{DateSource::meta, DateLabel::published, "2015-03-02T08:15:00+07:00"}}, context, misuses_z);
  CHECK(offset.published == "2015-03-02T08:15:00+07:00");
  CHECK(offset.warnings.empty());
  const auto visible = warta::detail::resolve_timestamps(
      {{DateSource::visible, DateLabel::published, "Senin, 02/03/2015 15:15 WIB"},
       {DateSource::meta, DateLabel::published, "2015-03-02T08:15:30Z"}},
      context, misuses_z);
  CHECK(visible.published == "2015-03-02T15:15:30+07:00");
}

TEST_CASE("dates: resolve_timestamps converts metadata into the outlet's zone", "[dates]") {
  DateContext wita;
  wita.default_offset_minutes = 480;
  const auto result =
      warta::detail::resolve_timestamps({{DateSource::jsonld, DateLabel::published, "2024-05-15T03:02:00Z"}}, wita);
  CHECK(result.published == "2024-05-15T11:02:00+08:00");
}

TEST_CASE("dates: resolve_timestamps of an unknown outlet keeps the zone the page declares", "[dates]") {
  struct ZoneCase {
    const char* name;
    std::vector<DateCandidate> candidates;
    const char* published;
  };
  const std::vector<ZoneCase> cases = {
      {"visible WIT time with UTC metadata",
       {{DateSource::time_element, DateLabel::none, "2024-05-14T10:30:00+00:00"},
        {DateSource::visible, DateLabel::none, "14 Mei 2024, 19:30 WIT"}},
       "2024-05-14T19:30:00+09:00"},
      {"metadata agreeing on WITA", {{DateSource::jsonld, DateLabel::published, "2024-05-15T11:20:00+08:00"}},
       "2024-05-15T11:20:00+08:00"},
      {"UTC metadata read as WIB", {{DateSource::meta, DateLabel::published, "2024-05-13T08:15:00+00:00"}},
       "2024-05-13T15:15:00+07:00"},
      {"disagreeing metadata read as WIB",
       {{DateSource::jsonld, DateLabel::published, "2024-05-15T11:20:00+08:00"},
        {DateSource::meta, DateLabel::updated, "2024-05-15T12:20:00+09:00"}},
       "2024-05-15T10:20:00+07:00"},
  };
  for (const ZoneCase& c : cases) {
    INFO(c.name);
    CHECK(warta::detail::resolve_timestamps(c.candidates, DateContext{}).published == c.published);
  }
}

TEST_CASE("dates: date_from_url", "[dates]") {
  struct UrlCase {
    const char* url;
    std::optional<std::string> date;
  };
  const std::vector<UrlCase> cases = {
      {"http://bola.kompas.com/read/2015/06/17/22260808/judul.artikel", "2015-06-17"},
      {"http://news.okezone.com/read/2015/06/19/337/1167966/judul", "2015-06-19"},
      {"http://www.tribunnews.com/metropolitan/2015/06/19/judul-berita", "2015-06-19"},
      {"http://finance.detik.com/readfoto/2016/02/23/153201/3149106/461/1/judul", "2016-02-23"},
      {"http://www.thejakartapost.com/news/2015/06/19/judul.html", "2015-06-19"},
      {"http://gaya.tempo.co/read/news/2015/11/05/060716092/judul?i=1", "2015-11-05"},
      {"https://example.co.id/2016/02/23/", "2016-02-23"},
      {"https://example.co.id/2016/2/3/judul", "2016-02-03"},
      {"https://example.co.id/berita/2024-05-15/judul", "2024-05-15"},
      // yy/mm/dd before an article id is one outlet's convention (its profile's url_dates), not a default.
      {"http://bola.republika.co.id/berita/sepakbola/liga-inggris/15/11/18/nxzqjd348-judul", std::nullopt},
      {"/read/2015/06/17/judul", "2015-06-17"},
      {"https://sport.detik.com/sepakbola/d-6454487/judul", std::nullopt},
      {"http://www.antaranews.com/berita/527615/29-penerbangan-dibatalkan", std::nullopt},
      {"https://www.liputan6.com/news/read/4541831/judul", std::nullopt},
      {"https://www.merdeka.com/foto/artis/1319392/20210617095450-judul.html", std::nullopt},
      {"https://example.co.id/2015/13/45/judul", std::nullopt},
      {"https://example.co.id/1234/05/06/judul", std::nullopt},
      {"https://example.co.id/berita/15/11/18", std::nullopt},
      {"https://example.co.id/judul?date=2015/06/17/x", std::nullopt},
      {"https://2015/06/17", std::nullopt},
      {"", std::nullopt},
  };
  for (const UrlCase& c : cases) {
    CAPTURE(c.url);
    CHECK(warta::detail::date_from_url(c.url) == c.date);
  }
}

TEST_CASE("dates: date_from_url reads only the conventions' URL date patterns", "[dates]") {
  using warta::detail::UrlDatePattern;
  struct UrlCase {
    const char* url;
    std::vector<UrlDatePattern> patterns;
    std::optional<std::string> date;
  };
  const std::vector<UrlCase> cases = {
      {"https://example.co.id/berita/2024-05-15/judul", {UrlDatePattern::iso_segment}, "2024-05-15"},
      {"https://example.co.id/berita/2024-05-15/judul", {UrlDatePattern::year_month_day}, std::nullopt},
      {"https://example.co.id/read/2015/06/17/judul", {UrlDatePattern::year_month_day}, "2015-06-17"},
      {"https://example.co.id/read/2015/06/17/judul", {UrlDatePattern::short_year_before_id}, std::nullopt},
      {"https://example.co.id/berita/15/11/18/abc123-judul", {UrlDatePattern::short_year_before_id}, "2015-11-18"},
      {"https://example.co.id/berita/15/11/18/abc123-judul", {UrlDatePattern::year_month_day}, std::nullopt},
      {"https://example.co.id/read/2015/06/17/judul", {}, std::nullopt},
  };
  for (const UrlCase& c : cases) {
    CAPTURE(c.url, c.patterns.size());
    warta::detail::Conventions conventions = warta::detail::builtin_conventions();
    conventions.url_dates = c.patterns;
    CHECK(warta::detail::date_from_url(c.url, conventions) == c.date);
  }
}

TEST_CASE("dates: find_date_mentions", "[dates]") {
  using warta::Block;
  using warta::DateMention;
  const std::vector<Block> body = {
      {warta::BlockType::paragraph, "Rapat digelar Selasa (14/5/2024) di Jakarta."},
      {warta::BlockType::paragraph, "Hasilnya diumumkan Kamis (16/5) dan dibahas lagi Senin (13/5) malam."},
      {warta::BlockType::paragraph, "Kasus itu bermula Jumat (17/3) tahun lalu."},
      {warta::BlockType::paragraph, "Tanpa hari (14/5) tidak dihitung, begitu pula Senin (31/2)."},
      {warta::BlockType::paragraph, "Jum'at (17/5) dan Sabtu, (18/5/24) juga."},
  };
  const std::vector<DateMention> expected = {
      {"Selasa (14/5/2024)", "2024-05-14", 0}, {"Kamis (16/5)", "2024-05-16", 1},
      {"Senin (13/5)", "2024-05-13", 1},       {"Jumat (17/3)", "2023-03-17", 2},
      {"Jum'at (17/5)", "2024-05-17", 4},      {"Sabtu, (18/5/24)", "2024-05-18", 4},
  };
  CHECK(warta::detail::find_date_mentions(body, std::string("2024-05-20T10:00:00+07:00")) == expected);

  // A December Friday mentioned in a January article is from the year before.
  const std::vector<Block> january = {{warta::BlockType::paragraph, "Sejak Jumat (29/12) lalu."}};
  const std::vector<DateMention> december = {{"Jumat (29/12)", "2023-12-29", 0}};
  CHECK(warta::detail::find_date_mentions(january, std::string("2024-01-05")) == december);

  // Without a published date only mentions with their own year resolve.
  const std::vector<DateMention> explicit_only = {{"Selasa (14/5/2024)", "2024-05-14", 0},
                                                  {"Sabtu, (18/5/24)", "2024-05-18", 4}};
  CHECK(warta::detail::find_date_mentions(body, std::nullopt) == explicit_only);
}
