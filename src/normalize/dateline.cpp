#include "normalize/dateline.hpp"
#include "ascii.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "indonesian.hpp"
#include "normalize/byline.hpp"
#include "normalize/text.hpp"

namespace warta::detail {
namespace {

constexpr std::size_t kMaxHeadBytes = 90;  // "ISTANBUL, 23 Februari 2016 (Antara/PRNewswire)"
constexpr std::size_t kMaxOutletBytes = 40;
constexpr std::size_t kMaxPlaceWords = 3;   // "Bandar Seri Begawan"
constexpr std::size_t kMaxPlacePieces = 3;  // "Mataram, NTB" plus the outlet
constexpr std::size_t kMaxPeriodPlaceWords = 2;
constexpr std::size_t kMinPeriodPlaceBytes = 5;  // longer than titles ("Prof. Budi")


// Bytes of white space at text[i] (ASCII or NBSP, which pages put around the dash); 0 if none.
std::size_t space_length(std::string_view text, std::size_t i) noexcept {
  if (i >= text.size()) return 0;
  const char c = text[i];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return 1;
  return text.substr(i).starts_with("\xC2\xA0") ? 2 : 0;
}

std::size_t skip_spaces(std::string_view text, std::size_t i) noexcept {
  while (const std::size_t length = space_length(text, i)) i += length;
  return i;
}

std::string_view trim(std::string_view text) noexcept {
  text.remove_prefix(skip_spaces(text, 0));
  for (;;) {
    if (!text.empty() && space_length(text, text.size() - 1) == 1) {
      text.remove_suffix(1);
    } else if (text.ends_with("\xC2\xA0")) {
      text.remove_suffix(2);
    } else {
      return text;
    }
  }
}

// Bytes of the dash run at text[i] ("-", "--", en or em dash); 0 if there is none.
std::size_t dash_length(std::string_view text, std::size_t i) noexcept {
  std::size_t j = i;
  for (;;) {
    if (j < text.size() && text[j] == '-') {
      ++j;
    } else if (text.substr(j).starts_with("\xE2\x80\x93") || text.substr(j).starts_with("\xE2\x80\x94")) {
      j += 3;
    } else {
      return j - i;
    }
  }
}

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == separator) {
      parts.push_back(trim(text.substr(start, i - start)));
      start = i + 1;
    }
  }
  return parts;
}

// One word of a place name: capitalised or all caps, letters only (dots, hyphens and apostrophes
// inside, Latin letters beyond ASCII allowed).
bool is_place_word(std::string_view word) noexcept {
  if (word.empty()) return false;
  const auto lead = static_cast<unsigned char>(word.front());
  if (!is_ascii_upper(word.front()) && !(lead >= 0xC3 && lead <= 0xC5)) return false;
  return std::all_of(word.begin(), word.end(), [](char c) {
    return is_ascii_upper(c) || is_ascii_lower(c) || static_cast<unsigned char>(c) >= 0x80 || c == '.' || c == '-' || c == '\'';
  });
}

// "Jakarta", "LOS ANGELES", "Bandar Seri Begawan": 1 to `max_words` place words.
bool is_place(std::string_view piece, std::size_t max_words = kMaxPlaceWords) {
  const std::vector<std::string_view> words = split(piece, ' ');
  if (words.empty() || words.size() > max_words) return false;
  return std::all_of(words.begin(), words.end(), [](std::string_view w) { return is_place_word(w); });
}

// The date Antara writes between the city and the agency ("ISTANBUL, 23 Februari 2016 (Antara)").
bool is_date_piece(std::string_view piece) {
  if (piece.empty()) return false;
  if (is_ascii_digit(piece.front())) return true;
  return indonesian::weekday_number(piece.substr(0, piece.find(' '))).has_value();
}

