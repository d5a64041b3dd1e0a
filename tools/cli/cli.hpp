#pragma once
// What the commands of the `warta` tool share: exit codes, usage errors, option values.

#include <optional>
#include <string>
#include <vector>

#include "warta/datetime.hpp"
#include "warta/parse.hpp"

namespace warta::cli {

constexpr int kExitOk = 0;
constexpr int kExitSomeFailed = 1;
constexpr int kExitUsage = 2;

// The full help text (`warta --help`).
extern const char* const kUsage;

// Prints "warta: message" and the usage to stderr; returns kExitUsage.
int usage_error(const std::string& message);

// The instant given to --now; nullopt unless the text has a date and a time.
std::optional<DateTime> parse_now(const std::string& text);

// Loads the profile in the JSON file at `path` into `options.profiles` (on top of the set already
// there, else the built-in one); the one-line error naming the file otherwise.
std::optional<std::string> add_profile_file(ParseOptions& options, const std::string& path);

// A positive count given to --jobs or --repeat; nullopt for anything else.
std::optional<unsigned> parse_count(const std::string& text);

int run_parse(const std::vector<std::string>& args);
int run_date(const std::vector<std::string>& args);
int run_bench(const std::vector<std::string>& args);
// `warta bench --hostile`: time and memory of each hostile input, each in a child process.
int run_hostile_bench();
int run_inspect(const std::vector<std::string>& args);

}  // namespace warta::cli
