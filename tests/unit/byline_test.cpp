#include "normalize/byline.hpp"

#include <catch2/catch.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

using warta::Block;
using warta::BlockType;
using warta::Person;
using warta::Role;

// "Name=role|Name=role", so a failing row shows every person at once.
std::string describe(const std::vector<Person>& people) {
  std::string out;
  for (const Person& person : people) {
    if (!out.empty()) out += '|';
    out += person.name + '=' + std::string(warta::to_string(person.role));
  }
  return out;
}

std::string join(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& part : parts) {
    if (!out.empty()) out += ',';
    out += part;
  }
  return out;
}

struct BylineCase {
  std::string_view text;
  std::string_view expected;
  Role default_role = Role::author;
};

// Invented names in the shapes Indonesian outlets print.
const BylineCase kBylines[] = {
    // "oleh" / "By" bylines, with the outlet's casing and punctuation.
    {"oleh Rina Kartika", "Rina Kartika=author"},
    {"Oleh Rina Kartika", "Rina Kartika=author"},
    {"OLEH: Rina Kartika", "Rina Kartika=author"},
    {"Oleh: Rina Kartika", "Rina Kartika=author"},
    {"Oleh : Rina Kartika", "Rina Kartika=author"},
    {"By Rina Kartika", "Rina Kartika=author"},
    {"by Rina Kartika", "Rina Kartika=author"},
    {"BY: Rina Kartika", "Rina Kartika=author"},
    {"  Oleh\n  Rina   Kartika  ", "Rina Kartika=author"},
    {"Ditulis oleh Rina Kartika", "Rina Kartika=author"},
    {"Written by Rina Kartika", "Rina Kartika=author"},
    // Dates and channels glued to the name.
    {"oleh Rina Kartika diperbarui 15 Mei 2024, 11:02 WIB", "Rina Kartika=author"},
    {"oleh Rina Kartika dipublikasikan 15 Mei 2024, 11:02 WIB", "Rina Kartika=author"},
    {"Oleh : Tono Wibisono - detikNews Jumat, 19 Juni 2015", "Tono Wibisono=author"},
    {"Tono Wibisono - detiknews", "Tono Wibisono=author"},
    {"Putri Anggraini - detikSport", "Putri Anggraini=author"},
    // Credit elements read with " | " between their blocks: a role under the name, table cells.
    {"Fajar Nugroho | Jurnalis", "Fajar Nugroho=author"},
    {"Fajar Nugroho | Penulis | Sari Dewi | Editor", "Fajar Nugroho=author|Sari Dewi=editor"},
    {"| | Penulis : Fajar Nugroho | | | Editor : Sari Dewi | |", "Fajar Nugroho=author|Sari Dewi=editor"},
    {"Redaktur : | Sari Dewi", "Sari Dewi=editor"},
    {"Oleh : | Fajar Nugroho", "Fajar Nugroho=author"},
    {"Sari Dewi", "Sari Dewi=editor", Role::editor},
    {"Fotografer: Bayu Saputra", "Bayu Saputra=photographer"},
    // A teaser title behind a "FOTO:" label names no photographer... when it is no name.
    {"FOTO: Warga Antre Minyak Goreng di Pasar Induk Sejak Pagi", ""},
    {"Putri Anggraini - Sepakbola", "Putri Anggraini=author"},
    {"Putri Anggraini \xE2\x80\x93 Sepakbola", "Putri Anggraini=author"},
    {"Tono Wibisono - detikHealth Kamis, 02 Nov 2023 20:59 WIB", "Tono Wibisono=author"},
    {"Oleh Rina Kartika pada 18 Jan 2019, 22:18 WIB", "Rina Kartika=author"},
    {"By Rina Kartika on 16 Feb 2016 at 09:09 WIB", "Rina Kartika=author"},
    {"Rina Kartika, 15 Mei 2024", "Rina Kartika=author"},
    {"Oleh Rina Kartika Selasa, 14 Mei 2024 10:00 WIB", "Rina Kartika=author"},
    {"Oleh Rina Kartika Update: 14 Mei 2024", "Rina Kartika=author"},
    {"Rina Kartika | Senin, 13 Mei 2024 | 08:15 WIB", "Rina Kartika=author"},
    // Labelled credit rows.
    {"Penulis: Anton Wijaya | Editor: Sari Dewi", "Anton Wijaya=author|Sari Dewi=editor"},
    {"Penulis : Anton Wijaya Editor : Sari Dewi", "Anton Wijaya=author|Sari Dewi=editor"},
    {"Penulis: Anton Wijaya, Lia Rahma | Editor: Sari Dewi", "Anton Wijaya=author|Lia Rahma=author|Sari Dewi=editor"},
    {"Penulis: Anton Wijaya dan Lia Rahma", "Anton Wijaya=author|Lia Rahma=author"},
    {"Penulis: Anton Wijaya & Lia Rahma", "Anton Wijaya=author|Lia Rahma=author"},
    {"By Anton Wijaya and Lia Rahma", "Anton Wijaya=author|Lia Rahma=author"},
    {"Penulis: Anton Wijaya, Lia Rahma dan Bayu Aji", "Anton Wijaya=author|Lia Rahma=author|Bayu Aji=author"},
    {"Reporter: Anton Wijaya; Editor: Sari Dewi", "Anton Wijaya=author|Sari Dewi=editor"},
    {"Reporter : Anton Wijaya", "Anton Wijaya=author"},
    {"Reporter: Anton Wijaya | Penulis: Lia Rahma | Editor: Sari Dewi",
     "Anton Wijaya=reporter|Lia Rahma=author|Sari Dewi=editor"},
    {"Penulis: Lia Rahma | Reporter: Anton Wijaya", "Lia Rahma=author|Anton Wijaya=reporter"},
    {"Reporter: Anton Wijaya, Bayu Aji | Redaktur: Sari Dewi", "Anton Wijaya=author|Bayu Aji=author|Sari Dewi=editor"},
    {"Pewarta: Anton Wijaya / Editor: Sari Dewi", "Anton Wijaya=reporter|Sari Dewi=editor"},
    {"Pewarta: Anton Wijaya dan Bayu S / Editor: Sari Dewi", "Anton Wijaya=reporter|Bayu S=reporter|Sari Dewi=editor"},
    {"Pewarta:\nAnton Wijaya\nEditor:\nSari Dewi", "Anton Wijaya=reporter|Sari Dewi=editor"},
    {"Pewarta: | Anton Wijaya", "Anton Wijaya=reporter"},
    {"Pewarta Foto: Bayu Aji", "Bayu Aji=photographer"},
    {"Laporan Wartawan Tribunnews.com, Anton Wijaya", "Anton Wijaya=reporter"},
    {"Laporan Wartawan Tribunnews.com Anton Wijaya", "Anton Wijaya=reporter"},
    {"Laporan wartawan Tribun Jabar, Anton Wijaya", "Anton Wijaya=reporter"},
    {"Laporan Reporter Tribunnews.com, Anton Wijaya", "Anton Wijaya=reporter"},
    {"Editor: Sari Dewi", "Sari Dewi=editor"},
    {"Redaktur: Sari Dewi", "Sari Dewi=editor"},
    {"Redaktur : Sari Dewi", "Sari Dewi=editor"},
    // Two labels joined credit the name with both roles; "dan" between names is no joint label.
    {"Redaktur & Reporter : Sari Dewi", "Sari Dewi=author|Sari Dewi=editor"},
    {"Penulis dan Editor: Sari Dewi", "Sari Dewi=editor|Sari Dewi=author"},
    {"Penulis: Anton Wijaya dan Sari Dewi", "Anton Wijaya=author|Sari Dewi=author"},
    {"Reporter & Fotografer: Bayu Aji | Redaktur: Sari Dewi", "Bayu Aji=photographer|Bayu Aji=author|Sari Dewi=editor"},
    {"Penyunting: Sari Dewi", "Sari Dewi=editor"},
    {"Fotografer: Bayu Aji", "Bayu Aji=photographer"},
    {"Foto: Bayu Aji", "Bayu Aji=photographer"},
    {"Penerjemah: Lia Rahma", "Lia Rahma=translator"},
    {"Alih bahasa: Lia Rahma", "Lia Rahma=translator"},
    {"Kontributor Bandung, Dedi Kurnia", "Dedi Kurnia=contributor"},
    {"Kontributor Kabupaten Bandung Barat, Dedi Kurnia", "Dedi Kurnia=contributor"},
    {"Kontributor: Dedi Kurnia", "Dedi Kurnia=contributor"},
    {"Penulis : Kontributor Lhokseumawe, Dedi Kurnia", "Dedi Kurnia=contributor"},
    {"Rep: C31/ Red: Sari Dewi", "Sari Dewi=editor"},
    {"Rep: Anton Wijaya/ Red: Sari Dewi", "Anton Wijaya=author|Sari Dewi=editor"},
    {"Penulis Anton Wijaya", "Anton Wijaya=author"},
    {"Editor Sari Dewi", "Sari Dewi=editor"},
    {"Penulis: Anton Wijaya \xE2\x80\xA2 Editor: Sari Dewi", "Anton Wijaya=author|Sari Dewi=editor"},
    {"Penulis: Anton Wijaya \xE2\x80\x94 Editor: Sari Dewi", "Anton Wijaya=author|Sari Dewi=editor"},
    // Name then role, as credit boxes print them.
    {"Sari Dewi - Editor", "Sari Dewi=editor"},
    {"Anton Wijaya - Author | Sari Dewi - Editor", "Anton Wijaya=author|Sari Dewi=editor"},
    {"Dewi Kania / Jurnalis", "Dewi Kania=author"},
    {"Liputan6.com - Photographer", ""},
    // Names with titles, initials, particles and capitals.
    {"Oleh Dr. Rina Kartika", "Dr. Rina Kartika=author"},
    {"Oleh dr. Rina Kartika", "dr. Rina Kartika=author"},
    {"Penulis: A.B. Cahyono", "A.B. Cahyono=author"},
    {"Editor: B Kunto Wijaya", "B Kunto Wijaya=editor"},
    {"Putra Rusdi K", "Putra Rusdi K=author"},
    {"Oleh Marco van Basten", "Marco van Basten=author"},
    {"Penulis: Ahmad bin Yusuf", "Ahmad bin Yusuf=author"},
    {"RAHMAT", "Rahmat=author"},
    {"Oleh: RAHMAT HIDAYAT", "Rahmat Hidayat=author"},
    {"Oleh: Rahmat HIDAYAT", "Rahmat HIDAYAT=author"},
    {"Reporter: JOKO PRASETYO | Editor: SARI DEWI", "Joko Prasetyo=author|Sari Dewi=editor"},
    {"Mathias Wibowo.", "Mathias Wibowo=author"},
    {"Agus S.", "Agus S=author"},
    {"Penulis: Anton Wijaya,", "Anton Wijaya=author"},
    {"Penulis: \"Anton Wijaya\"", "Anton Wijaya=author"},
    {"Oleh Nur \xC3\x96zdemir", "Nur \xC3\x96zdemir=author"},
    {"Oleh: Anton Wijaya (anton@contoh.co.id)", "Anton Wijaya=author"},
    {"Anton Wijaya anton.wijaya@contoh.com", "Anton Wijaya=author"},
    {"Oleh Anton Wijaya @antonwijaya", "Anton Wijaya=author"},
    {"Anton Wijaya https://contoh.com/profil/anton", "Anton Wijaya=author"},
    {"Monalisa", "Monalisa=author"},
    // Default roles from the slot the text came from.
    {"Sari Dewi", "Sari Dewi=editor", Role::editor},
    {"Anton Wijaya", "Anton Wijaya=reporter", Role::reporter},
    {"Penulis: Anton Wijaya", "Anton Wijaya=author", Role::editor},
    // Each person once per role.
    {"Penulis: Anton Wijaya | Editor: Anton Wijaya", "Anton Wijaya=author|Anton Wijaya=editor"},
    {"Penulis: Anton Wijaya, Anton Wijaya", "Anton Wijaya=author"},
    {"Penulis: ANTON WIJAYA, Anton Wijaya", "Anton Wijaya=author"},
    // Desks, outlets, agencies and accounts are no people.
    {"Tim Redaksi", ""},
    {"Oleh Tim Redaksi", ""},
    {"Tim detikBali", ""},
    {"Oleh Liputan6.com", ""},
    {"By Jakarta Globe", ""},
    {"detikcom", ""},
    {"Kompas.com", ""},
    {"CNN Indonesia", ""},
    {"Antara", ""},
    {"ANTARA", ""},
    {"Reuters", ""},
    {"Agence France-Presse", ""},
    {"Kompas Cyber Media", ""},
    {"PT. VIVA MEDIA BARU", ""},
    {"PT Contoh Media Tbk", ""},
    {"Pewarta: prwir", ""},
    {"Editor: PR Wire", ""},
    {"Instagram @kotabaru", ""},
    {"bgs", ""},
    {"Anton Wijaya, Sari Dewi Tim Redaksi", "Anton Wijaya=author|Sari Dewi=author"},
    {"Redaksi", ""},
    {"Editor", ""},
    {"Penulis:", ""},
    {"", ""},
    {"   ", ""},
    {"| / ; -", ""},
    {"https://www.contoh.com/penulis/anton-wijaya", ""},
    {"Laporan dari Amsterdam", ""},
    {"Laporan hanya boleh dilakukan oleh suami", ""},
    {"oleh oknum-oknum tidak bertanggung jawab", ""},
    {"12345", ""},
    // Labels and slot words are no people: a role label glued to a name gives its role, badges and day
    // names glued to a slot word name nobody, agencies and press bureaus in credits are organisations.
    {"Rina KartikaAuthor", "Rina Kartika=author"},
    {"Wawan SetiawanEditor", "Wawan Setiawan=editor", Role::author},
    {"Dewi LestariPenulis | Bagus PratamaEditor", "Dewi Lestari=author|Bagus Pratama=editor"},
    {"Verified Writer", ""},
    {"Verified | Rina Kartika", "Rina Kartika=author"},
    {"Jurnalis-Jum'at", ""},
    {"Penulis Tamu", ""},
    {"Foto: Biro Pers Sekretariat Presiden", ""},
    {"Foto: Corbis", ""},
    {"Yohanes MacArthur", "Yohanes MacArthur=author"},
    {"Sabtu Wijaya", "Sabtu Wijaya=author"},
};

}  // namespace

