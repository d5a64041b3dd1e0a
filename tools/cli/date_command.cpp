// `warta date`: the date normaliser on the command line, one result line per text.
#include <iostream>

#include "cli.hpp"

namespace warta::cli {

int run_date(const std::vector<std::string>& args) {
  DateContext context;
  std::vector<std::string> texts;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--now") {
      if (i + 1 >= args.size()) return usage_error("--now needs a value");
      context.reference = parse_now(args[++i]);
      if (!context.reference) return usage_error("--now needs a date and time, got '" + args[i] + "'");
    } else if (args[i] == "--help") {
      std::cout << kUsage;
      return kExitOk;
    } else {
      texts.push_back(args[i]);
    }
  }
  if (texts.empty()) return usage_error("date needs at least one TEXT");
  int status = kExitOk;
  for (const std::string& text : texts) {
    const DateResult result = parse_date(text, context);
    if (result) {
      std::cout << to_iso8601(*result.value) << '\n';
    } else {
      std::cout << "error: " << result.error << '\n';
      status = kExitSomeFailed;
    }
  }
  return status;
}

}  // namespace warta::cli
