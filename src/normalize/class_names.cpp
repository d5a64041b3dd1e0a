#include "normalize/class_names.hpp"

#include <algorithm>
#include <span>
#include <string>
#include <vector>

#include "normalize/text.hpp"

namespace warta::detail {
namespace {

// The parts of a class word split at "-" and "_" ("photo__caption" gives "photo", "caption").
std::vector<std::string_view> name_parts(std::string_view word) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= word.size(); ++i) {
    if (i < word.size() && word[i] != '-' && word[i] != '_') continue;
    if (i > start) parts.push_back(word.substr(start, i - start));
    start = i + 1;
  }
  return parts;
}

// Whether one class word (lower case) names something: a part holding one of `anywhere`, or (with
// `image_pairs`) an image word together with a description word, as two parts or joined ("photodesc").
bool word_names(std::string_view word, std::span<const std::string_view> anywhere, bool image_pairs) {
  constexpr std::string_view kImageWords[] = {"foto", "photo", "img", "image", "pic", "picture", "gambar"};
  // Not "cap": in Indonesian a "cap-foto" is the photo's stamp, its credit.
  constexpr std::string_view kDescriptionWords[] = {"desc", "deskripsi", "description", "ket"};
  const auto in = [](std::string_view part, std::span<const std::string_view> words) {
    return std::find(words.begin(), words.end(), part) != words.end();
  };
  bool image = false;
  bool description = false;
  for (std::string_view part : name_parts(word)) {
    for (std::string_view needle : anywhere) {
      if (part.find(needle) != std::string_view::npos) return true;
    }
    if (!image_pairs) continue;
    image = image || in(part, kImageWords);
    description = description || in(part, kDescriptionWords);
    // Joined only with a long description word: "pic" + "ket" is "picket".
    for (std::string_view image_word : kImageWords) {
      const std::string_view rest = part.substr(std::min(image_word.size(), part.size()));
      if (part.starts_with(image_word) && rest.size() >= 4 && in(rest, kDescriptionWords)) return true;
    }
  }
  return image && description;
}

bool value_names(std::string_view class_or_id, std::span<const std::string_view> anywhere, bool image_pairs) {
  const std::string lower = ascii_lower(class_or_id);
  std::string_view rest = lower;
  while (!rest.empty()) {
    const std::size_t space = std::min(rest.find_first_of(" \t\n"), rest.size());
    if (space > 0 && word_names(rest.substr(0, space), anywhere, image_pairs)) return true;
    rest.remove_prefix(std::min(space + 1, rest.size()));
  }
  return false;
}

}  // namespace

bool names_caption(std::string_view class_or_id) {
  constexpr std::string_view kCaptionWords[] = {"caption", "keterangan"};
  return value_names(class_or_id, kCaptionWords, true);
}

bool names_credit(std::string_view class_or_id) {
  constexpr std::string_view kCreditWords[] = {"credit", "kredit", "copyright", "sumber", "source", "fotografer",
                                               "photographer", "author"};
  return value_names(class_or_id, kCreditWords, false);
}

}  // namespace warta::detail
