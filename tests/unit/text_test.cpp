#include "normalize/text.hpp"

#include <catch2/catch.hpp>
#include <string>

#include "dom.hpp"

namespace {

using warta::detail::collapsed_length;
using warta::detail::CollapsedLength;

}  // namespace

TEST_CASE("text: collapsed length counts each run of white space once") {
  const struct {
    const char* text;
    std::size_t length;
  } cases[] = {
      {"", 0},          {"abc", 3},         {"a b", 3},        {"a \n\t  b", 3}, {"  a  ", 3},
      {"\r\n\f", 1},    {"a\xC2\xA0""b", 4},  // NBSP is a letter here: only ASCII runs collapse
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(collapsed_length(c.text) == c.length);
  }
  CollapsedLength across;
  across.add("a  ");
  across.add("\n b");
  CHECK(across.value() == 3);  // the run across the two parts counts once
}

TEST_CASE("text: text_content's cap does not depend on indentation") {
  // The same markup indented and with each run of white space as short as the pre-pass leaves it:
  // a capped read stops after the same text.
  const std::string tight = "<div>\n<p>satu dua</p>\n\n<p>tiga empat</p>\n<p>lima enam</p>\n</div>";
  const std::string indented =
      "<div>\n        <p>satu dua</p>\n\n\n        <p>tiga empat</p>\n        <p>lima enam</p>\n</div>";
  for (const std::size_t cap : {5u, 9u, 12u, 20u, 30u}) {
    CAPTURE(cap);
    const warta::detail::Document a(tight, false);
    const warta::detail::Document b(indented, false);
    const GumboNode* div_a = a.with_tag(GUMBO_TAG_DIV).empty() ? nullptr : a.elements()[a.with_tag(GUMBO_TAG_DIV).front()];
    const GumboNode* div_b = b.with_tag(GUMBO_TAG_DIV).empty() ? nullptr : b.elements()[b.with_tag(GUMBO_TAG_DIV).front()];
    REQUIRE(div_a != nullptr);
    REQUIRE(div_b != nullptr);
    CHECK(warta::detail::normalize_text(warta::detail::text_content(div_a, cap)) ==
          warta::detail::normalize_text(warta::detail::text_content(div_b, cap)));
  }
}

TEST_CASE("text: collapsed_longer_than agrees with collapsed_length") {
  std::string long_indented;
  for (int i = 0; i < 40; ++i) long_indented += "kata      \n\t  ";
  for (const std::string& text : {std::string(), std::string("abc"), std::string("a    b"), long_indented}) {
    for (const std::size_t limit : {0u, 2u, 3u, 5u, 63u, 64u, 65u, 199u, 200u, 201u, 1000u}) {
      CAPTURE(text, limit);
      CHECK(warta::detail::collapsed_longer_than(text, limit) == (collapsed_length(text) > limit));
    }
  }
}

TEST_CASE("text: normalize_text collapses white space, drops controls and invisible marks, composes") {
  struct Case {
    std::string input;
    std::string output;
  };
  const Case cases[] = {
      {"", ""},
      {"   ", ""},
      {"abc", "abc"},
      {"  a  b\tc\n\r\f\vd  ", "a b c d"},
      {"a\x01" "b\x7F" "c", "abc"},
      {"a \x01 b", "a b"},
      {"x\xC2\xA0y", "x y"},                  // NBSP is white space
      {"x\xE2\x80\x8By\xC2\xADz", "xyz"},     // zero-width space, soft hyphen
      {"x\xC2\x85y", "x y"},                  // NEL is white space
      {"x\xC2\x9Fy", "xy"},                   // C1 control
      {"a\xFF" "b", "a\xEF\xBF\xBD" "b"},     // invalid byte
      {"e\xCC\x81", "\xC3\xA9"},              // e + combining acute -> NFC
      {"Kata \xE2\x80\x9Ckutipan\xE2\x80\x9D.", "Kata \xE2\x80\x9Ckutipan\xE2\x80\x9D."},
      {" \xE2\x80\x83 awal", "awal"},         // em space at the start
  };
  for (const Case& c : cases) {
    CAPTURE(c.input);
    CHECK(warta::detail::normalize_text(c.input) == c.output);
  }
}
