#include "generic.hpp"

#include <catch2/catch.hpp>
#include <string>

#include "dom.hpp"
#include "url.hpp"

namespace {

using warta::detail::Document;

// A paragraph of prose (commas and length score as article text does).
std::string prose(int n) {
  return "<p>Warga desa ke-" + std::to_string(n) +
         " memanen padi bersama, dan kepala desa mengatakan hasil panen tahun ini naik, "
         "karena cuaca mendukung sepanjang musim tanam.</p>";
}

// The `n` labels of the content roots, joined by spaces; "-" when there is none.
std::string root_labels(const std::string& html) {
  const Document doc(html);
  std::string out;
  for (const GumboNode* root : warta::detail::find_content_roots(doc)) {
    const char* label = warta::detail::attribute(root, "n");
    if (!out.empty()) out += ' ';
    out += label != nullptr ? label : "?";
  }
  return out.empty() ? "-" : out;
}

}  // namespace

TEST_CASE("generic: the content root is the container of the article's prose") {
  struct Case {
    const char* what;
    std::string html;
    const char* roots;
  };
  const Case cases[] = {
      {"one article container", "<div n=nav><a href=/>Beranda</a></div><div class=isi n=body>" + prose(1) + prose(2) + "</div>",
       "body"},
      {"an index page of links has none", "<ul><li><a href=/a>Berita satu</a></li><li><a href=/b>Berita dua</a></li></ul>", "-"},
      // A headline box whose class and id both say "detail" outweighs one paragraph by its hints alone;
      // it holds no prose, so the text's container wins.
      {"a hinted headline box loses to prose",
       "<div class=detail><div class=detail-headline id=detail-headline n=head><h2>Model Mengaku Jadi Korban "
       "Saat Jalani Pemotretan di Lombok</h2><span>04 April 2022, 09:15 WIB</span></div><div class=infinite>"
       "<div class='infinite-box detail-paragraph' n=text>" + prose(1) + prose(2) + "</div></div></div>",
       "text"},
      // Later pages of a paged article repeat the first page's classes and add their own.
      {"sibling pages with more classes join",
       "<div><div class='box detail-paragraph' n=p1>" + prose(1) + prose(2) + "</div><div class='box detail-paragraph "
       "detail-paging' n=p2>" + prose(3) + prose(4) + "</div><div class='box' n=other>" + prose(5) + prose(6) +
           "</div></div>",
       "p1 p2"},
      // A listicle split into one section per item: later items hold their subheading and a photo, no
      // paragraph; a same-class box of links stays out.
      {"listicle item sections join",
       "<div><div class='item' n=i1>" + prose(1) + prose(2) + "</div><div class='item' n=i2><h2>2. Warga menanam "
       "bibit baru di sawah</h2><img src=a.jpg></div><div class='item' n=i3><h2>3. Hasil panen dijual ke koperasi</h2>"
       "</div><div class='item' n=links><h2><a href=/a>Berita lain tentang panen raya</a></h2></div></div>",
       "i1 i2 i3"},
      {"a sibling of another class stays out",
       "<div><div class='isi' n=p1>" + prose(1) + prose(2) + "</div><div class='komentar' n=c>" + prose(3) + "</div></div>",
       "p1"},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    CHECK(root_labels(c.html) == c.roots);
  }
}

TEST_CASE("generic: a photo page's one short paragraph is its content root") {
  // The article's only text is one sentence of about 100 bytes; the page's header and tag box around it
  // hold more text in all but are no content root.
  const std::string html =
      "<div class=wrap n=page><div class=head><h1>Potret Seru Warga Masak Bersama di Balai Desa</h1>"
      "<div class=info>ARTIS | 17 Juni 2021 09:54 Reporter : Astri Agustina</div></div>"
      "<div class=article-body n=text><p>Tak sendirian, warga dibantu oleh anak-anak saat memasak mie instan "
      "porsi besar di balai desa.</p></div><div class=topik><h4>TOPIK TERKAIT</h4><a href=/t/a>Warga</a></div></div>";
  CHECK(root_labels(html) == "text");
}

