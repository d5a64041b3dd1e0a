#include "select.hpp"
#include "ascii.hpp"

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <utility>

#include "dom.hpp"
#include "normalize/text.hpp"

namespace warta::detail {
namespace {

using AttributeTest = Selector::AttributeTest;
using Combinator = Selector::Combinator;
using Complex = Selector::Complex;
using Compound = Selector::Compound;


bool is_hex_digit(char c) noexcept {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Characters of a CSS identifier (without escapes); non-ASCII bytes count as name characters.
bool is_name_char(char c) noexcept {
  const auto byte = static_cast<unsigned char>(c);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
         byte >= 0x80;
}


// True when the white-space separated list holds `word`; `icase` ignores ASCII case.
bool has_word(std::string_view list, std::string_view word, bool icase) noexcept {
  std::size_t pos = 0;
  while (pos < list.size()) {
    while (pos < list.size() && is_ascii_space(list[pos])) ++pos;
    std::size_t end = pos;
    while (end < list.size() && !is_ascii_space(list[end])) ++end;
    const std::string_view candidate = list.substr(pos, end - pos);
    if (!candidate.empty() && (icase ? equals_icase(candidate, word) : candidate == word)) return true;
    pos = end;
  }
  return false;
}

bool attribute_matches(const AttributeTest& test, const GumboNode* element) noexcept {
  const char* raw = attribute(element, test.name);
  if (raw == nullptr) return false;
  const std::string_view value(raw);
  const std::string_view wanted(test.value);
  switch (test.op) {
    case AttributeTest::Op::exists:
      return true;
    case AttributeTest::Op::equals:
      return value == wanted;
    // CSS: an empty value never matches ^=, *=, $= and ~=.
    case AttributeTest::Op::prefix:
      return !wanted.empty() && value.substr(0, wanted.size()) == wanted;
    case AttributeTest::Op::substring:
      return !wanted.empty() && value.find(wanted) != std::string_view::npos;
    case AttributeTest::Op::suffix:
      return !wanted.empty() && value.size() >= wanted.size() && value.substr(value.size() - wanted.size()) == wanted;
    case AttributeTest::Op::word:
      return !wanted.empty() && has_word(value, wanted, false);
  }
  return false;
}

bool compound_matches(const Compound& compound, const GumboNode* element) noexcept {
  if (!compound.any_tag) {
    if (element->v.element.tag != compound.tag) return false;
    if (compound.tag == GUMBO_TAG_UNKNOWN && !equals_icase(tag_name(element), compound.unknown_tag)) return false;
  }
  if (!compound.id.empty()) {
    const char* id = attribute(element, "id");
    if (id == nullptr || !equals_icase(id, compound.id)) return false;
  }
  if (!compound.classes.empty()) {
    const char* classes = attribute(element, "class");
    if (classes == nullptr) return false;
    for (const std::string& cls : compound.classes) {
      if (!has_word(classes, cls, true)) return false;
    }
  }
  for (const AttributeTest& test : compound.attributes) {
    if (!attribute_matches(test, element)) return false;
  }
  return true;
}

// First compound of the child-combinator chain that ends at compounds[last].
std::size_t chain_start(const Complex& complex, std::size_t last) noexcept {
  std::size_t first = last;
  while (first > 0 && complex.combinators[first - 1] == Combinator::child) --first;
  return first;
}

// Matches compounds[first..last] (joined by child combinators) with compounds[last] at `node`;
// returns the element that matched compounds[first], or nullptr.
const GumboNode* match_chain(const Complex& complex, std::size_t first, std::size_t last,
                             const GumboNode* node) noexcept {
  for (std::size_t i = last + 1; i-- > first;) {
    if (!is_element(node) || !compound_matches(complex.compounds[i], node)) return nullptr;
    if (i == first) return node;
    node = node->parent;
  }
  return nullptr;
}

// Right to left, one child chain at a time. Taking the nearest ancestor where a chain matches is
// enough: a higher one only leaves fewer ancestors for the chains further left.
bool complex_matches(const Complex& complex, const GumboNode* element) noexcept {
  std::size_t last = complex.compounds.size() - 1;
  std::size_t first = chain_start(complex, last);
  const GumboNode* top = match_chain(complex, first, last, element);
  if (top == nullptr) return false;
  while (first > 0) {
    last = first - 1;
    first = chain_start(complex, last);
    const GumboNode* found = nullptr;
    for (const GumboNode* ancestor = top->parent; found == nullptr && is_element(ancestor);
         ancestor = ancestor->parent) {
      found = match_chain(complex, first, last, ancestor);
    }
    if (found == nullptr) return false;
    top = found;
  }
  return true;
}

// A hand-written scanner: the grammar has no nesting, so nothing recurses.
class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text) {}

