// The body filter of the extract stage, seen through warta::parse: which lines of a content root are
// page furniture (pagers, slide counters, "Baca juga" boxes) and which are article text.
#include <catch2/catch.hpp>
#include <optional>
#include <string>

#include "warta/parse.hpp"

namespace {

constexpr const char* kProse =
    "Warga desa memanen padi bersama, dan kepala desa mengatakan hasil panen tahun ini naik, karena cuaca "
    "mendukung sepanjang musim tanam.";

// The body texts of a page whose article holds two paragraphs of prose around `line`.
std::string body_of(const std::string& line) {
  const std::string html = "<html><head><title>Panen Raya</title></head><body><h1>Panen Raya</h1><div class=isi><p>" +
                           std::string(kProse) + "</p><p>" + line + "</p><p>" + kProse + "</p></div></body></html>";
  const warta::Result result = warta::parse(html);
  REQUIRE(result.has_value());
  std::string out;
  for (const warta::Block& block : result->body) {
    if (block.text != kProse) out += (out.empty() ? "" : "|") + block.text;
  }
  return out;
}

}  // namespace

TEST_CASE("extract: pagers, slide counters and boilerplate lines leave the body; prose stays") {
  struct Case {
    const char* line;
    const char* kept;
  };
  const Case cases[] = {
      {"Halaman 1 dari 3", ""},
      {"Page 2 of 3", ""},
      {"1 / 5", ""},
      {"12/40", ""},
      {"Baca juga: Harga Gabah Naik", ""},
      {"2/3 warga hadir dalam rapat itu.", "2/3 warga hadir dalam rapat itu."},
      {"1 / 5 warga menolak.", "1 / 5 warga menolak."},
      {"Skor akhir 2/1 untuk tim tuan rumah.", "Skor akhir 2/1 untuk tim tuan rumah."},
      {"2 dari 6 halaman", ""},
      {"<span class=\"gallery-item__button-zoom\">Perbesar</span>", ""},
      {"<div class=\"photo__icon icon-expand\">Lihat Foto</div>", ""},
      {"2 dari 6 halaman buku itu rusak.", "2 dari 6 halaman buku itu rusak."},
      {"<span class=\"lexicon\">Kamus</span> baru terbit.", "Kamus baru terbit."},
      {"* Follow Official WhatsApp Channel Situs.com untuk mendapatkan berita terkini dengan mengklik tautan ini.", ""},
      {"Ikuti kami di Google News", ""},
      {"Video Rekomendasi", ""},
      {"Tonton Video Selengkapnya", ""},
      {"Warga berbagi kabar banjir lewat grup WhatsApp desa.", "Warga berbagi kabar banjir lewat grup WhatsApp desa."},
      {"Video itu viral di media sosial.", "Video itu viral di media sosial."},
      {"Kamis, 05 November 2015 | 11:13 WIB", ""},
      {"Panen dimulai Kamis, 05 November 2015 pukul 11.13 WIB.", "Panen dimulai Kamis, 05 November 2015 pukul 11.13 WIB."},
  };
  for (const Case& c : cases) {
    INFO(c.line);
    CHECK(body_of(c.line) == c.kept);
  }
}

TEST_CASE("extract: on an unknown site the deck is the description shown on its own, or a plain <p> under the <h1>") {
  const std::string text = "<div class=isi><p>" + std::string(kProse) + "</p><p>" + kProse + "</p></div>";
  const std::string description = "<meta name=description content=\"Panen padi di desa itu naik tahun ini.\">";
  struct Case {
    const char* what;
    std::string head;
    std::string above;  // between the <h1> and the text
    std::optional<std::string> deck;
    std::string before = "";  // above the <h1>
  };
  const Case cases[] = {
      {"description shown as its own element", description, "<div class=ringkas>Panen padi di desa itu naik tahun ini</div>",
       "Panen padi di desa itu naik tahun ini"},
      {"description with markup (lite templates)",
       "<meta property=og:description content=\"&lt;p&gt;Panen padi di desa itu naik tahun ini.&lt;/p&gt;\">",
       "<p class=copyright><span>Panen padi di desa itu naik tahun ini.</span></p>", "Panen padi di desa itu naik tahun ini."},
      {"description not shown", description, "", std::nullopt},
      {"description as a photo's caption", description,
       "<figure><img src=a.jpg><figcaption>Panen padi di desa itu naik tahun ini.</figcaption></figure>", std::nullopt},
      {"description as another article's teaser", description,
       "<a href=/lain><span>Panen padi di desa itu naik tahun ini.</span></a>", std::nullopt},
      {"plain paragraph under the headline", "",
       "<p>Hasil panen naik karena cuaca mendukung sepanjang musim tanam.</p>",
       "Hasil panen naik karena cuaca mendukung sepanjang musim tanam."},
      {"a byline with a link is no deck", "", "<p>Oleh <a href=/penulis/a>Ahmad Suryadi</a> dan rekan dari biro daerah</p>",
       std::nullopt},
      {"a date line is no deck", "", "<p>Rabu, 15 Mei 2024 11:02 WIB diperbarui sore hari</p>", std::nullopt},
      {"too short", "", "<p>Panen raya desa.</p>", std::nullopt},
      // GOLD: shown under the headline; a ticker above it or a footer box showing the description is no deck.
      {"description shown above the headline only", description, "", std::nullopt, "<div class=ticker>Panen padi di desa "
       "itu naik tahun ini.</div>"},
      {"description in the footer", description, text + "<footer><p>Panen padi di desa itu naik tahun ini.</p></footer>",
       std::nullopt},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    const std::string html = "<html><head><title>Panen Raya</title>" + c.head + "</head><body>" + c.before +
                             "<h1>Panen Raya</h1>" + c.above + text + "</body></html>";
    const warta::Result result = warta::parse(html);
    REQUIRE(result.has_value());
    CHECK(result->subheadline == c.deck);
  }
}

