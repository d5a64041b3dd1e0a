// `warta bench`: gumbo-only parsing against the full warta::parse on the same pages, in one process.
// A program rather than a timed test: timings belong on a quiet machine, not in CI.
#include <gumbo.h>
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <limits>
#include <optional>

#include "cli.hpp"
#include "decode.hpp"
#include "inputs.hpp"
#include "warc/byte_stream.hpp"
#include "warta/parse.hpp"

namespace warta::cli {
namespace {

using Clock = std::chrono::steady_clock;

// Wall and CPU seconds of one pass. CPU time (this thread's) keeps the figures meaningful on a
// loaded machine; wall time is what a user waits.
struct Timing {
  double wall = 0;
  double cpu = 0;
};

double thread_cpu_seconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

template <typename F>
Timing measure(F&& pass) {
  const Clock::time_point wall_start = Clock::now();
  const double cpu_start = thread_cpu_seconds();
  pass();
  return {std::chrono::duration<double>(Clock::now() - wall_start).count(), thread_cpu_seconds() - cpu_start};
}

struct BenchPage {
  std::string path;
  std::string bytes;  // as on disk: what warta::parse gets
  std::string utf8;   // decoded: what gumbo gets, so that the baseline does not include decoding
};

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const std::size_t middle = values.size() / 2;
  return values.size() % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

double peak_rss_bytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) * 1024.0;  // Linux reports KiB
}

double megabytes(double bytes) { return bytes / 1e6; }

bool load_pages(const std::vector<std::string>& args, std::vector<BenchPage>& pages) {
  std::vector<InputSpec> specs;
  for (const std::string& arg : args) specs.push_back({InputSpec::Kind::path, arg});
  for (const InputSpec& spec : expand_directories(specs)) {
    if (has_warc_name(spec.value)) continue;
    std::string error;
    std::unique_ptr<detail::ByteStream> in = detail::ByteStream::open(spec.value, error);
    if (in == nullptr) {
      std::fprintf(stderr, "warta bench: %s\n", error.c_str());
      return false;
    }
    BenchPage page{spec.value, {}, {}};
    in->read(std::numeric_limits<std::size_t>::max(), page.bytes);
    if (error = in->take_error(); !error.empty()) {
      std::fprintf(stderr, "warta bench: %s (%s)\n", error.c_str(), spec.value.c_str());
      return false;
    }
    page.utf8 = detail::decode(page.bytes, "").utf8;
    pages.push_back(std::move(page));
  }
  return true;
}

// One pass of gumbo alone over every page, tree freed as warta frees its own.
Timing time_gumbo(const std::vector<BenchPage>& pages) {
  return measure([&] {
    for (const BenchPage& page : pages) {
      GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, page.utf8.data(), page.utf8.size());
      gumbo_destroy_output(&kGumboDefaultOptions, output);
    }
  });
}

// One pass of warta::parse over every page, as a batch parses them (one ParseArena for the pass) or
// page by page; counts the pages that gave no Article.
Timing time_warta(const std::vector<BenchPage>& pages, bool batch, std::size_t& failures) {
  failures = 0;
  return measure([&] {
    std::optional<ParseArena> arena;
    if (batch) arena.emplace();
    for (const BenchPage& page : pages) {
      if (!(arena ? parse(page.bytes, {}, *arena) : parse(page.bytes))) ++failures;
    }
  });
}

}  // namespace

int run_bench(const std::vector<std::string>& args) {
  unsigned repeat = 5;
  std::vector<std::string> paths;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--repeat") {
      const std::optional<unsigned> count = i + 1 < args.size() ? parse_count(args[++i]) : std::nullopt;
      if (!count) return usage_error("--repeat needs a positive number");
      repeat = *count;
    } else if (args[i] == "--hostile") {
      return run_hostile_bench();
    } else if (args[i] == "--help") {
      std::fputs(kUsage, stdout);
      return kExitOk;
    } else if (args[i].starts_with("-")) {
      return usage_error("unknown option " + args[i]);
    } else {
      paths.push_back(args[i]);
    }
  }
  if (paths.empty()) return usage_error("bench needs a DIRECTORY or FILE");

  std::vector<BenchPage> pages;
  if (!load_pages(paths, pages)) return kExitSomeFailed;
  if (pages.empty()) {
    std::fprintf(stderr, "warta bench: no *.html or *.htm pages found\n");
    return kExitSomeFailed;
  }
  double total_bytes = 0;
  std::size_t largest = 0;
  for (const BenchPage& page : pages) {
    total_bytes += static_cast<double>(page.bytes.size());
    largest = std::max(largest, page.bytes.size());
  }
  const double rss_loaded = peak_rss_bytes();

  std::vector<Timing> gumbo_runs;
  std::vector<Timing> batch_runs;
  std::vector<Timing> single_runs;
  std::size_t failures = 0;
  for (unsigned run = 0; run < repeat; ++run) {
    gumbo_runs.push_back(time_gumbo(pages));
    batch_runs.push_back(time_warta(pages, true, failures));
    single_runs.push_back(time_warta(pages, false, failures));
  }
  const auto medians = [](const std::vector<Timing>& runs) {
    std::vector<double> wall;
    std::vector<double> cpu;
    for (const Timing& run : runs) {
      wall.push_back(run.wall);
      cpu.push_back(run.cpu);
    }
    return Timing{median(wall), median(cpu)};
  };
  const Timing gumbo = medians(gumbo_runs);
  const Timing batch = medians(batch_runs);
  const Timing single = medians(single_runs);
  const double rss = peak_rss_bytes();
  const double count = static_cast<double>(pages.size());
  const double mb = megabytes(total_bytes);

  std::printf("pages: %zu, %.2f MB, largest %.1f KB; %u runs, medians\n", pages.size(), mb,
              static_cast<double>(largest) / 1e3, repeat);
  std::printf("%-22s %10s %10s %12s %10s %10s\n", "", "wall s", "CPU s", "pages/CPU s", "MB/CPU s", "CPU ratio");
  for (const auto& [name, timing] : {std::pair{"gumbo only", gumbo}, std::pair{"warta::parse, arena", batch},
                                     std::pair{"warta::parse", single}}) {
    std::printf("%-22s %10.4f %10.4f %12.1f %10.2f %9.2fx\n", name, timing.wall, timing.cpu, count / timing.cpu,
                mb / timing.cpu, timing.cpu / gumbo.cpu);
  }
  std::printf("ratio full/gumbo-only (batch, one ParseArena): %.2fx CPU, %.2fx wall (target <= 0.62x)\n",
              batch.cpu / gumbo.cpu, batch.wall / gumbo.wall);
  // The pages themselves (raw and decoded) are resident before parsing starts; what parsing adds
  // on top is what a one-page-at-a-time run needs.
  std::printf("peak RSS: %.1f MB; %.1f MB after loading the pages; parsing added %.1f MB = %.1fx the largest page\n",
              megabytes(rss), megabytes(rss_loaded), megabytes(rss - rss_loaded),
              (rss - rss_loaded) / static_cast<double>(largest));
  std::printf("target: peak RSS <= 10x the largest page + a few MB\n");
  std::printf("pages without an Article: %zu\n", failures);
  return kExitOk;
}

}  // namespace warta::cli
