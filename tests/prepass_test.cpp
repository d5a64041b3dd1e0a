// The raw-text pre-pass changes nothing: every fixture page parses to the same Article JSON with and
// without it, and the cuts land where the HTML tokenizer ends raw text and comments.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "dom.hpp"
#include "fixture_pages.hpp"
#include "prepass.hpp"
#include "tree_text.hpp"
#include "warta/json.hpp"
#include "warta/warta.hpp"

namespace {

nlohmann::json parsed(const std::string& html, const std::string& url, bool prepass) {
  warta::ParseOptions options;
  options.url = url;
  options.prepass = prepass;
  const warta::Result result = warta::parse(html, options);
  if (!result) return {{"error", std::string(warta::to_string(result.error().code))}, {"message", result.error().message}};
  nlohmann::json out = result.value();
  out["warnings"] = result.warnings();
  return out;
}

}  // namespace

TEST_CASE("prepass: every fixture page gives the same Article with and without the pre-pass") {
  const auto pages = warta::test::fixture_pages();
  REQUIRE(!pages.empty());
  for (const std::filesystem::path& page : pages) {
    INFO("page: " << page.string());
    const std::string html = warta::test::read_file(page);
    std::filesystem::path golden_path = page;
    golden_path.replace_extension(".json");
    const nlohmann::json golden = std::filesystem::exists(golden_path)
                                      ? nlohmann::json::parse(warta::test::read_file(golden_path))
                                      : nlohmann::json();
    const std::string url = warta::test::page_url(page, golden);
    CHECK(parsed(html, url, true) == parsed(html, url, false));
  }
}

TEST_CASE("prepass: the page left for gumbo") {
  const struct {
    const char* html;
    const char* cut;  // "" when nothing is cut
  } cases[] = {
      {"<p>a<script>var x = 1;</script><p>b", "<p>a<script></script><p>b"},
      {"<style>p{}</style><!-- note -->x", "<style></style><!---->x"},
      {"<script>s = '</scripts>'; t = '</script'</script >", "<script></script >"},
      {"<SCRIPT>a</SCRIPT>", "<SCRIPT></SCRIPT>"},
      {"<script>a<!--<script>b</script>c-->d</script>e", "<script></script>e"},
      {"<script>a<!--b</script>c", "<script></script>c"},
      {"<!-- a -- b --!>x", "<!----!>x"},
      {"<!---->x<!-->y<!--->z", ""},
      {"<p title='<script>x</script>'>y", "<p title='\xf3\xb0\x80\x80'>y"},  // a value, stood in
      {"<textarea><script>x</script></textarea>", ""},
      {"<title><!-- x --></title>", ""},
      // Nothing is cut after a comment or script left open: the rest of the page is its text.
      {"<!-- open <script>x</script>", ""},
      {"<script>open <!-- x", ""},
      {"<script>a\rb</script>", ""},  // gumbo turns CR into LF: kept where gumbo reads it
      {"<plaintext><script>x</script>", ""},
      // White space between tags: one space, a newline or a blank line, as the run had.
      {"<p>a</p>\n\n   <p>b</p>", "<p>a</p>\n\n<p>b</p>"},
      {"<div>  <span>x</span>   </div>", "<div> <span>x</span> </div>"},
      {"<div>\r\n  \t<b>", "<div>\n<b>"},
      {"<div>\r\r<b>", "<div>\n\n<b>"},
      {"<p><!-- c -->   <p>", "<p><!----> <p>"},
      {"<p><!-- c --!>\n \n<p>", "<p><!----!>\n\n<p>"},
      {"<pre>\n  <b>x</b>  </pre>\n  <p>", "<pre>\n  <b>x</b>  </pre>\n<p>"},
      {"<listing>\n  <b>x</b>  </listing>  <p>", "<listing>\n  <b>x</b>  </listing> <p>"},
      {"<pre><pre>  </pre>  </pre>  <p>", "<pre><pre>  </pre>  </pre> <p>"},
      {"<p> </p>\n<p>", ""},                     // already as short as it gets
      {"<p>a  b</p>  ", ""},                      // text, and white space that ends the page
      {"<a title='x >   <'>y", ""},                // inside an attribute value
      {"<textarea>\n  <b></textarea>", ""},
      // Before the first tag but <html> the tree builder drops white space: no text node to check.
      {"<!DOCTYPE html>\n  <html>\n  <head>  <title>t</title>", "<!DOCTYPE html>\n  <html>\n  <head> <title>t</title>"},
      // Stand-ins: one plane-15 character for each long attribute value and run of text that gumbo
      // copies unchanged; numbered in page order.
      {"<img src=\"https://a.example/x\" class=b><a href=\"https://a.example/y\">Banjir di Jakarta</a>",
       "<img src=\"\xf3\xb0\x80\x80\" class=b><a href=\"https://a.example/y\">\xf3\xb0\x80\x81</a>"},  // not an <a>'s
      {"<p>\n  Warga mengungsi  <b>x</b>", "<p>\n  \xf3\xb0\x80\x80<b>x</b>"},  // white space before text stays
      {"<p>Rp 5&nbsp;juta per bulan</p>", ""},                                  // a character reference
      {"<p>Warga\rmengungsi</p>", ""},                                         // CR becomes LF
      {"<p>Warga\x01mengungsi</p>", ""},                                       // a control character
      {"<p>short</p><i title='tiny'>", ""},                                     // too short to be worth it
      {"<input type=\"hidden_field\"><x encoding=\"text/html+x\">", ""},      // read by the tree builder
      {"<span title=\"a long title\"></span title=\"a long title\">", "<span title=\"\xf3\xb0\x80\x80\"></span title=\"a long title\">"},
      {"<p>text ending the page", ""},                                          // no tag after it
      {"<p>\xf3\xb0\x80\x80 <a title=\"a long title\">", ""},                  // plane 15 in the page: none
      // The scanner's idea of where tags are can be wrong; gumbo's tree says so (next test case).
      {"<svg><style><h s=\"\xc2\x8d</style>  <\">", "<svg><style><h s=\"\xc2\x8d</style> <\">"},
  };
  for (const auto& c : cases) {
    INFO("html: " << c.html);
    CHECK(warta::detail::cut_for_gumbo(c.html).html == c.cut);
  }
}

