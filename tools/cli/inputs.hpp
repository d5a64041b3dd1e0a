#pragma once
// The inputs of `warta parse`: files, directories, --list files and stdin, read in order.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "page.hpp"

namespace warta::cli {

// One command-line input: a path (a file, a directory or "-") or a --list file of paths.
struct InputSpec {
  enum class Kind { path, list };
  Kind kind = Kind::path;
  std::string value;
};

// True for names that say WARC: *.warc and *.warc.gz (any case).
bool has_warc_name(const std::string& path);

// Replaces every directory by the *.html, *.htm, *.warc and *.warc.gz files under it (recursively,
// sorted by path, directory symlinks not followed). Other paths stay as they are, in order.
std::vector<InputSpec> expand_directories(const std::vector<InputSpec>& specs);

// The number of pages when it is known before reading: only HTML files by name, no list, no stdin.
std::optional<std::size_t> known_page_count(const std::vector<InputSpec>& specs);

// Reads every input in order and hands its pages to `sink`: one Page per HTML file (gzip allowed),
// one per HTML response record of a WARC (by name or content "WARC/"). An unreadable input becomes
// a Page with error "unreadable". Pages over `max_page_bytes` are cut to max_page_bytes + 1 bytes
// so that the parser reports them as too large without holding them whole.
void read_inputs(const std::vector<InputSpec>& specs, std::size_t max_page_bytes, const PageSink& sink);

}  // namespace warta::cli