TEST_CASE("generic: prose is sentences outside captions and sign-up boxes; a page without any has no content root") {
  struct Case {
    const char* what;
    std::string html;
    const char* roots;
  };
  // A gallery's text is its captions; around them a page keeps labels, counters and a newsletter box.
  const std::string figures =
      "<figure><img src=a.jpg><figcaption>Warga mengarak ogoh-ogoh setinggi delapan meter di jalan utama desa, "
      "Sabtu (2/3). (Kabar Bali/Made)</figcaption></figure><figure><img src=b.jpg><figcaption>Anak-anak ikut "
      "mengarak ogoh-ogoh kecil di belakang barisan, Sabtu (2/3). (Kabar Bali/Made)</figcaption></figure>";
  const std::string newsletter =
      "<div class='newsletter box'><span>Jangan sampai ketinggalan berita terkini, langganan newsletter kami "
      "sekarang!</span><span>Email berhasil dikirim, sekarang anda sudah berlangganan di sini</span></div>";
  const std::string counters =
      "<ul><li>Rate artikel ini, beri bintang untuk penulisnya</li><li>Artikel ini telah dilihat 15085 kali oleh pembaca</li></ul>";
  const Case cases[] = {
      {"a gallery of captions", "<div class=artikel-foto n=g>" + figures + counters + "</div>", "-"},
      {"a gallery beside a newsletter box", "<div class=read-page n=g>" + figures + newsletter + counters + "</div>", "-"},
      {"text without a sentence end", "<div class=konten n=c><p>Email berhasil dikirim, sekarang anda sudah berlangganan "
       "di sini</p><p>Harga naik menjadi Rp 3.5 juta per ton, kunjungi liputan6.com</p></div>", "-"},
      // Negatives: the article's own sentences, however they end, still make the root.
      {"a gallery with a paragraph", "<div class=artikel-foto n=g>" + figures + newsletter +
       "<p>Pawai ogoh-ogoh digelar warga Desa Sukawati menjelang Nyepi.</p></div>", "g"},
      {"a sentence ending in a closing quote", "<div class=isi n=q><p>\u201cPanen tahun ini naik, cuaca mendukung "
       "sepanjang musim,\u201d kata kepala desa, \u201ckami bersyukur.\u201d</p></div>", "q"},
      {"a question", "<div class=isi n=q><p>Apakah harga beras akan turun menjelang Lebaran tahun ini, menurut para "
       "pedagang di pasar induk?</p></div>", "q"},
      {"an article beside a newsletter box", "<div n=page>" + newsletter + "<div class=isi n=body>" + prose(1) +
       "</div></div>", "body"},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    CHECK(root_labels(c.html) == c.roots);
  }
}

TEST_CASE("generic: a web-archive capture's address gives the original article's") {
  struct Case {
    const char* url;
    const char* original;
  };
  const Case cases[] = {
      {"https://web.archive.org/web/20150619002323/http://www.contoh.com/berita/a", "http://www.contoh.com/berita/a"},
      {"/web/20150619002323id_/https://contoh.com/a?p=1", "https://contoh.com/a?p=1"},
      {"https://web.archive.org/web/20150619002323/http:/www.contoh.com/a", "http://www.contoh.com/a"},
      {"https://web.archive.org/web/20150619002323/www.contoh.com/a", "http://www.contoh.com/a"},
      // Negatives: not a capture's address.
      {"https://www.contoh.com/web/2015/06/19/a", "https://www.contoh.com/web/2015/06/19/a"},
      {"https://www.contoh.com/berita/web/20150619002323", "https://www.contoh.com/berita/web/20150619002323"},
      {"https://web.archive.org/web/2015/http://contoh.com/a", "https://web.archive.org/web/2015/http://contoh.com/a"},
  };
  for (const Case& c : cases) {
    INFO(c.url);
    CHECK(warta::detail::archived_original(c.url) == c.original);
  }
}
