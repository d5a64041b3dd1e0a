#pragma once
// A one-line progress report on stderr: pages, pages/s, errors and, when the total is known, the
// time left. Shown only when enabled (stderr is a terminal and --quiet is not given).

#include <chrono>
#include <cstddef>
#include <optional>

namespace warta::cli {

class Progress {
 public:
  Progress(bool enabled, std::optional<std::size_t> total);
  // Counts one finished page; redraws at most a few times a second.
  void count(bool failed);
  // Draws the final figures and ends the line.
  void finish();

 private:
  void draw();

  bool enabled_;
  std::optional<std::size_t> total_;
  std::size_t pages_ = 0;
  std::size_t errors_ = 0;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

// True when stderr is a terminal.
bool stderr_is_terminal();

}  // namespace warta::cli
