#pragma once
// One unit of work for `warta parse`: the bytes of a page and where they came from, or why there is
// no page.

#include <functional>
#include <string>

namespace warta::cli {

struct Page {
  std::string file;          // the input path ("-": stdin); for a WARC record, the archive's path
  bool warc_record = false;  // true for a record of a WARC file (or a problem found in one)
  std::string record_id;     // WARC-Record-ID; empty when the record had none
  std::string target_uri;    // WARC-Target-URI
  std::string charset;       // the charset of the HTTP Content-Type; empty when none
  std::string html;
  std::string error_code;    // non-empty: no page to parse, for this reason
  std::string error_message;
};

// Receives pages in input order.
using PageSink = std::function<void(Page&&)>;

}  // namespace warta::cli
