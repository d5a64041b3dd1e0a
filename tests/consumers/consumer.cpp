// A program outside the warta tree that links warta::warta and calls parse.
#include <iostream>
#include <nlohmann/json.hpp>
#include <warta/json.hpp>
#include <warta/warta.hpp>

int main() {
  const warta::Result result = warta::parse(
      "<html><head><title>Judul Berita</title></head><body><div class=\"isi\"><p>Jakarta - Kalimat pertama "
      "artikel ini cukup panjang untuk dianggap sebagai isi berita.</p><p>Kalimat kedua juga cukup panjang, "
      "berisi keterangan tambahan dari narasumber.</p></div></body></html>");
  if (!result) return 1;
  const nlohmann::json json = result.value();
  std::cout << json.at("headline").get<std::string>() << '\n';
  return json.at("body").empty() ? 1 : 0;
}
