// `warta bench`: gumbo-only parsing against the full warta::parse on the same pages, in one process.
// A program rather than a timed test: timings belong on a quiet machine, not in CI.
#include <gumbo.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <limits>

#include "byte_stream.hpp"
#include "cli.hpp"
#include "decode.hpp"
#include "inputs.hpp"
#include "warta/parse.hpp"

namespace warta::cli {
namespace {

using Clock = std::chrono::steady_clock;

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
    std::unique_ptr<ByteStream> in = ByteStream::open(spec.value, error);
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

// Seconds for one pass of gumbo alone over every page, tree freed as warta frees its own.
double time_gumbo(const std::vector<BenchPage>& pages) {
  const Clock::time_point start = Clock::now();
  for (const BenchPage& page : pages) {
    GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, page.utf8.data(), page.utf8.size());
    gumbo_destroy_output(&kGumboDefaultOptions, output);
  }
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// Seconds for one pass of warta::parse over every page; counts the pages that gave no Article.
double time_warta(const std::vector<BenchPage>& pages, std::size_t& failures) {
  failures = 0;
  const Clock::time_point start = Clock::now();
  for (const BenchPage& page : pages) {
    if (!parse(page.bytes)) ++failures;
  }
  return std::chrono::duration<double>(Clock::now() - start).count();
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

  std::vector<double> gumbo_seconds;
  std::vector<double> warta_seconds;
  std::size_t failures = 0;
  for (unsigned run = 0; run < repeat; ++run) {
    gumbo_seconds.push_back(time_gumbo(pages));
    warta_seconds.push_back(time_warta(pages, failures));
  }
  const double gumbo = median(gumbo_seconds);
  const double full = median(warta_seconds);
  const double rss = peak_rss_bytes();
  const double count = static_cast<double>(pages.size());

  std::printf("pages: %zu, %.2f MB, largest %.1f KB; %u runs, medians\n", pages.size(), megabytes(total_bytes),
              static_cast<double>(largest) / 1e3, repeat);
  std::printf("%-14s %10s %10s %10s\n", "", "seconds", "pages/s", "MB/s");
  std::printf("%-14s %10.4f %10.1f %10.2f\n", "gumbo only", gumbo, count / gumbo, megabytes(total_bytes) / gumbo);
  std::printf("%-14s %10.4f %10.1f %10.2f\n", "warta::parse", full, count / full, megabytes(total_bytes) / full);
  std::printf("ratio full/gumbo-only: %.2fx (target <= 1.3x)\n", full / gumbo);
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
