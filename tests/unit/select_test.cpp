#include "select.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "dom.hpp"

namespace {

using warta::detail::Document;
using warta::detail::Selector;

// The `n` labels of the elements a selector picks, joined by spaces (the tests label every element
// they care about with n="...").
std::string labels(const std::vector<const GumboNode*>& nodes) {
  std::string out;
  for (const GumboNode* node : nodes) {
    const char* label = warta::detail::attribute(node, "n");
    if (!out.empty()) out += ' ';
    out += label != nullptr ? label : "?";
  }
  return out;
}

std::string select_labels(const std::string& html, const std::string& selector_text) {
  std::string error;
  const auto selector = Selector::compile(selector_text, &error);
  INFO(error);
  REQUIRE(selector.has_value());
  const Document doc(html);
  return labels(selector->select_all(doc));
}

const char* const kArticle = R"(<!DOCTYPE html><html><head>
<meta property="og:title" content="Judul" n="m1">
<meta name="author" content="Penulis A" n="m2">
<link rel="canonical alternate" href="https://example.com/a" n="l1">
</head><body>
<div class="read__content Main" id="Isi" n="d1">
  <h1 class="read__title" n="h1">Judul</h1>
  <p n="p1">Satu <span class="credit" n="s1">x</span></p>
  <div class="ads" n="d2"><p n="p2">Iklan</p></div>
  <p data-x="" n="p3">Dua</p>
</div>
<p n="p4">Luar</p>
<amp-img src="foto.jpg" n="a1"></amp-img>
<AMP-IMG src="foto2.jpg" n="a2"></AMP-IMG>
</body></html>)";

}  // namespace

TEST_CASE("select: compile errors name the problem") {
  struct Case {
    const char* selector;
    const char* error;
  };
  const Case cases[] = {
      {"", "empty selector"},
      {"   ", "empty selector"},
      {"p:first-child", "pseudo-class ':first-child' is not supported"},
      {"a:not(.x)", "pseudo-class ':not' is not supported"},
      {"p::before", "pseudo-element '::before' is not supported"},
      {"h1 + p", "combinator '+' is not supported"},
      {"h1 ~ p", "combinator '~' is not supported"},
      {"h1~p", "combinator '~' is not supported"},
      {"[href", "unbalanced '['"},
      {"a[href=\"x\"", "unbalanced '['"},
      {"a]", "unbalanced ']'"},
      {"a[href=\"x]", "unterminated string"},
      {"a[href|=en]", "attribute operator '|=' is not supported"},
      {"a[href=x y]", "unexpected 'y' in attribute selector"},
      {"meta[property=og:title]", "unexpected ':' in attribute selector"},
      {"a[=x]", "attribute name expected"},
      {"a[href=]", "attribute value expected"},
      {"div,", "empty selector in a group"},
      {"div,,p", "empty selector in a group"},
      {",div", "missing selector before ','"},
      {"> p", "missing selector before '>'"},
      {"div >", "nothing after combinator '>'"},
      {"div > , p", "nothing after combinator '>'"},
      {"div.", "class name expected"},
      {"#", "id name expected"},
      {"#a#b", "two ids in one compound"},
      {"*div", "unexpected 'd'"},
      {"div(", "unexpected '('"},
      {".a\\31 b", "hex escapes are not supported"},
      {"a\\", "escape at the end"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.selector);
    std::string error;
    const auto selector = Selector::compile(c.selector, &error);
    CHECK_FALSE(selector.has_value());
    CHECK_THAT(error, Catch::Matchers::Contains(c.error));
    CHECK_THAT(error, Catch::Matchers::Contains(std::string("\"") + c.selector + "\""));
  }
}

TEST_CASE("select: an unknown element after an ignored \"</>\" keeps its name") {
  // gumbo 0.10.1 starts such a tag's source text at the "</" of the ignored end tag.
  CHECK(select_labels("<p>x</><amp-img src=\"a.jpg\" n=a1></amp-img></><Amp-Img n=a2>", "amp-img") == "a1 a2");
}

TEST_CASE("select: compile errors need no error string") {
  CHECK_FALSE(Selector::compile("p:hover").has_value());
  CHECK(Selector::compile("p").has_value());
}