TEST_CASE("prepass: each shortened run is checked against gumbo's text nodes") {
  const struct {
    const char* html;
    bool applied;  // gumbo's tree is the one of the page as the pre-pass left it
  } cases[] = {
      {"<div>\n  <p>a</p>\n\n  <p>b</p>\n</div>", true},
      // One text node over a run, a tag that changes no node of its own, and the next run.
      {"<div>\n<form>\n<input>\n  </form>\n  <p>b</p></div>", true},                   // </form> removes, pops nothing
      {"<head><img src=x>\n  </head>\n  <body class=a>\n  <p>b", true},              // </head> ignored, body merged
      {"<p>a</div>   <b>x</b>", true},                                                  // ignored end tag
      {"<table>  <tr>  <td>x</td>  </tr>  </table>", true},
      {"<body><p>a</p>  </body>  </html>  <!-- c -->  <p>late", true},                  // after the body
      {"<head>  <noscript>  <link rel=a>  </noscript>  </head>  <p>x", true},
      {"<p>x  <template>  <b>t</b>  </template>  <select>  <option>o  </select>", true},
      // Not plain: an end tag with attributes, a start tag whose value holds '<'.
      {"<p>a</div  x='1'>   <b>x</b>", false},
      {"<p>a<body title='<'>   <b>x</b>", false},
      // In <svg>, </style> inside an attribute value ends nothing: the run is the attribute's.
      {"<svg><style><h s=\"\xc2\x8d</style>  <\">", false},
      {"<svg><style>a<h s=\"</style>  <\">  <p>x", false},
      // <select> ignores <style>: what the scanner took for raw text is markup.
      {"<select><style>  <option a=\"</style>  <\">x</select>", false},
      // Stand-ins back in the tree: formatting elements cloned with their attributes, text fostered
      // out of a table, a repeated attribute gumbo drops, <body> attributes merged, text in <title>.
      {"<p><b class=\"headline-strong\">Banjir besar<p>di Jakarta pagi ini</b> kata warga", true},
      {"<table><tr>Warga mengungsi<td>x</td></tr>dari rumah mereka</table>", true},
      {"<a href=\"https://a.example/1\" href=\"https://a.example/2\">Banjir di Jakarta</a>", true},
      {"<body><p>x</p><body class=\"article-page\" data-x=\"yyyyyyyyyy\"><p>Banjir di Jakarta</p>", true},
      {"<title>Banjir <b class=\"not-a-tag-here\">di Jakarta</b> hari ini</title><p>Banjir di Jakarta</p>", true},
      {"<svg><text x=\"10px-from-left\">Banjir di Jakarta</text></svg>", true},
      // Formatting elements keep their values: "Noah's Ark" keeps three equal ones active, equal
      // counting values written differently (prepass_fuzzer found equal values stood in apart).
      {"<p><b class=\"long-class-name\">1<b class=\"long-class-name\">2<b class=\"long-class-name\">3"
       "<b class=\"long-class-name\">4</p><p>Banjir di Jakarta hari ini</p>", true},
      {"<p><b class=\"long&#45;class-name\">1<b class=\"long-class-name\">2<b class=\"long-class-name\">3"
       "<b class=\"long-class-name\">4</p><p>Banjir di Jakarta hari ini</p>", true},
      // Text in a frameset is dropped but for its white space: the stand-in never reaches the tree.
      {"<frameset>Banjir di Jakarta <frame src=\"https://a.example/f\"></frameset>", false},
      // A character reference may name a plane-15 character: not taken for a stand-in (the number
      // is no stand-in's, or its source is not the stand-in's place), the whole page is parsed.
      {"<p>&#xF0001; Banjir di Jakarta <b>x</b> dan sekitarnya</p>", false},
      {"<p>Banjir di Jakarta &#xF0000;</p><p>dan sekitarnya hari ini</p>", false},
      // gumbo starts the source of a tag right after an ignored "</>" at the "</": an unknown
      // element's name is read from it, not from its stood-in attribute values (prepass_fuzzer).
      {"</><h s=\"a long value here\">Banjir di Jakarta", true},
      {"<p>x</><amp-img src=\"https://a.example/x.jpg\"></amp-img>", true},
  };
  for (const auto& c : cases) {
    INFO("html: " << c.html);
    const warta::detail::Document cut(c.html, true);
    const warta::detail::Document whole(c.html, false);
    CHECK(cut.prepass_applied() == c.applied);
    CHECK(warta::test::tree_text(cut) == warta::test::tree_text(whole));
    CHECK(parsed(c.html, "", true) == parsed(c.html, "", false));
  }
}