TEST_CASE("extract: a title's last segment naming a site by its domain is not part of the headline") {
  struct Case {
    const char* title;
    const char* headline;
  };
  const Case cases[] = {
      {"Banjir Rendam Tiga Desa | Today Kapanlagi.com", "Banjir Rendam Tiga Desa"},
      {"Banjir Rendam Tiga Desa - KOMPAS.com Bola", "Banjir Rendam Tiga Desa"},
      {"Banjir Rendam Tiga Desa - tribunnews.co.id", "Banjir Rendam Tiga Desa"},
      {"Harga Beras Naik Jadi Rp 12.500 - Pedagang Mengeluh", "Harga Beras Naik Jadi Rp 12.500 - Pedagang Mengeluh"},
      {"Gelar S.H. Diraih - Wisudawan Tertua Kampus", "Gelar S.H. Diraih - Wisudawan Tertua Kampus"},
      {"Warga Kecewa - Situs contoh.com Ramai Dikunjungi Warga Kota", "Warga Kecewa - Situs contoh.com Ramai Dikunjungi Warga Kota"},
  };
  for (const Case& c : cases) {
    INFO(c.title);
    const std::string html = std::string("<html><head><meta property=og:title content=\"") + c.title +
                             "\"></head><body><div class=isi><p>" + kProse + "</p><p>" + kProse + "</p></div></body></html>";
    const warta::Result result = warta::parse(html);
    REQUIRE(result.has_value());
    CHECK(result->headline == std::string(c.headline));
  }
}

