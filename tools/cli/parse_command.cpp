// `warta parse`: pages, directories, lists and WARC archives -> Article JSON (Lines), in input order,
// parsed in parallel.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <thread>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "cli.hpp"
#include "inputs.hpp"
#include "ordered_pipeline.hpp"
#include "progress.hpp"
#include "warta/json.hpp"
#include "warta/parse.hpp"
#include "warta/profile.hpp"
#include "warta/render.hpp"
#include "warta/warc.hpp"

namespace warta::cli {
namespace {

using nlohmann::json;

// What each parsed page becomes: Article JSON, or a document for people (warta/render.hpp).
enum class Format { json, text, markdown, html };

struct ParseRun {
  ParseOptions options;
  Format format = Format::json;
  bool pretty = false;
  bool quiet = false;
  unsigned jobs = 0;
  std::vector<InputSpec> inputs;
};

// One output line (or, for a single page, the whole output).
struct Output {
  std::string text;
  bool failed = false;
  std::string error;  // formats other than JSON: the failure's line for stderr
};

// Where a result came from, as keys of its JSON line.
void add_origin(const Page& page, json& out) {
  if (!page.warc_record) {
    out["file"] = page.file;
    return;
  }
  out["warc_file"] = page.file;
  out["warc_record_id"] = page.record_id.empty() ? json(nullptr) : json(page.record_id);
  out["warc_target_uri"] = page.target_uri.empty() ? json(nullptr) : json(page.target_uri);
}

Result parse_page(const Page& page, const ParseOptions& options, ParseArena& arena) {
  if (!page.warc_record) return parse(page.html, options, arena);
  return parse_response(page.html, page.target_uri, page.charset, options, arena);
}

std::string to_document(const Article& article, Format format) {
  std::string text = format == Format::text ? to_text(article) : format == Format::markdown ? to_markdown(article) : to_html(article);
  if (!text.empty() && text.back() != '\n') text += '\n';
  return text;
}

Output render(const Page& page, const ParseOptions& options, ParseArena& arena, Format format, bool single_document, bool pretty) {
  json out;
  bool failed = true;
  if (!page.error_code.empty()) {
    out = json{{"error", {{"code", page.error_code}, {"message", page.error_message}}}};
  } else {
    const Result result = parse_page(page, options, arena);
    if (result && format != Format::json) return {to_document(result.value(), format), false, {}};
    if (result) {
      out = result.value();
      failed = false;
    } else {
      std::string message = result.error().message;
      if (!page.warc_record) message += " in " + page.file;
      out = json{{"error", {{"code", std::string(to_string(result.error().code))}, {"message", message}}}};
    }
  }
  const bool whole_output = single_document && !page.warc_record;
  if (!whole_output || failed) add_origin(page, out);
  if (format != Format::json) {
    const json& error = out["error"];
    std::string origin = page.file;
    if (page.warc_record) origin += " record " + (page.record_id.empty() ? std::string("without id") : page.record_id);
    return {std::string(), true,
            "warta: " + origin + ": " + error["code"].get<std::string>() + ": " + error["message"].get<std::string>() + "\n"};
  }
  std::string text = out.dump(pretty && whole_output ? 2 : -1, ' ', false, json::error_handler_t::replace);
  text += '\n';
  return {std::move(text), failed};
}

// A batch allocates and frees a page-sized buffer (the page, its decoded and cut copies, its JSON)
// several times per page on each thread. By default glibc serves those from fresh mmap()s or trims
// them off the heap after each page, so every page paid page faults, madvise() and munmap() again:
// a tenth of the run's CPU, which --jobs cannot spread. Kept on the heap, they are reused; the
// heap then keeps up to the largest pages' worth of memory until the run ends.
void keep_page_buffers_on_heap() {
#ifdef __GLIBC__
  mallopt(M_MMAP_THRESHOLD, 32 << 20);  // glibc's largest allowed value
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
}

// The run the arguments describe; nullopt when there is nothing to run, with the exit `status`
// (--help: kExitOk, errors: kExitUsage).
std::optional<ParseRun> read_arguments(const std::vector<std::string>& args, int& status) {
  ParseRun run;
  ProfileSet profiles = ProfileSet::builtin();
  std::vector<std::string> profile_files;  // added after --generic / --leave-out, whatever the order
  status = kExitUsage;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    const auto value = [&]() -> const std::string* { return i + 1 < args.size() ? &args[++i] : nullptr; };
    if (arg == "--help") {
      std::cout << kUsage;
      status = kExitOk;
      return std::nullopt;
    }
    if (arg == "--pretty") {
      run.pretty = true;
    } else if (arg == "--quiet") {
      run.quiet = true;
    } else if (arg == "--explain") {
      run.options.explain = true;
    } else if (arg == "--generic") {
      profiles = profiles.shared_only();
    } else if (arg == "--no-prepass") {
      run.options.prepass = false;
    } else if (arg == "--url" || arg == "--now" || arg == "--charset" || arg == "--list" || arg == "--jobs" ||
               arg == "--format" || arg == "--profile" || arg == "--leave-out") {
      const std::string* v = value();
      if (v == nullptr) {
        usage_error(arg + " needs a value");
        return std::nullopt;
      }
      if (arg == "--url") run.options.url = *v;
      if (arg == "--leave-out") {
        const std::vector<std::string> names = profiles.names();
        if (std::find(names.begin(), names.end(), *v) == names.end() || *v == "indonesia") {
          usage_error("--leave-out needs an outlet profile name, got '" + *v + "'");
          return std::nullopt;
        }
        profiles = profiles.without(*v);
      }
      if (arg == "--charset") run.options.charset = *v;
      if (arg == "--profile") profile_files.push_back(*v);
      if (arg == "--format") {
        const std::pair<const char*, Format> formats[] = {
            {"json", Format::json}, {"text", Format::text}, {"markdown", Format::markdown}, {"html", Format::html}};
        const auto known = std::find_if(std::begin(formats), std::end(formats), [v](const auto& f) { return *v == f.first; });
        if (known == std::end(formats)) {
          usage_error("--format needs json, text, markdown or html, got '" + *v + "'");
          return std::nullopt;
        }
        run.format = known->second;
      }
      if (arg == "--now") {
        run.options.reference_time = parse_now(*v);
        if (!run.options.reference_time) {
          usage_error("--now needs a date and time, got '" + *v + "'");
          return std::nullopt;
        }
      }
      if (arg == "--list") {
        std::error_code error;
        if (*v != "-" && !std::filesystem::is_regular_file(*v, error)) {
          usage_error("--list needs a readable file, got '" + *v + "'");
          return std::nullopt;
        }
        run.inputs.push_back({InputSpec::Kind::list, *v});
      }
      if (arg == "--jobs") {
        const std::optional<unsigned> jobs = parse_count(*v);
        if (!jobs) {
          usage_error("--jobs needs a positive number, got '" + *v + "'");
          return std::nullopt;
        }
        run.jobs = *jobs;
      }
    } else if (arg.size() > 1 && arg[0] == '-') {
      usage_error("unknown option " + arg);
      return std::nullopt;
    } else {
      run.inputs.push_back({InputSpec::Kind::path, arg});
    }
  }
  if (run.inputs.empty()) {
    usage_error("parse needs at least one FILE, DIRECTORY, --list FILE or -");
    return std::nullopt;
  }
  run.options.profiles = std::make_shared<const ProfileSet>(std::move(profiles));
  for (const std::string& file : profile_files) {
    if (const std::optional<std::string> error = add_profile_file(run.options, file)) {
      std::cerr << "warta: " << *error << "\n";
      return std::nullopt;
    }
  }
  if (run.jobs == 0) run.jobs = std::max(1u, std::thread::hardware_concurrency());
  return run;
}

}  // namespace