TEST_CASE("byline: parse_byline reads names and roles") {
  for (const BylineCase& row : kBylines) {
    INFO("byline: \"" << row.text << "\"");
    CHECK(describe(warta::detail::parse_byline(row.text, row.default_role)) == row.expected);
  }
}

TEST_CASE("byline: clean_person_name") {
  struct Row {
    std::string_view text;
    std::optional<std::string> expected;
  };
  const Row rows[] = {
      {"  Rina   Kartika ", "Rina Kartika"},
      {"Isna Rahayu,", "Isna Rahayu"},
      {"Mathias Wibowo.", "Mathias Wibowo"},
      {"DINI PRATIWI", "Dini Pratiwi"},
      {"A.B. CAHYONO", "A.B. Cahyono"},
      {"Rina Kartika <rina@contoh.com>", "Rina Kartika"},
      {"Rina Kartika (rina@contoh.com)", "Rina Kartika"},
      {"@rinakartika", std::nullopt},
      {"Tim Redaksi", std::nullopt},
      {"Liputan6.com", std::nullopt},
      {"TEMPO.CO", std::nullopt},
      {"C31", std::nullopt},
      {"S.H.", std::nullopt},
      {"Rina Kartika S.H.", "Rina Kartika S.H."},
      {"Ini adalah kalimat biasa", std::nullopt},
      {"Satu Dua Tiga Empat Lima Enam Tujuh", std::nullopt},
      {"Editor", std::nullopt},
      {"\xE2\x80\x9CRina Kartika\xE2\x80\x9D", "Rina Kartika"},
  };
  for (const Row& row : rows) {
    INFO("name: \"" << row.text << "\"");
    CHECK(warta::detail::clean_person_name(row.text) == row.expected);
  }
}

