#include <catch2/catch.hpp>

#include "normalize/captions.hpp"
#include "normalize/class_names.hpp"

namespace {

struct CaptionCase {
  const char* input;
  const char* text;
  const char* credit;  // nullptr: none
};

}  // namespace

TEST_CASE("split_caption: credit labels before the caption text", "[captions]") {
  const CaptionCase cases[] = {
      {"Foto: (Getty Images)", "", "Getty Images"},
      {"Foto: Wisatawan di pantai (Nama Fotografer)", "Wisatawan di pantai", "Nama Fotografer"},
      {"Ilustrasi banjir. (Foto: Getty Images/iStockphoto)", "Ilustrasi banjir.", "Getty Images/iStockphoto"},
      {"Warga antre (Liputan6.com/Nama Fotografer)", "Warga antre", "Liputan6.com/Nama Fotografer"},
      {"Warga mencetak paving. [Suara.com/Nama Fotografer]", "Warga mencetak paving.", "Suara.com/Nama Fotografer"},
      {"Peta lokasi [ilustrasi]", "Peta lokasi", "ilustrasi"},
      {"Daftar harga [lihat tabel]", "Daftar harga [lihat tabel]", nullptr},
      {"Mobil listrik mengisi daya di Jakarta. KONTAN/Nama Fotografer", "Mobil listrik mengisi daya di Jakarta.",
       "KONTAN/Nama Fotografer"},
      {"Pekerja menyortir udang di tambak. - Bisnis/Nama Fotografer", "Pekerja menyortir udang di tambak.",
       "Bisnis/Nama Fotografer"},
      {"Harga cabai naik. Rp50.000/kg di pasar", "Harga cabai naik. Rp50.000/kg di pasar", nullptr},
      {"Pedagang menakar beras. tirto.id/Nama Fotografer", "Pedagang menakar beras.", "tirto.id/Nama Fotografer"},
      {"Jalur mudik. lewat/tol baru", "Jalur mudik. lewat/tol baru", nullptr},
      {"Presiden (kanan) tiba di lokasi (Senin)", "Presiden (kanan) tiba di lokasi (Senin)", nullptr},
      {"Menteri tiba di istana. Image: TEMPO/Nama Fotografer", "Menteri tiba di istana.", "TEMPO/Nama Fotografer"},
      {"Warga membersihkan sungai. TEMPO/Nama Fotografer", "Warga membersihkan sungai.", "TEMPO/Nama Fotografer"},
      {"Peserta lomba lari. Doc. kampus.ac.id HUMAS", "Peserta lomba lari.", "Doc. kampus.ac.id HUMAS"},
      {"Nama Artis/\xC2\xA9KapanLagi.com\xC2\xAE/Nama Fotografer", "Nama Artis", "KapanLagi.com\xC2\xAE/Nama Fotografer"},
      {"Nama Artis/\xC2\xA9KapanLagi.com\xC2\xAE/", "Nama Artis", "KapanLagi.com\xC2\xAE"},
      {"Artis saat remaja \xC2\xA9 instagram.com/akunartis", "Artis saat remaja", "instagram.com/akunartis"},
      {"Wali kota meninjau pasar. \xC2\xA9" "2021 Instagram @humaskota/editorial Merdeka.com", "Wali kota meninjau pasar.",
       "\xC2\xA9" "2021 Instagram @humaskota/editorial Merdeka.com"},
      // Trailing brackets set apart as credits by their place, and credit words after the sentence.
      {"Pengunjung di depan gedung, Bandung(Nama Lembaga)", "Pengunjung di depan gedung, Bandung", "Nama Lembaga"},
      {"Foto produk (ist)", "Foto produk", "ist"},
      {"Presiden meninjau pasar. (Biro Pers Istana)", "Presiden meninjau pasar.", "Biro Pers Istana"},
      {"Foto: Presiden meninjau pasar. (Nama-Biro Pers Istana).", "Presiden meninjau pasar.", "Nama-Biro Pers Istana"},
      {"Tim satgas berjaga di pintu masuk. Dok", "Tim satgas berjaga di pintu masuk.", "Dok"},
      {"Artis memasak di dapur. YouTube Nama Kanal \xC2\xA9" "2021 Contoh.com", "Artis memasak di dapur.",
       "YouTube Nama Kanal \xC2\xA9" "2021 Contoh.com"},
      {"Warga tiba di Jakarta, Jumat (12/2).", "Warga tiba di Jakarta, Jumat (12/2).", nullptr},
      {"Presiden tiba di lokasi (Gedung Sate)", "Presiden tiba di lokasi (Gedung Sate)", nullptr},
      {"Warga menonton. (dari kiri) Ani dan Budi", "Warga menonton. (dari kiri) Ani dan Budi", nullptr},
      {"Warga antre vaksin. Foto bersama keluarga.", "Warga antre vaksin. Foto bersama keluarga.", nullptr},
      {"Kapal bersandar. Dokter memeriksa awak kapal di dermaga", "Kapal bersandar. Dokter memeriksa awak kapal di dermaga", nullptr},
  };
  for (const CaptionCase& c : cases) {
    INFO(c.input);
    const warta::detail::CaptionParts parts = warta::detail::split_caption(c.input);
    CHECK(parts.text == c.text);
    if (c.credit == nullptr) {
      CHECK_FALSE(parts.credit.has_value());
    } else {
      REQUIRE(parts.credit.has_value());
      CHECK(*parts.credit == c.credit);
    }
  }
}

