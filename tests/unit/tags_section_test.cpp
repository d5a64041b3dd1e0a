// Tags and section on pages no outlet profile knows: visible tag lists, declared keywords and
// breadcrumb trails (JSON-LD, microdata, class/id/aria-label), with site-wide lists left out.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "indonesian.hpp"
#include "warta/parse.hpp"

namespace {

// An article page of an unknown site: `head` goes in <head>, `before` above the headline, `after`
// under the text.
std::string page(const std::string& head, const std::string& before, const std::string& after) {
  return "<html><head><title>Banjir Rendam Kampung Nelayan</title>" + head + "</head><body>" + before +
         "<article><h1>Banjir Rendam Kampung Nelayan</h1>"
         "<p>Banjir merendam ratusan rumah di kampung nelayan sejak Senin pagi setelah hujan deras turun "
         "sepanjang malam di wilayah pesisir kabupaten.</p>"
         "<p>Warga mengungsi ke balai desa dan masjid terdekat sambil menunggu air surut, kata kepala desa "
         "kepada wartawan di lokasi.</p>" +
         after + "</article></body></html>";
}

warta::Article parse_page(const std::string& html) {
  warta::ParseOptions options;
  options.url = "https://kabarpesisir.example/2024/05/13/banjir-rendam-kampung-nelayan/";
  return warta::parse(html, options).value();
}

}  // namespace

TEST_CASE("tags: visible tag lists before declared keywords, site-wide lists left out", "[tags]") {
  struct TagCase {
    const char* name;
    std::string head;
    std::string before;
    std::string after;
    std::vector<std::string> tags;
  };
  const std::string keywords = "<meta name=\"keywords\" content=\"banjir pesisir, pengungsi\">";
  const std::vector<TagCase> cases = {
      {"tag links in a tags container", "", "",
       "<div class=\"post-tags\">Tags: <a href=\"/tag/banjir/\">#Banjir</a>, <a href=\"/tag/nelayan/\">Nelayan</a></div>",
       {"Banjir", "Nelayan"}},
      {"rel=tag without a named container", "", "",
       "<p><a rel=\"tag\" href=\"/berita/banjir\">Banjir</a> <a rel=\"tag\" href=\"/berita/pesisir\">Pesisir</a></p>",
       {"Banjir", "Pesisir"}},
      {"Blogger labels", "", "", "<span><a href=\"/search/label/Bencana\">Bencana</a></span>", {"Bencana"}},
      {"duplicates in another case", "", "",
       "<ul class=\"topik\"><li><a href=\"/topik/banjir\">Banjir</a></li><li><a href=\"/topik/banjir-2\">BANJIR</a></li></ul>",
       {"Banjir"}},
      {"visible list wins over keywords", keywords, "",
       "<div class=\"tags\"><a href=\"/tag/banjir\">Banjir</a></div>", {"Banjir"}},
      {"trending widget is no tag list", keywords,
       "<section class=\"trending-tags\"><a href=\"/tag/pilkada\">Pilkada</a><a href=\"/tag/timnas\">Timnas</a></section>",
       "", {"banjir pesisir", "pengungsi"}},
      {"site header tag bar is no tag list", "",
       "<div class=\"site-header\"><div class=\"tag\"><a href=\"/tag/pilkada\">#Pilkada</a></div></div>", "", {}},
      {"tag cloud widget", "", "",
       "<div class=\"widget_tag_cloud\"><a href=\"/tag/a\">Pilkada</a><a href=\"/tag/b\">Timnas</a></div>", {}},
      {"keyword links inside a paragraph", "", "",
       "<p>Baca kabar lain tentang <a href=\"/tag/banjir\">banjir</a> dan <a href=\"/tag/rob\">rob</a> di pesisir "
       "utara yang terus berulang setiap musim hujan tiba.</p>",
       {}},
      {"a post's term classes are no tag list", "", "",
       "<div class=\"post hentry tag-banjir\"><div class=\"meta\"><span><a href=\"/penulis/rina/\">Rina Wati</a></span></div></div>",
       {}},
      {"list headed as the site's picks", "", "",
       "<div class=\"box\"><div class=\"box-title\">Topik Pilihan</div><div class=\"box-body\">"
       "<a href=\"/topik/mudik/\">Mudik</a><a href=\"/topik/pemilu/\">Pemilu</a></div></div>",
       {}},
      {"a list longer than a tag list", "", "",
       "<div class=\"tags\"><a href=\"/tag/1\">a</a><a href=\"/tag/2\">b</a><a href=\"/tag/3\">c</a><a href=\"/tag/4\">d</a>"
       "<a href=\"/tag/5\">e</a><a href=\"/tag/6\">f</a><a href=\"/tag/7\">g</a><a href=\"/tag/8\">h</a><a href=\"/tag/9\">i</a>"
       "<a href=\"/tag/10\">j</a><a href=\"/tag/11\">k</a><a href=\"/tag/12\">l</a><a href=\"/tag/13\">m</a>"
       "<a href=\"/tag/14\">n</a><a href=\"/tag/15\">o</a><a href=\"/tag/16\">p</a></div>",
       {}},
      {"keywords that are the description cut into words",
       "<meta name=\"keywords\" content=\"banjir, merendam, ratusan, rumah, di, kampung, nelayan, sejak\">", "", "", {}},
      {"site-wide SEO phrases dropped from keywords",
       "<meta name=\"keywords\" content=\"banjir pesisir, pengungsi, berita terkini, Berita Indonesia, portal berita\">",
       "", "", {"banjir pesisir", "pengungsi"}},
  };
  for (const TagCase& c : cases) {
    CAPTURE(c.name);
    CHECK(parse_page(page(c.head, c.before, c.after)).tags == c.tags);
  }
}