TEST_CASE("byline: is_organisation_name") {
  for (std::string_view name :
       {"Tim Redaksi", "tim detikBali", "detikcom", "detikNews", "Kompas.com", "KOMPAS.com", "TEMPO.CO", "VIVA.co.id",
        "CNN Indonesia", "ANTARA", "Antara News", "IDN Times", "Reuters", "AFP", "The Jakarta Post"}) {
    INFO(name);
    CHECK(warta::detail::is_organisation_name(name));
  }
  for (std::string_view name : {"Rina Kartika", "Jakarta", "Dr. Anton", "A.B. Cahyono", "St.Mary", "Tim", ""}) {
    INFO(name);
    CHECK_FALSE(warta::detail::is_organisation_name(name));
  }
}

TEST_CASE("byline: organisations and prefixes come from the conventions") {
  warta::detail::Conventions conventions;  // none declared: only shapes (domains, "Tim ...", company words) count
  CHECK_FALSE(warta::detail::is_organisation_name("Reuters", conventions));
  CHECK_FALSE(warta::detail::is_organisation_name("warkopNews", conventions));
  CHECK(warta::detail::is_organisation_name("Contoh.com", conventions));
  conventions.organisations = {"reuters", "warta kota"};
  conventions.organisation_prefixes = {"warkop"};
  CHECK(warta::detail::is_organisation_name("REUTERS", conventions));
  CHECK(warta::detail::is_organisation_name("Warta Kota", conventions));
  CHECK(warta::detail::is_organisation_name("warkopNews", conventions));
  CHECK_FALSE(warta::detail::is_organisation_name("Warta", conventions));
  CHECK_FALSE(warta::detail::is_organisation_name("Rina Kartika", conventions));
  CHECK(warta::detail::clean_person_name("Warta Kota", conventions) == std::nullopt);
  CHECK(warta::detail::clean_person_name("Rina Kartika", conventions) == "Rina Kartika");
}

