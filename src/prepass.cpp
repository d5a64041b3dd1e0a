#include "prepass.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include <gumbo.h>

#include "ascii.hpp"
#include "normalize/text.hpp"

namespace warta::detail {
namespace {

constexpr std::size_t kNone = std::string_view::npos;

// True when html[at..] is "</name" followed by white space, '/' or '>': the only end tag that
// closes raw text ("</scripts>" or "</script" at the end of the page do not).
bool end_tag_at(std::string_view html, std::size_t at, std::string_view name) noexcept {
  if (html.size() - at < name.size() + 3 || html[at] != '<' || html[at + 1] != '/') return false;
  if (!starts_with_icase(html.substr(at + 2), name)) return false;
  const char next = html[at + 2 + name.size()];
  return is_ascii_space(next) || next == '/' || next == '>';
}

// Start of the first "</name" end tag at or after `from` (RAWTEXT and RCDATA), or kNone.
std::size_t raw_text_end(std::string_view html, std::size_t from, std::string_view name) noexcept {
  for (std::size_t at = html.find("</", from); at != kNone; at = html.find("</", at + 1)) {
    if (end_tag_at(html, at, name)) return at;
  }
  return kNone;
}

// Start of the "</script" end tag that closes script data begun at `from`, or kNone: the tokenizer's
// script data states, where "<!--" and a nested "<script" hide a "</script>" (double escaping).
std::size_t script_end(std::string_view html, std::size_t from) noexcept {
  enum class State { data, escaped, escaped_dash, escaped_dash_dash, double_escaped, double_dash, double_dash_dash };
  State state = State::data;
  std::size_t i = from;
  while (i < html.size()) {
    const char c = html[i];
    switch (state) {
      case State::data:
        if (c != '<') break;
        if (end_tag_at(html, i, "script")) return i;
        if (html.compare(i, 4, "<!--") == 0) {
          state = State::escaped_dash_dash;
          i += 4;
          continue;
        }
        break;
      case State::escaped:
      case State::escaped_dash:
      case State::escaped_dash_dash:
        if (c == '-') {
          state = state == State::escaped ? State::escaped_dash : State::escaped_dash_dash;
        } else if (c == '>' && state == State::escaped_dash_dash) {
          state = State::data;
        } else if (c == '<') {
          if (end_tag_at(html, i, "script")) return i;
          state = State::escaped;
          // "<script" followed by white space, '/' or '>' starts double escaping.
          if (starts_with_icase(html.substr(i + 1), "script") && i + 7 < html.size() &&
              (is_ascii_space(html[i + 7]) || html[i + 7] == '/' || html[i + 7] == '>')) {
            state = State::double_escaped;
            i += 8;
            continue;
          }
        } else {
          state = State::escaped;
        }
        break;
      case State::double_escaped:
      case State::double_dash:
      case State::double_dash_dash:
        if (c == '-') {
          state = state == State::double_escaped ? State::double_dash : State::double_dash_dash;
        } else if (c == '>' && state == State::double_dash_dash) {
          state = State::data;
        } else if (c == '<') {
          state = State::double_escaped;
          if (end_tag_at(html, i, "script")) {
            state = State::escaped;
            i += 9;
            continue;
          }
        } else {
          state = State::double_escaped;
        }
        break;
    }
    ++i;
  }
  return kNone;
}

// True when gumbo would hand back these bytes unchanged as text: no CR (made LF), no NUL or other
// control or noncharacter (made U+FFFD). Contents with any of them are left in the page.
bool kept_verbatim(std::string_view text) noexcept {
  // Most script bytes are printable ASCII: one table lookup each passes them.
  static constexpr auto kSuspect = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 0x20; ++c) table[c] = c != '\t' && c != '\n' && c != '\f';
    for (const int c : {0x7F, 0xC2, 0xEF, 0xBF}) table[c] = true;
    return table;
  }();
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (!kSuspect[c]) continue;
    if (c < 0x20 ? (c != '\t' && c != '\n' && c != '\f') : c == 0x7F) return false;
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) < 0xA0) return false;  // C1
    if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xB7) {
      const auto third = static_cast<unsigned char>(text[i + 2]);
      if (third >= 0x90 && third <= 0xAF) return false;  // U+FDD0..U+FDEF
    }
    if (c == 0xBF && i + 1 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xFE) == 0xBE) return false;  // U+xFFFE/F
  }
  return true;
}

// A quoted attribute value's contents, html[begin, end), and the attribute's name as written.
struct QuotedValue {
  std::string_view name;
  std::size_t begin = 0;
  std::size_t end = 0;
};