TEST_CASE("section: JSON-LD, microdata and visible breadcrumb trails", "[section]") {
  struct SectionCase {
    const char* name;
    std::string head;
    std::string before;
    std::optional<std::string> section;
  };
  const std::vector<SectionCase> cases = {
      {"JSON-LD BreadcrumbList, by position",
       "<script type=\"application/ld+json\">{\"@type\":\"BreadcrumbList\",\"itemListElement\":["
       "{\"@type\":\"ListItem\",\"position\":2,\"name\":\"Daerah\"},"
       "{\"@type\":\"ListItem\",\"position\":1,\"name\":\"Beranda\"}]}</script>",
       "", "Daerah"},
      {"JSON-LD BreadcrumbList ending in the headline",
       "<script type=\"application/ld+json\">{\"@type\":\"BreadcrumbList\",\"itemListElement\":["
       "{\"position\":1,\"item\":{\"name\":\"Beranda\"}},{\"position\":2,\"item\":{\"name\":\"Peristiwa\"}},"
       "{\"position\":3,\"item\":{\"name\":\"Banjir Rendam Kampung Nelayan Sejak Senin Pagi\"}}]}</script>",
       "", "Peristiwa"},
      {"breadcrumb by id", "", "<ol id=\"breadcrumb\"><li><a href=\"/\">Home</a></li><li><a href=\"/hukum\">Hukum</a></li></ol>",
       "Hukum"},
      {"breadcrumb by aria-label", "",
       "<nav aria-label=\"Breadcrumb\"><a href=\"/\">Beranda</a> / <a href=\"/olahraga\">Olahraga</a></nav>", "Olahraga"},
      {"microdata BreadcrumbList", "",
       "<ul itemscope itemtype=\"https://schema.org/BreadcrumbList\"><li><a href=\"/\">Beranda</a></li>"
       "<li><a href=\"/ekonomi\">Ekonomi</a></li></ul>",
       "Ekonomi"},
      {"the item for the page itself is no section", "",
       "<div class=\"breadcrumb\"><a href=\"/\">Home</a><a href=\"/travel-news\">Travel News</a><a href=\"#\">Detail Berita</a></div>",
       "Travel News"},
      {"a trail before article:section", "<meta property=\"article:section\" content=\"News\">",
       "<div class=\"breadcrumb\"><a href=\"/\">Home</a><a href=\"/hot\">Hot</a></div>", "Hot"},
      {"a home link alone is no section", "", "<div id=\"breadcrumbs\"><a href=\"/\">Beranda</a></div>", std::nullopt},
  };
  for (const SectionCase& c : cases) {
    CAPTURE(c.name);
    CHECK(parse_page(page(c.head, c.before, "")).section == c.section);
  }
}

