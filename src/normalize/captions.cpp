#include "normalize/captions.hpp"
#include "ascii.hpp"

#include <algorithm>
#include <vector>

#include "normalize/text.hpp"

namespace warta::detail {
namespace {

constexpr std::size_t kMaxBracketCreditBytes = 160;

// Labels removed from the front of a credit.
constexpr std::string_view kCreditLabels[] = {"foto:", "foto :", "sumber:", "sumber :", "image:", "photo:",
                                              "kredit:", "credit:", "\xC2\xA9"};

// True when a trailing bracket's text is a credit: it holds a "/" or one of the conventions' credit
// markers as a whole word ("(Dok. Polri)", "(AP Photo)"); a marker with spaces (" via ") anywhere.
bool looks_like_credit(std::string_view inside, const Conventions& conventions) {
  if (inside.empty() || inside.size() > kMaxBracketCreditBytes) return false;
  if (inside.find('/') != std::string_view::npos) return true;
  const std::string lower = " " + ascii_lower(inside) + " ";
  for (const std::string& marker : conventions.credit_markers) {
    if (marker.front() == ' ') {
      if (lower.find(marker) != std::string::npos) return true;
      continue;
    }
    const std::size_t at = lower.find(marker);
    if (at == std::string::npos) continue;
    // Whole words only: "ap" must not match inside "kapal".
    const char before = lower[at - 1];
    const char after = at + marker.size() < lower.size() ? lower[at + marker.size()] : ' ';
    const bool word_start = !((before >= 'a' && before <= 'z'));
    const bool word_end = !((after >= 'a' && after <= 'z'));
    if (word_start && word_end) return true;
  }
  return false;
}

// True when the bracket opening at `open` follows a finished sentence ("Teks. (Kredit)").
bool follows_sentence(std::string_view caption, std::size_t open) noexcept {
  return open >= 2 && caption[open - 1] == ' ' && caption[open - 2] == '.';
}

// A trailing bracket set apart as a credit by its place rather than its words: glued to the word before
// it ("di depan gedung, Bandung(Nama Lembaga)", a template joining caption and credit) or after a
// finished sentence ("Presiden Joko Widodo. (Nama Lembaga)"), holding capitalised words only.
bool is_set_apart_credit(std::string_view caption, std::size_t open, std::string_view inside) {
  if (open == 0 || inside.empty() || inside.size() > kMaxBracketCreditBytes) return false;
  if (!is_ascii_alnum(caption[open - 1]) && !follows_sentence(caption, open)) return false;
  bool word_start = true;
  for (char c : inside) {
    if (word_start && !is_ascii_upper(c)) return false;
    word_start = c == ' ' || c == '-';
  }
  return true;
}

// True when `tail` (a few words, no sentence of its own: no full stop) opens with one of the conventions' credit markers
// as a whole word ("Dok", "YouTube Nama Kanal"); a marker alone ("Foto") is no credit.
bool opens_with_marker_word(std::string_view tail, const Conventions& conventions) {
  constexpr std::size_t kMaxTailWords = 8;
  const std::size_t space = tail.find(' ');
  std::string first = ascii_lower(tail.substr(0, space));
  while (!first.empty() && (first.back() == '.' || first.back() == ':' || first.back() == ',')) first.pop_back();
  if (first.empty() || tail.find(". ") != std::string_view::npos || tail.ends_with('.') || tail.ends_with('!') ||
      tail.ends_with('?') ||
      static_cast<std::size_t>(std::count(tail.begin(), tail.end(), ' ')) >= kMaxTailWords) {
    return false;
  }
  return std::any_of(conventions.credit_markers.begin(), conventions.credit_markers.end(),
                     [&first](const std::string& marker) { return marker == first; });
}

// "KONTAN/Nama Fotografer", "Bisnis/Nama", "tirto.id/Nama": one capitalised word or a domain, letters
// and dots only, before a slash; a short tail of a few words, no closing full stop.
bool is_outlet_slash_credit(std::string_view tail) {
  const std::size_t slash = tail.find('/');
  if (slash == std::string_view::npos || slash == 0 || tail.size() > 60 || tail.back() == '.') return false;
  const std::string_view outlet = tail.substr(0, slash);
  if ((outlet.front() < 'A' || outlet.front() > 'Z') && outlet.find('.') == std::string_view::npos) return false;
  for (char c : outlet) {
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '.')) return false;
  }
  return std::count(tail.begin(), tail.end(), ' ') < 5;
}

}  // namespace

std::optional<std::string> clean_credit(std::string_view credit) {
  std::string_view view = trim_ascii_space(credit);
  bool changed = true;
  while (changed && !view.empty()) {
    changed = false;
    if (view.size() >= 2 && ((view.front() == '(' && view.back() == ')') || (view.front() == '[' && view.back() == ']'))) {
      view = trim_ascii_space(view.substr(1, view.size() - 2));
      changed = true;
    }
    for (std::string_view label : kCreditLabels) {
      if (starts_with_icase(view, label)) {
        view = trim_ascii_space(view.substr(label.size()));
        changed = true;
      }
    }
  }
  std::string out = normalize_text(view);
  if (out.empty()) return std::nullopt;
  return out;
}

