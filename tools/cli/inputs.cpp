#include "inputs.hpp"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "normalize/text.hpp"
#include "warc/byte_stream.hpp"
#include "warta/warc.hpp"

namespace warta::cli {
namespace {

namespace fs = std::filesystem;
using detail::ByteStream;

bool has_html_name(const std::string& path) {
  const std::string lower = detail::ascii_lower(path);
  return lower.ends_with(".html") || lower.ends_with(".htm");
}

void unreadable(const std::string& path, std::string message, const PageSink& sink) {
  Page page;
  page.file = path;
  page.error_code = "unreadable";
  page.error_message = std::move(message);
  sink(std::move(page));
}

// Every HTML response record of the archive `in` is a page; damage and records without a page
// (non-2xx, too large) are pages with an error.
void read_warc(std::unique_ptr<ByteStream> in, const std::string& path, std::size_t max_page_bytes,
               const PageSink& sink) {
  WarcReader reader(std::move(in), path, {.max_body_bytes = max_page_bytes});
  while (std::optional<WarcRecord> record = reader.next()) {
    Page page;
    page.file = path;
    page.warc_record = true;
    page.record_id = std::move(record->record_id);
    page.target_uri = std::move(record->target_uri);
    page.charset = std::move(record->charset);
    page.html = std::move(record->body);
    page.error_code = std::move(record->error_code);
    page.error_message = std::move(record->error_message);
    sink(std::move(page));
  }
}

void read_path(const std::string& path, std::size_t max_page_bytes, const PageSink& sink) {
  std::string error;
  std::unique_ptr<ByteStream> in = ByteStream::open(path, error);
  if (in == nullptr) return unreadable(path, error, sink);
  if (has_warc_name(path) || in->peek(5) == "WARC/") return read_warc(std::move(in), path, max_page_bytes, sink);
  Page page;
  page.file = path;
  in->read(max_page_bytes + 1, page.html);
  if (std::string read_error = in->take_error(); !read_error.empty()) {
    return unreadable(path, read_error + " (" + path + ")", sink);
  }
  sink(std::move(page));
}

void read_list(const std::string& list, std::size_t max_page_bytes, const PageSink& sink) {
  std::string error;
  std::unique_ptr<ByteStream> in = ByteStream::open(list, error);
  if (in == nullptr) return unreadable(list, error, sink);
  std::string line;
  bool too_long = false;
  while (in->read_line(line, 1 << 16, too_long)) {
    if (too_long) {
      unreadable(line.substr(0, 80), "path longer than 64 KiB in " + list, sink);
    } else if (!line.empty()) {
      read_path(line, max_page_bytes, sink);
    }
  }
  if (std::string read_error = in->take_error(); !read_error.empty()) unreadable(list, read_error, sink);
}

}  // namespace

bool has_warc_name(const std::string& path) {
  const std::string lower = detail::ascii_lower(path);
  return lower.ends_with(".warc") || lower.ends_with(".warc.gz");
}

std::vector<InputSpec> expand_directories(const std::vector<InputSpec>& specs) {
  std::vector<InputSpec> out;
  for (const InputSpec& spec : specs) {
    std::error_code error;
    if (spec.kind != InputSpec::Kind::path || spec.value == "-" || !fs::is_directory(spec.value, error)) {
      out.push_back(spec);
      continue;
    }
    std::vector<std::string> found;
    for (fs::recursive_directory_iterator it(spec.value, fs::directory_options::skip_permission_denied, error), end;
         !error && it != end; it.increment(error)) {
      const std::string path = it->path().string();
      // A broken symlink is skipped, not a reason to stop the walk.
      std::error_code entry_error;
      if (it->is_regular_file(entry_error) && (has_html_name(path) || has_warc_name(path))) found.push_back(path);
    }
    // An unreadable directory shows up as an error line, like any unreadable input.
    if (error) found.push_back(spec.value);
    std::sort(found.begin(), found.end());
    for (std::string& path : found) out.push_back({InputSpec::Kind::path, std::move(path)});
  }
  return out;
}

std::optional<std::size_t> known_page_count(const std::vector<InputSpec>& specs) {
  for (const InputSpec& spec : specs) {
    if (spec.kind != InputSpec::Kind::path || spec.value == "-" || has_warc_name(spec.value)) return std::nullopt;
  }
  return specs.size();
}

void read_inputs(const std::vector<InputSpec>& specs, std::size_t max_page_bytes, const PageSink& sink) {
  for (const InputSpec& spec : specs) {
    if (spec.kind == InputSpec::Kind::list) {
      read_list(spec.value, max_page_bytes, sink);
    } else {
      read_path(spec.value, max_page_bytes, sink);
    }
  }
}

}  // namespace warta::cli