  bool parse(std::vector<Complex>& groups) {
    skip_space();
    if (at_end()) return fail("empty selector");
    while (true) {
      Complex complex;
      if (!parse_complex(complex)) return false;
      groups.push_back(std::move(complex));
      if (at_end()) return true;
      ++pos_;  // parse_complex stops only at the end or at ','
      skip_space();
      if (at_end() || peek() == ',') return fail("empty selector in a group");
    }
  }

  const std::string& error() const noexcept { return error_; }

 private:
  bool at_end() const noexcept { return pos_ >= text_.size(); }
  char peek() const noexcept { return text_[pos_]; }

  bool skip_space() noexcept {
    const std::size_t start = pos_;
    while (!at_end() && is_ascii_space(peek())) ++pos_;
    return pos_ != start;
  }

  bool fail(std::string_view problem) {
    error_.assign(problem);
    error_ += " at offset " + std::to_string(pos_) + " in \"";
    error_.append(text_);
    error_ += '"';
    return false;
  }

  bool fail_unexpected() {
    if (peek() == ']') return fail("unbalanced ']'");
    return fail(std::string("unexpected '") + peek() + "'");
  }

  bool parse_complex(Complex& complex) {
    complex.compounds.emplace_back();
    if (!parse_compound(complex.compounds.back())) return false;
    while (true) {
      const bool had_space = skip_space();
      if (at_end() || peek() == ',') return true;
      Combinator combinator = Combinator::descendant;
      if (peek() == '>') {
        combinator = Combinator::child;
        ++pos_;
        skip_space();
        if (at_end() || peek() == ',') return fail("nothing after combinator '>'");
      } else if (peek() == '+' || peek() == '~') {
        return fail(std::string("combinator '") + peek() + "' is not supported");
      } else if (!had_space) {
        return fail_unexpected();
      }
      complex.combinators.push_back(combinator);
      complex.compounds.emplace_back();
      if (!parse_compound(complex.compounds.back())) return false;
    }
  }

  bool parse_compound(Compound& compound) {
    const std::size_t start = pos_;
    if (!at_end() && peek() == '*') {
      ++pos_;
    } else if (!at_end() && is_ascii_alpha(peek())) {
      std::string name;
      if (!parse_name(name, "type")) return false;
      compound.any_tag = false;
      compound.tag = gumbo_tagn_enum(name.data(), static_cast<unsigned>(name.size()));
      if (compound.tag == GUMBO_TAG_UNKNOWN) compound.unknown_tag = std::move(name);
    }
    while (!at_end()) {
      const char c = peek();
      if (c == '.') {
        ++pos_;
        std::string cls;
        if (!parse_name(cls, "class")) return false;
        compound.classes.push_back(std::move(cls));
      } else if (c == '#') {
        if (!compound.id.empty()) return fail("two ids in one compound");
        ++pos_;
        if (!parse_name(compound.id, "id")) return false;
      } else if (c == '[') {
        compound.attributes.emplace_back();
        if (!parse_attribute(compound.attributes.back())) return false;
      } else if (c == ':') {
        const bool element = pos_ + 1 < text_.size() && text_[pos_ + 1] == ':';
        std::size_t end = pos_ + (element ? 2 : 1);
        while (end < text_.size() && is_name_char(text_[end])) ++end;
        return fail(std::string(element ? "pseudo-element '" : "pseudo-class '") +
                    std::string(text_.substr(pos_, end - pos_)) + "' is not supported");
      } else {
        break;
      }
    }
    if (pos_ != start) return true;
    if (at_end()) return fail("missing selector");
    if (peek() == '>' || peek() == '+' || peek() == '~' || peek() == ',') {
      return fail(std::string("missing selector before '") + peek() + "'");
    }
    return fail_unexpected();
  }