// A one-word brand written in camel case or lower case ("KompasOtomotif", "detikcom").
bool is_brand_word(std::string_view piece) noexcept {
  if (piece.empty() || piece.find(' ') != std::string_view::npos) return false;
  if (is_ascii_lower(piece.front())) return true;
  for (std::size_t i = 1; i < piece.size(); ++i) {
    if (is_ascii_lower(piece[i - 1]) && is_ascii_upper(piece[i])) return true;
  }
  return false;
}

// An outlet of several words is capitalised word by word ("CNN Indonesia", "ANTARA News"); a domain
// inside lower-case words is a sentence ("contoh.com adalah situs berita").
bool is_outlet(std::string_view piece, const Conventions& conventions) {
  if (piece.size() > kMaxOutletBytes) return false;
  if (piece.find(' ') != std::string_view::npos) {
    for (std::string_view word : split(piece, ' ')) {
      if (!word.empty() && is_ascii_lower(word.front())) return false;
    }
  }
  return is_organisation_name(piece, conventions) || is_brand_word(piece);
}

// The agency in Antara's brackets ("ANTARA", "ANTARA News", "Antara/PRNewswire"), not a date
// ("(14/5)") or a weekday.
bool is_bracket_outlet(std::string_view inner) {
  if (inner.empty() || inner.size() > kMaxOutletBytes || !is_ascii_upper(inner.front())) return false;
  if (split(inner, ' ').size() > kMaxPlaceWords || is_date_piece(inner)) return false;
  return std::all_of(inner.begin(), inner.end(), [](char c) {
    return is_ascii_upper(c) || is_ascii_lower(c) || is_ascii_digit(c) || c == ' ' || c == '.' || c == '/';
  });
}

// Sets the city from comma-separated place pieces (a date among them is dropped); false when a
// piece is no place.
bool read_city(const std::vector<std::string_view>& pieces, Dateline& dateline) {
  std::string city;
  for (std::string_view piece : pieces) {
    if (is_date_piece(piece)) continue;
    if (!is_place(piece)) return false;
    if (!city.empty()) city.append(", ");
    city.append(piece);
  }
  if (!city.empty()) dateline.city = title_case_if_upper(city);
  return true;
}

// Reads what precedes the dash: "JAKARTA, KOMPAS.com", "Mataram, NTB (ANTARA News)", "Jakarta".
std::optional<Dateline> read_head(std::string_view head, const Conventions& conventions) {
  while (!head.empty() && head.back() == ',') head = trim(head.substr(0, head.size() - 1));
  if (head.empty() || head.size() > kMaxHeadBytes) return std::nullopt;
  Dateline dateline;
  if (head.back() == ')') {
    const std::size_t open = head.rfind('(');
    if (open == std::string_view::npos) return std::nullopt;
    const std::string_view inner = trim(head.substr(open + 1, head.size() - open - 2));
    if (!is_bracket_outlet(inner)) return std::nullopt;
    dateline.outlet = std::string(inner);
    std::string_view places = trim(head.substr(0, open));
    while (!places.empty() && places.back() == ',') places = trim(places.substr(0, places.size() - 1));
    if (!places.empty() && !read_city(split(places, ','), dateline)) return std::nullopt;
    return dateline;
  }
  std::vector<std::string_view> pieces = split(head, ',');
  if (pieces.size() > kMaxPlacePieces) return std::nullopt;
  const auto is_outlet_piece = [&conventions](std::string_view p) { return is_outlet(p, conventions); };
  const auto outlet = std::find_if(pieces.begin(), pieces.end(), is_outlet_piece);
  if (outlet != pieces.end()) {
    if (std::any_of(outlet + 1, pieces.end(), is_outlet_piece)) return std::nullopt;
    dateline.outlet = std::string(*outlet);
    pieces.erase(outlet);
  }
  if (!read_city(pieces, dateline)) return std::nullopt;
  if (!dateline.outlet && !dateline.city) return std::nullopt;
  return dateline;
}