TEST_CASE("select: compiled selector keeps its text") {
  const auto selector = Selector::compile(" div.a > p ");
  REQUIRE(selector.has_value());
  CHECK(selector->text() == " div.a > p ");
}

TEST_CASE("select: matches in document order") {
  struct Case {
    const char* selector;
    const char* expected;
  };
  const Case cases[] = {
      // type selectors, any case, known and unknown tags
      {"p", "p1 p2 p3 p4"},
      {"P", "p1 p2 p3 p4"},
      {"H1", "h1"},
      {"amp-img", "a1 a2"},
      {"AMP-Img", "a1 a2"},
      {"article", ""},
      {"*", ""},  // checked separately: every element
      // class and id, ASCII case ignored
      {".read__content", "d1"},
      {".main", "d1"},
      {"div.read__content.main", "d1"},
      {"div.read__content.other", ""},
      {"#isi", "d1"},
      {"div#Isi.Main", "d1"},
      {"p#isi", ""},
      {"*.ads", "d2"},
      // attributes
      {"[data-x]", "p3"},
      {"[DATA-X]", "p3"},
      {"meta[property=\"og:title\"]", "m1"},
      {"meta[property='og:title']", "m1"},
      {"meta[ property = \"og:title\" ]", "m1"},
      {"meta[name=author]", "m2"},
      {"meta[name=Author]", ""},
      {"meta[property^=\"og:\"]", "m1"},
      {"meta[property^=\"\"]", ""},
      {"[src$=\".jpg\"]", "a1 a2"},
      {"[src$=\"2.jpg\"]", "a2"},
      {"[src*=foto]", "a1 a2"},
      {"[src*=\"\"]", ""},
      {"link[rel~=canonical]", "l1"},
      {"link[rel~=alternate]", "l1"},
      {"link[rel~=canon]", ""},
      {"link[rel=canonical]", ""},
      {"[data-x=\"\"]", "p3"},
      {"a[href=\"x\\\"y\"]", ""},
      // combinators
      {"div p", "p1 p2 p3"},
      {"div.read__content p", "p1 p2 p3"},
      {"div > p", "p1 p2 p3"},
      {"div.read__content > p", "p1 p3"},
      {"div.read__content>p", "p1 p3"},
      {"body > p", "p4"},
      {"body p", "p1 p2 p3 p4"},
      {"html div p span", "s1"},
      {"body > div > p > span.credit", "s1"},
      {"body div > p", "p1 p2 p3"},
      {"body > div p", "p1 p2 p3"},
      {"div > div > p", "p2"},
      {"div div p", "p2"},
      {"body > p span", ""},
      {"head > meta", "m1 m2"},
      // groups: document order, each element once
      {"p[n=p4], h1", "h1 p4"},
      {"p, div.read__content > p", "p1 p2 p3 p4"},
      {"h1.read__title, meta[property=\"og:title\"]", "m1 h1"},
      {".ads, .MAIN", "d1 d2"},
      {".main, .ads, .read__content", "d1 d2"},
      {".credit, p", "p1 s1 p2 p3 p4"},
  };
  for (const Case& c : cases) {
    if (std::string(c.selector) == "*") continue;
    CAPTURE(c.selector);
    CHECK(select_labels(kArticle, c.selector) == c.expected);
  }
}

TEST_CASE("select: universal selector picks every element") {
  const Document doc("<p><b>x</b></p>");
  const auto selector = Selector::compile("*");
  REQUIRE(selector.has_value());
  CHECK(selector->select_all(doc).size() == doc.elements().size());
}

TEST_CASE("select: child combinator after a descendant retries higher ancestors") {
  // The nearest div.a ancestor of the span is not a child of section; a higher one is.
  const char* html =
      R"(<section><div class="a" n="outer"><div class="a"><div><span n="s">x</span></div></div></div></section>)";
  struct Case {
    const char* selector;
    const char* expected;
  };
  const Case cases[] = {
      {"section > div.a span", "s"},
      {"section > div.a > div.a span", "s"},
      {"section > div.a > div.a > div > span", "s"},
      {"section > div.a > div > span", ""},
      {"div.a > div.a > span", ""},
      {"section div.a > div > span", "s"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.selector);
    CHECK(select_labels(html, c.selector) == c.expected);
  }
}