  // A name after '.', '#', '[' or a type selector, ASCII-lower-cased; backslash escapes a
  // non-hex character ("md\:flex").
  bool parse_name(std::string& out, std::string_view what) {
    std::string name;
    while (!at_end()) {
      const char c = peek();
      if (c == '\\') {
        if (pos_ + 1 >= text_.size()) return fail("escape at the end");
        if (is_hex_digit(text_[pos_ + 1])) return fail("hex escapes are not supported");
        name += text_[pos_ + 1];
        pos_ += 2;
      } else if (is_name_char(c)) {
        name += c;
        ++pos_;
      } else {
        break;
      }
    }
    if (name.empty()) return fail(std::string(what) + " name expected");
    out = ascii_lower(name);
    return true;
  }

  bool parse_attribute(AttributeTest& test) {
    ++pos_;  // '['
    skip_space();
    if (at_end()) return fail("unbalanced '['");
    if (!parse_name(test.name, "attribute")) return false;
    skip_space();
    if (at_end()) return fail("unbalanced '['");
    if (peek() == ']') {
      ++pos_;
      return true;
    }
    using Op = AttributeTest::Op;
    if (peek() == '=') {
      test.op = Op::equals;
      ++pos_;
    } else if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '=') {
      switch (peek()) {
        case '^':
          test.op = Op::prefix;
          break;
        case '*':
          test.op = Op::substring;
          break;
        case '$':
          test.op = Op::suffix;
          break;
        case '~':
          test.op = Op::word;
          break;
        default:
          return fail("attribute operator '" + std::string(text_.substr(pos_, 2)) + "' is not supported");
      }
      pos_ += 2;
    } else {
      return fail_unexpected();
    }
    skip_space();
    if (at_end()) return fail("unbalanced '['");
    if (!parse_value(test.value)) return false;
    skip_space();
    if (at_end()) return fail("unbalanced '['");
    if (peek() != ']') return fail(std::string("unexpected '") + peek() + "' in attribute selector");
    ++pos_;
    return true;
  }

  // A bare identifier or a 'single-' or "double-quoted" string (backslash escapes one character).
  bool parse_value(std::string& out) {
    const char quote = peek();
    if (quote != '"' && quote != '\'') {
      const std::size_t start = pos_;
      while (!at_end() && is_name_char(peek())) ++pos_;
      if (pos_ == start) return fail("attribute value expected (quote values with other characters)");
      out.assign(text_.substr(start, pos_ - start));
      return true;
    }
    ++pos_;
    while (!at_end() && peek() != quote) {
      if (peek() == '\\' && pos_ + 1 < text_.size()) ++pos_;
      out += peek();
      ++pos_;
    }
    if (at_end()) return fail("unterminated string");
    ++pos_;
    return true;
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  std::string error_;
};

}  // namespace

std::optional<Selector> Selector::compile(std::string_view text, std::string* error) {
  Parser parser(text);
  Selector selector;
  if (!parser.parse(selector.groups_)) {
    if (error != nullptr) *error = parser.error();
    return std::nullopt;
  }
  selector.text_.assign(text);
  return selector;
}

bool Selector::matches(const GumboNode* element) const {
  if (!is_element(element)) return false;
  for (const Complex& complex : groups_) {
    if (complex_matches(complex, element)) return true;
  }
  return false;
}