CaptionParts split_caption(std::string_view caption, const Conventions& conventions) {
  std::string text = normalize_text(caption);
  std::string_view view = text;
  // "Teks. (Nama Lembaga)." closes a credit's bracket after the sentence with a full stop of its own.
  const bool stop_after_bracket = view.ends_with(").") || view.ends_with("].");
  const std::string_view bracketed = stop_after_bracket ? view.substr(0, view.size() - 1) : view;
  // A trailing bracket, round or square (Suara writes "[Suara.com/Nama]"): find its opening bracket,
  // allowing nested pairs inside.
  if (!bracketed.empty() && (bracketed.back() == ')' || bracketed.back() == ']')) {
    const char close = bracketed.back();
    const char open = close == ')' ? '(' : '[';
    int depth = 0;
    for (std::size_t i = bracketed.size(); i-- > 0;) {
      if (bracketed[i] == close) ++depth;
      if (bracketed[i] == open && --depth == 0) {
        const std::string_view inside = bracketed.substr(i + 1, bracketed.size() - i - 2);
        // Detik writes "Foto: Teks (Kredit)" and "Foto: (Kredit)": the leading label announces the
        // bracket as the credit.
        std::string_view head = trim_ascii_space(bracketed.substr(0, i));
        bool labelled = false;
        for (std::string_view label : kCreditLabels) {
          if (!labelled && starts_with_icase(head, label)) {
            head = trim_ascii_space(head.substr(label.size()));
            labelled = true;
          }
        }
        const bool credit = labelled || looks_like_credit(inside, conventions) || is_set_apart_credit(bracketed, i, inside);
        if (credit && (!stop_after_bracket || follows_sentence(bracketed, i))) return {std::string(head), clean_credit(inside)};
        break;
      }
    }
  }
  // "Teks. Dok" and "Teks. YouTube Nama Kanal \u00A92021 Outlet": a short tail after the last sentence that
  // opens with a credit marker word is the credit.
  if (const std::size_t stop = view.rfind(". "); stop != std::string_view::npos && stop > 0) {
    const std::string_view tail = trim_ascii_space(view.substr(stop + 1));
    if (opens_with_marker_word(tail, conventions)) return {std::string(view.substr(0, stop + 1)), clean_credit(tail)};
  }
  // Kapanlagi "Teks/\u00A9KapanLagi.com\u00AE/Nama" and "Teks \u00A9 instagram.com/akun", Merdeka "Teks. \u00A92021
  // Sumber": the copyright sign opens the credit; a notice with a year stays whole (GOLD).
  if (const std::size_t sign = view.find("\xC2\xA9"); sign != std::string_view::npos && sign > 0 &&
                                                       (view[sign - 1] == ' ' || view[sign - 1] == '/')) {
    std::string_view head = trim_ascii_space(view.substr(0, sign));
    while (!head.empty() && head.back() == '/') head = trim_ascii_space(head.substr(0, head.size() - 1));
    std::string_view tail = view.substr(sign);
    while (!tail.empty() && tail.back() == '/') tail = trim_ascii_space(tail.substr(0, tail.size() - 1));
    const bool with_year = tail.size() > 2 && tail[2] >= '0' && tail[2] <= '9';
    if (!head.empty()) return {std::string(head), with_year ? std::optional<std::string>(normalize_text(tail)) : clean_credit(tail)};
  }
  // "Teks caption. Foto: Nama/detikcom" and "Teks caption | Foto: Nama".
  for (std::string_view label : {std::string_view("Foto:"), std::string_view("FOTO:"), std::string_view("Sumber:"),
                                 std::string_view("Foto :"), std::string_view("Image:")}) {
    const std::size_t at = view.rfind(label);
    if (at == std::string_view::npos || at == 0) continue;
    std::string_view head = trim_ascii_space(view.substr(0, at));
    while (!head.empty() && (head.back() == '|' || head.back() == '-')) head = trim_ascii_space(head.substr(0, head.size() - 1));
    return {std::string(head), clean_credit(view.substr(at))};
  }
  // Tempo 2015 "Teks. Doc. uny.ac.id KOMUNIKA ONLINE": a document credit after the sentence.
  for (std::string_view marker : {std::string_view(". Doc. "), std::string_view(". Dok. ")}) {
    const std::size_t at = view.rfind(marker);
    if (at != std::string_view::npos && at > 0) return {std::string(view.substr(0, at + 1)), normalize_text(view.substr(at + 2))};
  }
  // "KOMPAS.com/NAMA Teks" is rare; "Teks. KOMPAS.com/NAMA" and "ANTARA FOTO/Nama/abc" at the end.
  const std::size_t last_space = view.rfind(' ');
  const std::size_t slash = view.rfind('/');
  if (slash != std::string_view::npos && last_space != std::string_view::npos) {
    for (const std::string& wire : conventions.wire_prefixes) {
      const std::size_t at = view.rfind(wire);
      if (at == std::string_view::npos || at == 0) continue;
      return {std::string(trim_ascii_space(view.substr(0, at))), clean_credit(view.substr(at))};
    }
  }
  // "Teks. KONTAN/Nama" and Bisnis "Teks - Bisnis/Nama": an outlet word and a slash after the sentence.
  for (std::string_view separator : {std::string_view(". "), std::string_view(" - ")}) {
    const std::size_t at = view.rfind(separator);
    if (at == std::string_view::npos || at == 0) continue;
    const std::string_view tail = view.substr(at + separator.size());
    if (is_outlet_slash_credit(tail)) {
      const std::size_t head_end = separator == ". " ? at + 1 : at;
      return {std::string(trim_ascii_space(view.substr(0, head_end))), clean_credit(tail)};
    }
  }
  return {std::move(text), std::nullopt};
}

}  // namespace warta::detail
