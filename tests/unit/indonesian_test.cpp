#include "indonesian.hpp"

#include <catch2/catch.hpp>
#include <optional>
#include <string>
#include <vector>

namespace id = warta::detail::indonesian;
using warta::DateLabel;
using warta::Role;

namespace {

struct NumberCase {
  const char* word;
  std::optional<int> number;
};

}  // namespace

TEST_CASE("indonesian: month_number", "[indonesian]") {
  const std::vector<NumberCase> cases = {
      {"Januari", 1},
      {"january", 1},
      {"JAN", 1},
      {"Jan.", 1},
      {"Februari", 2},
      {"Pebruari", 2},
      {"Peb", 2},
      {"Feb", 2},
      {"Maret", 3},
      {"March", 3},
      {"Mar", 3},
      {"April", 4},
      {"Apr.", 4},
      {"Mei", 5},
      {"MEI", 5},
      {"May", 5},
      {"Juni", 6},
      {"June", 6},
      {"Jun", 6},
      {"Juli", 7},
      {"July", 7},
      {"Jul", 7},
      {"Agustus", 8},
      {"Agu", 8},
      {"Agt", 8},
      {"Agt.", 8},
      {"Ags", 8},
      {"Agus", 8},
      {"Aug", 8},
      {"September", 9},
      {"Sep", 9},
      {"Sept", 9},
      {"Sept.", 9},
      {"Oktober", 10},
      {"Okt", 10},
      {"October", 10},
      {"Oct", 10},
      {"November", 11},
      {"Nopember", 11},
      {"Nov", 11},
      {"Nop", 11},
      {"Desember", 12},
      {"Des", 12},
      {"December", 12},
      {"dec", 12},
      {"", std::nullopt},
      {".", std::nullopt},
      {"Mart", std::nullopt},
      {"Muharram", std::nullopt},
      {"Januar", std::nullopt},
      {"Mei..", std::nullopt},
      {"Senin", std::nullopt},
  };
  for (const NumberCase& c : cases) {
    CAPTURE(c.word);
    CHECK(id::month_number(c.word) == c.number);
  }
}

TEST_CASE("indonesian: weekday_number", "[indonesian]") {
  const std::vector<NumberCase> cases = {
      {"Minggu", 0},
      {"Ahad", 0},
      {"Sunday", 0},
      {"Sun", 0},
      {"Senin", 1},
      {"SENIN", 1},
      {"Monday", 1},
      {"Mon", 1},
      {"Selasa", 2},
      {"Tuesday", 2},
      {"Tue", 2},
      {"Rabu", 3},
      {"Wednesday", 3},
      {"Wed", 3},
      {"Kamis", 4},
      {"Thursday", 4},
      {"Thu", 4},
      {"Jumat", 5},
      {"Jum'at", 5},
      {"Jum\342\200\231at", 5},
      {"Jum`at", 5},
      {"Friday", 5},
      {"Fri.", 5},
      {"Sabtu", 6},
      {"Saturday", 6},
      {"Sat", 6},
      {"", std::nullopt},
      {"Mei", std::nullopt},
      {"Jumaat", std::nullopt},
  };
  for (const NumberCase& c : cases) {
    CAPTURE(c.word);
    CHECK(id::weekday_number(c.word) == c.number);
  }
}

TEST_CASE("indonesian: zone_offset_minutes", "[indonesian]") {
  const std::vector<NumberCase> cases = {
      {"WIB", 420},
      {"wib", 420},
      {"WIB.", 420},
      {"WITA", 480},
      {"Wita", 480},
      {"WIT", 540},
      {"UTC", 0},
      {"GMT", 0},
      {"Z", 0},
      {"z", 0},
      {"", std::nullopt},
      {"WIBB", std::nullopt},
      {"EST", std::nullopt},
      {"+0700", std::nullopt},
  };
  for (const NumberCase& c : cases) {
    CAPTURE(c.word);
    CHECK(id::zone_offset_minutes(c.word) == c.number);
  }
}

TEST_CASE("indonesian: date_label", "[indonesian]") {
  struct LabelCase {
    const char* text;
    DateLabel label;
  };
  const std::vector<LabelCase> cases = {
      {"Diperbarui", DateLabel::updated},
      {"diperbaharui", DateLabel::updated},
      {"Update:", DateLabel::updated},
      {"Updated", DateLabel::updated},
      {"Pembaruan terakhir", DateLabel::updated},
      {"Terakhir diperbarui:", DateLabel::updated},
      {"Last updated", DateLabel::updated},
      {"Diterbitkan", DateLabel::published},
      {"Dipublikasikan", DateLabel::published},
      {"Terbit:", DateLabel::published},
      {"Published", DateLabel::published},
      {"  Published on  ", DateLabel::published},
      {"", DateLabel::none},
      {"pada", DateLabel::none},
      {"Penerbit", DateLabel::none},
      {"Terakhir", DateLabel::none},
  };
  for (const LabelCase& c : cases) {
    CAPTURE(c.text);
    CHECK(id::date_label(c.text) == c.label);
  }
}

TEST_CASE("indonesian: credit_role", "[indonesian]") {
  struct RoleCase {
    const char* label;
    std::optional<Role> role;
  };
  const std::vector<RoleCase> cases = {
      {"Penulis", Role::author},
      {"penulis:", Role::author},
      {"PENULIS :", Role::author},
      {"Oleh", Role::author},
      {"By", Role::author},
      {"Ditulis oleh", Role::author},
      {"Reporter", Role::reporter},
      {"Rep", Role::reporter},
      {"Pewarta", Role::reporter},
      {"Wartawan", Role::reporter},
      {"Laporan Wartawan", Role::reporter},
      {"Laporan  wartawan", Role::reporter},
      {"Jurnalis", Role::reporter},
      {"Editor", Role::editor},
      {"Editor:", Role::editor},
      {"Redaktur", Role::editor},
      {"Red", Role::editor},
      {"Penyunting", Role::editor},
      {"Fotografer", Role::photographer},
      {"Foto", Role::photographer},
      {"Pewarta Foto", Role::photographer},
      {"Kontributor", Role::contributor},
      {"Penerjemah", Role::translator},
      {"Alih bahasa", Role::translator},
      {"", std::nullopt},
      {":", std::nullopt},
      {"Sumber", std::nullopt},
      {"Tim Redaksi", std::nullopt},
      {"Editorial", std::nullopt},
      {"Laporan", std::nullopt},
  };
  for (const RoleCase& c : cases) {
    CAPTURE(c.label);
    CHECK(id::credit_role(c.label) == c.role);
  }
}

TEST_CASE("indonesian: credit_role_in_name", "[indonesian]") {
  struct NameCase {
    const char* name;
    std::optional<Role> role;
  };
  const std::vector<NameCase> cases = {
      {"author", Role::author},
      {"entry-author vcard", Role::author},
      {"read-page--header__authors", Role::author},
      {"penulis-editor", Role::author},
      {"nmreporter", Role::reporter},
      {"pewarta", Role::reporter},
      {"post-editor", Role::editor},
      {"redaktur", Role::editor},
      {"fotografer", Role::photographer},
      {"kontributor-daerah", Role::contributor},
      // Short labels are parts of unrelated names.
      {"red", std::nullopt},
      {"text-red", std::nullopt},
      {"by-line", std::nullopt},
      {"photo", std::nullopt},
      {"foto-utama", std::nullopt},
      {"rep-box", std::nullopt},
      {"detail-content", std::nullopt},
      {"", std::nullopt},
  };
  for (const NameCase& c : cases) {
    INFO(c.name);
    CHECK(id::credit_role_in_name(c.name) == c.role);
  }
}