namespace {

// The elements strictly inside `scope` as a range of doc.elements(); everything for a null scope or
// the document node, nothing for a node that is not one of the document's elements.
std::pair<std::size_t, std::size_t> scope_range(const Document& doc, const GumboNode* scope) noexcept {
  const std::size_t count = doc.elements().size();
  if (scope == nullptr || scope->type == GUMBO_NODE_DOCUMENT) return {0, count};
  const std::size_t index = doc.index_of(scope);
  if (index >= count) return {0, 0};
  return {index + 1, doc.subtree_end(index)};
}

// False when some compound left of the last names an id, a class or a known tag that no element of
// the document has: then nothing matches, and the candidates (every <a> for "div.breadcrumb a") need
// no test. The last compound already picks the candidates.
bool could_match(const Document& doc, const Complex& complex) {
  return std::all_of(complex.compounds.begin(), complex.compounds.end() - 1, [&doc](const Compound& compound) {
    if (!compound.id.empty() && doc.with_id(compound.id).empty()) return false;
    for (const std::string& cls : compound.classes) {
      if (doc.with_class(cls).empty()) return false;
    }
    return compound.any_tag || compound.tag == GUMBO_TAG_UNKNOWN || !doc.with_tag(compound.tag).empty();
  });
}

}  // namespace

std::optional<std::span<const std::size_t>> Selector::candidates(const Document& doc, std::vector<std::size_t>& merged) const {
  const auto narrowed = [&doc](const Complex& complex) -> std::optional<std::span<const std::size_t>> {
    // The rightmost compound's id, else its first class, else an id or itemprop attribute it tests,
    // else its tag narrows the elements to test.
    const Compound& last = complex.compounds.back();
    if (!last.id.empty()) return doc.with_id(last.id);
    if (!last.classes.empty()) return doc.with_class(last.classes.front());
    // Every attribute test needs the attribute.
    for (const AttributeTest& test : last.attributes) {
      if (test.name == "id") return doc.with_id_attribute();
      if (test.name == "itemprop") return doc.with_itemprop();
    }
    if (!last.any_tag && last.tag != GUMBO_TAG_UNKNOWN) return doc.with_tag(last.tag);
    return std::nullopt;
  };
  // One group (most selectors): the document's own list, not a copy; a page can hold 50 000 <a>.
  if (groups_.size() == 1) return narrowed(groups_.front());
  merged.clear();
  for (const Complex& complex : groups_) {
    const auto positions = narrowed(complex);
    if (!positions) return std::nullopt;
    merged.insert(merged.end(), positions->begin(), positions->end());
  }
  std::sort(merged.begin(), merged.end());
  merged.erase(std::unique(merged.begin(), merged.end()), merged.end());
  return merged;
}

std::vector<const GumboNode*> Selector::select_all(const Document& doc, const GumboNode* scope) const {
  std::vector<const GumboNode*> out;
  if (!could_match_in(doc)) return out;
  const auto [begin, end] = scope_range(doc, scope);
  const auto& elements = doc.elements();
  std::vector<std::size_t> merged;
  if (const auto positions = candidates(doc, merged)) {
    for (auto it = std::lower_bound(positions->begin(), positions->end(), begin); it != positions->end() && *it < end; ++it) {
      if (matches(elements[*it])) out.push_back(elements[*it]);
    }
    return out;
  }
  for (std::size_t i = begin; i < end; ++i) {
    if (matches(elements[i])) out.push_back(elements[i]);
  }
  return out;
}

bool Selector::could_match_in(const Document& doc) const {
  return std::any_of(groups_.begin(), groups_.end(), [&doc](const Complex& complex) { return could_match(doc, complex); });
}

const GumboNode* Selector::select_first(const Document& doc, const GumboNode* scope) const {
  if (!could_match_in(doc)) return nullptr;
  const auto [begin, end] = scope_range(doc, scope);
  const auto& elements = doc.elements();
  std::vector<std::size_t> merged;
  if (const auto positions = candidates(doc, merged)) {
    for (auto it = std::lower_bound(positions->begin(), positions->end(), begin); it != positions->end() && *it < end; ++it) {
      if (matches(elements[*it])) return elements[*it];
    }
    return nullptr;
  }
  for (std::size_t i = begin; i < end; ++i) {
    if (matches(elements[i])) return elements[i];
  }
  return nullptr;
}

}  // namespace warta::detail
