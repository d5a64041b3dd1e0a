// libFuzzer target over the profile loader and the selector parser, which `warta parse --profile
// FILE` hands user files to. The first byte picks the mode: even, the rest is a profile's JSON,
// loaded on top of the built-in set and, when it loads, used to parse a small page of its first host;
// odd, the rest is one selector, compiled and run over that page. A load error must name the profile,
// a compile error must say why, and nothing may crash, hang or trip a sanitizer.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "dom.hpp"
#include "profiles.hpp"
#include "select.hpp"
#include "warta/parse.hpp"
#include "warta/profile.hpp"

namespace {

constexpr std::string_view kPage =
    "<!DOCTYPE html><html lang=\"id\"><head><title>Judul - Contoh</title>"
    "<meta property=\"og:title\" content=\"Judul\"><meta name=\"author\" content=\"A\"></head><body>"
    "<nav class=\"breadcrumb\"><a href=\"/\">Beranda</a> <a href=\"/news\">News</a></nav>"
    "<h1 class=\"title\" id=\"t\">Judul Berita Contoh</h1><div class=\"byline\">Penulis: Rina</div>"
    "<time datetime=\"2024-05-15T11:02:00+07:00\">Rabu, 15 Mei 2024 11:02 WIB</time>"
    "<div class=\"content read__content\"><p>JAKARTA, KOMPAS.com - Paragraf pertama cukup panjang untuk teks.</p>"
    "<figure><img src=\"a.jpg\"><figcaption>Foto (Dok)</figcaption></figure>"
    "<p>Baca juga: <a href=\"/x\">Lain</a></p><p>Paragraf kedua (rdp/imk)</p></div>"
    "<ul class=\"tags\"><li><a href=\"/tag/a\">A</a></li></ul><a class=\"next\" href=\"?page=2\">2</a></body></html>";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  if ((data[0] & 1) != 0) {
    std::string error;
    const auto selector = warta::detail::Selector::compile(text, &error);
    if (!selector) {
      if (error.empty()) __builtin_trap();  // every compile error says why
      return 0;
    }
    const warta::detail::Document doc{std::string(kPage)};
    (void)selector->select_all(doc);
    return 0;
  }
  const warta::ProfileLoad load = warta::load_profile(warta::ProfileSet::builtin(), "fuzz", text);
  if (!load) {
    if (!load.error.starts_with("profile fuzz: ")) __builtin_trap();  // errors name the profile
    return 0;
  }
  const warta::detail::Profile* profile = load.set->data().by_name("fuzz");
  if (profile == nullptr) __builtin_trap();
  warta::ParseOptions options;
  options.profiles = load.set;
  options.explain = true;
  if (!profile->hosts.empty()) options.url = "https://" + profile->hosts.front() + "/read/2024/05/15/1/contoh";
  (void)warta::parse(kPage, options);
  return 0;
}
