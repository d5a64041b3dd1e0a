// The README's example: parse one page and print what a corpus builder usually wants.
#include <iostream>
#include <warta/warta.hpp>

int main() {
  const std::string html = R"(<html lang="id"><head><title>Hujan Deras Rendam Jalan - Contoh.com</title>
<meta property="article:published_time" content="2024-05-15T11:02:00+07:00"></head><body><article>
<h1>Hujan Deras Rendam Jalan</h1><div class="byline">Penulis: Rina Wulandari | Editor: Agus Salim</div>
<div class="content"><p>JAKARTA, Contoh.com - Hujan deras sejak pagi merendam sejumlah ruas jalan di Jakarta, Rabu (15/5/2024).</p>
<p>Petugas mengalihkan arus lalu lintas ke jalan lain sampai air surut pada sore hari.</p></div>
</article></body></html>)";

  warta::ParseOptions options;
  options.url = "https://www.contoh.com/read/2024/05/15/hujan-deras";
  const warta::Result result = warta::parse(html, options);
  if (!result) {
    std::cerr << "error: " << warta::to_string(result.error().code) << ": " << result.error().message << '\n';
    return 1;
  }
  std::cout << result->headline.value_or("") << '\n';
  std::cout << result->published.value_or("-") << '\n';
  for (const warta::Person& person : result->people) std::cout << warta::to_string(person.role) << ": " << person.name << '\n';
  for (const warta::Block& block : result->body) std::cout << block.text << '\n';
  return 0;
}
