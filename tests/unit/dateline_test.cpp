#include "normalize/dateline.hpp"

#include <catch2/catch.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

struct DatelineCase {
  std::string_view paragraph;
  std::optional<std::string> outlet;
  std::optional<std::string> city;
  std::string_view rest;  // the paragraph after the prefix; unused when there is no dateline
};

constexpr std::optional<std::string> kNone = std::nullopt;

// Prefixes as outlets write them, with invented sentences after them.
const DatelineCase kDatelines[] = {
    {"JAKARTA, KOMPAS.com - Pemerintah menaikkan anggaran.", "KOMPAS.com", "Jakarta", "Pemerintah menaikkan anggaran."},
    {"JAKARTA, KOMPAS.com \xE2\x80\x93 Pemerintah menaikkan anggaran.", "KOMPAS.com", "Jakarta",
     "Pemerintah menaikkan anggaran."},
    {"JAKARTA, KOMPAS.com\xC2\xA0\xE2\x80\x94\xC2\xA0Pemerintah menaikkan anggaran.", "KOMPAS.com", "Jakarta",
     "Pemerintah menaikkan anggaran."},
    {"LOS ANGELES, KOMPAS.com - Polisi menyelidiki ancaman.", "KOMPAS.com", "Los Angeles",
     "Polisi menyelidiki ancaman."},
    {"KOMPAS.com - Hujan turun sejak pagi.", "KOMPAS.com", kNone, "Hujan turun sejak pagi."},
    {"KONTAN.CO.ID - JAKARTA. Pemerintah menyiapkan insentif.", "KONTAN.CO.ID", "Jakarta",
     "Pemerintah menyiapkan insentif."},
    {"KOMPAS.com - Hujan. Turun sejak pagi.", "KOMPAS.com", kNone, "Hujan. Turun sejak pagi."},
    {"Jakarta, CNN Indonesia -- Dinas menguji bus.", "CNN Indonesia", "Jakarta", "Dinas menguji bus."},
    {"Jakarta: Pengelola pelabuhan menyiapkan dermaga.", kNone, "Jakarta", "Pengelola pelabuhan menyiapkan dermaga."},
    {"Catatan: Artikel ini diperbarui.", kNone, kNone, "Catatan: Artikel ini diperbarui."},
    {"Editor: Sari Dewi", kNone, kNone, "Editor: Sari Dewi"},
    {"Update: Korban bertambah.", kNone, kNone, "Update: Korban bertambah."},
    {"Jakarta, KompasOtomotif \xE2\x80\x93 Dua merek baru masuk.", "KompasOtomotif", "Jakarta",
     "Dua merek baru masuk."},
    {"Liputan6.com, Beijing - Kunjungan itu dijadwalkan pekan ini.", "Liputan6.com", "Beijing",
     "Kunjungan itu dijadwalkan pekan ini."},
    {"Liputan6.com, Jakarta Warga memadati alun-alun.", "Liputan6.com", "Jakarta", "Warga memadati alun-alun."},
    {"Liputan6.com, Jakarta \"Kami siap,\" kata dia.", "Liputan6.com", "Jakarta", "\"Kami siap,\" kata dia."},
    {"Jakarta (ANTARA) - Harga cabai naik.", "ANTARA", "Jakarta", "Harga cabai naik."},
    {"Jakarta (ANTARA News) - Harga cabai naik.", "ANTARA News", "Jakarta", "Harga cabai naik."},
    {"Mataram, NTB (ANTARA News) - Sebanyak 20 penerbangan dibatalkan.", "ANTARA News", "Mataram, NTB",
     "Sebanyak 20 penerbangan dibatalkan."},
    {"Bandarlampung, Lampung (ANTARA News) - Polisi menangkap dua orang.", "ANTARA News", "Bandarlampung, Lampung",
     "Polisi menangkap dua orang."},
    {"ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) -- Kota itu menggelar kontes.", "Antara/PRNewswire", "Istanbul",
     "Kota itu menggelar kontes."},
    {"ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) --", "Antara/PRNewswire", "Istanbul", ""},
    {"Kupang, NTT, (ANTARA) - Hujan deras.", "ANTARA", "Kupang, NTT", "Hujan deras."},
    {"TEMPO.CO, Jakarta - Indonesia bisa belajar.", "TEMPO.CO", "Jakarta", "Indonesia bisa belajar."},
    {"TEMPO.CO, Jakarta -\xC2\xA0Indonesia bisa belajar.", "TEMPO.CO", "Jakarta", "Indonesia bisa belajar."},
    {"Jakarta, CNN Indonesia -- Bank sentral menahan suku bunga.", "CNN Indonesia", "Jakarta",
     "Bank sentral menahan suku bunga."},
    {"Jakarta - Pelatih itu menjadi tren.", kNone, "Jakarta", "Pelatih itu menjadi tren."},
    {"Yogyakarta - Lima mahasiswa membuat robot.", kNone, "Yogyakarta", "Lima mahasiswa membuat robot."},
    {"Jakarta -", kNone, "Jakarta", ""},
    {"  Doha  -  Susunan pemain sudah keluar.", kNone, "Doha", "Susunan pemain sudah keluar."},
    {"Jakarta - \"Saya tidak tahu,\" katanya.", kNone, "Jakarta", "\"Saya tidak tahu,\" katanya."},
    {"Jakarta - 29 penerbangan dibatalkan.", kNone, "Jakarta", "29 penerbangan dibatalkan."},
    {"Jakarta -Warga berdatangan.", kNone, "Jakarta", "Warga berdatangan."},
    {"TRIBUNNEWS.COM, JAKARTA - Dinas Perhubungan menilai.", "TRIBUNNEWS.COM", "Jakarta", "Dinas Perhubungan menilai."},
    {"REPUBLIKA.CO.ID, JAKARTA -- Pejabat itu diperiksa.", "REPUBLIKA.CO.ID", "Jakarta", "Pejabat itu diperiksa."},
    {"REPUBLIKA.CO.ID, \xC2\xA0MANCHESTER\xE2\x80\x94Sebelum menjadi gelandang.", "REPUBLIKA.CO.ID", "Manchester",
     "Sebelum menjadi gelandang."},
    {"REPUBLIKA.CO.ID, MEDAN--Dua hari kemudian.", "REPUBLIKA.CO.ID", "Medan", "Dua hari kemudian."},
    {"IHRAM.CO.ID, BANJARMASIN -- Kepala kantor mengimbau.", "IHRAM.CO.ID", "Banjarmasin", "Kepala kantor mengimbau."},
    {"Suara.com - Artis itu menikah.", "Suara.com", kNone, "Artis itu menikah."},
    {"Okezone.com, JAKARTA \xE2\x80\x93 Gubernur mendukung usulan.", "Okezone.com", "Jakarta",
     "Gubernur mendukung usulan."},
    {"JAKARTA - Gubernur mendukung usulan.", kNone, "Jakarta", "Gubernur mendukung usulan."},
    {"JAKARTA \xE2\x80\x93 Gubernur mendukung usulan.", kNone, "Jakarta", "Gubernur mendukung usulan."},
    {"JawaPos.com \xE2\x80\x93 Harga emas turun.", "JawaPos.com", kNone, "Harga emas turun."},
    {"Bogor, IDN Times - Kebun raya ramai.", "IDN Times", "Bogor", "Kebun raya ramai."},
    {"VIVA.co.id - Otoritas Thailand memastikan kasus.", "VIVA.co.id", kNone, "Otoritas Thailand memastikan kasus."},
    {"KapanLagi.com - Aktor muda itu semakin mantap.", "KapanLagi.com", kNone, "Aktor muda itu semakin mantap."},
    {"Kapanlagi.com - Pesona kecantikan itu tak diragukan.", "Kapanlagi.com", kNone,
     "Pesona kecantikan itu tak diragukan."},
    {"Merdeka.com - Pemerintah kota membatasi kegiatan.", "Merdeka.com", kNone, "Pemerintah kota membatasi kegiatan."},
    {"Sindonews.com - Pasar saham dibuka menguat.", "Sindonews.com", kNone, "Pasar saham dibuka menguat."},
    {"Jakarta, 14 Mei 2024 - Rapat dimulai pukul sembilan.", kNone, "Jakarta", "Rapat dimulai pukul sembilan."},
    {"Kuala Lumpur - Pemerintah Malaysia mengumumkan.", kNone, "Kuala Lumpur", "Pemerintah Malaysia mengumumkan."},
    {"Bandar Seri Begawan - Sultan menerima tamu.", kNone, "Bandar Seri Begawan", "Sultan menerima tamu."},
    {"Jakarta, Kompas - Harga naik.", "Kompas", "Jakarta", "Harga naik."},
    {"Jakarta. A bill submitted to parliament stalled.", kNone, "Jakarta", "A bill submitted to parliament stalled."},
    {"JAKARTA. Police arrested two suspects.", kNone, "Jakarta", "Police arrested two suspects."},
    // Ambiguous and decided as a dateline: a capitalised place, a spaced dash, a sentence.
    {"Jakarta - Bandung ditempuh dalam tiga jam.", kNone, "Jakarta", "Bandung ditempuh dalam tiga jam."},

    // No dateline.
    {"Jakarta adalah ibu kota negara.", kNone, kNone, ""},
    {"Presiden mengatakan - dengan tegas - bahwa harga turun.", kNone, kNone, ""},
    {"Presiden Joko Widodo - yang hadir pagi ini - memberi sambutan.", kNone, kNone, ""},
    {"Jean-Paul datang ke Jakarta kemarin.", kNone, kNone, ""},
    {"Jakarta-Bandung kini hanya dua jam.", kNone, kNone, ""},
    {"Harga BBM naik - kata menteri.", kNone, kNone, ""},
    {"Menurut dia, Jakarta - Bandung bisa ditempuh cepat.", kNone, kNone, ""},
    {"(14/5) - Rapat dimulai.", kNone, kNone, ""},
    {"2024 - tahun politik yang panjang.", kNone, kNone, ""},
    {"\xE2\x80\x9CKami siap,\xE2\x80\x9D kata dia - lalu pergi.", kNone, kNone, ""},
    {"DEPRESI jadi satu momok yang wajib diwaspadai. Karena itu penting.", kNone, kNone, ""},
    {"Jakarta - bandung ditempuh cepat.", kNone, kNone, ""},
    {"Liputan6.com, Jakarta adalah kota besar.", kNone, kNone, ""},
    {"Sydney/Jakarta. The future of relations.", kNone, kNone, ""},
    {"Tidak. Saya tidak setuju.", kNone, kNone, ""},
    {"Prof. Budi mengatakan hal itu.", kNone, kNone, ""},
    {"Dr. Rina hadir di acara.", kNone, kNone, ""},
    {"- Maroko jadi tim dengan penguasaan bola terendah.", kNone, kNone, ""},
    {"Satu Dua Tiga Empat - Lima orang hadir.", kNone, kNone, ""},
    {"Jakarta (14/5) - Rapat dimulai.", kNone, kNone, ""},
    {"Jakarta, Senin - Rapat dimulai.", kNone, "Jakarta", "Rapat dimulai."},
    {"Sementara itu, Jakarta - Bogor macet.", kNone, kNone, ""},
    {"Mereka berkata: Jakarta - kota kami.", kNone, kNone, ""},
    {"", kNone, kNone, ""},
    {"-", kNone, kNone, ""},
    {"   ", kNone, kNone, ""},
    {"KOMPAS.com, Detikcom - dua outlet.", kNone, kNone, ""},
    // Outlets without a profile: a lower-case domain, a sister site's domain without a dash, a city alone
    // in capitals before a lead that opens in capitals.
    {"contoh.com, JAKARTA - Pemerintah menaikkan anggaran.", "contoh.com", "Jakarta", "Pemerintah menaikkan anggaran."},
    {"beritacontoh.co.id, Surabaya - Warga antre.", "beritacontoh.co.id", "Surabaya", "Warga antre."},
    {"Situs.com, Jakarta Kunjungan itu dijadwalkan pekan ini.", "Situs.com", "Jakarta",
     "Kunjungan itu dijadwalkan pekan ini."},
    {"JAKARTA - KEPALA Dinas Kesehatan menyampaikan data terbaru.", kNone, "Jakarta",
     "KEPALA Dinas Kesehatan menyampaikan data terbaru."},
    {"JAKARTA - BPS mencatat inflasi.", kNone, "Jakarta", "BPS mencatat inflasi."},
    {"SEMARANG \xE2\x80\x93 PT KAI menambah kereta.", kNone, "Semarang", "PT KAI menambah kereta."},
    {"contoh.com adalah situs berita - kata pengelola.", kNone, kNone, ""},
    {"Situs.com, jakarta kunjungan.", kNone, kNone, ""},
};

}  // namespace