TEST_CASE("split_caption: credit markers and wire prefixes come from the conventions", "[captions]") {
  warta::detail::Conventions conventions;
  conventions.credit_markers = {"humas"};
  conventions.wire_prefixes = {"WARTA FOTO/"};
  struct Case {
    const char* input;
    const char* text;
    const char* credit;
  };
  const Case cases[] = {
      {"Bupati meresmikan jembatan (Humas Pemkab)", "Bupati meresmikan jembatan", "Humas Pemkab"},
      {"Bupati meresmikan jembatan (Reuters)", "Bupati meresmikan jembatan (Reuters)", nullptr},
      {"Petani memanen padi. WARTA FOTO/Nama Fotografer", "Petani memanen padi.", "WARTA FOTO/Nama Fotografer"},
      {"Petani memanen padi. ANTARA FOTO/Nama Fotografer", "Petani memanen padi. ANTARA FOTO/Nama Fotografer", nullptr},
  };
  for (const Case& c : cases) {
    INFO(c.input);
    const warta::detail::CaptionParts parts = warta::detail::split_caption(c.input, conventions);
    CHECK(parts.text == c.text);
    CHECK(parts.credit == (c.credit == nullptr ? std::nullopt : std::optional<std::string>(c.credit)));
  }
}

TEST_CASE("names_caption and names_credit: class and id values of caption and credit slots", "[captions]") {
  const struct {
    const char* value;
    bool caption;
    bool credit;
  } cases[] = {
      {"wp-caption-text", true, false},
      {"detail__media-caption", true, false},
      {"caption_news", true, false},
      {"figure-caption-wrap", true, false},
      {"ket-foto", true, false},
      {"foto-ket", true, false},
      {"keterangan-gambar", true, false},
      {"photodesc", true, false},
      {"foto-desc", true, false},
      {"pic-caption", true, false},
      {"clearfix Img-Desc", true, false},
      {"photo__author author", false, true},
      {"image-credit", false, true},
      {"kredit-foto", false, true},
      {"copyright", false, true},
      {"sumber-gambar", false, true},
      {"fotografer", false, true},
      // Negatives: words that only contain an image or a description word.
      {"foto-konten", false, false},
      {"cap-foto", false, false},
      {"pic_artikel", false, false},
      {"desc", false, false},
      {"market", false, false},
      {"picket", false, false},
      {"capital-news", false, false},
      {"entry-content", false, false},
      {"", false, false},
  };
  for (const auto& c : cases) {
    INFO(c.value);
    CHECK(warta::detail::names_caption(c.value) == c.caption);
    CHECK(warta::detail::names_credit(c.value) == c.credit);
  }
}