int run_parse(const std::vector<std::string>& args) {
  int status = kExitOk;
  std::optional<ParseRun> run = read_arguments(args, status);
  if (!run) return status;
  status = kExitOk;
  keep_page_buffers_on_heap();
  // One page named on its own prints as a document; anything that can hold several gives lines.
  const std::vector<InputSpec> inputs = expand_directories(run->inputs);
  const bool single_document = run->inputs.size() == 1 && inputs.size() == 1 &&
                               run->inputs.front().kind == InputSpec::Kind::path &&
                               inputs.front().value == run->inputs.front().value;

  Progress progress(!run->quiet && stderr_is_terminal(), known_page_count(inputs));
  const ParseOptions& options = run->options;
  const bool pretty = run->pretty;
  const Format format = run->format;
  // Several documents for people: a form-feed line between them (see --help).
  const bool separate_documents = format != Format::json && !single_document;
  std::size_t documents = 0;
  // A few items per worker keep every worker busy while one slow page holds up the writer.
  OrderedPipeline<Page, Output, ParseArena> pipeline(run->jobs, 4 * static_cast<std::size_t>(run->jobs));
  pipeline.run(
      [&](const std::function<void(Page&&)>& push) { read_inputs(inputs, options.limits.max_input_bytes, push); },
      [&](Page&& page, ParseArena& arena) { return render(page, options, arena, format, single_document, pretty); },
      [&](Output&& output) {
        if (separate_documents && !output.text.empty() && documents++ > 0) std::fputs("\f\n", stdout);
        std::fwrite(output.text.data(), 1, output.text.size(), stdout);
        if (!output.error.empty()) std::fputs(output.error.c_str(), stderr);
        if (output.failed) status = kExitSomeFailed;
        progress.count(output.failed);
      },
      [] { std::fflush(stdout); });
  std::fflush(stdout);
  progress.finish();
  return status;
}

}  // namespace warta::cli
