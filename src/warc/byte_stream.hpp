#pragma once
// A buffered byte stream from a file, stdin or a caller's source, transparently gunzipped when the
// bytes start with the gzip magic. Gzip input may be a series of concatenated members (as .warc.gz is); a corrupt
// member is reported once and reading resumes at the next member.

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace warta::detail {

class ByteStream {
 public:
  // Opens `path` ("-": stdin). On failure returns null and sets `error`.
  static std::unique_ptr<ByteStream> open(const std::string& path, std::string& error);
  // Reads what `source` supplies (see WarcReader::Source in warta/warc.hpp); its exceptions pass through.
  static std::unique_ptr<ByteStream> from_source(std::function<std::size_t(char*, std::size_t)> source);
  ~ByteStream();
  ByteStream(const ByteStream&) = delete;
  ByteStream& operator=(const ByteStream&) = delete;

  // Up to `size` bytes from the current position without consuming them (fewer at the end).
  std::string_view peek(std::size_t size);
  // Appends up to `size` bytes to `out`; returns how many (fewer only at the end).
  std::size_t read(std::size_t size, std::string& out);
  // Discards up to `size` bytes; returns how many.
  std::size_t skip(std::size_t size);
  // Reads one line without its "\n" (and "\r") into `line`. False at the end, or when the line is
  // longer than `max_size` (then the rest of that line is discarded and `line` holds its start).
  bool read_line(std::string& line, std::size_t max_size, bool& too_long);
  bool at_end();

  // The last read error (an unreadable file, a corrupt gzip member), cleared by the call. While an
  // error is pending, reads stop short at the place of the error.
  std::string take_error();
  bool gzipped() const noexcept { return inflater_ != nullptr; }

 private:
  struct Inflater;
  explicit ByteStream(int fd, bool owns_fd);
  // Reads until the gzip magic can be told; false when that read failed (error_ says why).
  bool sniff_gzip();
  // Refills the buffer so that at least `want` bytes are available if the input has them.
  void fill(std::size_t want);
  // Appends one chunk of input to raw_; false at the end or on an error.
  bool read_raw();
  // Reads up to `size` bytes of input into `to`; 0 at the end or on an error (error_ says which).
  std::size_t read_input(char* to, std::size_t size);
  // Reserves room in `out` for what a regular file still holds (up to `size`), so that reading
  // it whole allocates once.
  void reserve_for_file(std::size_t size, std::string& out) const;
  void inflate_some();

  int fd_;
  bool owns_fd_;
  std::function<std::size_t(char*, std::size_t)> source_;  // set: read from it instead of fd_
  bool raw_end_ = false;
  std::string raw_;        // bytes read from the file, not yet inflated (gzip only)
  std::size_t raw_pos_ = 0;
  std::string buffer_;     // bytes ready for the caller
  std::size_t pos_ = 0;
  std::string error_;
  std::unique_ptr<Inflater> inflater_;
};

}  // namespace warta::detail
