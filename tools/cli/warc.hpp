#pragma once
// A streaming WARC reader (ISO 28500, versions 1.0 and 1.1): only one record is held in memory.

#include <cstddef>
#include <string>

#include "byte_stream.hpp"
#include "page.hpp"

namespace warta::cli {

// Hands every `response` record whose HTTP payload is an HTML page to `sink`, in file order, with
// its WARC-Record-ID, WARC-Target-URI and Content-Type charset; other records are skipped. A
// malformed record, a non-2xx HTTP status or a page over `max_page_bytes` becomes a Page with an
// error, and reading resumes at the next record.
void read_warc(ByteStream& in, const std::string& file, std::size_t max_page_bytes, const PageSink& sink);

}  // namespace warta::cli