TEST_CASE("section: without a breadcrumb, the rubric above the headline or the highlighted sub-rubric", "[section]") {
  struct SectionCase {
    const char* name;
    std::string head;
    std::string before;  // above the article
    std::string above;   // inside the article, right before the headline
    std::optional<std::string> section;
  };
  const std::string menu = "<nav class=menu><ul><li><a href=\"/\">Home</a></li><li class=\"active\"><a href=\"/daerah\">"
                           "Daerah</a></li></ul><ul class=submenu><li><a href=\"/daerah/jawa\">Jawa</a></li>"
                           "<li class=\"is-active\"><a href=\"/daerah/sulawesi\">Sulawesi</a></li></ul></nav>";
  const std::vector<SectionCase> cases = {
      {"a misspelt breadcrumb container", "", "<h4 class=breadcrump><a href=\"/bola\">Bola</a> / <a href=\"/bola/liga\">"
       "Liga Indonesia</a></h4>", "", "Liga Indonesia"},
      {"the highlighted sub-rubric, the last one marked", "", menu, "", "Sulawesi"},
      {"aria-current in a nav", "", "<nav><a href=\"/\">Beranda</a><a aria-current=\"page\" href=\"/hukum\">Hukum</a></nav>",
       "", "Hukum"},
      {"a highlighted item before article:section", "<meta property=\"article:section\" content=\"Article\">", menu, "",
       "Sulawesi"},
      {"the category label above the headline", "", "", "<a class=\"newsdetail-categorylink\" href=\"/seleb\">SELEBRITI</a>",
       "SELEBRITI"},
      // Negatives: an active front page, an active tab outside any menu, a footer menu, a long label.
      {"an active front page link is no rubric", "", "<nav><ul><li class=active><a href=\"/\">Home</a></li></ul></nav>", "",
       std::nullopt},
      {"an active tab outside a menu", "", "<ul class=tabs><li class=active><a href=\"/terbaru\">Terbaru</a></li></ul>", "",
       std::nullopt},
      {"a footer menu", "", "<footer><ul class=menu><li class=active><a href=\"/karir\">Karir</a></li></ul></footer>", "",
       std::nullopt},
      {"a long label above the headline is no rubric", "", "",
       "<div class=kategori>Baca berita lainnya dari kategori ini setiap hari</div>", std::nullopt},
  };
  for (const SectionCase& c : cases) {
    CAPTURE(c.name);
    std::string html = page(c.head, c.before, "");
    html.replace(html.find("<h1>"), 0, c.above);
    CHECK(parse_page(html).section == c.section);
  }
}

TEST_CASE("indonesian: is_site_wide_keyword", "[indonesian]") {
  namespace id = warta::detail::indonesian;
  CHECK(id::is_site_wide_keyword("berita terkini"));
  CHECK(id::is_site_wide_keyword("Berita  Indonesia"));
  CHECK(id::is_site_wide_keyword("News"));
  CHECK_FALSE(id::is_site_wide_keyword("pemberitaan"));
  CHECK_FALSE(id::is_site_wide_keyword("Info Kesehatan"));
  CHECK_FALSE(id::is_site_wide_keyword("banjir"));
}

TEST_CASE("indonesian: names_site_wide_list", "[indonesian]") {
  namespace id = warta::detail::indonesian;
  CHECK(id::names_site_wide_list("Topik Pilihan"));
  CHECK(id::names_site_wide_list("TRENDING TOPIC"));
  CHECK(id::names_site_wide_list("Berita Terpopuler"));
  CHECK(id::names_site_wide_list("# Hot Topik"));
  CHECK_FALSE(id::names_site_wide_list("Tags"));
  CHECK_FALSE(id::names_site_wide_list("Topik Terkait"));
  CHECK_FALSE(id::names_site_wide_list("Ikuti perkembangan berita ini dalam topik"));
  CHECK_FALSE(id::names_site_wide_list("Pilihan warga desa untuk membangun jembatan baru di hulu sungai"));
}