// End of a start or end tag whose name begins at `from` (one past its '>'), or kNone at the end
// of the page; `name` receives the tag name as written, `values` (cleared first) its quoted
// attribute values. Quoted attribute values may hold '>'.
std::size_t tag_end(std::string_view html, std::size_t from, std::string_view& name, std::vector<QuotedValue>& values) {
  values.clear();
  std::size_t i = from;
  while (i < html.size() && !is_ascii_space(html[i]) && html[i] != '/' && html[i] != '>') ++i;
  name = html.substr(from, i - from);
  while (i < html.size()) {
    const char c = html[i];
    if (c == '>') return i + 1;
    if (is_ascii_space(c) || c == '/') {
      ++i;
      continue;
    }
    // An attribute name, then maybe "= value".
    const std::size_t name_begin = i;
    ++i;  // the first character is part of the name even when it is '=' or a quote
    while (i < html.size() && !is_ascii_space(html[i]) && html[i] != '/' && html[i] != '>' && html[i] != '=') ++i;
    const std::string_view attribute = html.substr(name_begin, i - name_begin);
    while (i < html.size() && is_ascii_space(html[i])) ++i;
    if (i >= html.size() || html[i] != '=') continue;
    ++i;
    while (i < html.size() && is_ascii_space(html[i])) ++i;
    if (i >= html.size()) break;
    if (html[i] == '"' || html[i] == '\'') {
      const std::size_t close = html.find(html[i], i + 1);
      if (close == kNone) break;
      values.push_back({attribute, i + 1, close});
      i = close + 1;
    } else {
      while (i < html.size() && !is_ascii_space(html[i]) && html[i] != '>') ++i;
    }
  }
  return kNone;
}

// The formatting elements of the HTML standard's tree builder (its list of active formatting elements).
bool is_formatting_element(GumboTag tag) noexcept {
  switch (tag) {
    case GUMBO_TAG_A: case GUMBO_TAG_B: case GUMBO_TAG_BIG: case GUMBO_TAG_CODE: case GUMBO_TAG_EM:
    case GUMBO_TAG_FONT: case GUMBO_TAG_I: case GUMBO_TAG_NOBR: case GUMBO_TAG_S: case GUMBO_TAG_SMALL:
    case GUMBO_TAG_STRIKE: case GUMBO_TAG_STRONG: case GUMBO_TAG_TT: case GUMBO_TAG_U:
      return true;
    default:
      return false;
  }
}

// True when the tree builder reads this attribute's value: <input type=hidden> in a table,
// <annotation-xml encoding="text/html">, <isindex prompt> (which becomes text). Those keep theirs.
bool value_read_by_tree_builder(std::string_view attribute) noexcept {
  return equals_icase(attribute, "type") || equals_icase(attribute, "encoding") || equals_icase(attribute, "prompt");
}

// What a run of white space between two tags becomes: as many newlines as it has, up to two (a CR
// alone counts, CR LF once), else one space. Readers see white space only collapsed, and a blank
// line only as "two newlines or more".
std::string_view shortest_space(std::string_view run) noexcept {
  int newlines = 0;
  for (std::size_t i = 0; i < run.size() && newlines < 2; ++i) {
    if (run[i] == '\n' || (run[i] == '\r' && (i + 1 == run.size() || run[i + 1] != '\n'))) ++newlines;
  }
  return newlines >= 2 ? "\n\n" : newlines == 1 ? "\n" : " ";
}

}  // namespace

