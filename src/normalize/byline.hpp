#pragma once
// Bylines and trailing credits -> people with roles and reporter initials.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "warta/article.hpp"

namespace warta::detail {

// People named in one byline text ("Penulis: A, B | Editor: C", "oleh A", "Laporan Wartawan
// Tribunnews.com, A", "Pewarta: A / Editor: B"), in order. `default_role` is used when the text has no
// label (a bare name in an author slot).
std::vector<Person> parse_byline(std::string_view text, Role default_role = Role::author);

// A person's name as a credit gives it, cleaned (emails, @handles, trailing punctuation removed,
// all-caps restored to title case); nullopt when it is no person ("Tim Redaksi", an outlet, a URL).
std::optional<std::string> clean_person_name(std::string_view text);

// Credits found at the end of the body, which are removed from it.
struct TrailingCredits {
  std::vector<std::string> initials;  // "(rdp/imk)" -> {"rdp", "imk"}
  std::vector<Person> people;         // "Editor: A" / "Pewarta: A" lines at the end
};

// Finds credit initials and credit lines at the end of the body and strips them from the blocks
// (a block left empty is removed).
TrailingCredits strip_trailing_credits(std::vector<Block>& body);

// Adds `more` to `into`, keeping page order and each (name, role) once. A name already present with
// role author is not added again as reporter unless the page says both.
void add_people(std::vector<Person>& into, const std::vector<Person>& more);

}  // namespace warta::detail
