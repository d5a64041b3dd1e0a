#include "byte_stream.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace warta::detail {
namespace {

constexpr std::size_t kChunk = 1 << 16;
constexpr std::string_view kGzipMagic("\x1f\x8b\x08", 3);

}  // namespace

struct ByteStream::Inflater {
  z_stream z{};
  bool in_member = false;      // inside a member: its end has not been seen yet
  bool pending_output = false;  // the last call filled the output: zlib may hold more
  bool skipping_damage = false;  // after a corrupt member: its rest is skipped without a second error
  std::size_t raw_offset = 0;  // file offset of raw_[0], for error messages
  std::size_t member_start = 0;  // file offset of the current member's magic
  Inflater() { inflateInit2(&z, 16 + MAX_WBITS); }  // 16: gzip wrapper only
  ~Inflater() { inflateEnd(&z); }
};

std::unique_ptr<ByteStream> ByteStream::open(const std::string& path, std::string& error) {
  const bool is_stdin = path == "-";
  const int fd = is_stdin ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = "cannot open " + path + ": " + std::strerror(errno);
    return nullptr;
  }
  std::unique_ptr<ByteStream> stream(new ByteStream(fd, !is_stdin));
  if (!stream->sniff_gzip()) {
    error = stream->error_ + " (" + path + ")";
    return nullptr;
  }
  return stream;
}

std::unique_ptr<ByteStream> ByteStream::from_source(std::function<std::size_t(char*, std::size_t)> source) {
  std::unique_ptr<ByteStream> stream(new ByteStream(-1, false));
  stream->source_ = std::move(source);
  stream->sniff_gzip();
  return stream;
}

ByteStream::ByteStream(int fd, bool owns_fd) : fd_(fd), owns_fd_(owns_fd) {}

bool ByteStream::sniff_gzip() {
  // The raw bytes become the first input of the inflater or the first bytes handed out.
  while (raw_.size() < kGzipMagic.size() && read_raw()) {
  }
  if (!error_.empty()) return false;
  if (raw_.starts_with(kGzipMagic.substr(0, 2))) {
    inflater_ = std::make_unique<Inflater>();
  } else {
    buffer_.swap(raw_);
  }
  return true;
}

ByteStream::~ByteStream() {
  if (owns_fd_) ::close(fd_);
}

bool ByteStream::read_raw() {
  const std::size_t old_size = raw_.size();
  raw_.resize(old_size + kChunk);
  const std::size_t got = read_input(raw_.data() + old_size, kChunk);
  raw_.resize(old_size + got);
  return got > 0;
}

std::size_t ByteStream::read_input(char* to, std::size_t size) {
  if (raw_end_) return 0;
  ssize_t got = 0;
  if (source_) {
    got = static_cast<ssize_t>(std::min(source_(to, size), size));
  } else {
    do {
      got = ::read(fd_, to, size);
    } while (got < 0 && errno == EINTR);
  }
  if (got < 0) {
    error_ = std::string("read error: ") + std::strerror(errno);
    got = 0;
  }
  if (got == 0) raw_end_ = true;
  return static_cast<std::size_t>(got);
}

void ByteStream::reserve_for_file(std::size_t size, std::string& out) const {
  struct stat status {};
  if (fd_ < 0 || ::fstat(fd_, &status) != 0 || !S_ISREG(status.st_mode)) return;
  const off_t offset = ::lseek(fd_, 0, SEEK_CUR);
  if (offset < 0 || offset > status.st_size) return;
  const std::size_t available = buffer_.size() - pos_ + static_cast<std::size_t>(status.st_size - offset);
  out.reserve(out.size() + std::min(size, available));
}

