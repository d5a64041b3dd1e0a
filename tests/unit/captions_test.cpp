#include <catch2/catch.hpp>
#include <string>
#include <utility>

#include "normalize/captions.hpp"
#include "normalize/class_names.hpp"
#include "warta/parse.hpp"

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

namespace {

constexpr const char* kProse =
    "Warga desa memanen padi bersama, dan kepala desa mengatakan hasil panen tahun ini naik, karena cuaca "
    "mendukung sepanjang musim tanam.";

// "text|credit" of every caption of a page with no profile, joined by "; ", and its body texts
// other than the prose, joined by "; ".
std::pair<std::string, std::string> captions_and_extra_body(const std::string& lead, const std::string& in_text) {
  const std::string html = "<html><head><title>Panen Raya</title></head><body><div class=artikel><h1>Panen Raya</h1>" +
                           lead + "<div class=isi><p>" + kProse + "</p>" + in_text + "<p>" + kProse +
                           "</p></div></div></body></html>";
  const warta::Result result = warta::parse(html);
  REQUIRE(result.has_value());
  std::string captions;
  for (const warta::Caption& caption : result->captions) {
    if (!captions.empty()) captions += "; ";
    captions += caption.text + "|" + caption.credit.value_or("-");
  }
  std::string body;
  for (const warta::Block& block : result->body) {
    if (block.text == kProse) continue;
    if (!body.empty()) body += "; ";
    body += block.text;
  }
  return {captions, body};
}

}  // namespace

TEST_CASE("captions: photo frames without caption markup on pages of unknown outlets", "[captions]") {
  struct Case {
    const char* what;
    std::string lead;     // between the headline and the text
    std::string in_text;  // between the two paragraphs of the text
    const char* captions;
    const char* body;  // what else stays in the body
  };
  const Case cases[] = {
      {"the lead photo's frame: image, credit element, text", "<div class=photo><img src=a.jpg><span class=author>"
       "Kontributor/Nama Fotografer</span> Petani memanen padi di sawah.</div>", "",
       "Petani memanen padi di sawah.|Kontributor/Nama Fotografer", ""},
      {"a picture-named slot holding the caption", "<div class=pic_artikel><span>Petani memanen padi di sawah. "
       "(Nama Fotografer/situs)</span></div>", "", "Petani memanen padi di sawah.|Nama Fotografer/situs", ""},
      {"a labelled line after an image-only block in the text", "",
       "<div><img src=b.jpg></div><div><br></div><div><em>Petani memanen padi. Foto: Humas Desa</em></div>",
       "Petani memanen padi.|Humas Desa", ""},
      {"a credit-only slot is neither caption nor body text", "",
       "<p><img src=b.jpg></p><p><em>\xC2\xA9" "2022 Situs.com/Istimewa</em></p>", "", ""},
      {"a video platform and channel only", "", "<p><img src=b.jpg></p><p><em>YouTube - Kanal Desa</em></p>", "", ""},
      {"the caption slot holding the caption with its credit",
       "<div class=cover><img src=a.jpg><span class=image-source>Petani memanen padi (Dok. Desa)</span></div>", "",
       "Petani memanen padi|Dok. Desa", ""},
      // Negatives: a plain paragraph after an in-text photo, an icon label beside a captioned photo, a date
      // line, a teaser's frame.
      {"an unlabelled paragraph after an in-text photo stays text", "",
       "<p><img src=b.jpg></p><p>Hasil panen dijual ke koperasi desa.</p>", "", "Hasil panen dijual ke koperasi desa."},
      {"an icon label beside a photo with its own caption slot",
       "<div class=foto><div class=foto-wrap><img src=a.jpg><div class=zoom-label>Lihat Foto</div></div>"
       "<figcaption>Petani memanen padi.</figcaption></div>", "", "Petani memanen padi.|-", ""},
      {"a date line under the title", "<div class=box-foto><div class=date-pic>Selasa, 23 Februari 2016, 17:15 WIB"
       "</div><img src=a.jpg></div>", "", "", ""},
      {"a long share bar of white space before the caption", "<div class=blok><div class=single-img><div class=share>"
       + std::string(200, ' ') + "<a href=\"javascript:void(0)\"><img src=fb.png></a>" + std::string(200, '\t') +
       "</div><img src=a.jpg></div><div class=deskripsi>Rektor membuka lomba olahraga. Doc. kampus.ac.id HUMAS</div></div>",
       "", "Rektor membuka lomba olahraga.|Doc. kampus.ac.id HUMAS", ""},
      {"text four levels above an image is no frame of it", "<div><div><div><div><img src=a.jpg></div></div></div>"
       "<span>Panen raya desa tahun ini</span></div>", "", "", ""},
      {"a photographer's name on its own line over the caption line", "<div class=foto-utama><div><img src=a.jpg></div>"
       "<div class=kredit-atas>Nama Fotografer</div><div class=teks>Taksi yang terjaring razia gabungan</div></div>", "",
       "Taksi yang terjaring razia gabungan|Nama Fotografer", ""},
      {"two caption lines with no name are one caption, words apart", "<div class=foto-utama><div><img src=a.jpg></div>"
       "<div>Taksi terjaring razia.</div><div>Petugas memeriksa surat kendaraan di lokasi</div></div>", "",
       "Taksi terjaring razia. Petugas memeriksa surat kendaraan di lokasi|-", ""},
      {"a gallery item's caption only in data-caption", "<div class=slide data-caption=\"Petani memanen padi di sawah "
       "(Humas Desa/Nama)\"><img src=a.jpg></div>", "", "Petani memanen padi di sawah|Humas Desa/Nama", ""},
      {"a data attribute of two words is no caption", "<div data-desc=\"Foto utama\"><img src=a.jpg></div>", "", "", ""},
      {"a data-caption on a teaser's linked thumbnail", "<div class=populer><a href=/lain><img src=t.jpg "
       "data-caption=\"Berita lain tentang panen raya\"></a></div>", "", "", ""},
      {"a teaser box's thumbnail", "<div class=populer><img src=t.jpg><span>telah dilihat 1200 kali</span></div>", "", "",
       ""},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    const auto [captions, body] = captions_and_extra_body(c.lead, c.in_text);
    CHECK(captions == c.captions);
    CHECK(body == c.body);
  }
}
