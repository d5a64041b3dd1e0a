#include "indonesian.hpp"
#include "ascii.hpp"

#include <algorithm>
#include <cstddef>

#include "normalize/text.hpp"

namespace warta::detail::indonesian {
namespace {

struct NamedNumber {
  std::string_view name;
  int number;
};

// Indonesian and English month names and the abbreviations pages print ("Agt", "Nop", "Peb" are
// older Indonesian spellings still used by Antara and Republika).
constexpr NamedNumber kMonths[] = {
    {"januari", 1},   {"january", 1},   {"jan", 1},   {"februari", 2}, {"pebruari", 2},  {"february", 2},  {"feb", 2},
    {"peb", 2},       {"maret", 3},     {"march", 3}, {"mar", 3},      {"april", 4},     {"apr", 4},       {"mei", 5},
    {"may", 5},       {"juni", 6},      {"june", 6},  {"jun", 6},      {"juli", 7},      {"july", 7},      {"jul", 7},
    {"agustus", 8},   {"august", 8},    {"agu", 8},   {"agt", 8},      {"ags", 8},       {"agus", 8},      {"aug", 8},
    {"september", 9}, {"sep", 9},       {"sept", 9},  {"oktober", 10}, {"october", 10},  {"okt", 10},      {"oct", 10},
    {"november", 11}, {"nopember", 11}, {"nov", 11},  {"nop", 11},     {"desember", 12}, {"december", 12}, {"des", 12},
    {"dec", 12}};

// 0 = Sunday. "Minggu" and "Ahad" are both Sunday; "Jum'at" is spelled with ', ` or U+2019.
constexpr NamedNumber kWeekdays[] = {{"minggu", 0},   {"ahad", 0},   {"sunday", 0},  {"sun", 0},
                                     {"min", 0},      {"senin", 1},  {"monday", 1},  {"mon", 1},
                                     {"sen", 1},      {"selasa", 2}, {"tuesday", 2}, {"tue", 2},
                                     {"tues", 2},     {"sel", 2},    {"rabu", 3},    {"wednesday", 3},
                                     {"wed", 3},      {"rab", 3},    {"kamis", 4},   {"thursday", 4},
                                     {"thu", 4},      {"thur", 4},   {"thurs", 4},   {"kam", 4},
                                     {"jumat", 5},    {"jum'at", 5}, {"jum`at", 5},  {"jum\342\200\231at", 5},
                                     {"friday", 5},   {"fri", 5},    {"jum", 5},     {"sabtu", 6},
                                     {"saturday", 6}, {"sat", 6},    {"sab", 6}};

// Zones Indonesian pages name, and the UTC spellings metadata uses.
constexpr NamedNumber kZones[] = {{"wib", 420}, {"wita", 480}, {"wit", 540}, {"utc", 0},
                                  {"gmt", 0},   {"ut", 0},     {"z", 0}};

struct LabelWord {
  std::string_view word;
  DateLabel label;
};

// Words that say what the date after them is ("Diperbarui 15 Mei 2024", "Update: ...").
constexpr LabelWord kDateLabels[] = {{"diperbarui", DateLabel::updated},       {"diperbaharui", DateLabel::updated},
                                     {"pembaruan", DateLabel::updated},        {"pembaharuan", DateLabel::updated},
                                     {"diupdate", DateLabel::updated},         {"update", DateLabel::updated},
                                     {"updated", DateLabel::updated},          {"modified", DateLabel::updated},
                                     {"diterbitkan", DateLabel::published},    {"terbit", DateLabel::published},
                                     {"dipublikasikan", DateLabel::published}, {"dipublikasi", DateLabel::published},
                                     {"dipublish", DateLabel::published},      {"published", DateLabel::published},
                                     {"posted", DateLabel::published}};

struct CreditLabel {
  std::string_view label;  // lower case, single spaces, without the colon
  Role role;
};

// Credit labels shared by all outlets ("Penulis: A | Editor: B", Republika "Rep: C31/ Red: A").
// Outlet-only labels belong in data/profiles. Extend here when a new outlet uses another common word.
constexpr CreditLabel kCreditLabels[] = {{"penulis", Role::author},
                                         {"ditulis oleh", Role::author},
                                         {"oleh", Role::author},
                                         {"author", Role::author},
                                         {"writer", Role::author},
                                         {"by", Role::author},
                                         {"written by", Role::author},
                                         {"reporter", Role::reporter},
                                         {"rep", Role::reporter},
                                         {"pewarta", Role::reporter},
                                         {"wartawan", Role::reporter},
                                         {"laporan wartawan", Role::reporter},
                                         {"laporan reporter", Role::reporter},
                                         {"jurnalis", Role::reporter},
                                         {"journalist", Role::reporter},
                                         {"koresponden", Role::reporter},
                                         {"correspondent", Role::reporter},
                                         {"editor", Role::editor},
                                         {"redaktur", Role::editor},
                                         {"red", Role::editor},
                                         {"penyunting", Role::editor},
                                         {"editing", Role::editor},
                                         {"fotografer", Role::photographer},
                                         {"foto", Role::photographer},
                                         {"pewarta foto", Role::photographer},
                                         {"photographer", Role::photographer},
                                         {"photo", Role::photographer},
                                         {"kontributor", Role::contributor},
                                         {"contributor", Role::contributor},
                                         {"penerjemah", Role::translator},
                                         {"penterjemah", Role::translator},
                                         {"alih bahasa", Role::translator},
                                         {"diterjemahkan oleh", Role::translator},
                                         {"translator", Role::translator},
                                         {"translated by", Role::translator}};

// The number of a name in `table`, ignoring case and one trailing dot ("Agt.", "Sel.").
template <std::size_t N>
std::optional<int> lookup(const NamedNumber (&table)[N], std::string_view word) noexcept {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  for (const NamedNumber& entry : table) {
    if (equals_icase(word, entry.name)) return entry.number;
  }
  return std::nullopt;
}

std::string_view trim_blanks(std::string_view text) noexcept {
  while (!text.empty() && is_ascii_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_ascii_space(text.back())) text.remove_suffix(1);
  return text;
}

// True when `text` is `label` word for word, ignoring ASCII case and the width of the white space.
bool same_words(std::string_view text, std::string_view label) noexcept {
  std::size_t i = 0;
  for (std::size_t j = 0; j < label.size(); ++j) {
    if (label[j] == ' ') {
      if (i >= text.size() || !is_ascii_space(text[i])) return false;
      while (i < text.size() && is_ascii_space(text[i])) ++i;
      continue;
    }
    if (i >= text.size() || !equals_icase(text.substr(i, 1), label.substr(j, 1))) return false;
    ++i;
  }
  return i == text.size();
}

}  // namespace

std::optional<int> month_number(std::string_view word) noexcept { return lookup(kMonths, word); }

std::optional<int> weekday_number(std::string_view word) noexcept { return lookup(kWeekdays, word); }

std::optional<int> zone_offset_minutes(std::string_view word) noexcept { return lookup(kZones, word); }

DateLabel date_label(std::string_view word) noexcept {
  // A phrase ("Pembaruan terakhir", "Last updated:") is read word by word; the first label word counts.
  while (!word.empty()) {
    word = trim_blanks(word);
    std::size_t end = 0;
    while (end < word.size() && !is_ascii_space(word[end])) ++end;
    std::string_view first = word.substr(0, end);
    while (!first.empty() && (first.back() == ':' || first.back() == '.' || first.back() == ',')) {
      first.remove_suffix(1);
    }
    for (const LabelWord& entry : kDateLabels) {
      if (equals_icase(first, entry.word)) return entry.label;
    }
    word.remove_prefix(end);
  }
  return DateLabel::none;
}

std::optional<Role> credit_role(std::string_view label) noexcept {
  label = trim_blanks(label);
  while (!label.empty() && label.back() == ':') label = trim_blanks(label.substr(0, label.size() - 1));
  for (const CreditLabel& entry : kCreditLabels) {
    if (same_words(label, entry.label)) return entry.role;
  }
  return std::nullopt;
}

std::optional<Role> credit_role_in_name(std::string_view lower_name) noexcept {
  constexpr std::size_t kMinNameLabelBytes = 6;
  for (const CreditLabel& entry : kCreditLabels) {
    if (entry.label.size() < kMinNameLabelBytes || entry.label.find(' ') != std::string_view::npos) continue;
    if (lower_name.find(entry.label) != std::string_view::npos) return entry.role;
  }
  return std::nullopt;
}

bool is_site_wide_keyword(std::string_view keyword) noexcept {
  // SEO phrases regional sites append to every page's keywords, whatever the article: "news" and
  // "berita ..."/"portal ..." descriptions of the site ("berita terkini", "berita harian online").
  keyword = trim_blanks(keyword);
  const std::size_t end = std::min(keyword.find(' '), keyword.size());
  const std::string_view first = keyword.substr(0, end);
  return equals_icase(keyword, "news") || equals_icase(keyword, "berita") ||
         (end < keyword.size() && (equals_icase(first, "berita") || equals_icase(first, "portal")));
}

bool is_badge_word(std::string_view word) noexcept {
  static constexpr std::string_view kBadgeWords[] = {"verified", "tamu",      "guest",  "official", "community",
                                                     "komunitas", "staf",     "staff",  "member",   "anggota"};
  return std::any_of(std::begin(kBadgeWords), std::end(kBadgeWords),
                     [word](std::string_view badge) { return equals_icase(word, badge); });
}

bool names_site_wide_list(std::string_view label) noexcept {
  // Headings of the lists a site repeats on every page: picks, trending and popular topics.
  static constexpr std::string_view kWords[] = {"pilihan", "populer",   "terpopuler", "trending",
                                                "hangat",  "terhangat", "hot",        "favorit"};
  constexpr std::size_t kMaxLabelBytes = 48;
  if (label.size() > kMaxLabelBytes) return false;
  std::size_t i = 0;
  while (i < label.size()) {
    while (i < label.size() && !is_ascii_alpha(label[i])) ++i;
    std::size_t end = i;
    while (end < label.size() && is_ascii_alpha(label[end])) ++end;
    const std::string_view word = label.substr(i, end - i);
    for (std::string_view site_wide : kWords) {
      if (equals_icase(word, site_wide)) return true;
    }
    i = end;
  }
  return false;
}

}  // namespace warta::detail::indonesian