TEST_CASE("prepass: a repeated attribute after hundreds of syntax errors is read as the standard says") {
  // gumbo 0.10.1 glues a repeated valueless attribute onto the next attribute's name once it stops
  // recording errors; every NUL in text is one error, and the pre-pass changes how many come first.
  const auto attributes_of_e = [](const std::string& html, bool prepass) {
    const warta::detail::Document doc(html, prepass);
    std::string names;
    for (const GumboNode* element : doc.elements()) {
      if (warta::detail::tag_name(element) != "e") continue;
      const GumboVector& attributes = element->v.element.attributes;
      for (unsigned i = 0; i < attributes.length; ++i) names += std::string(static_cast<const GumboAttribute*>(attributes.data[i])->name) + ' ';
    }
    return names;
  };
  for (const std::size_t errors : {0u, 120u, 200u}) {
    INFO("NUL bytes in the comment and in the paragraph before the tag: " << errors << " each");
    const std::string html = "<!--" + std::string(errors, '\0') + "--><p>" + std::string(errors, '\0') + "</p><e di di m>";
    CHECK(attributes_of_e(html, true) == "di m ");
    CHECK(attributes_of_e(html, false) == "di m ");
    CHECK_FALSE(warta::detail::Document(html).parse_errors_capped());
  }
  const std::string hostile = "<p>" + std::string(1500, '\0') + "</p><e di di m>";
  CHECK(warta::detail::Document(hostile).parse_errors_capped());
  std::string stray_end_tags;  // one tree-builder error each
  for (int i = 0; i < 1500; ++i) stray_end_tags += "</x>";
  const std::string article = "<html><body><article><h1>Banjir di Jakarta</h1><p>" + stray_end_tags +
                              "Warga mengungsi ke masjid karena air naik setinggi satu meter sejak pagi.</p></article></body></html>";
  const warta::Result result = warta::parse(article);
  REQUIRE(result.has_value());
  CHECK(std::find_if(result.warnings().begin(), result.warnings().end(), [](const std::string& warning) {
          return warning.starts_with("page has over 1000 HTML syntax errors");
        }) != result.warnings().end());
}