TEST_CASE("select: scope restricts to the subtree and excludes the scope") {
  const Document doc(kArticle);
  const auto content = Selector::compile("div.read__content");
  const auto paragraphs = Selector::compile("p");
  const auto divs = Selector::compile("div");
  REQUIRE(content.has_value());
  REQUIRE(paragraphs.has_value());
  REQUIRE(divs.has_value());
  const GumboNode* scope = content->select_first(doc);
  REQUIRE(scope != nullptr);
  CHECK(labels(paragraphs->select_all(doc, scope)) == "p1 p2 p3");
  CHECK(labels(divs->select_all(doc, scope)) == "d2");
  CHECK(labels({paragraphs->select_first(doc, scope)}) == "p1");

  const GumboNode* ads = divs->select_all(doc, scope).at(0);
  CHECK(labels(paragraphs->select_all(doc, ads)) == "p2");
  CHECK(divs->select_first(doc, ads) == nullptr);

  // Matching inside a scope still sees ancestors outside it.
  const auto in_body = Selector::compile("body div > p");
  REQUIRE(in_body.has_value());
  CHECK(labels(in_body->select_all(doc, ads)) == "p2");

  // A null scope or the document node is the whole document; a text node holds nothing.
  CHECK(labels(paragraphs->select_all(doc, nullptr)) == "p1 p2 p3 p4");
  CHECK(labels(paragraphs->select_all(doc, doc.root()->parent)) == "p1 p2 p3 p4");
  const GumboNode* heading = Selector::compile("h1")->select_first(doc);
  REQUIRE(heading != nullptr);
  const auto* text = static_cast<const GumboNode*>(heading->v.element.children.data[0]);
  CHECK(paragraphs->select_all(doc, text).empty());
  CHECK(paragraphs->select_first(doc, text) == nullptr);
}

TEST_CASE("select: matches rejects nodes that are not elements") {
  const Document doc("<p>teks</p>");
  const auto any = Selector::compile("*");
  REQUIRE(any.has_value());
  CHECK_FALSE(any->matches(nullptr));
  CHECK_FALSE(any->matches(doc.root()->parent));
  const GumboNode* p = Selector::compile("p")->select_first(doc);
  REQUIRE(p != nullptr);
  CHECK(any->matches(p));
  CHECK_FALSE(any->matches(static_cast<const GumboNode*>(p->v.element.children.data[0])));
}

TEST_CASE("select: deep nesting is matched without recursion") {
  constexpr int kDepth = 5000;
  std::string html;
  for (int i = 0; i < kDepth; ++i) html += "<div>";
  html += "<span n=\"deep\">x</span>";
  const Document doc(html);
  const auto selector = Selector::compile("body > div div > span, section span");
  REQUIRE(selector.has_value());
  CHECK(labels(selector->select_all(doc)) == "deep");
  const auto missing = Selector::compile("section div span");
  REQUIRE(missing.has_value());
  CHECK(missing->select_first(doc) == nullptr);
}

TEST_CASE("select: the id, class and tag indexes pick what testing every element picks") {
  const std::string html = std::string(kArticle) +
                           "<div id='isi' n='d3'><svg n='v1'><title n='t1'>x</title></svg><ID n='u1'></ID>"
                           "<section id=' isi' n='s2'><p id='ISI' class='MAIN main' n='p5'>y</p></section></div>"
                           "<span id='' itemprop='name' n='e1'></span><p itemprop='' n='p6'></p>";
  const Document doc(html);
  for (const char* text : {"#isi", "#ISI", "p#isi", "#nothing", "p", "h1", "title", "svg", "meta", "id", "div p",
                           ".main", "div.main > h1", "p, .credit", "#isi, h1, .ads", "[id]", "*", "[id='']",
                           "[id^=\"Is\"]", "p[id*=S]", "[itemprop]", "p[itemprop]", "[itemprop=name], h1", ".nothing p",
                           "#nothing .main", "div.main table span", "svg p"}) {
    CAPTURE(text);
    const auto selector = Selector::compile(text);
    REQUIRE(selector.has_value());
    std::vector<const GumboNode*> tested;
    for (const GumboNode* element : doc.elements()) {
      if (selector->matches(element)) tested.push_back(element);
    }
    CHECK(selector->select_all(doc) == tested);
    CHECK(selector->select_first(doc) == (tested.empty() ? nullptr : tested.front()));
  }
}
