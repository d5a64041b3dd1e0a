// The `warta` command: parse pages and web archives to Article JSON (or text, Markdown, HTML), inspect
// how a page was read, normalise dates, benchmark.
#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "cli.hpp"
#include "warta/version.hpp"

namespace warta::cli {

const char* const kUsage = R"(usage: warta <command> [options]

commands:
  parse [options] INPUT...
        Parse HTML pages to Article JSON. An INPUT is an HTML file, a directory (searched
        recursively for *.html, *.htm, *.warc and *.warc.gz), a WARC or WARC.gz file (detected by
        name or content; every text/html response record is a page) or - for stdin (a page or a
        WARC stream). A single HTML page gives its Article JSON; anything else gives JSON Lines in
        input order, each line with "file" or, for WARC records, "warc_record_id",
        "warc_target_uri" and "warc_file". An input that fails gives a line with "error":
        {"code", "message"} and the run goes on.
        Exit 0 when all parsed, 1 when some failed, 2 on usage errors.
    --url URL        page URL (picks the outlet profile, resolves links); WARC records use their own
    --generic        switch every outlet profile off (only the shared Indonesian one): read the
                     page as a site warta does not know
    --leave-out NAME switch the outlet profile NAME off (e.g. kompas.com); repeatable
    --now ISO8601    "now" for relative dates ("2 jam lalu")
    --charset NAME   charset hint; WARC records use their HTTP Content-Type charset when given
    --pretty         indent the JSON of a single page
    --list FILE      also parse the paths listed in FILE, one per line (- for stdin)
    --jobs N         parse with N threads, output order kept (default: all cores)
    --quiet          no progress line on stderr (shown only when stderr is a terminal)
    --explain        add "sources" to each Article: per field found, the source that gave it
    --profile FILE   load an outlet profile from a JSON file (its name is the file name without
                     .json), adding it or replacing the built-in of that name; repeatable
    --no-prepass     debug: let gumbo read script/style contents and comments instead of cutting
                     them out first (the output is the same; this shows it)
    --format FORMAT  json (default), text, markdown or html (the self-contained reader view).
                     For several inputs, text, markdown and html documents are separated by a
                     line holding only a form feed (\f, which no rendered text contains); an
                     input that fails gives no document and a "warta: ..." line on stderr
  inspect [--url URL] [--now ISO8601] [--charset NAME] [--profile FILE]... PAGE
        Write a self-contained HTML report (CSS only, no scripts) of how warta read PAGE: its
        blocks and text with each extracted part highlighted by field and each removed part
        marked with the reason, beside the Article fields, the source each came from (as
        parse --explain names it) and the warnings. The URL defaults to PAGE.url beside it.
  inspect --corpus DIR [--gold DIR] [--now ISO8601]
        Write an HTML overview of every *.html page under DIR: fields found and warnings, and,
        with gold Articles (GOLD_DIR/<relative path>.json), per-field scores and the missing and
        extra body paragraphs. A page's URL comes from <page>.url beside it, else its gold's url.
  date [--now ISO8601] TEXT...
        Normalise dates as Indonesian pages print them; one ISO 8601 line (or "error: ...") each.
  bench [--repeat N] DIR_OR_FILE...
        Time gumbo-only parsing against the full warta::parse (a batch with one ParseArena, and
        page by page) on the same pages held in memory;
        N runs (default 5), medians reported with pages/s, MB/s and peak resident memory.
  bench --hostile
        Parse generated hostile inputs (binary, truncated, 100 000 nested <div>, 1 000 000 unclosed
        <b>, a 64 MiB page, wrong charsets ...), each in a child process: outcome, wall and CPU
        time and the peak memory the parse added. Exits 1 if any crashed or ran over 120 s.

options:
  --help       show this help
  --version    show the version
)";

int usage_error(const std::string& message) {
  std::cerr << "warta: " << message << "\n" << kUsage;
  return kExitUsage;
}

std::optional<DateTime> parse_now(const std::string& text) {
  const DateResult result = parse_date(text);
  if (!result.value || !result.value->has_time) return std::nullopt;
  return result.value;
}

std::optional<std::string> add_profile_file(ParseOptions& options, const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return "--profile " + path + ": cannot read the file";
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return "--profile " + path + ": cannot read the file";
  std::string name = std::filesystem::path(path).filename().string();
  if (name.ends_with(".json")) name.resize(name.size() - 5);
  if (name.empty()) return "--profile " + path + ": the file name gives no profile name";
  const ProfileSet base = options.profiles ? *options.profiles : ProfileSet::builtin();
  ProfileLoad load = load_profile(base, name, text.str());
  if (!load) {
    // One line whatever the file holds: the message may quote a selector with a line break in it.
    std::string error = "--profile " + path + ": " + load.error;
    std::replace_if(error.begin(), error.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
    return error;
  }
  options.profiles = std::move(load.set);
  return std::nullopt;
}

std::optional<unsigned> parse_count(const std::string& text) {
  unsigned value = 0;
  const char* end = text.data() + text.size();
  const auto [stop, error] = std::from_chars(text.data(), end, value);
  if (error != std::errc() || stop != end || value == 0) return std::nullopt;
  return value;
}

}  // namespace warta::cli

int main(int argc, char** argv) {
  using namespace warta::cli;
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) return usage_error("missing command");
  const std::string command = args.front();
  args.erase(args.begin());
  if (command == "--help" || command == "-h" || command == "help") {
    std::cout << kUsage;
    return kExitOk;
  }
  if (command == "--version") {
    std::cout << "warta " << warta::version() << '\n';
    return kExitOk;
  }
  try {
    if (command == "parse") return run_parse(args);
    if (command == "date") return run_date(args);
    if (command == "bench") return run_bench(args);
    if (command == "inspect") return run_inspect(args);
  } catch (const std::exception& error) {
    // Out of memory or threads: what was written so far stands, the run is incomplete.
    std::cerr << "warta: " << error.what() << '\n';
    return kExitSomeFailed;
  }
  return usage_error("unknown command '" + command + "'");
}