void ByteStream::inflate_some() {
  Inflater& inf = *inflater_;
  if (raw_pos_ > kChunk) {
    inf.raw_offset += raw_pos_;
    raw_.erase(0, raw_pos_);
    raw_pos_ = 0;
  }
  if (!inf.in_member) {
    // A new member starts here: it must begin with the magic, else skip to the next one.
    while (raw_.size() - raw_pos_ < kGzipMagic.size() && read_raw()) {
    }
    if (raw_pos_ == raw_.size()) return;
    if (std::string_view(raw_).substr(raw_pos_, kGzipMagic.size()) != kGzipMagic) {
      if (!inf.skipping_damage) error_ = "no gzip member at offset " + std::to_string(inf.raw_offset + raw_pos_);
      std::size_t search_from = raw_pos_ + 1;
      for (;;) {
        const std::size_t found = raw_.find(kGzipMagic, search_from);
        if (found != std::string::npos) {
          raw_pos_ = found;
          break;
        }
        // The last two bytes may start a magic that the next read completes.
        search_from = std::max(search_from, raw_.size() - std::min<std::size_t>(raw_.size(), 2));
        raw_pos_ = search_from;
        if (!read_raw()) {
          raw_pos_ = raw_.size();
          return;
        }
      }
    }
    inflateReset(&inf.z);
    inf.member_start = inf.raw_offset + raw_pos_;
    inf.in_member = true;
    inf.skipping_damage = false;
  }
  if (raw_pos_ == raw_.size() && !inf.pending_output && !read_raw()) {
    error_ = "gzip member truncated at offset " + std::to_string(inf.raw_offset + raw_pos_);
    inf.in_member = false;
    return;
  }
  const std::size_t old_size = buffer_.size();
  buffer_.resize(old_size + kChunk);
  inf.z.next_in = reinterpret_cast<Bytef*>(raw_.data() + raw_pos_);
  inf.z.avail_in = static_cast<uInt>(raw_.size() - raw_pos_);
  inf.z.next_out = reinterpret_cast<Bytef*>(buffer_.data() + old_size);
  inf.z.avail_out = static_cast<uInt>(kChunk);
  const int status = inflate(&inf.z, Z_NO_FLUSH);
  raw_pos_ = raw_.size() - inf.z.avail_in;
  buffer_.resize(old_size + kChunk - inf.z.avail_out);
  inf.pending_output = inf.z.avail_out == 0;
  if (status == Z_STREAM_END) {
    inf.in_member = false;
    inf.pending_output = false;
  } else if (status == Z_BUF_ERROR && raw_pos_ == raw_.size() && !read_raw()) {
    error_ = "gzip member truncated at offset " + std::to_string(inf.raw_offset + raw_pos_);
    inf.in_member = false;
  } else if (status != Z_OK && status != Z_BUF_ERROR) {
    error_ = "corrupt gzip member before offset " + std::to_string(inf.raw_offset + raw_pos_) + ": " +
             (inf.z.msg != nullptr ? inf.z.msg : "inflate failed");
    // Resume at the next member: the bytes of this one are lost. Corrupt data may have run into
    // the next member's header, so the search starts just after this member's magic (if still held).
    const std::size_t search_from = inf.member_start + 1 > inf.raw_offset ? inf.member_start + 1 - inf.raw_offset : 0;
    const std::size_t found = raw_.find(kGzipMagic, search_from);
    // Not found: the last two bytes may start the next magic.
    raw_pos_ = found != std::string::npos ? found : std::max(std::min(search_from, raw_.size()), raw_.size() - std::min<std::size_t>(raw_.size(), 2));
    inf.in_member = false;
    inf.pending_output = false;
    inf.skipping_damage = true;
  }
}

void ByteStream::fill(std::size_t want) {
  if (pos_ > kChunk && pos_ * 2 > buffer_.size()) {
    buffer_.erase(0, pos_);
    pos_ = 0;
  }
  // After an error nothing more is handed out until the caller took it: a reader sees a short
  // read exactly where the damage is, and resumes with the next gzip member.
  while (buffer_.size() - pos_ < want && error_.empty()) {
    if (inflater_ == nullptr) {
      if (!read_raw()) return;
      buffer_.append(raw_);
      raw_.clear();
    } else {
      if (raw_end_ && raw_pos_ == raw_.size() && !inflater_->pending_output) return;
      inflate_some();
    }
  }
}

std::string_view ByteStream::peek(std::size_t size) {
  fill(size);
  return std::string_view(buffer_).substr(pos_, size);
}

std::size_t ByteStream::read(std::size_t size, std::string& out) {
  if (inflater_ == nullptr) reserve_for_file(size, out);
  std::size_t done = 0;
  while (done < size) {
    // Plain input, nothing buffered and room in `out`: straight from the file, one copy instead of
    // three (file -> raw_ -> buffer_ -> out). The batch CLI's reader thread spent a tenth of a
    // parse worker's time in those copies and their page faults.
    const std::size_t room = std::min(size - done, out.capacity() - out.size());
    if (inflater_ == nullptr && pos_ == buffer_.size() && room > 0 && error_.empty()) {
      const std::size_t old_size = out.size();
      out.resize(old_size + room);
      const std::size_t got = read_input(out.data() + old_size, room);
      out.resize(old_size + got);
      if (got == 0) break;
      done += got;
      continue;
    }
    fill(1);
    const std::size_t take = std::min(size - done, buffer_.size() - pos_);
    if (take == 0) break;
    out.append(buffer_, pos_, take);
    pos_ += take;
    done += take;
  }
  return done;
}

std::size_t ByteStream::skip(std::size_t size) {
  std::size_t done = 0;
  while (done < size) {
    fill(1);
    const std::size_t take = std::min(size - done, buffer_.size() - pos_);
    if (take == 0) break;
    pos_ += take;
    done += take;
  }
  return done;
}

bool ByteStream::read_line(std::string& line, std::size_t max_size, bool& too_long) {
  line.clear();
  too_long = false;
  for (;;) {
    fill(1);
    if (pos_ == buffer_.size()) {
      if (line.ends_with('\r')) line.pop_back();
      return !line.empty() || too_long;
    }
    const std::size_t newline = buffer_.find('\n', pos_);
    const std::size_t stop = newline == std::string::npos ? buffer_.size() : newline;
    const std::size_t room = max_size > line.size() ? max_size - line.size() : 0;
    if (stop - pos_ > room) too_long = true;
    line.append(buffer_, pos_, std::min(stop - pos_, room));
    if (newline == std::string::npos) {
      pos_ = buffer_.size();
      continue;
    }
    pos_ = newline + 1;
    if (line.ends_with('\r')) line.pop_back();
    return true;
  }
}

bool ByteStream::at_end() {
  fill(1);
  return pos_ == buffer_.size();
}

std::string ByteStream::take_error() {
  std::string error;
  error.swap(error_);
  return error;
}

}  // namespace warta::detail