namespace {

struct TrailingCase {
  std::string_view name;
  std::vector<std::string> blocks;
  std::vector<std::string> expected_blocks;
  std::string_view expected_initials;
  std::string_view expected_people;
};

const std::string kLast = "Rapat berlanjut hingga malam, kata Anton.";

const TrailingCase kTrailing[] = {
    {"detik initials after the sentence", {kLast + " (rdp/imk)"}, {kLast}, "rdp,imk", ""},
    {"initials block of their own", {kLast, "(rdp/imk)"}, {kLast}, "rdp,imk", ""},
    {"CNN initials", {kLast + "(yoa/bac)"}, {kLast}, "yoa,bac", ""},
    {"same code twice", {kLast + " (nwy/nwy)"}, {kLast}, "nwy,nwy", ""},
    {"three codes", {kLast, "(kpl/pur/tch)"}, {kLast}, "kpl,pur,tch", ""},
    {"capitalised codes", {kLast + " (Mvi/Ali)"}, {kLast}, "Mvi,Ali", ""},
    {"Kompas single code", {kLast + " (RPS)"}, {kLast}, "RPS", ""},
    {"single lower-case code", {kLast + " (ren)"}, {kLast}, "ren", ""},
    {"single code block", {kLast, "(sus)"}, {kLast}, "sus", ""},
    {"Antara codes", {kLast + " (T.A123/B456)"}, {kLast}, "T.A123,B456", ""},
    {"letter-number code", {kLast + " (X-7)"}, {kLast}, "X-7", ""},
    {"letter-number code block", {kLast, "(HAR-12)"}, {kLast}, "HAR-12", ""},
    {"initials in square brackets", {kLast + " [abc]"}, {kLast}, "abc", ""},
    {"grouped codes in square brackets", {kLast + " [abc/def]"}, {kLast}, "abc,def", ""},
    {"initials and an outlet code", {kLast + " (abc/xyz)"}, {kLast}, "abc,xyz", ""},
    {"a hyphenated word is no code", {"Mereka tiba di lokasi (Covid-19)"}, {"Mereka tiba di lokasi (Covid-19)"}, "", ""},
    {"a range is no code", {kLast + " (A-12-3)"}, {kLast + " (A-12-3)"}, "", ""},
    {"a square bracket inside a sentence", {"Ia menulis [sic] di sana"}, {"Ia menulis [sic] di sana"}, "", ""},
    {"after a closing quote", {"\"Kami siap,\" kata Anton. (ant/rdp)"}, {"\"Kami siap,\" kata Anton."}, "ant,rdp", ""},
    {"list item without a full stop",
     {"1. Bundaran Cibiru", "2. Pintu keluar Tol Ledeng (mdk/yan)"},
     {"1. Bundaran Cibiru", "2. Pintu keluar Tol Ledeng"},
     "mdk,yan",
     ""},
    {"code block in the middle",
     {"Halaman satu.", "(kpl/pur/ums)", "Halaman dua."},
     {"Halaman satu.", "Halaman dua."},
     "kpl,pur,ums",
     ""},
    {"editor line", {kLast, "Editor: Sari Dewi"}, {kLast}, "", "Sari Dewi=editor"},
    {"Antara footer",
     {kLast, "Pewarta: Anton Wijaya", "Editor: Sari Dewi"},
     {kLast},
     "",
     "Anton Wijaya=reporter|Sari Dewi=editor"},
    {"Antara footer on one line",
     {kLast, "Pewarta: Anton Wijaya / Editor: Sari Dewi"},
     {kLast},
     "",
     "Anton Wijaya=reporter|Sari Dewi=editor"},
    {"reporter line alone is the writer", {kLast, "Reporter: Afifah Pasha"}, {kLast}, "", "Afifah Pasha=author"},
    {"credit line before a copyright line",
     {kLast, "Editor: Sari Dewi", "COPYRIGHT \xC2\xA9 ANTARA 2015"},
     {kLast, "COPYRIGHT \xC2\xA9 ANTARA 2015"},
     "",
     "Sari Dewi=editor"},
    {"penulis line", {kLast, "Penulis: Anton Wijaya"}, {kLast}, "", "Anton Wijaya=author"},
    {"initials then credit line", {kLast + " (rdp/imk)", "Editor: Sari Dewi"}, {kLast}, "rdp,imk", "Sari Dewi=editor"},
    {"Tempo reporter in capitals", {kLast, "DINI PRATIWI"}, {kLast}, "", "Dini Pratiwi=author"},
    {"Tempo agency in capitals", {kLast, "ANTARA"}, {kLast}, "", ""},
    {"credit line naming no person", {kLast, "Pewarta: prwir", "Editor: PR Wire"}, {kLast}, "", ""},
    {"ordinary bracket at the end",
     {"Hubungan dengan Amerika Serikat (AS)"},
     {"Hubungan dengan Amerika Serikat (AS)"},
     "",
     ""},
    {"date in brackets", {"Rapat digelar pada Selasa (14/5)"}, {"Rapat digelar pada Selasa (14/5)"}, "", ""},
    {"date block", {kLast, "(14/5)"}, {kLast, "(14/5)"}, "", ""},
    {"source in brackets", {kLast + " (Antara)"}, {kLast + " (Antara)"}, "", ""},
    {"place pair in brackets", {"Jalur kereta (Jakarta/Bogor)"}, {"Jalur kereta (Jakarta/Bogor)"}, "", ""},
    {"bracket before the full stop", {"Ia tinggal di AS (Amerika)."}, {"Ia tinggal di AS (Amerika)."}, "", ""},
    {"one-word capital heading stays", {kLast, "PENUTUP"}, {kLast, "PENUTUP"}, "", ""},
    {"source line stays", {kLast, "Sumber: Pemerintah Kota"}, {kLast, "Sumber: Pemerintah Kota"}, "", ""},
    {"sentence with a label word stays",
     {"Editor senior itu berkata, semua sudah siap."},
     {"Editor senior itu berkata, semua sudah siap."},
     "",
     ""},
    {"Kontan opening credit line",
     {"Reporter: Anton Wijaya | Editor: Sari Dewi", kLast},
     {kLast},
     "",
     "Anton Wijaya=author|Sari Dewi=editor"},
    {"opening and closing credits", {"Penulis: Anton Wijaya", kLast, "Editor: Sari Dewi"}, {kLast}, "", "Anton Wijaya=author|Sari Dewi=editor"},
    {"a lone credit line is not taken as an opening", {"Editor: Sari Dewi"}, {}, "", "Sari Dewi=editor"},
    {"credit table cells",
     {kLast, "Penulis", ": Kontributor Sleman, Fajar Nugroho", "Editor", ": Sari Dewi"},
     {kLast},
     "",
     "Fajar Nugroho=contributor|Sari Dewi=editor"},
    {"label cell with its colon and name apart", {kLast, "Redaktur", ":", "Sari Dewi"}, {kLast}, "", "Sari Dewi=editor"},
    {"a word before a colon line is no label", {kLast, "Catatan", ": Data per Mei 2024"}, {kLast, "Catatan", ": Data per Mei 2024"}, "", ""},
    {"empty body", {}, {}, "", ""},
};

}  // namespace

