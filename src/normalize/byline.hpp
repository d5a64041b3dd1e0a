#pragma once
// Bylines and trailing credits -> people with roles and reporter initials.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "conventions.hpp"
#include "warta/article.hpp"

namespace warta::detail {

// People named in one byline text ("Penulis: A, B | Editor: C", "oleh A", "Laporan Wartawan
// Tribunnews.com, A", "Pewarta: A / Editor: B"), in order, each once per role; dates and outlet
// names glued to the names are cut off. `default_role` is used for names before any label (a bare
// name in an author slot). "Reporter:" with no writer in the same text gives role author (GOLD).
std::vector<Person> parse_byline(std::string_view text, Role default_role = Role::author,
                                 const Conventions& conventions = builtin_conventions());

// True for a short text opening with a credit label and its colon: "Editor: A", "Pewarta: A / Editor: B".
bool is_credit_line(std::string_view text);

// A credit element's text from its first "Label: names" part on: "PERISTIWA | 17 Juni 2021 | Reporter : A"
// gives "Reporter : A" (a rubric or date before it names nobody). The whole text when no part opens
// with a label followed by names ("A | Jurnalis", "By | A").
std::string from_first_labelled_names(std::string_view text, const Conventions& conventions = builtin_conventions());

// True when any part of a credit text opens with a credit label ("Oleh A dan B", "A | Editor").
bool has_credit_label(std::string_view text, const Conventions& conventions = builtin_conventions());

// True for an outlet, agency, platform or desk credited instead of a person ("Tim Redaksi",
// "detikcom", "Kompas.com", "CNN Indonesia", "Reuters"): a domain, a company word, a "Tim" desk, or a
// name or prefix among the conventions' organisations.
bool is_organisation_name(std::string_view name, const Conventions& conventions = builtin_conventions());

// A person's name as a credit gives it, cleaned (emails, @handles, trailing punctuation removed,
// all-caps restored to title case); nullopt when it is no person ("Tim Redaksi", an outlet, a URL).
std::optional<std::string> clean_person_name(std::string_view text, const Conventions& conventions = builtin_conventions());

// Credits found at the end of the body, which are removed from it.
struct TrailingCredits {
  std::vector<std::string> initials;  // "(rdp/imk)" -> {"rdp", "imk"}
  std::vector<Person> people;         // "Editor: A" / "Pewarta: A" lines at the end
};

// Finds credit initials ("(rdp/imk)", "(RPS)", "(T.A123/B456)") and credit lines ("Editor: A", Tempo's
// closing "NAME IN CAPS") at the end of the body, and a credit line opening it (Kontan's "Reporter: A |
// Editor: B"), and strips them (a block left empty is removed).
TrailingCredits strip_trailing_credits(std::vector<Block>& body, const Conventions& conventions = builtin_conventions());

// Adds `more` to `into`, keeping page order and each (name, role) once (names compared case-folded).
// A name already present with role author is not added again as reporter unless `more` also names
// it author (the same credits say both).
void add_people(std::vector<Person>& into, const std::vector<Person>& more);

}  // namespace warta::detail