// What follows a dateline starts a sentence; "Presiden Joko Widodo - yang ..." is an aside.
bool starts_sentence(std::string_view text, std::size_t i) noexcept { return i >= text.size() || !is_ascii_lower(text[i]); }

// Kontan puts the city after the outlet's dash, in capitals and closed by a full stop:
// "KONTAN.CO.ID - JAKARTA. Teks". Only the city is set.
DatelineSplit city_after_outlet(std::string_view paragraph, std::size_t at) {
  const std::size_t stop = paragraph.find(". ", at);
  if (stop == std::string_view::npos) return {};
  const std::string_view place = paragraph.substr(at, stop - at);
  const std::size_t next = skip_spaces(paragraph, stop + 1);
  if (!is_place(place) || std::any_of(place.begin(), place.end(), is_ascii_lower) || next >= paragraph.size() ||
      !is_ascii_upper(paragraph[next])) {
    return {};
  }
  return {Dateline{std::nullopt, title_case_if_upper(place)}, next};
}

// The shape of a dateline read before a dash.
DatelineShape dash_shape(std::string_view head, const Dateline& dateline) noexcept {
  if (head.back() == ')') return DatelineShape::agency_in_brackets;
  if (!dateline.outlet) return DatelineShape::city_dash;
  return dateline.city ? DatelineShape::city_outlet_dash : DatelineShape::outlet_dash;
}

// "City -" and "Outlet, City -" with any dash; the dash may end the paragraph (Detik puts
// "<strong>Jakarta</strong> -" before the first <p>).
DatelineSplit split_at_dash(std::string_view paragraph, const Conventions& conventions) {
  const std::size_t start = skip_spaces(paragraph, 0);
  const std::size_t limit = std::min(paragraph.size(), start + kMaxHeadBytes);
  for (std::size_t i = start; i < limit; ++i) {
    const std::size_t length = dash_length(paragraph, i);
    if (length == 0) continue;
    const std::string_view before = paragraph.substr(0, i);
    const bool spaced = before.ends_with(' ') || before.ends_with("\xC2\xA0") || i + length >= paragraph.size() ||
                        space_length(paragraph, i + length) > 0;
    // A lone ASCII hyphen between letters joins words ("Jean-Paul").
    if (length == 1 && !spaced) continue;
    const std::string_view head = trim(paragraph.substr(start, i - start));
    std::optional<Dateline> dateline = read_head(head, conventions);
    const std::size_t after = skip_spaces(paragraph, i + length);
    if (!dateline || (!dateline->outlet && !starts_sentence(paragraph, after))) return {};
    if (!dateline->city && conventions.allows(DatelineShape::outlet_dash_city_period)) {
      if (DatelineSplit trailing = city_after_outlet(paragraph, after); trailing.dateline) {
        dateline->city = std::move(trailing.dateline->city);
        return {std::move(dateline), trailing.prefix_bytes};
      }
    }
    if (!conventions.allows(dash_shape(head, *dateline))) return {};
    return {std::move(dateline), after};
  }
  return {};
}

// Liputan6 bolds "Liputan6.com, Jakarta" with no dash: a domain, a comma and one place word.
DatelineSplit split_without_dash(std::string_view paragraph, const Conventions& conventions) {
  const std::size_t start = skip_spaces(paragraph, 0);
  const std::size_t comma = paragraph.find(',', start);
  if (comma == std::string_view::npos || comma - start > kMaxOutletBytes) return {};
  const std::string_view outlet = paragraph.substr(start, comma - start);
  if (outlet.find('.') == std::string_view::npos || outlet.find(' ') != std::string_view::npos ||
      !is_organisation_name(outlet, conventions)) {
    return {};
  }
  const std::size_t city_start = skip_spaces(paragraph, comma + 1);
  std::size_t city_end = city_start;
  while (city_end < paragraph.size() && space_length(paragraph, city_end) == 0) ++city_end;
  const std::string_view city = paragraph.substr(city_start, city_end - city_start);
  const std::size_t after = skip_spaces(paragraph, city_end);
  if (!is_place(city, 1) || after >= paragraph.size() || !starts_sentence(paragraph, after) ||
      dash_length(paragraph, after) > 0) {
    return {};
  }
  return {Dateline{std::string(outlet), title_case_if_upper(city)}, after};
}