TEST_CASE("dateline: split_dateline table") {
  for (const DatelineCase& row : kDatelines) {
    INFO("paragraph: \"" << row.paragraph << "\"");
    const warta::detail::DatelineSplit split = warta::detail::split_dateline(row.paragraph);
    const bool expected = row.outlet.has_value() || row.city.has_value();
    REQUIRE(split.dateline.has_value() == expected);
    if (!expected) {
      CHECK(split.prefix_bytes == 0);
      continue;
    }
    CHECK(split.dateline->outlet == row.outlet);
    CHECK(split.dateline->city == row.city);
    REQUIRE(split.prefix_bytes <= row.paragraph.size());
    CHECK(row.paragraph.substr(split.prefix_bytes) == row.rest);
  }
}

TEST_CASE("dateline: a long first paragraph is scanned only at its start") {
  const std::string paragraph = "Rapat " + std::string(100000, 'a') + " - selesai.";
  CHECK_FALSE(warta::detail::split_dateline(paragraph).dateline.has_value());
}

TEST_CASE("dateline: only the shapes the conventions name are read") {
  using warta::detail::DatelineShape;
  struct Case {
    std::string_view paragraph;
    std::vector<DatelineShape> shapes;
    std::optional<std::string> city;
  };
  const Case cases[] = {
      {"JAKARTA, KOMPAS.com - Teks berita.", {DatelineShape::city_outlet_dash}, "Jakarta"},
      {"JAKARTA, KOMPAS.com - Teks berita.", {DatelineShape::city_dash}, kNone},
      {"JAKARTA - Teks berita.", {DatelineShape::city_dash}, "Jakarta"},
      {"JAKARTA - Teks berita.", {DatelineShape::city_outlet_dash}, kNone},
      {"Jakarta (ANTARA) - Teks berita.", {DatelineShape::agency_in_brackets}, "Jakarta"},
      {"Jakarta (ANTARA) - Teks berita.", {DatelineShape::city_dash, DatelineShape::city_outlet_dash}, kNone},
      {"KONTAN.CO.ID - JAKARTA. Teks berita.", {DatelineShape::outlet_dash_city_period}, "Jakarta"},
      {"KONTAN.CO.ID - JAKARTA. Teks berita.", {DatelineShape::city_dash}, kNone},
      {"Liputan6.com, Jakarta Teks berita.", {DatelineShape::outlet_city}, "Jakarta"},
      {"Liputan6.com, Jakarta Teks berita.", {DatelineShape::city_outlet_dash}, kNone},
      {"Jakarta: Teks berita.", {DatelineShape::city_colon}, "Jakarta"},
      {"Jakarta: Teks berita.", {DatelineShape::city_period}, kNone},
      {"Jakarta. Teks berita.", {DatelineShape::city_period}, "Jakarta"},
      {"Jakarta. Teks berita.", {}, kNone},
  };
  for (const Case& c : cases) {
    INFO("paragraph: \"" << c.paragraph << "\" shapes: " << c.shapes.size());
    warta::detail::Conventions conventions = warta::detail::builtin_conventions();
    conventions.dateline_shapes = c.shapes;
    const warta::detail::DatelineSplit split = warta::detail::split_dateline(c.paragraph, conventions);
    CHECK(split.dateline.has_value() == c.city.has_value());
    if (split.dateline) CHECK(split.dateline->city == c.city);
  }
  const warta::detail::Conventions outlet_only = [] {
    warta::detail::Conventions conventions = warta::detail::builtin_conventions();
    conventions.dateline_shapes = {DatelineShape::outlet_dash};
    return conventions;
  }();
  const warta::detail::DatelineSplit merdeka = warta::detail::split_dateline("Merdeka.com - Teks berita.", outlet_only);
  REQUIRE(merdeka.dateline.has_value());
  CHECK(merdeka.dateline->outlet == "Merdeka.com");
}
