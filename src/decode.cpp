#include "decode.hpp"
#include "ascii.hpp"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "normalize/text.hpp"

namespace warta::detail {
namespace {

// ---------------------------------------------------------------------------------------------
// UTF-8 validation: the common case (valid UTF-8 declared as such) is one scan plus one copy.

enum class SequenceStatus { valid, invalid, truncated };

struct Sequence {
  std::size_t length;  // of the valid sequence, or of the maximal invalid subpart (at least 1)
  SequenceStatus status;
};

// The UTF-8 sequence starting at a byte >= 0x80 (Unicode table 3-7). An invalid one is measured as
// its maximal subpart, so each gets one U+FFFD as browsers do; `truncated` means the input ended in
// the middle of an otherwise well-formed sequence.
Sequence next_sequence(const unsigned char* p, const unsigned char* end) noexcept {
  const unsigned char lead = *p;
  std::size_t trail_count = 0;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    trail_count = 1;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    trail_count = 2;
    if (lead == 0xE0) low = 0xA0;   // overlong
    if (lead == 0xED) high = 0x9F;  // surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    trail_count = 3;
    if (lead == 0xF0) low = 0x90;   // overlong
    if (lead == 0xF4) high = 0x8F;  // above U+10FFFF
  } else {
    return {1, SequenceStatus::invalid};
  }
  for (std::size_t i = 1; i <= trail_count; ++i) {
    if (p + i == end) return {i, SequenceStatus::truncated};
    if (p[i] < low || p[i] > high) return {i, SequenceStatus::invalid};
    low = 0x80;
    high = 0xBF;
  }
  return {trail_count + 1, SequenceStatus::valid};
}

// First byte >= 0x80 at or after p, checking 8 bytes at a time.
const unsigned char* skip_ascii(const unsigned char* p, const unsigned char* end) noexcept {
  while (end - p >= 8) {
    std::uint64_t word;
    std::memcpy(&word, p, sizeof word);
    if (word & 0x8080808080808080ull) break;
    p += 8;
  }
  while (p < end && *p < 0x80) ++p;
  return p;
}

struct Utf8Census {
  std::size_t multibyte = 0;  // valid sequences of 2-4 bytes
  std::size_t invalid = 0;    // invalid sequences, not counting a truncated one at the end
  bool truncated = false;     // the input ends inside a sequence
  bool clean() const noexcept { return invalid == 0 && !truncated; }
  std::size_t replacements() const noexcept { return invalid + (truncated ? 1 : 0); }
};

Utf8Census census_utf8(std::string_view bytes) noexcept {
  Utf8Census census;
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const auto* end = p + bytes.size();
  while ((p = skip_ascii(p, end)) < end) {
    const Sequence sequence = next_sequence(p, end);
    if (sequence.status == SequenceStatus::valid) ++census.multibyte;
    if (sequence.status == SequenceStatus::invalid) ++census.invalid;
    if (sequence.status == SequenceStatus::truncated) census.truncated = true;
    p += sequence.length;
  }
  return census;
}

constexpr std::string_view kReplacementUtf8 = "\xEF\xBF\xBD";

// Copies UTF-8 `bytes` to `out` with each invalid sequence replaced by U+FFFD; returns how many.
std::size_t copy_utf8_replacing_invalid(std::string_view bytes, std::string& out) {
  out.clear();
  out.reserve(bytes.size() + bytes.size() / 8);
  std::size_t replaced = 0;
  const auto* begin = reinterpret_cast<const unsigned char*>(bytes.data());
  const auto* end = begin + bytes.size();
  const auto* run = begin;
  const auto* p = begin;
  while ((p = skip_ascii(p, end)) < end) {
    const Sequence sequence = next_sequence(p, end);
    if (sequence.status != SequenceStatus::valid) {
      out.append(bytes.substr(static_cast<std::size_t>(run - begin), static_cast<std::size_t>(p - run)));
      out.append(kReplacementUtf8);
      ++replaced;
      run = p + sequence.length;
    }
    p += sequence.length;
  }
  out.append(bytes.substr(static_cast<std::size_t>(run - begin)));
  return replaced;
}

// ---------------------------------------------------------------------------------------------
// Charset labels.

enum class Form { utf8, utf16le, utf16be, legacy };

struct Encoding {
  std::string name;      // reported in DecodedInput::charset
  std::string icu_name;  // converter to open for Form::legacy, utf16le, utf16be
  Form form = Form::legacy;
  bool single_byte = false;
};

struct LabelAlias {
  std::string_view label;
  std::string_view encoding;  // an entry of kWhatwgEncodings
};

struct KnownEncoding {
  std::string_view name;
  std::string_view icu_name;
  Form form;
  bool single_byte;
};

// Encodings whose WHATWG meaning differs from what ICU gives the same label (iso-8859-1 is
// windows-1252, gb2312 is gbk ...), or that need special handling.
constexpr KnownEncoding kWhatwgEncodings[] = {
    {"utf-8", "UTF-8", Form::utf8, false},
    {"windows-1252", "windows-1252", Form::legacy, true},
    {"utf-16le", "UTF-16LE", Form::utf16le, false},
    {"utf-16be", "UTF-16BE", Form::utf16be, false},
    {"windows-1254", "windows-1254", Form::legacy, true},
    {"windows-874", "windows-874", Form::legacy, true},
    {"gbk", "GBK", Form::legacy, false},
    {"euc-kr", "windows-949", Form::legacy, false},
};

// WHATWG Encoding Standard labels for those encodings; any other label goes to ICU's alias table.
// clang-format off
constexpr LabelAlias kWhatwgLabels[] = {
    {"unicode-1-1-utf-8", "utf-8"}, {"unicode11utf8", "utf-8"}, {"unicode20utf8", "utf-8"},
    {"utf-8", "utf-8"}, {"utf8", "utf-8"}, {"x-unicode20utf8", "utf-8"},
    {"ansi_x3.4-1968", "windows-1252"}, {"ascii", "windows-1252"}, {"cp1252", "windows-1252"},
    {"cp819", "windows-1252"}, {"csisolatin1", "windows-1252"}, {"ibm819", "windows-1252"},
    {"iso-8859-1", "windows-1252"}, {"iso-ir-100", "windows-1252"}, {"iso8859-1", "windows-1252"},
    {"iso88591", "windows-1252"}, {"iso_8859-1", "windows-1252"}, {"iso_8859-1:1987", "windows-1252"},
    {"l1", "windows-1252"}, {"latin1", "windows-1252"}, {"us-ascii", "windows-1252"},
    {"windows-1252", "windows-1252"}, {"x-cp1252", "windows-1252"}, {"x-user-defined", "windows-1252"},
    {"csunicode", "utf-16le"}, {"iso-10646-ucs-2", "utf-16le"}, {"ucs-2", "utf-16le"},
    {"unicode", "utf-16le"}, {"unicodefeff", "utf-16le"}, {"utf-16", "utf-16le"},
    {"utf-16le", "utf-16le"}, {"unicodefffe", "utf-16be"}, {"utf-16be", "utf-16be"},
    {"cp1254", "windows-1254"}, {"csisolatin5", "windows-1254"}, {"iso-8859-9", "windows-1254"},
    {"iso-ir-148", "windows-1254"}, {"iso8859-9", "windows-1254"}, {"iso88599", "windows-1254"},
    {"iso_8859-9", "windows-1254"}, {"iso_8859-9:1989", "windows-1254"}, {"l5", "windows-1254"},
    {"latin5", "windows-1254"}, {"windows-1254", "windows-1254"}, {"x-cp1254", "windows-1254"},
    {"dos-874", "windows-874"}, {"iso-8859-11", "windows-874"}, {"iso8859-11", "windows-874"},
    {"iso885911", "windows-874"}, {"tis-620", "windows-874"}, {"windows-874", "windows-874"},
    {"chinese", "gbk"}, {"csgb2312", "gbk"}, {"csiso58gb231280", "gbk"}, {"gb2312", "gbk"},
    {"gb_2312", "gbk"}, {"gb_2312-80", "gbk"}, {"gbk", "gbk"}, {"iso-ir-58", "gbk"}, {"x-gbk", "gbk"},
    {"cseuckr", "euc-kr"}, {"csksc56011987", "euc-kr"}, {"euc-kr", "euc-kr"}, {"iso-ir-149", "euc-kr"},
    {"korean", "euc-kr"}, {"ks_c_5601-1987", "euc-kr"}, {"ks_c_5601-1989", "euc-kr"},
    {"ksc5601", "euc-kr"}, {"ksc_5601", "euc-kr"}, {"windows-949", "euc-kr"},
};
// clang-format on

Encoding known_encoding(std::string_view name) {
  for (const KnownEncoding& known : kWhatwgEncodings) {
    if (known.name == name) {
      return {std::string(known.name), std::string(known.icu_name), known.form, known.single_byte};
    }
  }
  return {};  // unreachable: every alias names an entry of kWhatwgEncodings
}

struct ConverterCloser {
  void operator()(UConverter* converter) const noexcept { ucnv_close(converter); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

ConverterPtr open_converter(const std::string& name) {
  UErrorCode status = U_ZERO_ERROR;
  ConverterPtr converter(ucnv_open(name.c_str(), &status));
  if (U_FAILURE(status)) return nullptr;
  return converter;
}

// A label as messages quote it: the page's bytes may be anything (ICU matches "utf\xFF-8" to UTF-8),
// a message must stay valid UTF-8 (found by fuzz/parse_fuzzer).
std::string printable_label(std::string_view label) {
  std::string out(label.substr(0, 64));
  for (char& c : out) {
    if (c < 0x20 || c > 0x7E) c = '?';
  }
  return out;
}

// The encoding a charset label names, or nullopt when it names none a browser would use.
std::optional<Encoding> resolve_label(std::string_view raw_label) {
  const std::string label = ascii_lower(trim_ascii_space(raw_label));
  // ICU opens its default converter for "" and reads only up to a NUL.
  if (label.empty() || label.size() > 64 || label.find('\0') != std::string::npos) return std::nullopt;
  for (const LabelAlias& alias : kWhatwgLabels) {
    if (alias.label == label) return known_encoding(alias.encoding);
  }
  const ConverterPtr converter = open_converter(label);
  if (!converter) return std::nullopt;
  switch (ucnv_getType(converter.get())) {
    case UCNV_UTF8:
      return known_encoding("utf-8");
    case UCNV_US_ASCII:
    case UCNV_LATIN_1:
      return known_encoding("windows-1252");
    case UCNV_SBCS:
      return Encoding{label, label, Form::legacy, true};
    case UCNV_DBCS:
    case UCNV_MBCS:
    case UCNV_ISO_2022:
    case UCNV_ISCII:
    case UCNV_HZ:
      return Encoding{label, label, Form::legacy, false};
    default:
      // UTF-7 is an XSS vector and browsers refuse it; UTF-32, SCSU, BOCU-1 ... are not web encodings.
      return std::nullopt;
  }
}

// ---------------------------------------------------------------------------------------------
// The WHATWG prescan (HTML Standard 13.2.3.2), limited to the first 1024 bytes.

class ByteScanner {
 public:
  explicit ByteScanner(std::string_view bytes) : bytes_(bytes) {}

  bool at_end() const noexcept { return pos_ >= bytes_.size(); }
  unsigned char peek() const noexcept { return static_cast<unsigned char>(bytes_[pos_]); }
  void advance(std::size_t count = 1) noexcept { pos_ += count; }
  bool looking_at(std::string_view text) const noexcept {
    return starts_with_icase(bytes_.substr(std::min(pos_, bytes_.size())), text);
  }
  // The byte `offset` bytes ahead, or -1 past the end.
  int byte_at(std::size_t offset) const noexcept {
    return pos_ + offset < bytes_.size() ? static_cast<unsigned char>(bytes_[pos_ + offset]) : -1;
  }
  bool looking_at_letter(std::size_t offset) const noexcept {
    const int c = byte_at(offset);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
  // Moves to the first occurrence of `text` at or after the current position; false if none.
  bool skip_to(std::string_view text) noexcept {
    const std::size_t found = bytes_.find(text, pos_);
    pos_ = found == std::string_view::npos ? bytes_.size() : found;
    return found != std::string_view::npos;
  }
  void skip_spaces() noexcept {
    while (!at_end() && is_ascii_space(peek())) advance();
  }

 private:
  std::string_view bytes_;
  std::size_t pos_ = 0;
};

struct Attribute {
  std::string name;
  std::string value;
};

// "Get an attribute": names and values come back lower-cased; nullopt at '>' or the end.
std::optional<Attribute> get_attribute(ByteScanner& scan) {
  while (!scan.at_end() && (is_ascii_space(scan.peek()) || scan.peek() == '/')) scan.advance();
  if (scan.at_end() || scan.peek() == '>') return std::nullopt;
  Attribute attribute;
  for (;;) {
    if (scan.at_end()) return std::nullopt;
    const unsigned char c = scan.peek();
    if (c == '=' && !attribute.name.empty()) break;
    if (is_ascii_space(c)) {
      scan.skip_spaces();
      if (scan.at_end()) return std::nullopt;
      if (scan.peek() != '=') return attribute;
      break;
    }
    if (c == '/' || c == '>') return attribute;
    attribute.name.push_back(to_ascii_lower(c));
    scan.advance();
  }
  scan.advance();  // past '='
  scan.skip_spaces();
  if (scan.at_end()) return std::nullopt;
  const unsigned char first = scan.peek();
  if (first == '"' || first == '\'') {
    for (scan.advance(); !scan.at_end(); scan.advance()) {
      if (scan.peek() == first) {
        scan.advance();
        return attribute;
      }
      attribute.value.push_back(to_ascii_lower(scan.peek()));
    }
    return std::nullopt;
  }
  if (first == '>') return attribute;
  for (; !scan.at_end(); scan.advance()) {
    if (is_ascii_space(scan.peek()) || scan.peek() == '>') return attribute;
    attribute.value.push_back(to_ascii_lower(scan.peek()));
  }
  return std::nullopt;
}

// "Extract a character encoding from a meta element": the charset parameter of a Content-Type value
// such as "text/html; charset=iso-8859-1"; empty when there is none.
std::string_view charset_parameter(std::string_view content) noexcept {
  std::size_t pos = 0;
  for (;;) {
    std::size_t found = std::string_view::npos;
    for (std::size_t i = pos; i + 7 <= content.size(); ++i) {
      if (starts_with_icase(content.substr(i), "charset")) {
        found = i;
        break;
      }
    }
    if (found == std::string_view::npos) return {};
    pos = found + 7;
    while (pos < content.size() && is_ascii_space(content[pos])) ++pos;
    if (pos >= content.size() || content[pos] != '=') continue;
    ++pos;
    while (pos < content.size() && is_ascii_space(content[pos])) ++pos;
    if (pos >= content.size()) return {};
    const char quote = content[pos];
    if (quote == '"' || quote == '\'') {
      const std::size_t close = content.find(quote, pos + 1);
      if (close == std::string_view::npos) return {};
      return content.substr(pos + 1, close - pos - 1);
    }
    std::size_t stop = pos;
    while (stop < content.size() && content[stop] != ';' &&
           !is_ascii_space(content[stop])) {
      ++stop;
    }
    return content.substr(pos, stop - pos);
  }
}

struct MetaDeclaration {
  std::string label;                 // as declared, lower-cased
  std::optional<Encoding> encoding;  // nullopt: no usable declaration
  std::string unknown_label;         // the first declared label naming no encoding, for a warning
};

// Reads the attributes of a <meta> (the scanner stands after "<meta"); the charset it declares, if
// it declares one the way the prescan accepts.
std::optional<std::string> meta_charset(ByteScanner& scan) {
  std::vector<std::string> seen;
  bool got_pragma = false;
  std::optional<bool> need_pragma;
  std::string charset;
  while (std::optional<Attribute> attribute = get_attribute(scan)) {
    if (std::find(seen.begin(), seen.end(), attribute->name) != seen.end()) continue;
    seen.push_back(attribute->name);
    if (attribute->name == "http-equiv") {
      got_pragma = got_pragma || attribute->value == "content-type";
    } else if (attribute->name == "content" && !need_pragma.has_value()) {
      const std::string_view parameter = charset_parameter(attribute->value);
      if (!parameter.empty()) {
        charset = std::string(parameter);
        need_pragma = true;
      }
    } else if (attribute->name == "charset") {
      charset = attribute->value;
      need_pragma = false;
    }
  }
  if (!need_pragma.has_value() || (*need_pragma && !got_pragma)) return std::nullopt;
  return charset;
}

MetaDeclaration prescan(std::string_view head) {
  MetaDeclaration result;
  ByteScanner scan(head);
  while (!scan.at_end()) {
    if (scan.looking_at("<!--")) {
      // "<!-->" closes itself: the dashes of "-->" may be those of "<!--".
      scan.advance(2);
      if (!scan.skip_to("-->")) break;
      scan.advance(3);
      continue;
    }
    const int after_meta = scan.byte_at(5);
    if (scan.looking_at("<meta") && after_meta >= 0 &&
        (after_meta == '/' || is_ascii_space(static_cast<unsigned char>(after_meta)))) {
      scan.advance(6);
      if (std::optional<std::string> charset = meta_charset(scan)) {
        std::optional<Encoding> encoding = resolve_label(*charset);
        if (encoding) {
          // A page that the prescan could read is ASCII-compatible, so "utf-16" in it means UTF-8.
          if (encoding->form == Form::utf16le || encoding->form == Form::utf16be) {
            encoding = known_encoding("utf-8");
          }
          result.label = printable_label(trim_ascii_space(*charset));
          result.encoding = std::move(encoding);
          return result;
        }
        if (result.unknown_label.empty()) result.unknown_label = printable_label(trim_ascii_space(*charset));
      }
      scan.advance();
      continue;
    }
    if (scan.looking_at("<") &&
        (scan.looking_at_letter(1) || (scan.looking_at("</") && scan.looking_at_letter(2)))) {
      while (!scan.at_end() && !is_ascii_space(scan.peek()) && scan.peek() != '>') scan.advance();
      while (get_attribute(scan)) {
        // Attributes of other tags are skipped whole, so a "<meta" inside a value is not a tag.
      }
      scan.advance();
      continue;
    }
    if (scan.looking_at("<!") || scan.looking_at("</") || scan.looking_at("<?")) {
      if (!scan.skip_to(">")) break;
    }
    scan.advance();
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Conversion.

// To-Unicode callback: every undecodable sequence becomes U+FFFD (not ICU's U+001A for
// single-byte charsets) and is counted, so no byte disappears without a warning.
void substitute_and_count(const void* context, UConverterToUnicodeArgs* args, const char*, int32_t,
                          UConverterCallbackReason reason, UErrorCode* status) {
  if (reason != UCNV_UNASSIGNED && reason != UCNV_ILLEGAL && reason != UCNV_IRREGULAR) return;
  ++*static_cast<std::size_t*>(const_cast<void*>(context));
  *status = U_ZERO_ERROR;
  static constexpr UChar kReplacement = 0xFFFD;
  ucnv_cbToUWriteUChars(args, &kReplacement, 1, 0, status);
}

struct Conversion {
  std::size_t replaced = 0;
  std::string failure;  // an ICU error name when the converter gave up
};

// Converts `bytes` from the ICU charset `icu_name` to UTF-8 into `out`.
Conversion convert_with_icu(std::string_view bytes, const std::string& icu_name, std::string& out) {
  Conversion conversion;
  const ConverterPtr source = open_converter(icu_name);
  const ConverterPtr target = open_converter("UTF-8");
  if (!source || !target) {
    conversion.failure = "cannot open converter";
    out.clear();
    return conversion;
  }
  UErrorCode status = U_ZERO_ERROR;
  ucnv_setToUCallBack(source.get(), substitute_and_count, &conversion.replaced, nullptr, nullptr, &status);
  // Output grows by half when full: mostly-ASCII pages need about 1x, Asian text up to 1.5x.
  out.resize(bytes.size() + bytes.size() / 4 + 64);
  char* written = out.data();
  const char* read = bytes.data();
  UChar pivot[4096];
  UChar* pivot_source = pivot;
  UChar* pivot_target = pivot;
  bool reset = true;
  for (;;) {
    status = U_ZERO_ERROR;
    ucnv_convertEx(target.get(), source.get(), &written, out.data() + out.size(), &read,
                   bytes.data() + bytes.size(), pivot, &pivot_source, &pivot_target, pivot + std::size(pivot),
                   reset, true, &status);
    reset = false;
    if (status != U_BUFFER_OVERFLOW_ERROR) break;
    const std::size_t used = static_cast<std::size_t>(written - out.data());
    out.resize(out.size() + out.size() / 2 + 64);
    written = out.data() + used;
  }
  out.resize(static_cast<std::size_t>(written - out.data()));
  if (U_FAILURE(status)) conversion.failure = u_errorName(status);
  return conversion;
}

std::string replacement_warning(std::size_t count, std::string_view charset, bool truncated) {
  std::string warning =
      std::to_string(count) + (count == 1 ? " invalid byte sequence in " : " invalid byte sequences in ");
  warning.append(charset).append(" replaced with U+FFFD");
  if (truncated) warning.append(" (the input ends inside a sequence)");
  return warning;
}

void decode_utf8(std::string_view bytes, const Utf8Census& census, DecodedInput& out) {
  out.charset = "utf-8";
  if (census.clean()) {
    out.utf8.assign(bytes);
    return;
  }
  const std::size_t replaced = copy_utf8_replacing_invalid(bytes, out.utf8);
  out.warnings.push_back(replacement_warning(replaced, "utf-8", census.truncated));
}

// Decodes with a non-UTF-8 encoding through ICU.
void decode_with(std::string_view bytes, const Encoding& encoding, DecodedInput& out) {
  out.charset = encoding.name;
  const Conversion conversion = convert_with_icu(bytes, encoding.icu_name, out.utf8);
  if (conversion.replaced > 0) {
    out.warnings.push_back(replacement_warning(conversion.replaced, encoding.name, false));
  }
  if (!conversion.failure.empty()) {
    out.warnings.push_back("decoding " + encoding.name + " stopped after " + std::to_string(out.utf8.size()) +
                           " bytes of output: " + conversion.failure);
  }
}

// Windows-1252 text read as UTF-8 loses one character per invalid sequence; UTF-8 text read as
// windows-1252 garbles one per multibyte sequence. Pick the reading that damages fewer.
bool reads_better_as_windows_1252(const Utf8Census& census) noexcept {
  return census.invalid > census.multibyte;
}

struct Declaration {
  std::string label;   // as written
  std::string source;  // "the charset hint", "<meta>"
  Encoding encoding;
};

// Decodes with a declared encoding, unless the bytes show the declaration is wrong (older
// Indonesian pages declare iso-8859-1 and serve UTF-8, or the reverse).
void decode_declared(std::string_view bytes, const Declaration& declared, DecodedInput& out) {
  const Encoding& encoding = declared.encoding;
  if (encoding.form == Form::utf8) {
    const Utf8Census census = census_utf8(bytes);
    if (!census.clean() && reads_better_as_windows_1252(census)) {
      decode_with(bytes, known_encoding("windows-1252"), out);
      out.warnings.push_back("charset " + declared.label + " declared in " + declared.source + " but " +
                             std::to_string(census.replacements()) +
                             " byte sequences are not UTF-8; decoded as windows-1252");
      return;
    }
    decode_utf8(bytes, census, out);
    return;
  }
  if (encoding.single_byte) {
    const Utf8Census census = census_utf8(bytes);
    if (census.invalid == 0 && census.multibyte > 0) {
      decode_utf8(bytes, census, out);
      out.warnings.push_back("charset " + declared.label + " declared in " + declared.source +
                             " but the page is UTF-8; decoded as utf-8");
      return;
    }
  }
  decode_with(bytes, encoding, out);
}

}  // namespace

DecodedInput decode(std::string_view bytes, std::string_view charset_hint) {
  DecodedInput out;
  // A byte order mark outranks every declaration (WHATWG "decode").
  if (bytes.starts_with("\xEF\xBB\xBF")) {
    bytes.remove_prefix(3);
    decode_utf8(bytes, census_utf8(bytes), out);
    return out;
  }
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
    const bool little_endian = bytes[0] == '\xFF';
    bytes.remove_prefix(2);
    decode_with(bytes, known_encoding(little_endian ? "utf-16le" : "utf-16be"), out);
    return out;
  }

  std::optional<Declaration> declared;
  const std::string_view hint = trim_ascii_space(charset_hint);
  // A bare label ("iso-8859-1") or a Content-Type value; "text/html" alone declares nothing.
  const std::string_view hint_label =
      hint.find_first_of("/;=") == std::string_view::npos ? hint : charset_parameter(hint);
  if (!hint_label.empty()) {
    std::optional<Encoding> encoding = resolve_label(hint_label);
    if (!encoding) {
      out.error = "unknown charset \"" + printable_label(hint_label) + "\" in the charset hint";
      return out;
    }
    declared =
        Declaration{ascii_lower(printable_label(trim_ascii_space(hint_label))), "the charset hint", std::move(*encoding)};
  } else {
    MetaDeclaration meta = prescan(bytes.substr(0, 1024));
    if (!meta.unknown_label.empty()) {
      out.warnings.push_back("unknown charset \"" + meta.unknown_label + "\" declared in <meta> ignored");
    }
    if (meta.encoding) declared = Declaration{std::move(meta.label), "<meta>", std::move(*meta.encoding)};
  }
  if (declared) {
    decode_declared(bytes, *declared, out);
    return out;
  }

  // Nothing declared: UTF-8 when the bytes read as UTF-8, else the WHATWG default windows-1252.
  const Utf8Census census = census_utf8(bytes);
  if (!census.clean() && reads_better_as_windows_1252(census)) {
    decode_with(bytes, known_encoding("windows-1252"), out);
  } else {
    decode_utf8(bytes, census, out);
  }
  return out;
}

}  // namespace warta::detail