TEST_CASE("byline: strip_trailing_credits") {
  for (const TrailingCase& row : kTrailing) {
    INFO("case: " << row.name);
    std::vector<Block> body;
    for (const std::string& text : row.blocks) body.push_back({BlockType::paragraph, text});
    const warta::detail::TrailingCredits credits = warta::detail::strip_trailing_credits(body);
    std::vector<std::string> texts;
    for (const Block& block : body) texts.push_back(block.text);
    CHECK(texts == row.expected_blocks);
    CHECK(join(credits.initials) == row.expected_initials);
    CHECK(describe(credits.people) == row.expected_people);
  }
}

TEST_CASE("byline: from_first_labelled_names") {
  using warta::detail::from_first_labelled_names;
  CHECK(from_first_labelled_names("PERISTIWA | 17 Juni 2024 11:38 | Reporter : Fajar Nugroho") == "Reporter : Fajar Nugroho");
  CHECK(from_first_labelled_names("Fajar Nugroho | Jurnalis") == "Fajar Nugroho | Jurnalis");
  CHECK(from_first_labelled_names("By | Fajar Nugroho") == "By | Fajar Nugroho");
  CHECK(from_first_labelled_names("Fajar Nugroho - detikNews") == "Fajar Nugroho - detikNews");
  CHECK(from_first_labelled_names("") == "");
}

