// The `warta` command: parse pages to Article JSON, normalise dates.
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "warta/json.hpp"
#include "warta/warta.hpp"

namespace {

using nlohmann::json;

constexpr int kExitOk = 0;
constexpr int kExitSomeFailed = 1;
constexpr int kExitUsage = 2;

constexpr const char* kUsage = R"(usage: warta <command> [options]

commands:
  parse [--url URL] [--now ISO8601] [--charset NAME] [--pretty] FILE... | -
        Parse HTML pages. One file: its Article JSON. Several files: JSON Lines, one object per
        input in input order, each with "file". A page that fails gives {"file", "error"}.
        Exit 0 when all parsed, 1 when some failed, 2 on usage errors.
  date [--now ISO8601] TEXT...
        Normalise dates as Indonesian pages print them; one ISO 8601 line (or "error: ...") each.

options:
  --help       show this help
  --version    show the version
)";

int usage_error(const std::string& message) {
  std::cerr << "warta: " << message << "\n" << kUsage;
  return kExitUsage;
}

bool read_input(const std::string& path, std::string& out, std::string& error) {
  if (path == "-") {
    out.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    return true;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "cannot open " + path;
    return false;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  out = std::move(buffer).str();
  return true;
}

std::optional<warta::DateTime> parse_now(const std::string& text) {
  const warta::DateResult result = warta::parse_date(text);
  if (!result.value || !result.value->has_time) return std::nullopt;
  return result.value;
}

int run_parse(const std::vector<std::string>& args) {
  warta::ParseOptions options;
  bool pretty = false;
  std::vector<std::string> files;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    auto value = [&]() -> const std::string* { return i + 1 < args.size() ? &args[++i] : nullptr; };
    if (arg == "--pretty") {
      pretty = true;
    } else if (arg == "--url" || arg == "--now" || arg == "--charset") {
      const std::string* v = value();
      if (v == nullptr) return usage_error(arg + " needs a value");
      if (arg == "--url") options.url = *v;
      if (arg == "--charset") options.charset = *v;
      if (arg == "--now") {
        options.reference_time = parse_now(*v);
        if (!options.reference_time) return usage_error("--now needs a date and time, got '" + *v + "'");
      }
    } else if (arg.size() > 1 && arg[0] == '-' && arg != "-") {
      return usage_error("unknown option " + arg);
    } else {
      files.push_back(arg);
    }
  }
  if (files.empty()) return usage_error("parse needs at least one FILE or -");
  const bool lines = files.size() > 1;
  int status = kExitOk;
  for (const std::string& file : files) {
    json out;
    bool failed = true;
    std::string html;
    std::string read_error;
    if (!read_input(file, html, read_error)) {
      out = json{{"error", {{"code", "unreadable"}, {"message", read_error}}}};
      status = kExitSomeFailed;
    } else {
      const warta::Result result = warta::parse(html, options);
      if (result) {
        out = result.value();
        failed = false;
      } else {
        out = json{{"error", {{"code", std::string(warta::to_string(result.error().code))},
                              {"message", result.error().message + " in " + file}}}};
        status = kExitSomeFailed;
      }
    }
    if (lines || failed) out["file"] = file;
    std::cout << out.dump(pretty && !lines ? 2 : -1, ' ', false, json::error_handler_t::replace) << '\n';
  }
  return status;
}

int run_date(const std::vector<std::string>& args) {
  warta::DateContext context;
  std::vector<std::string> texts;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--now") {
      if (i + 1 >= args.size()) return usage_error("--now needs a value");
      context.reference = parse_now(args[++i]);
      if (!context.reference) return usage_error("--now needs a date and time, got '" + args[i] + "'");
    } else {
      texts.push_back(args[i]);
    }
  }
  if (texts.empty()) return usage_error("date needs at least one TEXT");
  int status = kExitOk;
  for (const std::string& text : texts) {
    const warta::DateResult result = warta::parse_date(text, context);
    if (result) {
      std::cout << warta::to_iso8601(*result.value) << '\n';
    } else {
      std::cout << "error: " << result.error << '\n';
      status = kExitSomeFailed;
    }
  }
  return status;
}

}  // namespace

int main(int argc, char** argv) {
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
  if (command == "parse") return run_parse(args);
  if (command == "date") return run_date(args);
  return usage_error("unknown command '" + command + "'");
}