// One-word sentences that open a paragraph like a place would ("Tidak. Saya ...").
constexpr std::string_view kSentenceWords[] = {"tidak",    "ya",     "benar",       "betul",        "baik", "oke",
                                               "selamat",  "yes",    "no",          "okay",         "well", "indeed",
                                               "breaking", "update", "innalillahi", "alhamdulillah"};

// The Jakarta Globe writes "Jakarta. A bill ...": a place word or two, a full stop, a capital.
DatelineSplit split_at_period(std::string_view paragraph) {
  const std::size_t start = skip_spaces(paragraph, 0);
  const std::size_t stop = paragraph.find('.', start);
  if (stop == std::string_view::npos || space_length(paragraph, stop + 1) == 0) return {};
  const std::string_view place = paragraph.substr(start, stop - start);
  const std::size_t after = skip_spaces(paragraph, stop + 1);
  if (place.size() < kMinPeriodPlaceBytes || !is_place(place, kMaxPeriodPlaceWords) || after >= paragraph.size() ||
      !is_ascii_upper(paragraph[after])) {
    return {};
  }
  const std::string lower = ascii_lower(place);
  if (std::any_of(std::begin(kSentenceWords), std::end(kSentenceWords),
                  [&lower](std::string_view word) { return lower == word; })) {
    return {};
  }
  return {Dateline{std::nullopt, title_case_if_upper(place)}, after};
}

// Labels that open a first paragraph with a colon and are no place ("Catatan: ...").
constexpr std::string_view kColonLabels[] = {"catatan", "keterangan", "update", "info", "sumber", "ilustrasi",
                                             "baca", "simak", "lihat", "video", "contoh", "pengumuman"};

// Medcom and Metrotvnews write "Jakarta: Teks": one or two place words, a colon, a capital. Credit
// labels ("Editor:") and the labels above are no datelines.
DatelineSplit split_at_colon(std::string_view paragraph) {
  const std::size_t start = skip_spaces(paragraph, 0);
  const std::size_t colon = paragraph.find(':', start);
  if (colon == std::string_view::npos || colon - start > kMaxHeadBytes || space_length(paragraph, colon + 1) == 0) return {};
  const std::string_view place = trim(paragraph.substr(start, colon - start));
  const std::size_t after = skip_spaces(paragraph, colon + 1);
  if (!is_place(place, 2) || after >= paragraph.size() || !is_ascii_upper(paragraph[after])) return {};
  const std::string lower = ascii_lower(place);
  if (indonesian::credit_role(place) || indonesian::date_label(place) != DateLabel::none ||
      std::any_of(std::begin(kColonLabels), std::end(kColonLabels), [&lower](std::string_view w) { return lower == w; })) {
    return {};
  }
  return {Dateline{std::nullopt, title_case_if_upper(place)}, after};
}

}  // namespace

DatelineSplit split_dateline(std::string_view paragraph, const Conventions& conventions) {
  if (DatelineSplit split = split_at_dash(paragraph, conventions); split.dateline) return split;
  if (conventions.allows(DatelineShape::outlet_city)) {
    if (DatelineSplit split = split_without_dash(paragraph, conventions); split.dateline) return split;
  }
  if (conventions.allows(DatelineShape::city_colon)) {
    if (DatelineSplit split = split_at_colon(paragraph); split.dateline) return split;
  }
  if (conventions.allows(DatelineShape::city_period)) return split_at_period(paragraph);
  return {};
}

}  // namespace warta::detail
