#pragma once
// The entry point: warta::parse(html, options) -> Result (an Article with warnings, or an Error).

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "warta/article.hpp"
#include "warta/datetime.hpp"
#include "warta/profile.hpp"

namespace warta {

namespace detail {
class TreeArena;
}

// Why a page gave no Article. Stable: callers switch on it.
enum class ErrorCode {
  empty_input,     // zero bytes or only white space
  not_html,        // a PDF, an image, JSON, binary data ...
  too_large,       // over ParseOptions::limits
  no_article,      // an HTML page with no article in it (index page, error page ...)
  bad_option,      // an option that cannot be used (unknown charset, bad reference time)
};

// The JSON / CLI spelling of an error code ("empty_input", ...).
std::string_view to_string(ErrorCode code) noexcept;

// A failure with its code and a message naming the input.
struct Error {
  ErrorCode code = ErrorCode::no_article;
  std::string message;
  bool operator==(const Error&) const = default;
};

// Resource limits. Defaults suit real news pages with a wide margin.
struct Limits {
  std::size_t max_input_bytes = 64u << 20;  // larger input: ErrorCode::too_large
  std::size_t max_depth = 2000;             // deeper elements are treated as text of their ancestor
  std::size_t max_nodes = 2'000'000;        // more DOM nodes: ErrorCode::too_large
  std::size_t max_text_bytes = 8u << 20;    // article text beyond this is cut, with a warning
};

// How to parse one page.
struct ParseOptions {
  std::string url;                        // page URL: picks the outlet profile, resolves links
  std::optional<DateTime> reference_time; // "now" for relative dates ("2 jam lalu")
  std::string charset;                    // caller's hint, e.g. from an HTTP header; empty: sniff
  std::shared_ptr<const ProfileSet> profiles;  // null: ProfileSet::builtin()
  Limits limits;
  bool explain = false;                   // fill Article::sources (where each field came from)
  // Debug switch: false parses without the pre-pass (script/style contents and comments cut before
  // gumbo). The Article is the same either way; this exists to show it.
  bool prepass = true;
};

// An Article with warnings, or an Error; shaped like std::expected<Article, Error>.
class Result {
 public:
  Result(Article article) : value_(std::move(article)) {}  // NOLINT: implicit like expected
  Result(Error error) : value_(std::move(error)) {}         // NOLINT

  explicit operator bool() const noexcept { return has_value(); }
  bool has_value() const noexcept { return std::holds_alternative<Article>(value_); }
  // The Article; throws std::bad_variant_access when this holds an Error.
  const Article& value() const& { return std::get<Article>(value_); }
  Article&& value() && { return std::get<Article>(std::move(value_)); }
  const Article* operator->() const { return &value(); }
  const Article& operator*() const& { return value(); }
  // The Error; throws std::bad_variant_access when this holds an Article.
  const Error& error() const& { return std::get<Error>(value_); }
  // The Article's warnings; empty for an Error.
  const std::vector<std::string>& warnings() const noexcept;

 private:
  std::variant<Article, Error> value_;
};

// Parses the bytes of one HTML page into an Article. Never throws because of the input; thread-safe;
// no global mutable state.
Result parse(std::string_view html, const ParseOptions& options = {});

// Memory that the parses of one thread pass on to each other: the page's tree is built in blocks
// that stay here after the parse (up to 8 MiB), so the next page writes into memory already
// mapped instead of asking the system for fresh pages. Keep one per thread that parses a batch;
// it is not thread-safe, and an Article never points into it.
class ParseArena {
 public:
  ParseArena();
  ~ParseArena();
  ParseArena(ParseArena&&) noexcept;
  ParseArena& operator=(ParseArena&&) noexcept;

 private:
  friend Result parse(std::string_view html, const ParseOptions& options, ParseArena& arena);
  std::unique_ptr<detail::TreeArena> tree_;
};

// parse(html, options), with the memory of `arena`: the same Result, in less time over a batch.
Result parse(std::string_view html, const ParseOptions& options, ParseArena& arena);

}  // namespace warta
