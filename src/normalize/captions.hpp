#pragma once
// Captions: the credit split off the caption text ("... (Liputan6.com/Faizal Fanani)").

#include <optional>
#include <string>
#include <string_view>

#include "conventions.hpp"

namespace warta::detail {

struct CaptionParts {
  std::string text;
  std::optional<std::string> credit;
};

// Splits a caption into text and credit. Credits: a trailing bracket with a "/" or a credit word
// ("(Liputan6.com/Faizal Fanani)", "(Russian Presidential Press Office via AP)", "(Foto: Nama/detikcom)"),
// "Foto: ..." / "Sumber: ..." labels, a wire prefix of the conventions ("ANTARA FOTO/Nama/abc", "REUTERS/Name"),
// "Dok. ...". Labels ("Foto:", "Sumber:"), brackets and a bare "(c)" are dropped from the credit.
CaptionParts split_caption(std::string_view caption, const Conventions& conventions = builtin_conventions());

// Cleans a credit given in its own element: labels, brackets and a bare copyright sign removed.
std::optional<std::string> clean_credit(std::string_view credit);

}  // namespace warta::detail
