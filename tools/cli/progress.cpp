#include "progress.hpp"

#include <unistd.h>

#include <cstdio>

namespace warta::cli {

using Clock = std::chrono::steady_clock;

Progress::Progress(bool enabled, std::optional<std::size_t> total)
    : enabled_(enabled), total_(total), start_(Clock::now()), last_draw_(start_) {}

void Progress::count(bool failed) {
  ++pages_;
  if (failed) ++errors_;
  if (!enabled_) return;
  const Clock::time_point now = Clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(200)) return;
  last_draw_ = now;
  draw();
}

void Progress::finish() {
  if (!enabled_) return;
  draw();
  std::fputc('\n', stderr);
}

void Progress::draw() {
  const double seconds = std::chrono::duration<double>(Clock::now() - start_).count();
  const double rate = seconds > 0 ? static_cast<double>(pages_) / seconds : 0.0;
  // "\r" and erase-to-end-of-line redraw the same line.
  std::fprintf(stderr, "\r%zu pages, %.1f pages/s, %zu errors", pages_, rate, errors_);
  if (total_ && *total_ >= pages_) {
    std::fprintf(stderr, ", %zu/%zu", pages_, *total_);
    if (rate > 0) std::fprintf(stderr, ", ETA %.0f s", static_cast<double>(*total_ - pages_) / rate);
  }
  std::fputs("\x1b[K", stderr);
  std::fflush(stderr);
}

bool stderr_is_terminal() { return isatty(STDERR_FILENO) == 1; }

}  // namespace warta::cli
