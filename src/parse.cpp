// Runs the stages in order; owns no heuristics of its own:
// decode -> DOM -> metadata -> profile -> extract -> normalise -> Article.
#include <algorithm>
#include <exception>
#include <memory>
#include <new>

#include "assemble.hpp"
#include "decode.hpp"
#include "dom.hpp"
#include "extract.hpp"
#include "metadata.hpp"
#include "nesting.hpp"
#include "normalize/byline.hpp"
#include "normalize/dateline.hpp"
#include "normalize/dates.hpp"
#include "normalize/text.hpp"
#include "pagination.hpp"
#include "profiles.hpp"
#include "sniff.hpp"
#include "trace.hpp"
#include "url.hpp"
#include "warta/parse.hpp"

namespace warta {
namespace {

using detail::RawFields;

Error make_error(ErrorCode code, std::string message, const ParseOptions& options) {
  if (!options.url.empty()) message += " (" + options.url + ")";
  return Error{code, std::move(message)};
}

Result run(std::string_view html, const ParseOptions& options, detail::TreeArena& tree_arena, const detail::TraceCallback& trace) {
  const Limits& limits = options.limits;
  const bool blank = std::all_of(html.begin(), html.end(), [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; });
  if (blank) return make_error(ErrorCode::empty_input, "input is empty", options);
  if (html.size() > limits.max_input_bytes) {
    return make_error(ErrorCode::too_large,
                      "input is " + std::to_string(html.size()) + " bytes, over the limit of " +
                          std::to_string(limits.max_input_bytes),
                      options);
  }
  if (auto kind = detail::non_html_kind(html)) return make_error(ErrorCode::not_html, "input is not HTML: " + *kind, options);

  detail::DecodedInput decoded = detail::decode(html, options.charset);
  if (!decoded.error.empty()) return make_error(ErrorCode::bad_option, decoded.error, options);
  Article article;
  article.warnings = std::move(decoded.warnings);

  // Before gumbo: its time and stack grow with nesting depth and element count.
  const detail::NestingLimit nesting = detail::limit_nesting(decoded.utf8, limits.max_depth);
  if (nesting.start_tags > limits.max_nodes) {
    return make_error(ErrorCode::too_large,
                      "page has " + std::to_string(nesting.start_tags) + " tags, over the node limit of " +
                          std::to_string(limits.max_nodes),
                      options);
  }
  if (nesting.dropped_tags > 0) {
    article.warnings.push_back(std::to_string(nesting.dropped_tags) + " tags nested deeper than " +
                               std::to_string(limits.max_depth) + " levels were treated as text");
  }
  const detail::Document doc(std::move(decoded.utf8), tree_arena, options.prepass);
  if (doc.node_count() > limits.max_nodes) {
    return make_error(ErrorCode::too_large,
                      "page has " + std::to_string(doc.node_count()) + " nodes, over the limit of " +
                          std::to_string(limits.max_nodes),
                      options);
  }
  if (doc.parse_errors_capped()) {
    article.warnings.push_back("page has over " + std::to_string(detail::Document::kMaxParseErrors) +
                               " HTML syntax errors: from there on, an attribute repeated in a tag may change the name "
                               "of the next one");
  }
  const detail::PageMetadata metadata = detail::read_metadata(doc);
  article.warnings.insert(article.warnings.end(), metadata.warnings.begin(), metadata.warnings.end());

  const ProfileSet profiles = options.profiles ? *options.profiles : ProfileSet::builtin();
  const detail::ProfileSetData& profile_data = profiles.data();
  // A web-archive capture is read as the page it captured (GOLD: its url is the original article's).
  const std::string page_url =
      detail::archived_original(!options.url.empty() ? options.url : metadata.canonical.value_or(std::string()));
  const detail::Profile* profile = profile_data.for_url(page_url);
  // Pages saved without their URL: the URLs they declare, and as a last resort the host of their own
  // share image when a profile names it (templates that declare nothing else).
  for (const std::string* declared : {metadata.first("og:url"), metadata.item("url")}) {
    if (profile == nullptr && declared != nullptr) profile = profile_data.for_url(*declared);
  }
  const std::string* share_image = metadata.first("og:image");
  if (profile == nullptr && share_image != nullptr) profile = profile_data.for_image_url(*share_image);
  // Sister sites of a media group: the family's template, recognised by its script data.
  if (profile == nullptr) profile = profile_data.for_template(doc);

  const detail::Conventions conventions = detail::merge_conventions(
      profile_data.shared != nullptr ? &profile_data.shared->conventions : nullptr,
      profile != nullptr ? &profile->conventions : nullptr);
  RawFields raw = detail::extract({doc, metadata, profile, profile_data.shared, page_url, conventions});
  article.warnings.insert(article.warnings.end(), raw.warnings.begin(), raw.warnings.end());

  if (raw.canonical) article.url = detail::archived_original(detail::resolve_url(page_url, *raw.canonical));
  article.site_name = std::move(raw.site_name);
  article.language = std::move(raw.language);
  article.headline = std::move(raw.headline);
  article.subheadline = std::move(raw.subheadline);
  if (article.subheadline && article.headline && *article.subheadline == *article.headline) article.subheadline.reset();
  article.section = std::move(raw.section);
  article.tags = std::move(raw.tags);

  detail::normalise_captions(raw, page_url, conventions, article);
  detail::drop_caption_blocks(raw.body, raw.captions);
  for (detail::RawBlock& block : raw.body) article.body.push_back({block.type, std::move(block.text)});

  std::size_t text_bytes = 0;
  for (std::size_t i = 0; i < article.body.size(); ++i) {
    text_bytes += article.body[i].text.size();
    if (text_bytes > limits.max_text_bytes) {
      article.warnings.push_back("article text cut at " + std::to_string(limits.max_text_bytes) + " bytes (" +
                                 std::to_string(article.body.size() - i) + " blocks left out)");
      article.body.resize(i);
      break;
    }
  }

  detail::TrailingCredits trailing = detail::strip_trailing_credits(article.body, conventions);
  article.initials = std::move(trailing.initials);
  const std::optional<detail::Provenance> people_from = detail::normalise_people(raw, conventions, article);
  detail::add_people(article.people, trailing.people);

  if (!article.body.empty() && article.body.front().type == BlockType::paragraph) {
    Block& first = article.body.front();
    detail::DatelineSplit split = detail::split_dateline(first.text, conventions);
    if (split.dateline) {
      article.dateline = std::move(split.dateline);
      first.text = detail::normalize_text(std::string_view(first.text).substr(split.prefix_bytes));
      if (first.text.empty()) article.body.erase(article.body.begin());
    }
  }

  DateContext date_context;
  if (profile != nullptr) date_context.default_offset_minutes = profile->offset_minutes;
  date_context.reference = options.reference_time;
  detail::Timestamps timestamps = detail::resolve_timestamps(raw.dates, date_context, conventions);
  article.published = std::move(timestamps.published);
  article.updated = std::move(timestamps.updated);
  article.warnings.insert(article.warnings.end(), timestamps.warnings.begin(), timestamps.warnings.end());
  article.date_mentions = detail::find_date_mentions(article.body, article.published);
  article.pagination = detail::find_pagination(doc, profile, page_url, conventions);

  if (std::string missing = detail::missing_article(article); !missing.empty()) {
    return make_error(ErrorCode::no_article, std::move(missing), options);
  }
  if (options.explain) detail::record_sources(raw, timestamps, people_from, profile, article);
  if (trace) trace(doc, raw, profile, article);
  return article;
}

}  // namespace

std::string_view to_string(ErrorCode code) noexcept {
  switch (code) {
    case ErrorCode::empty_input:
      return "empty_input";
    case ErrorCode::not_html:
      return "not_html";
    case ErrorCode::too_large:
      return "too_large";
    case ErrorCode::no_article:
      return "no_article";
    case ErrorCode::bad_option:
      return "bad_option";
  }
  return "unknown";
}

const std::vector<std::string>& Result::warnings() const noexcept {
  static const std::vector<std::string> kNone;
  const Article* article = std::get_if<Article>(&value_);
  return article != nullptr ? article->warnings : kNone;
}

Result parse(std::string_view html, const ParseOptions& options) { return detail::parse_traced(html, options, {}); }

ParseArena::ParseArena() : tree_(std::make_unique<detail::TreeArena>()) {}
ParseArena::~ParseArena() = default;
ParseArena::ParseArena(ParseArena&&) noexcept = default;
ParseArena& ParseArena::operator=(ParseArena&&) noexcept = default;

namespace {

// The input never makes parse throw; only running out of memory can, and that is reported as an
// error for this page instead of ending the caller's batch.
Result run_guarded(std::string_view html, const ParseOptions& options, detail::TreeArena& tree_arena,
                   const detail::TraceCallback& trace) {
  try {
    return run(html, options, tree_arena, trace);
  } catch (const std::bad_alloc&) {
    return make_error(ErrorCode::too_large, "out of memory while parsing", options);
  }
}

}  // namespace

Result parse(std::string_view html, const ParseOptions& options, ParseArena& arena) {
  // A moved-from arena holds nothing; it gets new memory rather than failing the parse.
  if (arena.tree_ == nullptr) arena.tree_ = std::make_unique<detail::TreeArena>();
  return run_guarded(html, options, *arena.tree_, {});
}

Result detail::parse_traced(std::string_view html, const ParseOptions& options, const TraceCallback& trace) {
  TreeArena tree_arena;
  return run_guarded(html, options, tree_arena, trace);
}

}  // namespace warta
