#pragma once
// A small CSS selector subset for profiles: tag, *, .class, #id, [attr], [attr=v], [attr^=v],
// [attr*=v], [attr$=v], [attr~=v], compound selectors, descendant (space) and child (>) combinators,
// groups (,). Tag, class and id match ignoring ASCII case (old quirks-mode pages mix cases);
// attribute values match exactly.

#include <gumbo.h>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace warta::detail {

class Document;

class Selector {
 public:
  // Compiles a selector; nullopt with `error` set (naming the problem) when the text is outside the
  // subset.
  static std::optional<Selector> compile(std::string_view text, std::string* error = nullptr);

  // True when `element` matches (any group). Iterative: walks ancestors in a loop.
  bool matches(const GumboNode* element) const;
  // Matching elements under `scope` (scope itself excluded; null: the whole document), in document
  // order.
  std::vector<const GumboNode*> select_all(const Document& doc, const GumboNode* scope = nullptr) const;
  // First match in document order or nullptr.
  const GumboNode* select_first(const Document& doc, const GumboNode* scope = nullptr) const;
  // The selector as written.
  const std::string& text() const noexcept { return text_; }

  // One attribute condition of a compound: [name], [name=value], [name^=value] ...
  struct AttributeTest {
    enum class Op { exists, equals, prefix, substring, suffix, word };
    std::string name;  // lower case
    std::string value;
    Op op = Op::exists;
  };
  // One simple-selector sequence, e.g. div.read__content or meta[property="og:title"].
  struct Compound {
    bool any_tag = true;  // "*" or no type selector
    GumboTag tag = GUMBO_TAG_UNKNOWN;
    std::string unknown_tag;           // lower-case name when tag is GUMBO_TAG_UNKNOWN ("amp-img")
    std::string id;                    // lower case; empty: no id condition
    std::vector<std::string> classes;  // lower case
    std::vector<AttributeTest> attributes;
  };
  enum class Combinator { descendant, child };
  // Compounds joined by combinators, left to right: combinators[i] joins compounds[i] and [i + 1].
  struct Complex {
    std::vector<Compound> compounds;
    std::vector<Combinator> combinators;
  };

 private:
  // The positions in doc.elements() that can match, ascending, when every group's last compound
  // names an id, a class (most profile selectors), an id or itemprop attribute or a known tag: only
  // elements with that id, class or attribute, or of that tag, are tried. Nullopt when every element must be tried; a list of the document's
  // own for one group, else `merged`, filled here.
  std::optional<std::span<const std::size_t>> candidates(const Document& doc, std::vector<std::size_t>& merged) const;
  // False when no group can match anywhere in the document: a compound left of its last names an
  // id, class or tag absent there.
  bool could_match_in(const Document& doc) const;

  std::string text_;
  std::vector<Complex> groups_;
};

}  // namespace warta::detail