TEST_CASE("extract: on an unknown site the dated line nearest the headline is the visible date, a line labelled as an update the updated one") {
  struct Case {
    const char* what;
    std::string header;  // the article's header, holding its headline
    std::string rail;    // before the article
    std::optional<std::string> published;
    std::optional<std::string> updated = std::nullopt;
  };
  const Case cases[] = {
      {"span.time under the headline", "<h2>Panen Raya</h2><span class=time>04 April 2022, 09:15 WIB</span>", "",
       "2022-04-04T09:15:00+07:00"},
      {"div.date above the headline", "<div class=date>Selasa 16 Jun 2015, 14:05 WIB</div><h1>Panen Raya</h1>", "",
       "2015-06-16T14:05:00+07:00"},
      {"a date without a time is not read", "<h1>Panen Raya</h1><div class=tanggal>Selasa, 16 Juni 2015</div>", "",
       std::nullopt},
      {"a rail of other articles' dates is not read", "<h1>Panen Raya</h1>",
       "<ul class=populer><li><a href=/x><span class=date>Senin, 15 Jun 2015 10:00 WIB</span> Berita lain</a></li></ul>",
       std::nullopt},
      {"a plain span, numeric date", "<h1>Panen Raya</h1><span class=info>Senin, 02/03/2015 08:15 WIB</span>", "",
       "2015-03-02T08:15:00+07:00"},
      {"a byline line with the date", "<h1>Panen Raya</h1><div>By <a href=/author/a>Redaksi</a> on 12:23 am Jun 19, 2015</div>",
       "", "2015-06-19T00:23:00+07:00"},
      {"the nearest of two dated lines", "<div class=tanggal>Senin, 15 Juni 2015 | 19:14</div><p>Berita lain</p>"
       "<div class=tanggal>Selasa, 16 Juni 2015 | 07:28 WIB</div><h1>Panen Raya</h1>", "",
       "2015-06-16T07:28:00+07:00"},
      {"a rail's teaser with the same title is not the headline", "<h1>Panen Raya</h1><span>Selasa, 16 Juni 2015 07:28</span>",
       "<div class=rail><a href=/panen>Panen Raya</a><span>Senin, 1 Juni 2015 10:00 WIB</span></div>",
       "2015-06-16T07:28:00+07:00"},
      {"a long sentence holding a date is not a date line",
       "<h1>Panen Raya</h1><p>Panen raya digelar di lapangan desa pada Senin, 15 Juni 2015 pukul 10.00 WIB dan dihadiri "
       "ratusan petani dari desa-desa sekitar yang datang sejak pagi, kata kepala desa kepada wartawan.</p>", "", std::nullopt},
      {"an update line under the published one",
       "<h1>Panen Raya</h1><span class=waktu> pada 21 Jul 2021, 07:00 WIB</span><div class=ubah><span>Diperbarui </span>"
       "21 Jul 2021, 09:30 WIB</div>", "", "2021-07-21T07:00:00+07:00", "2021-07-21T09:30:00+07:00"},
      {"an update line nearer than the published one",
       "<div>Rabu, 21 Jul 2021, 07:00 WIB</div><p>Berita lain</p><p>Iklan</p><h1>Panen Raya</h1>"
       "<div>Updated: 21/07/2021 09:30 WIB</div>", "", "2021-07-21T07:00:00+07:00", "2021-07-21T09:30:00+07:00"},
      {"a published label is no update", "<h1>Panen Raya</h1><div>Diterbitkan 21 Jul 2021, 07:00 WIB</div>", "",
       "2021-07-21T07:00:00+07:00"},
      {"a rail's update line is not read", "<h1>Panen Raya</h1><div>Rabu, 21 Jul 2021, 07:00 WIB</div>",
       "<ul class=populer><li><a href=/x>Berita lain</a> <span>Diperbarui 21 Jul 2021, 11:00 WIB</span></li></ul>",
       "2021-07-21T07:00:00+07:00"},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    const std::string html = "<html><head><title>Panen Raya</title></head><body>" + c.rail +
                             "<div class=artikel><div class=kepala>" + c.header + "</div><div class=isi><p>" + kProse +
                             "</p><p>" + kProse + "</p></div></div></body></html>";
    const warta::Result result = warta::parse(html);
    REQUIRE(result.has_value());
    CHECK(result->published == c.published);
    CHECK(result->updated == c.updated);
  }
}

TEST_CASE("extract: the headline as shown wins over a declared title with the same words") {
  struct Case {
    const char* what;
    const char* declared;
    const char* shown;  // the page's title element
    const char* headline;
  };
  const Case cases[] = {
      {"a colon the metadata dropped", "Banjir Rendam Tiga Desa Warga Mengungsi",
       "<h1>Banjir Rendam Tiga Desa: Warga Mengungsi</h1>", "Banjir Rendam Tiga Desa: Warga Mengungsi"},
      {"a closing question mark", "Siapa Pemilik Lahan Itu", "<h1>Siapa Pemilik Lahan Itu?</h1>",
       "Siapa Pemilik Lahan Itu?"},
      {"case and the site suffix", "Banjir Rendam Tiga Desa | Contoh.com", "<h1>BANJIR RENDAM TIGA DESA</h1>",
       "BANJIR RENDAM TIGA DESA"},
      {"a label before a colon in a title-named element", "Banjir Rendam Tiga Desa",
       "<div class=jdl-foto>Foto Pilihan: Banjir Rendam Tiga Desa</div>", "Foto Pilihan: Banjir Rendam Tiga Desa"},
      {"a short closing phrase after a comma", "Kedai Baru Buka di Makassar",
       "<h1>Kedai Baru Buka di Makassar, Wajib Coba!</h1>", "Kedai Baru Buka di Makassar, Wajib Coba!"},
      // Negatives: other words, a longer title, a teaser linking elsewhere, a label without a colon.
      {"different words", "Banjir Rendam Tiga Desa", "<h1>Banjir Rendam Empat Desa</h1>", "Banjir Rendam Tiga Desa"},
      {"more than a short phrase added", "Banjir Rendam Tiga Desa",
       "<h1>Banjir Rendam Tiga Desa, Ribuan Warga Mengungsi ke Balai Desa</h1>", "Banjir Rendam Tiga Desa"},
      {"a teaser's linked title", "Banjir Rendam Tiga Desa",
       "<h2 class=title><a href=/lain>Banjir Rendam Tiga Desa?</a></h2>", "Banjir Rendam Tiga Desa"},
      {"a prefix without a colon", "Banjir Rendam Tiga Desa", "<div class=judul>Foto Banjir Rendam Tiga Desa</div>",
       "Banjir Rendam Tiga Desa"},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    const std::string html = std::string("<html><head><meta property=og:title content=\"") + c.declared +
                             "\"></head><body>" + c.shown + "<div class=isi><p>" + kProse + "</p><p>" + kProse +
                             "</p></div></body></html>";
    const warta::Result result = warta::parse(html);
    REQUIRE(result.has_value());
    CHECK(result->headline == std::string(c.headline));
  }
}