CutPage cut_for_gumbo(std::string_view html) {
  CutPage out;
  std::size_t copied = 0;  // html[0, copied) is in out.html or was cut
  const auto cut = [&](std::size_t begin, std::size_t end, bool element) {
    out.html.append(html.substr(copied, begin - copied));
    out.cuts.push_back({begin, end, out.html.size(), element});
    copied = end;
  };
  // A stand-in replaces bytes that are long enough to be worth it and that gumbo copies unchanged.
  // Shorter values and text stay: most are a word or two.
  constexpr std::size_t kShortestStoodIn = 2 * kStandInBytes;
  const bool stand_ins_possible = !holds_plane_15(html);
  const auto stand_in = [&](std::size_t begin, std::size_t end, bool attribute) {
    if (!stand_ins_possible || end - begin < kShortestStoodIn || out.stand_ins.size() == kMaxStandIns) return;
    const std::string_view bytes = html.substr(begin, end - begin);
    if (bytes.find('&') != kNone || !kept_verbatim(bytes)) return;
    out.html.append(html.substr(copied, begin - copied));
    const char32_t c = stand_in_code_point(out.stand_ins.size());
    out.stand_ins.push_back({begin, end, out.html.size(), attribute});
    append_utf8(out.html, c);
    copied = end;
  };
  // White space from `at` to the next tag is shortened, outside <pre> and <listing> (whose white
  // space is their text), and not before the first start tag other than <html>: the tree builder
  // drops white space before <head>, so there is no text node to check such a run against. Text
  // after the white space, up to the next '<', gets a stand-in.
  int preformatted = 0;
  bool in_document = false;
  const auto read_text = [&](std::size_t at) {
    std::size_t end = at;
    while (end < html.size() && is_ascii_space(html[end])) ++end;
    if (end == html.size()) return;
    if (html[end] != '<') {
      const std::size_t next_tag = html.find('<', end);
      if (next_tag != kNone) stand_in(end, next_tag, false);
      return;
    }
    if (!in_document || preformatted > 0 || end == at) return;
    const std::string_view shortest = shortest_space(html.substr(at, end - at));
    if (end - at == shortest.size() && html.compare(at, end - at, shortest) == 0) return;
    out.html.append(html.substr(copied, at - copied));
    out.spaces.push_back({out.html.size(), shortest.size()});
    out.html.append(shortest);
    copied = end;
  };
  out.html.reserve(html.size());
  std::string_view name;
  std::vector<QuotedValue> values;  // of the tag just read
  std::size_t i = 0;
  while ((i = html.find('<', i)) != kNone && i + 1 < html.size()) {
    const char next = html[i + 1];
    if (next == '!' && i + 3 < html.size() && html[i + 2] == '-' && html[i + 3] == '-') {
      // "<!-->" and "<!--->" are whole comments; otherwise the first "-->" or "--!>" ends it.
      const std::size_t body = i + 4;
      if (html.compare(body, 1, ">") == 0 || html.compare(body, 2, "->") == 0) {
        i = body;
        continue;
      }
      std::size_t close = body;
      while ((close = html.find("--", close)) != kNone) {
        if (html.compare(close + 2, 1, ">") == 0 || html.compare(close + 2, 2, "!>") == 0) break;
        ++close;
      }
      if (close == kNone) break;  // an unclosed comment runs to the end of the page
      if (close > body) cut(body, close, false);
      i = close + 2;
      read_text(html[i] == '>' ? i + 1 : i + 2);  // after "-->" or "--!>"
    } else if (next == '!' || next == '?' || (next == '/' && !(i + 2 < html.size() && is_ascii_alpha(html[i + 2])))) {
      // Doctype, bogus comment, CDATA (whose "]]>" in foreign content comes after any '>'): skip
      // past the later of the two ends.
      const bool cdata = html.compare(i, 9, "<![CDATA[") == 0;
      const std::size_t close = html.find(cdata ? "]]>" : ">", i + 2);
      if (close == kNone) break;
      i = close + 1;
    } else if (is_ascii_alpha(next) || next == '/') {
      const bool end_tag = next == '/';
      const std::size_t after = tag_end(html, i + (end_tag ? 2 : 1), name, values);
      if (after == kNone) break;
      i = after;
      // gumbo's own perfect hash, ASCII case ignored, as the tokenizer names tags.
      const GumboTag tag = gumbo_tagn_enum(name.data(), static_cast<unsigned>(name.size()));
      if (tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_LISTING) preformatted = end_tag ? std::max(preformatted - 1, 0) : preformatted + 1;
      if (end_tag) {
        read_text(after);
        continue;
      }
      in_document = in_document || tag != GUMBO_TAG_HTML;
      // Formatting elements keep their values: the tree builder compares their whole attribute lists
      // (at most three equal ones stay active, the "Noah's Ark" clause), and a stand-in makes a value
      // differ from an equal one written otherwise ("a&#45;b", "a-b") or stood in apart.
      if (!is_formatting_element(tag)) {
        for (const QuotedValue& value : values) {
          if (!value_read_by_tree_builder(value.name)) stand_in(value.begin, value.end, true);
        }
      }
      if (tag == GUMBO_TAG_SCRIPT) {
        const std::size_t close = script_end(html, after);
        if (close == kNone) break;
        if (close > after && kept_verbatim(html.substr(after, close - after))) cut(after, close, true);
        i = close;
      } else if (tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_XMP || tag == GUMBO_TAG_IFRAME || tag == GUMBO_TAG_NOEMBED ||
                 tag == GUMBO_TAG_NOFRAMES || tag == GUMBO_TAG_TEXTAREA || tag == GUMBO_TAG_TITLE) {
        const std::size_t close = raw_text_end(html, after, gumbo_normalized_tagname(tag));
        if (close == kNone) break;
        if (tag == GUMBO_TAG_STYLE && close > after && kept_verbatim(html.substr(after, close - after))) cut(after, close, true);
        i = close;
      } else if (tag == GUMBO_TAG_PLAINTEXT) {
        break;
      } else {
        read_text(after);
      }
    } else {
      ++i;
    }
  }
  if (out.cuts.empty() && out.spaces.empty() && out.stand_ins.empty()) return {};
  out.html.append(html.substr(copied));
  return out;
}

}  // namespace warta::detail
