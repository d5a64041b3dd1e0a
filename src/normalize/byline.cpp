#include "normalize/byline.hpp"
#include "ascii.hpp"

#include <algorithm>
#include <cstddef>
#include <utility>

#include "indonesian.hpp"
#include "normalize/text.hpp"

namespace warta::detail {
namespace {

constexpr std::size_t kMaxNameBytes = 80;
constexpr std::size_t kMaxNameWords = 6;
constexpr std::size_t kMaxFields = 64;            // bounds the work on absurd credit texts
constexpr std::size_t kMaxLabelWords = 2;         // "Laporan Wartawan", "Pewarta Foto"
constexpr std::size_t kMaxPlaceBytes = 40;        // "Kontributor Bandung, A": the place before the comma
constexpr std::size_t kMaxCreditLineBytes = 160;  // "Pewarta: A / Editor: B" at the end of the body
constexpr std::size_t kMaxCapsCreditBytes = 60;   // Tempo's "DINI TEJA" closing line
constexpr std::size_t kMaxInitialsBytes = 40;     // "(T.A123/B456)"
constexpr std::size_t kMaxInitialsCodes = 6;
constexpr std::size_t kMaxCodeBytes = 12;
constexpr std::size_t kMaxCodeLetters = 5;
constexpr std::size_t kMaxTrailingBlocks = 8;

bool is_non_ascii(char c) noexcept { return static_cast<unsigned char>(c) >= 0x80; }

// Credit texts are normalised, so ASCII spaces are the only white space left.

std::vector<std::string_view> split_words(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == ' ') {
      if (i > start) words.push_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  return words;
}

// Words that make a credit a company or desk ("PT. VIVA MEDIA BARU", "Kompas Cyber Media").
// Government press bureaus and agencies credited for photos ("Biro Pers Sekretariat Presiden") count too.
constexpr std::string_view kOrganisationWords[] = {"pt",      "tbk",  "cv",          "media", "group", "grup",
                                                   "network", "corp", "corporation", "inc",   "ltd",   "newsroom",
                                                   "biro",    "agency", "studio"};

// Top-level domains of the outlet names pages print as credits ("Liputan6.com", "TEMPO.CO").
constexpr std::string_view kDomainEndings[] = {"com", "co", "id", "net", "org", "tv", "news", "info"};

bool looks_like_domain(std::string_view word) noexcept {
  const std::size_t first_dot = word.find('.');
  const std::size_t last_dot = word.rfind('.');
  if (first_dot == std::string_view::npos || first_dot < 2) return false;
  const std::string_view ending = word.substr(last_dot + 1);
  return std::any_of(std::begin(kDomainEndings), std::end(kDomainEndings),
                     [ending](std::string_view known) { return equals_icase(ending, known); });
}

// Name particles written in lower case inside a name ("Marco van Basten", "Ahmad bin Abdullah").
constexpr std::string_view kNameParticles[] = {"bin", "binti", "van", "von", "der", "den", "de", "da",
                                               "al",  "el",    "la",  "le",  "du",  "dos", "das"};

bool is_name_particle(std::string_view word) noexcept {
  return std::any_of(std::begin(kNameParticles), std::end(kNameParticles),
                     [word](std::string_view particle) { return word == particle; });
}

// True when `name` has the shape of a person's name: no digits or sentence punctuation, no
// lower-case words except particles and abbreviated titles ("dr."), and one real word.
bool looks_like_name(std::string_view name) {
  for (char c : name) {
    if (is_ascii_digit(c)) return false;
    const bool allowed = is_ascii_alpha(c) || is_non_ascii(c) || c == ' ' || c == '.' || c == '\'' || c == '-';
    if (!allowed) return false;
  }
  const std::vector<std::string_view> words = split_words(name);
  if (words.empty() || words.size() > kMaxNameWords) return false;
  bool has_word = false;
  for (std::string_view word : words) {
    if (is_ascii_lower(word.front()) && !is_name_particle(word) && word.back() != '.') return false;
    std::size_t letters = 0;
    for (char c : word) letters += (is_ascii_alpha(c) || is_non_ascii(c)) ? 1 : 0;
    if (letters >= 2 && word.find('.') == std::string_view::npos) has_word = true;
  }
  return has_word;
}

// Removes "(...)" groups, e-mail addresses, @handles and URLs, word by word.
std::string without_contacts(std::string_view text) {
  std::string kept;
  int depth = 0;
  for (std::string_view word : split_words(text)) {
    const bool opens = word.front() == '(';
    if (opens) ++depth;
    const bool inside = depth > 0;
    if (word.back() == ')' && depth > 0) --depth;
    if (inside || word.find('@') != std::string_view::npos || word.find("://") != std::string_view::npos ||
        starts_with_icase(word, "www.")) {
      continue;
    }
    if (!kept.empty()) kept.push_back(' ');
    kept.append(word);
  }
  return kept;
}

bool is_edge_mark(std::string_view text, bool at_end) noexcept {
  constexpr std::string_view kAsciiMarks = " ,;:|/\\-\"'()[]*";
  constexpr std::string_view kUnicodeMarks[] = {"\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x80\x9C", "\xE2\x80\x9D",
                                                "\xE2\x80\x98", "\xE2\x80\x99", "\xE2\x80\xA2", "\xC2\xB7"};
  if (text.empty()) return false;
  if (kAsciiMarks.find(at_end ? text.back() : text.front()) != std::string_view::npos) return true;
  return std::any_of(std::begin(kUnicodeMarks), std::end(kUnicodeMarks),
                     [&](std::string_view mark) { return at_end ? text.ends_with(mark) : text.starts_with(mark); });
}

std::size_t edge_mark_length(std::string_view text, bool at_end) noexcept {
  const char c = at_end ? text.back() : text.front();
  if (!is_non_ascii(c)) return 1;
  return (at_end ? text.substr(text.size() - 2) : text.substr(0, 2)) == "\xC2\xB7" ? 2 : 3;
}

// Strips punctuation around a name; a final '.' goes unless the last word is an abbreviation
// with more dots ("S.H."), so "Mathias Purwanto." loses it and "Agus S." becomes "Agus S".
std::string_view trim_name_marks(std::string_view name) noexcept {
  for (;;) {
    const std::size_t before = name.size();
    while (is_edge_mark(name, false)) name.remove_prefix(edge_mark_length(name, false));
    while (is_edge_mark(name, true)) name.remove_suffix(edge_mark_length(name, true));
    if (!name.empty() && name.back() == '.') {
      const std::size_t word_start = name.rfind(' ') == std::string_view::npos ? 0 : name.rfind(' ') + 1;
      const std::string_view last_word = name.substr(word_start, name.size() - 1 - word_start);
      if (last_word.find('.') == std::string_view::npos) name.remove_suffix(1);
    }
    if (name.size() == before) return name;
  }
}

// A credit label at the start of `text` ("Penulis:", "Oleh", "Laporan Wartawan"), as the labels of
// src/indonesian.cpp know them.
struct Label {
  Role role = Role::author;
  std::size_t length = 0;  // the label, its colon and the spaces after it
  bool has_colon = false;
  bool names_outlet = false;           // "Laporan Wartawan Tribunnews.com, A"
  bool reporter_may_be_author = true;  // false for Antara's "Pewarta" and "Laporan wartawan"
  std::optional<Role> also;            // "Redaktur & Reporter : A": the second role of a joint label
};

std::optional<Label> label_at(std::string_view text, bool colon_required, bool joint_allowed = true) {
  std::size_t word_ends[kMaxLabelWords] = {};
  std::size_t words = 0;
  std::size_t i = 0;
  while (words < kMaxLabelWords) {
    const std::size_t start = i;
    while (i < text.size() && is_ascii_alpha(text[i])) ++i;
    if (i == start) break;
    word_ends[words++] = i;
    if (i >= text.size() || text[i] != ' ') break;
    ++i;
  }
  for (std::size_t n = words; n > 0; --n) {
    const std::size_t end = word_ends[n - 1];
    if (end < text.size() && text[end] != ' ' && text[end] != ':') continue;
    const std::optional<Role> role = indonesian::credit_role(text.substr(0, end));
    if (!role) continue;
    Label label;
    label.role = *role;
    std::size_t j = end;
    while (j < text.size() && text[j] == ' ') ++j;
    // Two labels joined ("Redaktur & Reporter : A", "Penulis dan Editor: A") credit the names with both.
    for (const std::string_view joint : {"& ", "dan ", "and "}) {
      if (!joint_allowed || !starts_with_icase(text.substr(j), joint)) continue;
      const std::string_view rest = text.substr(j + joint.size());
      if (const std::optional<Label> second = label_at(rest, colon_required, false)) {
        label.also = second->role;
        label.has_colon = second->has_colon;
        label.length = j + joint.size() + second->length;
        label.reporter_may_be_author = second->reporter_may_be_author;
        return label;
      }
    }
    if (j < text.size() && text[j] == ':') {
      label.has_colon = true;
      ++j;
    } else if (colon_required) {
      continue;
    }
    while (j < text.size() && text[j] == ' ') ++j;
    label.length = j;
    label.names_outlet = starts_with_icase(text, "laporan ");
    label.reporter_may_be_author = !label.names_outlet && !starts_with_icase(text, "pewarta");
    return label;
  }
  return std::nullopt;
}

// Bytes of a field separator at text[i]: '|', ';', '/', bullets, dashes (an ASCII hyphen only
// between spaces, so "Jean-Paul" stays whole); 0 when there is none.
std::size_t separator_length(std::string_view text, std::size_t i) noexcept {
  const char c = text[i];
  if (c == '|' || c == ';' || c == '/' || c == '\\') return 1;
  const std::string_view rest = text.substr(i);
  if (rest.starts_with("\xE2\x80\x93") || rest.starts_with("\xE2\x80\x94") || rest.starts_with("\xE2\x80\xA2")) {
    return 3;
  }
  if (rest.starts_with("\xC2\xB7")) return 2;
  if (c == '-' && i > 0 && text[i - 1] == ' ') {
    std::size_t run = 0;
    while (run < rest.size() && rest[run] == '-') ++run;
    if (run == rest.size() || rest[run] == ' ') return run;
  }
  return 0;
}

// One part of a credit text between separators.
struct Field {
  std::string_view text;
  bool after_dash = false;  // "Afif Farhan - Sepakbola": what follows a dash is a channel, not a name
};

// Whether text ends with the word joining two labels ("Redaktur &", "Penulis dan").
bool after_joint(std::string_view before) {
  before = trim_ascii_space(before);
  for (const std::string_view joint : {" &", " dan", " and"}) {
    if (before.size() >= joint.size() && equals_icase(before.substr(before.size() - joint.size()), joint)) {
      return true;
    }
  }
  return false;
}

// Splits a credit text at separators and before every "Label:" inside it ("Penulis: A Editor: B").
std::vector<Field> split_fields(std::string_view text) {
  std::vector<Field> fields;
  std::size_t start = 0;
  bool after_dash = false;
  const auto cut = [&](std::size_t end, std::size_t next) {
    const std::string_view field = trim_ascii_space(text.substr(start, end - start));
    if (!field.empty() && fields.size() < kMaxFields) fields.push_back({field, after_dash});
    start = next;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (const std::size_t length = separator_length(text, i); length > 0) {
      cut(i, i + length);
      after_dash =
          text[i] == '-' || text.substr(i).starts_with("\xE2\x80\x93") || text.substr(i).starts_with("\xE2\x80\x94");
      i += length - 1;
    } else if (i > start && text[i - 1] == ' ' && is_ascii_alpha(text[i]) && !after_joint(text.substr(0, i)) &&
               label_at(text.substr(i), true)) {
      cut(i, i);
      after_dash = false;
    }
  }
  cut(text.size(), text.size());
  return fields;
}

// Text after a "Laporan Wartawan" label without the outlet: "Tribunnews.com, A" and
// "Tribunnews.com A" both give "A".
std::string_view skip_outlet(std::string_view rest, const Conventions& conventions) {
  const std::size_t comma = rest.find(',');
  if (comma != std::string_view::npos && comma <= kMaxPlaceBytes) return trim_ascii_space(rest.substr(comma + 1));
  const std::size_t space = rest.find(' ');
  const std::string_view first = rest.substr(0, space);
  if (space != std::string_view::npos && is_organisation_name(first, conventions)) return trim_ascii_space(rest.substr(space + 1));
  return rest;
}

// Text after a "Kontributor" label without its place: "Bandung, A" gives "A".
std::string_view skip_place(std::string_view rest) {
  const std::size_t comma = rest.find(',');
  if (comma == std::string_view::npos || comma > kMaxPlaceBytes) return rest;
  const std::vector<std::string_view> words = split_words(rest.substr(0, comma));
  const bool is_place = !words.empty() && words.size() <= 3 &&
                        std::all_of(words.begin(), words.end(), [](std::string_view w) { return is_ascii_upper(w.front()); });
  return is_place ? trim_ascii_space(rest.substr(comma + 1)) : rest;
}

// The labels at the start of one field and the names after them; the last label wins
// ("Penulis : Kontributor Lhokseumawe, A" names a contributor).
struct LabelledField {
  std::optional<Label> label;
  std::string_view names;
};

LabelledField read_labels(std::string_view field, const Conventions& conventions) {
  LabelledField out{std::nullopt, field};
  for (std::size_t guard = 0; guard < kMaxLabelWords + 2; ++guard) {
    const std::optional<Label> label = label_at(out.names, false);
    if (!label) break;
    out.label = label;
    out.names = trim_ascii_space(out.names.substr(label->length));
    if (label->names_outlet) out.names = skip_outlet(out.names, conventions);
    if (label->role == Role::contributor && !label->has_colon) out.names = skip_place(out.names);
  }
  return out;
}

std::string_view strip_trailing(std::string_view word, std::string_view marks) noexcept {
  while (!word.empty() && marks.find(word.back()) != std::string_view::npos) word.remove_suffix(1);
  return word;
}

// True when words[k] starts the date or desk text outlets glue after a name ("diperbarui 15 Mei
// 2024", "Jumat, 19 Juni 2015", "pada 18 Jan 2019", "Tim Redaksi").
bool starts_trailer(const std::vector<std::string_view>& words, std::size_t k) {
  const std::string_view word = strip_trailing(words[k], ",.:;");
  if (word.empty()) return false;
  const bool next_is_number = k + 1 < words.size() && is_ascii_digit(words[k + 1].front());
  if (is_ascii_digit(word.front())) return true;
  if (indonesian::date_label(word) != DateLabel::none) return true;
  if (indonesian::weekday_number(word) && (next_is_number || (words[k].back() == ',' && word.size() >= 4))) {
    return true;
  }
  if (indonesian::month_number(word) && next_is_number) return true;
  if ((word == "pada" || word == "on" || word == "at") && next_is_number) return true;
  return equals_icase(word, "tim") && k + 1 < words.size() &&
         equals_icase(strip_trailing(words[k + 1], ",."), "redaksi");
}

// The names of a list cut before any glued date: "A, B dan C" gives {"A", "B", "C"}.
std::vector<std::string> names_in(std::string_view list) {
  const std::vector<std::string_view> words = split_words(list);
  std::vector<std::string> names;
  std::string current;
  const auto flush = [&] {
    if (!current.empty()) names.push_back(std::move(current));
    current.clear();
  };
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (starts_trailer(words, k)) break;
    const std::string_view word = words[k];
    if (word == "dan" || word == "and" || word == "&" || word == "serta") {
      flush();
      continue;
    }
    const std::string_view bare = strip_trailing(word, ",");
    if (!bare.empty()) {
      if (!current.empty()) current.push_back(' ');
      current.append(bare);
    }
    if (bare.size() != word.size()) flush();
  }
  flush();
  return names;
}

// A name and the role of a credit label glued to its end.
struct GluedLabel {
  std::string_view name;
  std::optional<Role> role;
};

// "Wayan DianantoEditor", "Nama PenulisAuthor": a template printing a name and its role label in
// adjacent elements glues them; the label (after a lower-case letter, capitalised) gives the role.
GluedLabel split_glued_label(std::string_view name) {
  for (std::size_t k = name.size(); k-- > 1;) {
    if (!is_ascii_upper(name[k]) || !is_ascii_lower(name[k - 1])) continue;
    if (const std::optional<Role> role = indonesian::credit_role(name.substr(k))) return {name.substr(0, k), role};
    break;
  }
  return {name, std::nullopt};
}

// A credited person, and whether a "Reporter:" credit may still turn out to name the writer.
struct Credit {
  Person person;
  bool reporter_may_be_author = false;
};

// Reads one credit text into `out`. A label sets the role for the names after it, across
// separators, until the next label; a label alone after unlabelled names ("Johan Fatzry - Editor",
// "Dewi Kania / Jurnalis") gives those names its role instead. Unlabelled text after a dash is the
// outlet's channel ("- detikNews", "- Sepakbola").
void read_credits(std::string_view text, Role default_role, const Conventions& conventions, std::vector<Credit>& out) {
  // Contacts go first: a URL's slashes would split fields.
  const std::string normalized = without_contacts(normalize_text(text));
  Role role = default_role;
  std::optional<Role> also_role;
  bool may_be_author = false;
  bool previous_unlabelled = false;
  std::size_t previous_begin = out.size();
  for (const Field& field : split_fields(normalized)) {
    const LabelledField labelled = read_labels(field.text, conventions);
    const std::size_t begin = out.size();
    if (field.after_dash && !labelled.label) {
      previous_unlabelled = false;
      continue;
    }
    if (labelled.label && labelled.names.empty() && previous_unlabelled) {
      for (std::size_t i = previous_begin; i < begin; ++i) {
        out[i].person.role = labelled.label->role;
        out[i].reporter_may_be_author =
            labelled.label->role == Role::reporter && labelled.label->reporter_may_be_author;
      }
      previous_unlabelled = false;
      continue;
    }
    if (labelled.label) {
      role = labelled.label->role;
      also_role = labelled.label->also;
      may_be_author = labelled.label->reporter_may_be_author;
    }
    for (const std::string& name : names_in(labelled.names)) {
      const GluedLabel glued = split_glued_label(name);
      const Role name_role = glued.role.value_or(role);
      if (std::optional<std::string> clean = clean_person_name(glued.name, conventions)) {
        if (also_role) out.push_back({{*clean, *also_role}, *also_role == Role::reporter && may_be_author});
        out.push_back({{std::move(*clean), name_role}, name_role == Role::reporter && may_be_author});
      }
    }
    previous_unlabelled = !labelled.label;
    previous_begin = begin;
  }
}

// GOLD: "Reporter:" with no separate writer names the writer (role author).
std::vector<Person> settle_roles(std::vector<Credit>& credits) {
  const bool has_author =
      std::any_of(credits.begin(), credits.end(), [](const Credit& c) { return c.person.role == Role::author; });
  std::vector<Person> people;
  for (Credit& credit : credits) {
    if (!has_author && credit.reporter_may_be_author) credit.person.role = Role::author;
    people.push_back(std::move(credit.person));
  }
  std::vector<Person> unique;
  add_people(unique, people);
  return unique;
}

// A letter-number code standing alone: capitals, a hyphen and digits ("X-7", "HAR-12").
bool is_letter_number_code(std::string_view code) noexcept {
  const std::size_t hyphen = code.find('-');
  if (hyphen == 0 || hyphen == std::string_view::npos || hyphen > 3 || hyphen + 1 == code.size() ||
      code.size() - hyphen - 1 > 3) {
    return false;
  }
  return std::all_of(code.begin(), code.begin() + static_cast<std::ptrdiff_t>(hyphen), is_ascii_upper) &&
         std::all_of(code.begin() + static_cast<std::ptrdiff_t>(hyphen) + 1, code.end(), is_ascii_digit);
}

// Codes of an initials group without its brackets ("rdp/imk", "T.A123/B456", "RPS", "X-7"); empty when
// it is an ordinary parenthetical ("14/5", "Antara", "Jakarta/Bogor", "Covid-19").
std::vector<std::string> initials_codes(std::string_view inner) {
  const bool grouped = inner.find('/') != std::string_view::npos;
  if (!grouped && is_letter_number_code(trim_ascii_space(inner))) return {std::string(trim_ascii_space(inner))};
  std::vector<std::string> codes;
  std::size_t start = 0;
  while (start <= inner.size()) {
    std::size_t end = inner.find('/', start);
    if (end == std::string_view::npos) end = inner.size();
    const std::string_view code = trim_ascii_space(inner.substr(start, end - start));
    if (code.empty() || code.size() > kMaxCodeBytes || !is_ascii_alpha(code.front())) return {};
    std::size_t lower = 0;
    std::size_t upper = 0;
    std::size_t digits = 0;
    for (char c : code) {
      if (is_ascii_lower(c)) {
        ++lower;
      } else if (is_ascii_upper(c)) {
        ++upper;
      } else if (is_ascii_digit(c)) {
        ++digits;
      } else if (c != '.') {
        return {};
      }
    }
    const std::size_t letters = lower + upper;
    if (letters > kMaxCodeLetters) return {};
    // Alone, a code is one case ("(ren)", "(RPS)"); in a group Liputan6 also writes "(Mvi/Ali)".
    if (!grouped && (digits > 0 || letters < 2 || (lower > 0 && upper > 0))) return {};
    if (grouped && lower > 0 && upper > 0 && (upper > 1 || !is_ascii_upper(code.front()) || letters > 3)) return {};
    codes.emplace_back(code);
    if (codes.size() > kMaxInitialsCodes) return {};
    start = end + 1;
  }
  return codes;
}

bool ends_sentence(std::string_view text) noexcept {
  if (text.empty()) return true;
  constexpr std::string_view kClosers = ".!?\"')";
  if (kClosers.find(text.back()) != std::string_view::npos) return true;
  return text.ends_with("\xE2\x80\x9D") || text.ends_with("\xE2\x80\x99") || text.ends_with("\xE2\x80\xA6") ||
         text.ends_with("\xC2\xBB");
}

// Initials at the end of a block: the codes and the text before them. A single code counts only
// after the end of a sentence, so "di Amerika Serikat (AS)" keeps its bracket.
struct TrailingInitials {
  std::vector<std::string> codes;
  std::string_view before;
};

std::optional<TrailingInitials> trailing_initials(std::string_view text) {
  text = trim_ascii_space(text);
  // Round brackets, or square ones ("[abc]") on templates that print the initials so.
  if (text.empty() || (text.back() != ')' && text.back() != ']')) return std::nullopt;
  const std::size_t open = text.rfind(text.back() == ')' ? '(' : '[');
  if (open == std::string_view::npos || text.size() - open > kMaxInitialsBytes) return std::nullopt;
  const std::string_view inner = text.substr(open + 1, text.size() - open - 2);
  if (inner.find_first_of("()[]") != std::string_view::npos) return std::nullopt;
  TrailingInitials found{initials_codes(inner), trim_ascii_space(text.substr(0, open))};
  if (found.codes.empty()) return std::nullopt;
  if (inner.find('/') == std::string_view::npos && !ends_sentence(found.before)) return std::nullopt;
  return found;
}


// Tempo closes with the reporter's name or the agency in capitals ("DINI TEJA", "ANTARA").
bool is_caps_credit(std::string_view text, const Conventions& conventions) {
  if (text.size() > kMaxCapsCreditBytes) return false;
  std::size_t upper = 0;
  for (char c : text) {
    if (is_ascii_lower(c) || is_ascii_digit(c)) return false;
    const bool allowed =
        is_ascii_upper(c) || is_non_ascii(c) || std::string_view(" .'-|/,&").find(c) != std::string_view::npos;
    if (!allowed) return false;
    upper += is_ascii_upper(c) ? 1 : 0;
  }
  if (upper < 2) return false;
  const std::string normalized = normalize_text(text);
  const std::vector<Field> fields = split_fields(normalized);
  return !fields.empty() && std::all_of(fields.begin(), fields.end(), [&conventions](const Field& field) {
    const std::size_t words = split_words(field.text).size();
    return is_organisation_name(field.text, conventions) || (words >= 2 && words <= 4);
  });
}

// A byline slot's own words, no name: every word (split at spaces and hyphens) a credit label, a badge
// ("Verified Writer", "Penulis Tamu") or a day name ("Jurnalis-Jum'at", a slot word glued to the date).
bool is_slot_words(std::string_view name) {
  std::size_t words = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= name.size(); ++i) {
    if (i < name.size() && name[i] != ' ' && name[i] != '-') continue;
    const std::string_view word = name.substr(start, i - start);
    start = i + 1;
    if (word.empty()) continue;
    ++words;
    if (!indonesian::credit_role(word) && !indonesian::is_badge_word(word) && !indonesian::weekday_number(word)) {
      return false;
    }
  }
  return words > 0;
}

