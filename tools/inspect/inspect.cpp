#include "inspect.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <initializer_list>
#include <map>
#include <set>
#include <unordered_map>

#include "decode.hpp"
#include "dom.hpp"
#include "escape.hpp"
#include "extract.hpp"
#include "generic.hpp"
#include "normalize/text.hpp"
#include "profiles.hpp"
#include "trace.hpp"
#include "warta/json.hpp"

namespace warta::detail {
namespace {

using nlohmann::json;

// Browsers flatten elements nested deeper than about 512; the view stays well below.
constexpr int kMaxWrapperDepth = 200;

constexpr std::string_view kStyle = R"(<style>
*{box-sizing:border-box}
body{margin:0;font:14px/1.5 system-ui,sans-serif;color:#1f1f1f;background:#f4f4f1}
h1{font-size:1.1rem;margin:0}
h2{font-size:1rem;margin:1rem 0 .4rem}
.top{padding:.6rem 1rem;background:#263238;color:#fff}
.top a{color:#b3e5fc}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 30rem;gap:1rem;padding:1rem}
.doc{background:#fff;padding:1rem;color:#9e9e9e;border:1px solid #ddd;overflow-wrap:anywhere}
.panel{position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto;background:#fff;border:1px solid #ddd;padding:.6rem 1rem;overflow-wrap:anywhere}
.panel table{table-layout:fixed}.panel th{width:7rem}
.b{margin:0}
.tag{font:11px/1.4 ui-monospace,monospace;color:#90a4ae;margin-right:.4rem}
.root{color:#1f1f1f;border:2px dashed #1e88e5;padding:.3rem;margin:.3rem 0}
.hl,.rm{display:block;border-radius:3px;padding:.1rem .3rem;margin:.15rem 0;color:#1f1f1f}
span.hl,span.rm{display:inline;margin:0}
.lbl{display:inline-block;font:600 10px/1.6 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.03em;border-radius:2px;padding:0 .3rem;margin-right:.4rem;background:#455a64;color:#fff}
.rm{background:#fafafa;border:1px dashed #e53935;color:#9e9e9e}
.rm>.lbl{background:#e53935;text-transform:none}
.img{color:#8d6e63;font-style:italic}
.f-headline{background:#ffe082}.f-subheadline{background:#ffecb3}.f-byline{background:#b3e5fc}
.f-date{background:#c5cae9}.f-dateline{background:#f8bbd0}.f-body{background:#dcedc8}.f-caption{background:#d1c4e9}
.key{display:inline-block;padding:0 .4rem;margin:0 .2rem .2rem 0;border-radius:2px}
.removed-key{border:1px dashed #e53935}.root-key{border:2px dashed #1e88e5}
table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid #eee;padding:.2rem .3rem;text-align:left;vertical-align:top}
th{font-weight:600}
.from{color:#607d8b;font-size:12px}
.warn{color:#bf360c}
.ok{background:#c8e6c9}.mid{background:#fff3c4}.bad{background:#ffcdd2}
.num{text-align:right;font-variant-numeric:tabular-nums}
.missing{background:#ffebee}.extra{background:#e3f2fd}
.corpus{font-size:12px}.corpus td{white-space:nowrap}
.corpus td.title{max-width:16rem;overflow:hidden;text-overflow:ellipsis}
.corpus td.failure{white-space:normal}
.corpus th.num{writing-mode:vertical-rl;transform:rotate(180deg);text-align:left;vertical-align:bottom}
details{margin:.3rem 0}
summary{cursor:pointer;font-weight:600}
ul{padding-left:1.2rem;margin:.2rem 0}
</style>
)";

std::string page_head(std::string_view title) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n";
  out += "<title>" + escape_html(title) + "</title>\n";
  out += kStyle;
  return out + "</head>\n<body>\n";
}

bool is_text_node(const GumboNode* node) {
  return node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA;
}

// Elements with no text for a reader: their content is never shown.
bool hidden_element(const GumboNode* element) {
  if (holds_no_text(element)) return true;
  switch (element->v.element.tag) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_META:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_TITLE:
      return true;
    default:
      return element->v.element.tag_namespace != GUMBO_NAMESPACE_HTML;
  }
}

// Elements shown inline (a span); every other element becomes a block (a div).
bool inline_element(const GumboNode* element) {
  switch (element->v.element.tag) {
    case GUMBO_TAG_A:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_B:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_I:
    case GUMBO_TAG_U:
    case GUMBO_TAG_S:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_BIG:
    case GUMBO_TAG_FONT:
    case GUMBO_TAG_TIME:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_MARK:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_INS:
    case GUMBO_TAG_DEL:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_WBR:
      return true;
    default:
      return false;
  }
}

// "div.read__content#main": how a selector would name the element.
std::string element_label(const GumboNode* element) {
  std::string label(tag_name(element));
  if (const char* cls = attribute(element, "class")) {
    std::string_view classes = cls;
    const std::size_t start = classes.find_first_not_of(" \t\n\r\f");
    if (start != std::string_view::npos) {
      classes.remove_prefix(start);
      label += '.';
      label += utf8_prefix(classes.substr(0, classes.find_first_of(" \t\n\r\f")), 40);
    }
  }
  if (const char* id = attribute(element, "id"); id != nullptr && *id != '\0') {
    label += '#';
    label += utf8_prefix(id, 40);
  }
  return label;
}

bool has_direct_text(const GumboNode* element) {
  const GumboVector& children = element->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (!is_text_node(child)) continue;
    for (const char* c = child->v.text.text; *c != '\0'; ++c) {
      if (!std::strchr(" \t\n\r\f", *c)) return true;
    }
  }
  return false;
}

// A highlight of the view: a field, a removal or a content root.
struct Mark {
  enum class Kind { root, removed, field };
  Kind kind = Kind::field;
  std::string field;  // field marks: one of the fields the stylesheet colours
  std::string label;  // shown at the start of the mark
  std::string id;     // anchor the panel links to
};

// The innermost elements of the page body whose text is one of the given values: where the fields
// that the extractor took as text (headline, credits, date lines) appear. Elements whose raw text is
// far longer or shorter than every value are not read.
class TextFinder {
 public:
  explicit TextFinder(const Document& doc) : doc_(doc), text_before_(doc.elements().size() + 1, 0) {
    const auto& elements = doc.elements();
    for (std::size_t i = 0; i < elements.size(); ++i) {
      std::size_t own = 0;
      const GumboVector& children = elements[i]->v.element.children;
      for (unsigned c = 0; c < children.length; ++c) {
        const auto* child = static_cast<const GumboNode*>(children.data[c]);
        if (is_text_node(child)) own += std::strlen(child->v.text.text);
      }
      text_before_[i + 1] = text_before_[i] + own;
    }
  }

  std::vector<const GumboNode*> find(const std::vector<std::string>& values) const {
    std::vector<const GumboNode*> found;
    std::size_t shortest = SIZE_MAX;
    std::size_t longest = 0;
    for (const std::string& value : values) {
      if (value.empty()) continue;
      shortest = std::min(shortest, value.size());
      longest = std::max(longest, value.size());
    }
    if (longest == 0) return found;
    const auto is_value = [&values](const std::string& text) {
      return std::find(values.begin(), values.end(), text) != values.end();
    };
    const auto& elements = doc_.elements();
    for (std::size_t i = 0; i < elements.size(); ++i) {
      const GumboNode* element = elements[i];
      if (hidden_element(element)) {
        i = doc_.subtree_end(i) - 1;
        continue;
      }
      const std::size_t bytes = text_before_[doc_.subtree_end(i)] - text_before_[i];
      bool hit = bytes >= shortest / 2 && bytes <= 4 * longest + 256 && is_value(normalize_text(text_content(element)));
      if (!hit && element->v.element.tag == GUMBO_TAG_TIME) {
        const char* datetime = attribute(element, "datetime");
        hit = datetime != nullptr && is_value(normalize_text(datetime));
      }
      if (!hit) continue;
      if (!found.empty() && contains(found.back(), element)) {
        found.back() = element;
      } else {
        found.push_back(element);
      }
    }
    return found;
  }

 private:
  const Document& doc_;
  std::vector<std::size_t> text_before_;  // raw text bytes of the elements before index i
};

// The inspector of one parsed page: marks, the view of the body and the side panel.
class PageInspector {
 public:
  PageInspector(const Document& doc, const RawFields* raw, const Profile* profile, const Profile* shared,
                const Article* article)
      : doc_(doc), raw_(raw), profiles_{profile, shared}, article_(article) {}

  void collect_marks() {
    if (raw_ == nullptr || article_ == nullptr) return;
    mark_roots();
    for (std::size_t i = 0; i < raw_->removals.size(); ++i) {
      const Removal& removal = raw_->removals[i];
      if (removal.node != nullptr) add(removal.node, {Mark::Kind::removed, "", removal.reason, "rm-" + std::to_string(i)});
    }
    const TextFinder finder(doc_);
    const auto mark_text = [&](const std::string& field, const std::vector<std::string>& values) {
      for (const GumboNode* node : finder.find(values)) add(node, {Mark::Kind::field, field, field, ""});
    };
    if (article_->headline) mark_text("headline", {*article_->headline});
    if (article_->subheadline) mark_text("subheadline", {*article_->subheadline});
    std::vector<std::string> credits;
    for (const RawCredit& credit : raw_->credits) credits.push_back(credit.text);
    mark_text("byline", credits);
    std::vector<std::string> dates;
    for (const DateCandidate& date : raw_->dates) {
      if (date.source == DateSource::visible || date.source == DateSource::time_element) dates.push_back(date.text);
    }
    mark_text("date", dates);
    for (std::size_t i = 0; i < raw_->body.size(); ++i) {
      const RawBlock& block = raw_->body[i];
      if (block.node == nullptr) continue;
      // The dateline is the prefix of the first paragraph.
      if (i == 0 && article_->dateline) add(block.node, {Mark::Kind::field, "dateline", "dateline", ""});
      add(block.node, {Mark::Kind::field, "body", "body " + std::to_string(i + 1) + " " + std::string(to_string(block.type)),
                       "body-" + std::to_string(i + 1)});
    }
    for (std::size_t i = 0; i < raw_->captions.size(); ++i) {
      if (raw_->captions[i].node != nullptr) {
        add(raw_->captions[i].node, {Mark::Kind::field, "caption", "caption " + std::to_string(i + 1), ""});
      }
    }
  }

  // The page body as blocks and text, with the marks.
  std::string view() {
    const GumboNode* body = nullptr;
    for (const GumboNode* element : doc_.elements()) {
      if (element->v.element.tag == GUMBO_TAG_BODY) {
        body = element;
        break;
      }
    }
    if (body == nullptr) return "<p>The page has no body.</p>\n";
    std::string out;
    struct Frame {
      const GumboNode* node;
      unsigned child;
      std::string close;
      int depth_before;
    };
    std::vector<Frame> stack;
    stack.push_back({body, 0, open(body, out), 0});
    while (!stack.empty()) {
      Frame& top = stack.back();
      const GumboVector& children = top.node->v.element.children;
      if (top.child >= children.length) {
        out += top.close;
        depth_ = top.depth_before;
        stack.pop_back();
        continue;
      }
      const auto* child = static_cast<const GumboNode*>(children.data[top.child++]);
      if (is_text_node(child)) {
        out += escape_html(child->v.text.text);
        continue;
      }
      if (!is_element(child)) continue;
      if (hidden_element(child)) {
        show_hidden(child, out);
        continue;
      }
      const GumboTag tag = child->v.element.tag;
      if (tag == GUMBO_TAG_BR) {
        out += "<br>";
        continue;
      }
      if (tag == GUMBO_TAG_IMG) {
        const char* alt = attribute(child, "alt");
        out += "<span class=\"img\">[img";
        if (alt != nullptr && *alt != '\0') out += ": " + escape_html(normalize_text(alt));
        out += "]</span>";
        continue;
      }
      const int depth_before = depth_;
      std::string close = open(child, out);
      stack.push_back({child, 0, std::move(close), depth_before});
    }
    return out;
  }

  // Field table, date candidates, warnings and removals.
  std::string panel() const {
    std::string out;
    const Profile* profile = profiles_[0];
    out += "<p><b>Profile:</b> ";
    out += profile != nullptr ? escape_html(profile->name) : std::string("none (generic path)");
    if (profiles_[1] != nullptr) out += " + shared " + escape_html(profiles_[1]->name);
    out += "</p>\n<p>";
    for (std::string_view field : {"headline", "subheadline", "byline", "date", "dateline", "body", "caption"}) {
      out += "<span class=\"key f-" + std::string(field) + "\">" + std::string(field) + "</span>";
    }
    out += "<span class=\"key removed-key\">removed</span><span class=\"key root-key\">content root</span></p>\n";
    if (article_ == nullptr) return out;
    out += fields_table();
    out += "<h2>Warnings (" + std::to_string(article_->warnings.size()) + ")</h2>\n";
    if (!article_->warnings.empty()) {
      out += "<ul>";
      for (const std::string& warning : article_->warnings) out += "<li class=\"warn\">" + escape_html(warning) + "</li>";
      out += "</ul>\n";
    }
    out += "<details><summary>Date candidates (" + std::to_string(raw_->dates.size()) + ")</summary>\n<table>";
    for (const DateCandidate& date : raw_->dates) {
      out += "<tr><td class=\"from\">" + escape_html(to_string(date.source)) + ", " +
             std::string(detail::to_string(date.label)) + "</td><td>" + escape_html(date.text) + "</td></tr>";
    }
    out += "</table></details>\n";
    out += "<details><summary>Body (" + std::to_string(article_->body.size()) + " blocks)</summary>\n<ol>";
    for (const Block& block : article_->body) {
      out += "<li><span class=\"from\">" + std::string(to_string(block.type)) + "</span> " + escape_html(block.text) + "</li>";
    }
    out += "</ol></details>\n";
    out += removals_list();
    return out;
  }

 private:
  void add(const GumboNode* node, Mark mark) { marks_[node].push_back(std::move(mark)); }

  // The content roots the body was read from, labelled with the source the extractor recorded.
  void mark_roots() {
    const auto it = raw_->sources.find(Field::body);
    const std::string source = "content root: " + (it != raw_->sources.end() ? it->second.text() : std::string("none"));
    for (const GumboNode* root : raw_->roots) add(root, {Mark::Kind::root, "", source, ""});
  }

  // Opens the wrappers of an element (its marks, then its block); returns their closing tags.
  std::string open(const GumboNode* element, std::string& out) {
    std::string close;
    const bool is_inline = inline_element(element);
    const char* wrapper = is_inline ? "span" : "div";
    if (const auto it = marks_.find(element); it != marks_.end()) {
      std::vector<const Mark*> ordered;
      for (Mark::Kind kind : {Mark::Kind::root, Mark::Kind::removed, Mark::Kind::field}) {
        for (const Mark& mark : it->second) {
          if (mark.kind == kind) ordered.push_back(&mark);
        }
      }
      for (const Mark* mark : ordered) {
        out += '<';
        out += wrapper;
        if (!mark->id.empty()) {
          out += " id=\"" + mark->id + "\"";
          shown_ids_.insert(mark->id);
        }
        switch (mark->kind) {
          case Mark::Kind::root:
            out += " class=\"root\"><span class=\"lbl\">" + escape_html(mark->label) + "</span>";
            break;
          case Mark::Kind::removed:
            out += " class=\"rm\" data-reason=\"" + escape_html(mark->label) + "\"><span class=\"lbl\">removed: " +
                   escape_html(mark->label) + "</span>";
            break;
          case Mark::Kind::field:
            out += " class=\"hl f-" + mark->field + "\" data-field=\"" + mark->field + "\"><span class=\"lbl\">" +
                   escape_html(mark->label) + "</span>";
            break;
        }
        close.insert(0, std::string("</") + wrapper + ">");
        ++depth_;
      }
    }
    if (!is_inline && depth_ < kMaxWrapperDepth) {
      out += "<div class=\"b\">";
      if (has_direct_text(element)) out += "<span class=\"tag\">" + escape_html(element_label(element)) + "</span>";
      close.insert(0, "</div>");
      ++depth_;
    }
    return close;
  }

  // A hidden element shows only as the removal marker when the extractor skipped it.
  void show_hidden(const GumboNode* element, std::string& out) {
    const auto it = marks_.find(element);
    if (it == marks_.end()) return;
    for (const Mark& mark : it->second) {
      if (mark.kind != Mark::Kind::removed) continue;
      shown_ids_.insert(mark.id);
      out += "<div id=\"" + mark.id + "\" class=\"rm\" data-reason=\"" + escape_html(mark.label) +
             "\"><span class=\"lbl\">removed: " + escape_html(mark.label) + "</span></div>";
    }
  }

  // The Article's fields, each with the source the extractor recorded for it (Article::sources).
  std::string fields_table() const {
    const Article& a = *article_;
    std::string out = "<h2>Article</h2>\n<table>\n";
    const auto row = [&out, &a](std::string_view field, const std::string& value_html) {
      out += "<tr><th>" + std::string(field) + "</th><td>" + value_html;
      if (const auto it = a.sources.find(std::string(field)); it != a.sources.end()) {
        out += "<div class=\"from\">" + escape_html(it->second) + "</div>";
      }
      out += "</td></tr>\n";
    };
    const auto text = [](const std::optional<std::string>& value) {
      return value ? escape_html(*value) : std::string("<span class=\"from\">none</span>");
    };
    row("url", text(a.url));
    row("site_name", text(a.site_name));
    row("language", text(a.language));
    row("headline", text(a.headline));
    row("subheadline", text(a.subheadline));
    row("section", text(a.section));
    std::string tags;
    for (const std::string& tag : a.tags) tags += (tags.empty() ? "" : ", ") + escape_html(tag);
    row("tags", tags);
    std::string people;
    for (const Person& person : a.people) {
      people += (people.empty() ? "" : "<br>") + escape_html(person.name) + " <span class=\"from\">(" +
                std::string(to_string(person.role)) + ")</span>";
    }
    row("people", people);
    std::string initials;
    for (const std::string& code : a.initials) initials += (initials.empty() ? "" : "/") + escape_html(code);
    row("initials", initials);
    std::string dateline;
    if (a.dateline) dateline = escape_html(a.dateline->city.value_or("-")) + " / " + escape_html(a.dateline->outlet.value_or("-"));
    row("dateline", dateline);
    row("published", text(a.published));
    row("updated", text(a.updated));
    std::string captions;
    for (const Caption& caption : a.captions) {
      captions += "<div>" + escape_html(caption.text);
      if (caption.credit) captions += " <span class=\"from\">(" + escape_html(*caption.credit) + ")</span>";
      captions += "</div>";
    }
    row("captions", captions);
    row("body", std::to_string(a.body.size()) + " blocks");
    row("date_mentions", std::to_string(a.date_mentions.size()));
    std::string pagination;
    if (a.pagination) {
      const auto number = [](const std::optional<int>& value) { return value ? std::to_string(*value) : std::string("?"); };
      pagination = "page " + number(a.pagination->current) + " of " + number(a.pagination->total);
      if (a.pagination->next_url) pagination += "<br>next " + escape_html(*a.pagination->next_url);
      if (a.pagination->single_page_url) pagination += "<br>single page " + escape_html(*a.pagination->single_page_url);
    }
    row("pagination", pagination);
    return out + "</table>\n";
  }

  std::string removals_list() const {
    std::map<std::string, int> by_kind;
    for (const Removal& removal : raw_->removals) {
      const std::string& reason = removal.reason;
      // "link-only line: <text>" counts as one kind; drop selectors and phrases are few and stay whole.
      by_kind[reason.substr(0, std::min(reason.find(": "), reason.size()))]++;
    }
    std::string out = "<h2>Removed (" + std::to_string(raw_->removals.size()) + ")</h2>\n<ul>";
    for (const auto& [kind, count] : by_kind) out += "<li>" + escape_html(kind) + ": " + std::to_string(count) + "</li>";
    out += "</ul>\n<details><summary>Every removal</summary>\n<ol>";
    for (std::size_t i = 0; i < raw_->removals.size(); ++i) {
      const std::string id = "rm-" + std::to_string(i);
      const std::string reason = escape_html(raw_->removals[i].reason);
      out += shown_ids_.contains(id) ? "<li><a href=\"#" + id + "\">" + reason + "</a></li>" : "<li>" + reason + " (not shown)</li>";
    }
    return out + "</ol></details>\n";
  }

  const Document& doc_;
  const RawFields* raw_;
  std::vector<const Profile*> profiles_;
  const Article* article_;
  std::unordered_map<const GumboNode*, std::vector<Mark>> marks_;
  std::set<std::string> shown_ids_;
  int depth_ = 0;
};

std::string report(std::string_view title, const std::string& url, const std::string& status_html,
                   const std::string& view, const std::string& panel) {
  std::string out = page_head(title);
  out += "<div class=\"top\"><h1>warta inspect: " + escape_html(title) + "</h1>";
  if (!url.empty()) out += "<div>" + escape_html(url) + "</div>";
  out += status_html + "</div>\n<div class=\"layout\">\n<main class=\"doc\">\n" + view + "\n</main>\n";
  out += "<aside class=\"panel\">\n" + panel + "</aside>\n</div>\n</body>\n</html>\n";
  return out;
}

// --- scores -----------------------------------------------------------------------------------

const json* member(const json& object, const char* key) {
  if (!object.is_object()) return nullptr;
  const auto it = object.find(key);
  return it == object.end() || it->is_null() ? nullptr : &*it;
}

std::optional<std::string> text_of(const json& object, const char* key) {
  const json* value = member(object, key);
  if (value == nullptr || !value->is_string()) return std::nullopt;
  return normalize_text(value->get<std::string>());
}

std::optional<std::string> folded(const json& object, const char* key) {
  auto value = text_of(object, key);
  if (value) value = fold_case(*value);
  return value;
}

// Words as Python's \w+ finds them in case-folded text.
std::vector<std::string> tokens(std::string_view text) {
  const std::string lower = fold_case(normalize_text(text));
  std::vector<std::string> out;
  std::string current;
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(lower.data());
  const auto length = static_cast<std::int32_t>(lower.size());
  for (std::int32_t i = 0; i < length;) {
    const std::int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    const bool word = c == '_' || u_isalnum(c) || (U_GET_GC_MASK(c) & (U_GC_NL_MASK | U_GC_NO_MASK)) != 0;
    if (word) {
      current.append(lower, static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
    } else if (!current.empty()) {
      out.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) out.push_back(std::move(current));
  return out;
}

struct Prf {
  double precision = 1, recall = 1, f1 = 1;
};

// Precision, recall and F1 of two multisets; two empty ones agree fully.
Prf prf(std::vector<std::string> predicted, std::vector<std::string> gold) {
  if (predicted.empty() && gold.empty()) return {};
  std::sort(predicted.begin(), predicted.end());
  std::sort(gold.begin(), gold.end());
  std::vector<std::string> overlap;
  std::set_intersection(predicted.begin(), predicted.end(), gold.begin(), gold.end(), std::back_inserter(overlap));
  Prf out;
  out.precision = predicted.empty() ? 0.0 : static_cast<double>(overlap.size()) / static_cast<double>(predicted.size());
  out.recall = gold.empty() ? 0.0 : static_cast<double>(overlap.size()) / static_cast<double>(gold.size());
  const double sum = out.precision + out.recall;
  out.f1 = sum > 0 ? 2 * out.precision * out.recall / sum : 0.0;
  return out;
}

std::vector<std::string> unique(std::vector<std::string> values) {
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());
  return values;
}

double optional_match(const std::optional<std::string>& predicted, const std::optional<std::string>& gold) {
  if (!gold) return predicted && !predicted->empty() ? 0.0 : 1.0;
  return predicted == gold ? 1.0 : 0.0;
}

// "2024-05-15T11:02" plus the offset ("+07:00"; "Z" is "+00:00"): equal keys are the same minute
// with the same offset.
std::optional<std::string> minute_key(const std::optional<std::string>& iso) {
  if (!iso || iso->size() < 16 || (*iso)[10] != 'T') return std::nullopt;
  std::string offset = "+00:00";
  if (iso->back() != 'Z') {
    if (iso->size() < 22) return std::nullopt;
    offset = iso->substr(iso->size() - 6);
    if ((offset[0] != '+' && offset[0] != '-') || offset[3] != ':') return std::nullopt;
  }
  return iso->substr(0, 16) + offset;
}

double time_match(const json& article, const json& gold, const char* key) {
  const std::optional<std::string> expected = text_of(gold, key);
  const std::optional<std::string> actual = text_of(article, key);
  if (!expected) return actual && !actual->empty() ? 0.0 : 1.0;
  const auto expected_key = minute_key(expected);
  return expected_key && minute_key(actual) == expected_key ? 1.0 : 0.0;
}

std::vector<std::string> names(const json& article, bool with_role) {
  std::vector<std::string> out;
  const json* people = member(article, "people");
  if (people == nullptr || !people->is_array()) return out;
  for (const json& person : *people) {
    auto name = folded(person, "name");
    if (!name) continue;
    if (with_role) *name += "\n" + text_of(person, "role").value_or("");
    out.push_back(std::move(*name));
  }
  return unique(std::move(out));
}

std::vector<std::string> block_texts(const json& article) {
  std::vector<std::string> out;
  const json* body = member(article, "body");
  if (body == nullptr || !body->is_array()) return out;
  for (const json& block : *body) out.push_back(text_of(block, "text").value_or(""));
  return out;
}

// Greedy one-to-one matching of captions by token F1 >= 0.8.
double captions_f1(const json& article, const json& gold) {
  std::vector<std::vector<std::string>> predicted;
  std::vector<std::vector<std::string>> expected;
  for (const auto& [source, out] : {std::pair{&article, &predicted}, std::pair{&gold, &expected}}) {
    const json* captions = member(*source, "captions");
    if (captions == nullptr || !captions->is_array()) continue;
    for (const json& caption : *captions) out->push_back(tokens(text_of(caption, "text").value_or("")));
  }
  std::vector<bool> used(predicted.size(), false);
  std::size_t matched = 0;
  for (const auto& wanted : expected) {
    for (std::size_t i = 0; i < predicted.size(); ++i) {
      if (!used[i] && prf(predicted[i], wanted).f1 >= 0.8) {
        used[i] = true;
        ++matched;
        break;
      }
    }
  }
  if (predicted.empty() && expected.empty()) return 1.0;
  const double precision = predicted.empty() ? 0.0 : static_cast<double>(matched) / static_cast<double>(predicted.size());
  const double recall = expected.empty() ? 0.0 : static_cast<double>(matched) / static_cast<double>(expected.size());
  return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
}

std::string score_class(double value) { return value >= 0.999 ? "ok" : value >= 0.8 ? "mid" : "bad"; }

std::string format_score(double value) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.2f", value);
  return buffer;
}

}  // namespace

std::vector<std::pair<std::string, double>> score_article(const json& article, const json& gold) {
  std::vector<std::pair<std::string, double>> out;
  if (article.is_null()) {
    // A page that gave no Article scores nothing, as in score.py.
    for (const auto& [name, value] : score_article(json::object(), gold)) out.emplace_back(name, 0.0);
    return out;
  }
  out.emplace_back("headline", text_of(article, "headline") == text_of(gold, "headline") ? 1.0 : 0.0);
  out.emplace_back("subheadline", optional_match(folded(article, "subheadline"), folded(gold, "subheadline")));
  out.emplace_back("section", optional_match(folded(article, "section"), folded(gold, "section")));
  out.emplace_back("people_f1", prf(names(article, false), names(gold, false)).f1);
  out.emplace_back("roles_f1", prf(names(article, true), names(gold, true)).f1);
  const json empty = json::object();
  const json* predicted_dateline = member(article, "dateline");
  const json* gold_dateline = member(gold, "dateline");
  const json& pd = predicted_dateline != nullptr ? *predicted_dateline : empty;
  const json& gd = gold_dateline != nullptr ? *gold_dateline : empty;
  // "Mataram, NTB (ANTARA) -": the city alone or with its province both count.
  std::optional<std::string> gold_city = folded(gd, "city");
  double city = optional_match(folded(pd, "city"), gold_city);
  if (gold_city && gold_city->find(',') != std::string::npos) {
    city = std::max(city, optional_match(folded(pd, "city"), normalize_text(gold_city->substr(0, gold_city->find(',')))));
  }
  out.emplace_back("dateline_city", city);
  out.emplace_back("dateline_outlet", optional_match(folded(pd, "outlet"), folded(gd, "outlet")));
  out.emplace_back("published", time_match(article, gold, "published"));
  out.emplace_back("updated", time_match(article, gold, "updated"));
  out.emplace_back("captions_f1", captions_f1(article, gold));
  const std::vector<std::string> predicted_body = block_texts(article);
  const std::vector<std::string> gold_body = block_texts(gold);
  std::string predicted_text;
  std::string gold_text;
  for (const std::string& text : predicted_body) predicted_text += text + " ";
  for (const std::string& text : gold_body) gold_text += text + " ";
  out.emplace_back("body_f1", prf(tokens(predicted_text), tokens(gold_text)).f1);
  const std::set<std::string> predicted_set(predicted_body.begin(), predicted_body.end());
  const auto exact = std::count_if(gold_body.begin(), gold_body.end(),
                                   [&predicted_set](const std::string& text) { return predicted_set.contains(text); });
  out.emplace_back("paragraphs_exact", gold_body.empty() ? 1.0 : static_cast<double>(exact) / static_cast<double>(gold_body.size()));
  return out;
}

std::string inspect_page(std::string_view html, const ParseOptions& options) {
  const ProfileSet profiles = options.profiles ? *options.profiles : ProfileSet::builtin();
  const Profile* shared = profiles.data().shared;
  std::string view;
  std::string panel;
  std::string status;
  ParseOptions explained = options;
  explained.explain = true;  // the panel shows each field's recorded source
  const Result result = parse_traced(html, explained, [&](const Document& doc, const RawFields& raw, const Profile* profile, const Article& article) {
    PageInspector inspector(doc, &raw, profile, shared, &article);
    inspector.collect_marks();
    view = inspector.view();
    panel = inspector.panel();
  });
  std::string title = result ? result->headline.value_or("untitled page") : "page without an Article";
  if (!result) {
    status = "<div class=\"warn\">" + escape_html(std::string(to_string(result.error().code)) + ": " + result.error().message) + "</div>";
    // Show the blocks all the same: why no article text was found is the question.
    DecodedInput decoded = decode(html, options.charset);
    if (decoded.error.empty() && result.error().code == ErrorCode::no_article) {
      const Document doc(std::move(decoded.utf8));
      PageInspector inspector(doc, nullptr, profiles.data().for_url(options.url), shared, nullptr);
      view = inspector.view();
      panel = inspector.panel();
    }
  }
  return report(title, options.url, status, view, panel);
}

void CorpusReport::add(const CorpusPage& page) {
  Summary summary;
  summary.name = page.name;
  summary.profile = "generic";
  const Result result = parse_traced(page.html, page.options, [&summary](const Document&, const RawFields&, const Profile* profile, const Article&) {
    if (profile != nullptr) summary.profile = profile->name;
  });
  if (result) {
    summary.article = result.value();
  } else {
    summary.error = std::string(to_string(result.error().code)) + ": " + result.error().message;
  }
  if (page.gold) {
    summary.scores = score_article(summary.article, *page.gold);
    const std::vector<std::string> predicted = block_texts(summary.article);
    const std::vector<std::string> expected = block_texts(*page.gold);
    const std::set<std::string> predicted_set(predicted.begin(), predicted.end());
    const std::set<std::string> expected_set(expected.begin(), expected.end());
    for (const std::string& text : expected) {
      if (!predicted_set.contains(text)) summary.missing.push_back(text);
    }
    for (const std::string& text : predicted) {
      if (!expected_set.contains(text)) summary.extra.push_back(text);
    }
  }
  pages_.push_back(std::move(summary));
}

std::string CorpusReport::html() const {
  std::vector<std::string> columns;
  for (const Summary& page : pages_) {
    if (!page.scores.empty()) {
      for (const auto& [name, value] : page.scores) columns.push_back(name);
      break;
    }
  }
  std::string out = page_head("warta inspect: " + title_);
  std::size_t failed = 0;
  std::size_t warned = 0;
  for (const Summary& page : pages_) {
    failed += page.error.empty() ? 0 : 1;
    const json* warnings = member(page.article, "warnings");
    warned += warnings != nullptr && !warnings->empty() ? 1 : 0;
  }
  out += "<div class=\"top\"><h1>warta inspect: " + escape_html(title_) + "</h1><div>" + std::to_string(pages_.size()) +
         " pages, " + std::to_string(failed) + " without an Article, " + std::to_string(warned) + " with warnings" +
         (columns.empty() ? std::string(", no gold") : std::string(", scored against gold")) + "</div></div>\n";
  out += "<div style=\"padding:1rem\">\n<table class=\"corpus\">\n<thead><tr><th>page</th><th>profile</th><th>headline</th><th>people</th>"
         "<th>dateline</th><th>captions</th><th>body</th><th>warnings</th>";
  for (const std::string& column : columns) out += "<th class=\"num\">" + escape_html(column) + "</th>";
  out += "</tr></thead>\n<tbody>\n";
  if (!columns.empty()) {
    out += "<tr><th colspan=\"8\">mean</th>";
    for (std::size_t c = 0; c < columns.size(); ++c) {
      double sum = 0;
      std::size_t count = 0;
      for (const Summary& page : pages_) {
        if (c < page.scores.size()) {
          sum += page.scores[c].second;
          ++count;
        }
      }
      const double mean = count > 0 ? sum / static_cast<double>(count) : 0.0;
      out += "<td class=\"num " + score_class(mean) + "\"><b>" + format_score(mean) + "</b></td>";
    }
    out += "</tr>\n";
  }
  const auto count_of = [](const json& article, const char* key) {
    const json* value = member(article, key);
    return value != nullptr && value->is_array() ? value->size() : std::size_t{0};
  };
  for (std::size_t i = 0; i < pages_.size(); ++i) {
    const Summary& page = pages_[i];
    const json& a = page.article;
    out += "<tr><td class=\"title\"><a href=\"#page-" + std::to_string(i) + "\">" + escape_html(page.name) + "</a></td><td>" +
           escape_html(page.profile) + "</td>";
    if (!page.error.empty()) {
      out += "<td colspan=\"6\" class=\"bad failure\">" + escape_html(page.error) + "</td>";
    } else {
      const std::string headline = escape_html(text_of(a, "headline").value_or("-"));
      out += "<td class=\"title\" title=\"" + headline + "\">" + headline + "</td>";
      out += "<td class=\"num\">" + std::to_string(count_of(a, "people")) + "</td>";
      const json* dateline = member(a, "dateline");
      out += "<td>" + (dateline != nullptr ? escape_html(text_of(*dateline, "city").value_or("-")) : std::string("-")) + "</td>";
      out += "<td class=\"num\">" + std::to_string(count_of(a, "captions")) + "</td>";
      out += "<td class=\"num\">" + std::to_string(count_of(a, "body")) + "</td>";
      const std::size_t warnings = count_of(a, "warnings");
      out += "<td class=\"num" + std::string(warnings > 0 ? " warn" : "") + "\">" + std::to_string(warnings) + "</td>";
    }
    for (const auto& [name, value] : page.scores) {
      out += "<td class=\"num " + score_class(value) + "\">" + format_score(value) + "</td>";
    }
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
  for (std::size_t i = 0; i < pages_.size(); ++i) {
    const Summary& page = pages_[i];
    const bool imperfect = !page.error.empty() || !page.missing.empty() || !page.extra.empty() ||
                           std::any_of(page.scores.begin(), page.scores.end(), [](const auto& score) { return score.second < 0.999; });
    out += "<details id=\"page-" + std::to_string(i) + "\"" + (imperfect ? " open" : "") + "><summary>" +
           escape_html(page.name) + " <span class=\"from\">(" + escape_html(page.profile) + ")</span></summary>\n";
    if (!page.error.empty()) out += "<p class=\"warn\">" + escape_html(page.error) + "</p>\n";
    if (const json* warnings = member(page.article, "warnings"); warnings != nullptr && !warnings->empty()) {
      out += "<ul>";
      for (const json& warning : *warnings) out += "<li class=\"warn\">" + escape_html(warning.get<std::string>()) + "</li>";
      out += "</ul>\n";
    }
    std::string low;
    for (const auto& [name, value] : page.scores) {
      if (value < 0.999) low += "<span class=\"key " + score_class(value) + "\">" + escape_html(name) + " " + format_score(value) + "</span>";
    }
    if (!low.empty()) out += "<p>" + low + "</p>\n";
    if (!page.missing.empty() || !page.extra.empty()) {
      out += "<table>";
      for (const std::string& text : page.missing) out += "<tr class=\"missing\"><th>missing</th><td>" + escape_html(text) + "</td></tr>";
      for (const std::string& text : page.extra) out += "<tr class=\"extra\"><th>extra</th><td>" + escape_html(text) + "</td></tr>";
      out += "</table>\n";
    }
    out += "</details>\n";
  }
  return out + "</div>\n</body>\n</html>\n";
}

}  // namespace warta::detail