TEST_CASE("byline: is_credit_line") {
  CHECK(warta::detail::is_credit_line("Editor: Sari Dewi"));
  CHECK(warta::detail::is_credit_line("Redaktur : Sari Dewi"));
  CHECK(warta::detail::is_credit_line("Pewarta: Anton Wijaya / Editor: Sari Dewi"));
  CHECK_FALSE(warta::detail::is_credit_line("Penulis"));
  CHECK_FALSE(warta::detail::is_credit_line("Sumber: Pemerintah Kota"));
  CHECK_FALSE(warta::detail::is_credit_line("Editor senior itu berkata: semua siap."));
  CHECK_FALSE(warta::detail::is_credit_line("Editor: " + std::string(200, 'a')));
}

TEST_CASE("byline: add_people keeps page order and each role once") {
  std::vector<Person> people = {{"Anton Wijaya", Role::author}};
  warta::detail::add_people(people, {{"ANTON WIJAYA", Role::author}, {"Sari Dewi", Role::editor}});
  CHECK(describe(people) == "Anton Wijaya=author|Sari Dewi=editor");
  warta::detail::add_people(people, {{"Anton Wijaya", Role::reporter}});
  CHECK(describe(people) == "Anton Wijaya=author|Sari Dewi=editor");
  warta::detail::add_people(people, {{"Sari Dewi", Role::reporter}});
  CHECK(describe(people) == "Anton Wijaya=author|Sari Dewi=editor|Sari Dewi=reporter");
  warta::detail::add_people(people, {{"Anton Wijaya", Role::author}, {"Anton Wijaya", Role::reporter}});
  CHECK(describe(people) == "Anton Wijaya=author|Sari Dewi=editor|Sari Dewi=reporter|Anton Wijaya=reporter");
}
