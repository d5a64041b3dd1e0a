#pragma once
// Indonesian language knowledge shared by every stage, in one place: month and weekday names, time
// zones, date labels and credit labels. Outlet-specific knowledge lives in data/profiles instead.
// Source files stay ASCII: non-ASCII spellings (Jum'at with U+2019) are escaped.

#include <optional>
#include <string_view>

#include "warta/article.hpp"
#include "warta/datetime.hpp"

namespace warta::detail::indonesian {

// Month number 1..12 for a month name or abbreviation, Indonesian or English, any case, with or
// without a trailing dot ("Mei", "Agt.", "Nopember", "Sept"); nullopt otherwise.
std::optional<int> month_number(std::string_view word) noexcept;

// Weekday 0 = Sunday .. 6 = Saturday for "Senin", "Jum'at", "Ahad", "Monday", "Sat" ...; nullopt
// otherwise.
std::optional<int> weekday_number(std::string_view word) noexcept;

// UTC offset in minutes of a zone name: WIB 420, WITA 480, WIT 540, UTC/GMT/Z 0; nullopt otherwise.
std::optional<int> zone_offset_minutes(std::string_view word) noexcept;

// What a date label means: "Diperbarui", "Update", "Pembaruan terakhir" -> updated; "Diterbitkan",
// "Dipublikasikan", "Terbit", "Published" -> published.
DateLabel date_label(std::string_view word) noexcept;

// The role a credit label gives: "Penulis" author, "Editor"/"Redaktur"/"Penyunting" editor,
// "Reporter"/"Pewarta"/"Wartawan" reporter, "Fotografer"/"Foto" photographer, "Kontributor"
// contributor, "Penerjemah" translator ... (any case, without the colon); nullopt otherwise.
std::optional<Role> credit_role(std::string_view label) noexcept;

// The role of the first one-word credit label of at least six letters inside a lower-case class or
// id name ("nmreporter", "read-page--header__author", "penulis-editor"); shorter labels ("by", "red",
// "foto") are parts of unrelated names. nullopt when it names none.
std::optional<Role> credit_role_in_name(std::string_view lower_name) noexcept;

// True for a word of a writer's badge or slot that names nobody ("Verified" Writer, Penulis "Tamu",
// "Guest" Writer, "Staff"), in any case.
bool is_badge_word(std::string_view word) noexcept;

// True for the SEO phrases sites add to every page's keywords ("berita terkini", "portal Indonesia",
// "news"), which are no article's tag.
bool is_site_wide_keyword(std::string_view keyword) noexcept;

// True for a short heading of a list the site shows on every page ("Topik Pilihan", "Trending
// Topic", "Terpopuler", "Hot Topik").
bool names_site_wide_list(std::string_view label) noexcept;

}  // namespace warta::detail::indonesian