// Antara closes with a "COPYRIGHT ... ANTARA 2015" line after its credit lines; the scan looks past it.
bool is_copyright_line(std::string_view text) noexcept {
  return starts_with_icase(text, "copyright") || text.starts_with("\xC2\xA9") || starts_with_icase(text, "(c) ");
}

}  // namespace

std::string from_first_labelled_names(std::string_view text, const Conventions& conventions) {
  std::string normalized = normalize_text(text);
  for (const Field& field : split_fields(normalized)) {
    const LabelledField labelled = read_labels(field.text, conventions);
    if (labelled.label && !labelled.names.empty()) {
      return normalized.substr(static_cast<std::size_t>(field.text.data() - normalized.data()));
    }
  }
  return normalized;
}

bool has_credit_label(std::string_view text, const Conventions& conventions) {
  const std::string normalized = normalize_text(text);
  const std::vector<Field> fields = split_fields(normalized);
  return std::any_of(fields.begin(), fields.end(), [&conventions](const Field& field) { return read_labels(field.text, conventions).label.has_value(); });
}

bool is_credit_line(std::string_view text) {
  return text.size() <= kMaxCreditLineBytes && label_at(text, true).has_value();
}

bool is_organisation_name(std::string_view name, const Conventions& conventions) {
  name = trim_ascii_space(name);
  if (name.empty()) return false;
  if (std::any_of(conventions.organisation_prefixes.begin(), conventions.organisation_prefixes.end(),
                  [name](const std::string& prefix) { return starts_with_icase(name, prefix); })) {
    return true;
  }
  const std::vector<std::string_view> words = split_words(name);
  if (words.size() > 1 && (equals_icase(words.front(), "tim") || equals_icase(words.front(), "team"))) return true;
  const auto names_organisation = [](std::string_view word) {
    const std::string_view bare = word.ends_with('.') ? word.substr(0, word.size() - 1) : word;
    return looks_like_domain(word) || std::any_of(std::begin(kOrganisationWords), std::end(kOrganisationWords),
                                                  [bare](std::string_view known) { return equals_icase(bare, known); });
  };
  if (std::any_of(words.begin(), words.end(), names_organisation)) return true;
  return std::any_of(conventions.organisations.begin(), conventions.organisations.end(),
                     [name](const std::string& known) { return equals_icase(name, known); });
}

