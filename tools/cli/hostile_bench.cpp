// `warta bench --hostile`: the broken and hostile inputs of a web archive, each parsed in a child
// process so that its time and peak memory are its own and a crash or a hang is reported, not fatal.
// The robustness tests prove each input gives an error or a sane Article; this shows the cost.
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include "cli.hpp"
#include "warta/parse.hpp"

namespace warta::cli {
namespace {

// A parse taking this long counts as a hang.
constexpr unsigned kHangSeconds = 120;

std::string repeat(std::string_view unit, std::size_t times) {
  std::string out;
  out.reserve(unit.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += unit;
  return out;
}

std::string random_bytes(std::size_t size) {
  std::mt19937 random(20240515);
  std::string bytes(size, '\0');
  for (char& c : bytes) c = static_cast<char>(random() & 0xFF);
  return bytes;
}

constexpr std::string_view kParagraph =
    "<p>JAKARTA, KOMPAS.com - Pemerintah kota mengumumkan jadwal baru angkutan umum pada Rabu (15/5/2024) "
    "setelah rapat bersama para pengelola terminal di balai kota.</p>";

std::string page(std::string_view head, std::string_view body) {
  return "<!DOCTYPE html><html lang=\"id\"><head>" + std::string(head) +
         "<title>Jadwal Baru Angkutan Kota</title></head><body><article><h1>Jadwal Baru Angkutan Kota</h1>" +
         std::string(body) + "</article></body></html>";
}

std::string utf16le_with_bom(std::string_view ascii) {
  std::string out = "\xFF\xFE";
  for (const char c : ascii) {
    out += c;
    out += '\0';
  }
  return out;
}

// `count` copies of `unit` with its "{}" replaced by the copy's number, so no two are the same text.
std::string numbered(std::string_view unit, std::size_t count) {
  const std::size_t at = unit.find("{}");
  std::string out;
  for (std::size_t i = 0; i < count; ++i) {
    out += unit.substr(0, at);
    out += std::to_string(i);
    out += unit.substr(at + 2);
  }
  return out;
}

struct HostileInput {
  const char* name;
  std::function<std::string()> make;  // generated in the child: the parent stays small
  ParseOptions options;
};

ParseOptions raised_input_limit() {
  ParseOptions options;
  options.limits.max_input_bytes = 128u << 20;
  options.limits.max_nodes = 8'000'000;
  return options;
}

std::vector<HostileInput> hostile_inputs() {
  const std::string article = page("<meta charset=\"utf-8\">", repeat(kParagraph, 20));
  const std::string cafe = "<p>Kafe \"Caf\xC3\xA9 Lama\" di pasar itu ramai dikunjungi warga setiap akhir pekan sore.</p>";
  return {
      {"empty", [] { return std::string(); }, {}},
      {"1 byte", [] { return std::string("<"); }, {}},
      {"random binary 1 MB", [] { return random_bytes(1u << 20); }, {}},
      {"PDF header", [] { return std::string("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< >>\nendobj\n"); }, {}},
      {"PNG header", [] { return std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16); }, {}},
      {"JSON", [] { return std::string("{\"headline\": \"<b>bukan halaman</b>\"}"); }, {}},
      {"truncated mid-tag", [article] { return article.substr(0, article.find("</p>", 2000) + 2); }, {}},
      {"truncated mid-UTF-8", [cafe] { const std::string p = page("", std::string(kParagraph) + cafe); return p.substr(0, p.find("\xA9")); }, {}},
      {"100 000 nested <div>", [] { return page("", repeat("<div>", 100'000) + std::string(kParagraph)); }, {}},
      {"1 000 000 unclosed <b>", [] { return page("", std::string(kParagraph) + repeat("<b>x", 1'000'000)); }, {}},
      {"64 MiB page (default limit)", [] { return page("", repeat(kParagraph, (64u << 20) / kParagraph.size())); }, {}},
      {"64 MiB page (raised limit)", [] { return page("", repeat(kParagraph, (64u << 20) / kParagraph.size())); },
       raised_input_limit()},
      {"only <br> (4 MB)", [] { return repeat("<br>", 1'000'000); }, {}},
      {"1 MB attribute", [] { return page("", "<p title=\"" + std::string(1u << 20, 'a') + "\">Isi.</p>" + std::string(kParagraph)); }, {}},
      {"NUL bytes", [] { std::string p = page("", repeat(kParagraph, 3)); for (std::size_t i = 200; i < p.size(); i += 97) p[i] = '\0'; return p; }, {}},
      {"UTF-16LE with BOM", [] { return utf16le_with_bom(page("", repeat(kParagraph, 3))); }, {}},
      {"windows-1252, undeclared", [] { return page("", "<p>Kafe \"Caf\xE9 Lama\" di pasar itu ramai setiap akhir pekan.</p>" + std::string(kParagraph)); }, {}},
      {"declares iso-8859-1, is UTF-8", [cafe] { return page("<meta charset=\"iso-8859-1\">", cafe + std::string(kParagraph)); }, {}},
      // Page furniture the generic readers look at, repeated: each reader must stay linear.
      {"50 000 captions beside images", [] { return page("", "<div class=isi>" + repeat(kParagraph, 3) + numbered("<img src=f{}.jpg><p class=keterangan>Foto warga</p>", 50'000) + "</div>"); }, {}},
      {"50 000 links in one tag list", [] { return page("", repeat(kParagraph, 3) + "<div class=tags>" + numbered("<a rel=tag href=/tag/t{}>t</a>", 50'000) + "</div>"); }, {}},
      {"50 000 credit elements", [] { return page("", repeat(kParagraph, 3) + numbered("<span class=penulis>Penulis: Nama {}</span>", 50'000)); }, {}},
      {"50 000 dated elements", [] { return page("", numbered("<span class=time>Senin, 15 Mei 2024 10:00 WIB</span><i>{}</i>", 50'000) + repeat(kParagraph, 3)); }, {}},
      {"50 000 breadcrumb trails", [] { return page("", repeat(kParagraph, 3) + numbered("<ul class=breadcrumb><li><a href=/>Home</a></li><li><a href=/{}>Rubrik</a></li></ul>", 50'000)); }, {}},
      {"declares utf-8, is windows-1252", [] { return page("<meta charset=\"utf-8\">", "<p>Kafe \"Caf\xE9 Lama\" ramai setiap akhir pekan sore.</p>" + std::string(kParagraph)); }, {}},
  };
}

struct ChildReport {
  char outcome[96] = {};
  double rss_before_mb = 0;  // after generating the input: what parsing starts from
  std::size_t input_bytes = 0;
};

double max_rss_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // Linux reports KiB
}

[[noreturn]] void run_child(const HostileInput& input, int fd) {
  alarm(kHangSeconds);
  ChildReport report;
  const std::string bytes = input.make();
  report.input_bytes = bytes.size();
  report.rss_before_mb = max_rss_mb();
  const Result result = parse(bytes, input.options);
  if (result) {
    std::snprintf(report.outcome, sizeof report.outcome, "article: %zu blocks, %zu warnings", result->body.size(),
                  result.warnings().size());
  } else {
    std::snprintf(report.outcome, sizeof report.outcome, "error %s", to_string(result.error().code).data());
  }
  const bool written = write(fd, &report, sizeof report) == static_cast<ssize_t>(sizeof report);
  _exit(written ? 0 : 1);
}

}  // namespace

int run_hostile_bench() {
  std::printf("%-34s %10s  %-32s %8s %8s %11s\n", "input", "bytes", "outcome", "wall s", "CPU s", "parse MB");
  int failures = 0;
  for (const HostileInput& input : hostile_inputs()) {
    std::fflush(stdout);
    int fds[2];
    if (pipe(fds) != 0) {
      std::perror("warta bench: pipe");
      return kExitSomeFailed;
    }
    const auto start = std::chrono::steady_clock::now();
    const pid_t child = fork();
    if (child < 0) {
      std::perror("warta bench: fork");
      return kExitSomeFailed;
    }
    if (child == 0) {
      close(fds[0]);
      run_child(input, fds[1]);
    }
    close(fds[1]);
    ChildReport report;
    const bool got = read(fds[0], &report, sizeof report) == static_cast<ssize_t>(sizeof report);
    close(fds[0]);
    int status = 0;
    rusage usage{};
    wait4(child, &status, 0, &usage);
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double cpu = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                       static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    std::string outcome = report.outcome;
    if (WIFSIGNALED(status)) {
      outcome = WTERMSIG(status) == SIGALRM ? "HANG (killed)" : std::string("CRASH: ") + strsignal(WTERMSIG(status));
    }
    if (!got || WIFSIGNALED(status)) ++failures;
    // Peak resident memory the parse added above the process holding its input.
    const double added = static_cast<double>(usage.ru_maxrss) / 1024.0 - report.rss_before_mb;
    std::printf("%-34s %10zu  %-32s %8.3f %8.3f %11.1f\n", input.name, report.input_bytes, outcome.c_str(), wall, cpu,
                got ? added : 0.0);
  }
  std::printf("%d input(s) crashed or hung (a parse over %u s counts as a hang)\n", failures, kHangSeconds);
  return failures == 0 ? kExitOk : kExitSomeFailed;
}

}  // namespace warta::cli
