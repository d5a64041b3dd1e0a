#pragma once
// warta inspect: HTML reports for people. One page: what warta took from it, field by field, and what
// it left out and why. A corpus: the fields and warnings of many pages and, against gold Articles
// (shared/eval/GOLD.md), per-field scores and the missing and extra body paragraphs. Both reports are
// self-contained: CSS only, no scripts, no external resources.

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "warta/parse.hpp"

namespace warta::detail {

// The page's body as blocks and text, each extracted part wrapped in an element of class "hl" with
// data-field (headline, subheadline, byline, date, dateline, body, caption), each removed part in
// class "rm" with data-reason, the content roots in class "root"; beside it a panel with the Article
// fields, where each came from (profile rule, metadata, generic scorer), date candidates, warnings
// and the list of removals. A page that gives no Article still shows its blocks and the error.
std::string inspect_page(std::string_view html, const ParseOptions& options);

// One page of a corpus report.
struct CorpusPage {
  std::string name;                    // shown for the page, e.g. "kompas/some-slug"
  std::string html;
  ParseOptions options;
  std::optional<nlohmann::json> gold;  // the page's gold Article, when there is one
};

// An overview of many pages, added one at a time; only a summary of each page is kept.
class CorpusReport {
 public:
  explicit CorpusReport(std::string title) : title_(std::move(title)) {}
  void add(const CorpusPage& page);
  // The report: a table of every page (profile, fields found, warnings, scores coloured), the mean
  // of each score, then each page's warnings, scores and body diff.
  std::string html() const;

  // One page's outcome.
  struct Summary {
    std::string name;
    std::string profile;                 // profile name or "generic"
    std::string error;                   // non-empty: no Article
    nlohmann::json article;              // the Article as JSON (null on error)
    std::vector<std::pair<std::string, double>> scores;  // empty without gold
    std::vector<std::string> missing;    // gold body blocks not extracted
    std::vector<std::string> extra;      // extracted body blocks not in the gold
  };
  const std::vector<Summary>& pages() const noexcept { return pages_; }

 private:
  std::string title_;
  std::vector<Summary> pages_;
};

// Per-field scores of an Article (as JSON, null when the page failed) against its gold, as
// shared/eval/score.py computes them: headline exact, subheadline, section, people and roles F1,
// dateline city and outlet, published and updated to the minute, captions F1, body token F1, share
// of gold paragraphs found exactly. Values are 0..1.
std::vector<std::pair<std::string, double>> score_article(const nlohmann::json& article, const nlohmann::json& gold);

}  // namespace warta::detail