std::optional<std::string> clean_person_name(std::string_view text, const Conventions& conventions) {
  const std::string kept = without_contacts(normalize_text(text));
  const std::string_view name = trim_name_marks(kept);
  if (name.empty() || name.size() > kMaxNameBytes || !looks_like_name(name)) return std::nullopt;
  if (is_organisation_name(name, conventions) || indonesian::credit_role(name)) return std::nullopt;
  if (is_slot_words(name)) return std::nullopt;
  return title_case_if_upper(name);
}

std::vector<Person> parse_byline(std::string_view text, Role default_role, const Conventions& conventions) {
  std::vector<Credit> credits;
  read_credits(text, default_role, conventions, credits);
  return settle_roles(credits);
}

TrailingCredits strip_trailing_credits(std::vector<Block>& body, const Conventions& conventions) {
  // A credit table gives the label, the colon and the name as cells of their own ("Penulis", ": A" or
  // "Redaktur", ":", "A"): near the end they are joined into one credit line.
  const auto join_next = [&body](std::size_t i) {
    body[i].text = normalize_text(body[i].text + " " + body[i + 1].text);
    body.erase(body.begin() + static_cast<std::ptrdiff_t>(i) + 1);
  };
  for (std::size_t i = body.size() > 2 * kMaxTrailingBlocks ? body.size() - 2 * kMaxTrailingBlocks : 0;
       i + 1 < body.size(); ++i) {
    if (!indonesian::credit_role(body[i].text) || !trim_ascii_space(body[i + 1].text).starts_with(':')) continue;
    join_next(i);
    if (body[i].text.ends_with(':') && i + 1 < body.size()) join_next(i);
  }
  std::vector<std::vector<std::string>> groups;  // initials groups, last first
  std::vector<std::string> credit_lines;         // last first
  // Kontan opens the text with "Reporter: A | Editor: B"; it is read before the closing credits.
  std::optional<std::string> opening_line;
  if (body.size() > 1 && is_credit_line(trim_ascii_space(body.front().text))) {
    opening_line = std::string(trim_ascii_space(body.front().text));
    body.erase(body.begin());
  }
  bool in_tail = true;
  std::size_t tail_blocks = 0;
  for (std::size_t i = body.size(); i-- > 0;) {
    const std::string_view text = trim_ascii_space(body[i].text);
    if (text.empty()) continue;
    in_tail = in_tail && tail_blocks++ < kMaxTrailingBlocks;
    const std::optional<TrailingInitials> initials = trailing_initials(text);
    const bool initials_only = initials && initials->before.empty();
    if (in_tail && (is_credit_line(text) || (credit_lines.empty() && groups.empty() && is_caps_credit(text, conventions)))) {
      credit_lines.emplace_back(text);
      body.erase(body.begin() + static_cast<std::ptrdiff_t>(i));
    } else if (initials_only && (in_tail || text.find('/') != std::string_view::npos)) {
      // Kapanlagi's lite pages close page 1 with "(kpl/pur/ums)" before the pages loaded later.
      groups.push_back(initials->codes);
      body.erase(body.begin() + static_cast<std::ptrdiff_t>(i));
    } else if (in_tail && initials) {
      groups.push_back(initials->codes);
      body[i].text = std::string(initials->before);
      in_tail = false;
    } else if (!(in_tail && is_copyright_line(text))) {
      in_tail = false;
    }
  }
  TrailingCredits out;
  for (auto group = groups.rbegin(); group != groups.rend(); ++group) {
    out.initials.insert(out.initials.end(), group->begin(), group->end());
  }
  std::vector<Credit> credits;
  if (opening_line) read_credits(*opening_line, Role::author, conventions, credits);
  for (auto line = credit_lines.rbegin(); line != credit_lines.rend(); ++line)
    read_credits(*line, Role::author, conventions, credits);
  out.people = settle_roles(credits);
  return out;
}

void add_people(std::vector<Person>& into, const std::vector<Person>& more) {
  for (const Person& person : more) {
    const std::string key = fold_case(person.name);
    const auto has = [&key](const std::vector<Person>& people, Role role) {
      return std::any_of(people.begin(), people.end(),
                         [&](const Person& p) { return p.role == role && fold_case(p.name) == key; });
    };
    if (has(into, person.role)) continue;
    if (person.role == Role::reporter && has(into, Role::author) && !has(more, Role::author)) continue;
    into.push_back(person);
  }
}

}  // namespace warta::detail