TEST_CASE("extract: a photo story's only line under its title is its deck, not text") {
  const std::string description = "<meta name=description content=\"Kapal nelayan tenggelam di perairan utara Bali dan "
                                  "seluruh awak selamat.\">";
  const std::string gallery = "<div class=slider><div class=slide data-short-desc=\"Kapal nelayan ditarik ke pelabuhan "
                              "(Humas Polair/Nama)\"><img src=a.jpg></div><div class=slide data-caption=\"Awak kapal "
                              "dievakuasi ke darat\"><img src=b.jpg></div></div>";
  const std::string html = "<html><head><title>Foto: Kapal Tenggelam</title>" + description +
                           "</head><body><h1>Foto: Kapal Tenggelam</h1>" + gallery + "<div class=isi><p>Kapal nelayan "
                           "tenggelam di perairan utara Bali dan seluruh awak selamat.</p></div></body></html>";
  const warta::Result result = warta::parse(html);
  REQUIRE(result.has_value());
  CHECK(result->subheadline == std::optional<std::string>("Kapal nelayan tenggelam di perairan utara Bali dan seluruh awak selamat."));
  CHECK(result->body.empty());
  REQUIRE(result->captions.size() == 2);
  CHECK(result->captions[0].text == "Kapal nelayan ditarik ke pelabuhan");
  CHECK(result->captions[0].credit == std::optional<std::string>("Humas Polair/Nama"));
  CHECK(result->captions[1].text == "Awak kapal dievakuasi ke darat");
}

TEST_CASE("extract: credits only an analytics object declares add the roles nobody else is credited with") {
  // A page of an unknown outlet: its byline shows the writer, its dataLayer names the editor.
  const auto people_of = [](const std::string& byline, const std::string& script) {
    const std::string html =
        "<html><head><title>Panen Raya</title><script>" + script +
        "</script></head><body><h1>Panen Raya</h1>" + byline + "<div class=isi><p>" + std::string(kProse) +
        "</p><p>" + kProse + "</p></div></body></html>";
    const warta::Result result = warta::parse(html);
    REQUIRE(result.has_value());
    std::string out;
    for (const warta::Person& person : result->people) {
      out += (out.empty() ? "" : "|") + person.name + ":" + std::string(warta::to_string(person.role));
    }
    return out;
  };
  const std::string byline = "<div class=penulis>Penulis: Sari Wulandari</div>";
  struct Case {
    std::string byline, script, people;
  };
  const Case cases[] = {
      {byline, "dataLayer.push({'editorName': 'Bayu Pratama'});", "Sari Wulandari:author|Bayu Pratama:editor"},
      {byline, "window.data = {editors: \"Bayu Pratama\", photographers: \"Rina Lestari\"};",
       "Sari Wulandari:author|Bayu Pratama:editor|Rina Lestari:photographer"},
      // The editor shown in the byline is not declared again.
      {"<div class=penulis>Penulis: Sari Wulandari | Editor: Bayu Pratama</div>",
       "dataLayer.push({'editorName': 'Bayu Pratama'});", "Sari Wulandari:author|Bayu Pratama:editor"},
      // A declared author counts only when nobody is credited.
      {byline, "window.data = {reporters: \"Dimas Anggara\"};", "Sari Wulandari:author"},
      {"", "window.data = {reporters: \"Dimas Anggara\"};", "Dimas Anggara:author"},
      // An empty declaration names nobody; other keys are not credits.
      {byline, "window.data = {editors: \"\"};", "Sari Wulandari:author"},
      {byline, "var config = {editor: \"classic\", theme: \"Gelap\"};", "Sari Wulandari:author"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.byline, c.script);
    CHECK(people_of(c.byline, c.script) == c.people);
  }
}