TEST_CASE("prepass: pages the fuzzer found while white space between tags was shortened") {
  // prepass_fuzzer: "  <\xff..." after <tr> is text, so a shortened run sat inside a text node, and
  // the content scorer's length threshold counted its spaces; in <svg>, </style> inside an attribute
  // value is no end tag, and the run after it is the attribute's.
  const std::string html = "<w>\x1f\xe2\x80\xb9\xc2\xb0<tr>  <\xc3\xbf\xc3\xbf\xc3\xbf\xc3\xbf\xc3\xbf\xc3\xbf\xc3\xbf";
  CHECK(parsed(html, "", true) == parsed(html, "", false));
  const std::string wide = "<p><b>Harga</b>      < 5 juta, kata pedagang di pasar pagi ini kepada wartawan.</p>";
  CHECK(parsed(wide, "", true) == parsed(wide, "", false));
  // A script element with a caption's class: its text is script text, with or without the pre-pass.
  const std::string script_caption =
      "<html><body><article><h1>Festival Danau Sentani Dibuka</h1><figure><img src=\"https://a.example/f.jpg\">"
      "<script class=\"wp-caption-text\">Penari tampil di atas perahu. (Foto: Yosephina Wenda)</script></figure>"
      "<p>Festival Danau Sentani dibuka dengan tarian di atas perahu yang ditonton ribuan wisatawan dari luar Papua.</p>"
      "<p>Panitia mencatat tingkat hunian hotel di Sentani dan Kota Jayapura mencapai 95 persen selama festival.</p>"
      "</article></body></html>";
  CHECK(parsed(script_caption, "", true) == parsed(script_caption, "", false));
  const std::string foreign = "<svg><style><h s=\"\xc2\x8d</style>  <\">";
  CHECK(parsed(foreign, "", true) == parsed(foreign, "", false));
}

TEST_CASE("prepass: a script beside an image is as empty with the pre-pass as without it") {
  // prepass_fuzzer: the caption reader asked text_content of the <script> between an image and the
  // line under it; only without the pre-pass did the script still hold its text.
  const std::string html = "<t><img><script>f</script><div>\x01\x01\x06p\x01\nTEMPO/\xff\xff" "a";
  CHECK(parsed(html, "", true) == parsed(html, "", false));
  for (const bool prepass : {true, false}) {
    const warta::detail::Document doc("<p>a<script>var x = 1;</script><style>p{}</style><noscript><b>b</b></noscript></p>", prepass);
    for (const GumboTag tag : {GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE}) {
      REQUIRE(doc.with_tag(tag).size() == 1);
      CHECK(warta::detail::text_content(doc.elements()[doc.with_tag(tag).front()]).empty());
    }
    CHECK(warta::detail::text_content(doc.elements()[doc.with_tag(GUMBO_TAG_NOSCRIPT).front()]) == "b");
    CHECK(warta::detail::text_content(doc.elements()[doc.with_tag(GUMBO_TAG_P).front()]) == "a");
  }
}
