#include "url.hpp"

#include "ascii.hpp"
#include "normalize/text.hpp"

namespace warta::detail {
namespace {

// Length of "scheme:" at the start, or 0.
std::size_t scheme_length(std::string_view url) noexcept {
  for (std::size_t i = 0; i < url.size(); ++i) {
    const char c = url[i];
    if (c == ':') return i > 0 ? i + 1 : 0;
    const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!(alpha || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')))) return 0;
  }
  return 0;
}

// Removes "." and ".." segments from a path.
std::string remove_dot_segments(std::string_view path) {
  std::string out;
  std::size_t pos = 0;
  while (pos < path.size()) {
    std::size_t end = path.find('/', pos + 1);
    if (end == std::string_view::npos) end = path.size();
    const std::string_view segment = path.substr(pos, end - pos);  // includes its leading '/'
    if (segment == "/.") {
      if (end == path.size()) out.push_back('/');
    } else if (segment == "/..") {
      const std::size_t cut = out.rfind('/');
      out.erase(cut == std::string::npos ? 0 : cut);
      if (end == path.size()) out.push_back('/');
    } else {
      out.append(segment);
    }
    pos = end;
  }
  return out;
}

}  // namespace

bool is_http_url(std::string_view url) noexcept {
  return starts_with_icase(url, "http://") || starts_with_icase(url, "https://");
}

std::string url_host(std::string_view url) {
  std::size_t start = scheme_length(url);
  if (url.substr(start, 2) == "//") start += 2;
  else if (start > 0) return {};
  std::string_view rest = url.substr(start);
  rest = rest.substr(0, rest.find_first_of("/?#"));
  if (const std::size_t at = rest.rfind('@'); at != std::string_view::npos) rest.remove_prefix(at + 1);
  if (const std::size_t colon = rest.find(':'); colon != std::string_view::npos) rest = rest.substr(0, colon);
  while (!rest.empty() && rest.back() == '.') rest.remove_suffix(1);
  return ascii_lower(rest);
}

std::string resolve_url(std::string_view base, std::string_view reference) {
  while (!reference.empty() && (reference.front() == ' ' || reference.front() == '\n' || reference.front() == '\t')) {
    reference.remove_prefix(1);
  }
  while (!reference.empty() && (reference.back() == ' ' || reference.back() == '\n' || reference.back() == '\t')) {
    reference.remove_suffix(1);
  }
  if (scheme_length(reference) > 0 || !is_http_url(base)) return std::string(reference);
  const std::size_t scheme_end = scheme_length(base);  // includes ':'
  const std::size_t authority_end = base.find_first_of("/?#", scheme_end + 2);
  const std::string_view origin = base.substr(0, authority_end);
  if (reference.substr(0, 2) == "//") return std::string(base.substr(0, scheme_end)) + std::string(reference);
  if (reference.empty()) return std::string(base.substr(0, base.find('#')));
  if (reference.front() == '#') return std::string(base.substr(0, base.find('#'))) + std::string(reference);
  std::string_view base_path = authority_end == std::string_view::npos ? std::string_view("/") : base.substr(authority_end);
  base_path = base_path.substr(0, base_path.find_first_of("?#"));
  if (base_path.empty()) base_path = "/";
  if (reference.front() == '?') return std::string(origin) + std::string(base_path) + std::string(reference);
  const std::size_t query = reference.find_first_of("?#");
  const std::string_view ref_path = reference.substr(0, query);
  const std::string_view ref_tail = query == std::string_view::npos ? std::string_view() : reference.substr(query);
  std::string merged;
  if (!ref_path.empty() && ref_path.front() == '/') {
    merged = ref_path;
  } else {
    merged = std::string(base_path.substr(0, base_path.rfind('/') + 1)) + std::string(ref_path);
  }
  return std::string(origin) + remove_dot_segments(merged) + std::string(ref_tail);
}

std::string archived_original(std::string_view url) {
  constexpr std::size_t kTimestampDigits = 14;  // yyyymmddhhmmss
  std::size_t path = 0;
  if (const std::size_t scheme = scheme_length(url); url.substr(scheme, 2) == "//") {
    path = url.find('/', scheme + 2);
    if (path == std::string_view::npos) return std::string(url);
  }
  if (url.substr(path, 5) != "/web/") return std::string(url);
  std::size_t i = path + 5;
  const std::size_t digits_start = i;
  while (i < url.size() && is_ascii_digit(url[i])) ++i;
  if (i - digits_start != kTimestampDigits) return std::string(url);
  while (i < url.size() && (is_ascii_lower(url[i]) || url[i] == '_')) ++i;  // "id_", "im_" modifiers
  if (i >= url.size() || url[i] != '/') return std::string(url);
  std::string original(url.substr(i + 1));
  // The archive collapses "http://" to "http:/" in some addresses.
  for (const std::string_view scheme : {"http:/", "https:/"}) {
    if (starts_with_icase(original, scheme) && original.substr(scheme.size(), 1) != "/") {
      original.insert(scheme.size(), "/");
    }
  }
  if (!is_http_url(original) && !original.empty()) original = "http://" + original;
  return original.empty() ? std::string(url) : original;
}

}  // namespace warta::detail
