// `warta inspect`: the inspector's HTML report of one page, or the overview of a corpus scored
// against gold Articles.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "cli.hpp"
#include "inputs.hpp"
#include "inspect.hpp"

namespace warta::cli {
namespace {

namespace fs = std::filesystem;

std::optional<std::string> read_text_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// The first line of "<page>.url" beside a page, when there is one.
std::optional<std::string> url_beside(const fs::path& page) {
  fs::path url_file = page;
  url_file.replace_extension(".url");
  std::optional<std::string> url = read_text_file(url_file);
  if (!url) return std::nullopt;
  url->erase(std::min(url->find_first_of("\r\n"), url->size()));
  return url;
}

int inspect_one(const std::string& path, const ParseOptions& options) {
  std::optional<Page> page;
  read_inputs({{InputSpec::Kind::path, path}}, options.limits.max_input_bytes, [&page](Page&& read) {
    if (!page) page = std::move(read);
  });
  if (!page || !page->error_code.empty()) {
    std::cerr << "warta: cannot read " << path << (page ? ": " + page->error_message : std::string()) << '\n';
    return kExitSomeFailed;
  }
  ParseOptions page_options = options;
  if (page_options.url.empty() && !page->target_uri.empty()) page_options.url = page->target_uri;
  if (page_options.url.empty() && path != "-") page_options.url = url_beside(path).value_or("");
  std::cout << detail::inspect_page(page->html, page_options);
  return kExitOk;
}

int inspect_corpus(const std::string& corpus, const std::string& gold_dir, const ParseOptions& options) {
  std::error_code error;
  if (!fs::is_directory(corpus, error)) return usage_error("--corpus needs a directory, got '" + corpus + "'");
  if (!gold_dir.empty() && !fs::is_directory(gold_dir, error)) {
    return usage_error("--gold needs a directory, got '" + gold_dir + "'");
  }
  std::vector<fs::path> pages;
  for (const auto& entry : fs::recursive_directory_iterator(corpus, error)) {
    const std::string extension = entry.path().extension().string();
    if (entry.is_regular_file() && (extension == ".html" || extension == ".htm")) pages.push_back(entry.path());
  }
  std::sort(pages.begin(), pages.end());
  detail::CorpusReport report(corpus);
  int status = kExitOk;
  for (const fs::path& path : pages) {
    const fs::path relative = fs::relative(path, corpus);
    detail::CorpusPage page;
    page.name = (relative.parent_path() / relative.stem()).generic_string();
    std::optional<std::string> html = read_text_file(path);
    if (!html) {
      std::cerr << "warta: cannot read " << path.string() << '\n';
      status = kExitSomeFailed;
      continue;
    }
    page.html = std::move(*html);
    page.options = options;
    if (!gold_dir.empty()) {
      if (std::optional<std::string> gold = read_text_file(fs::path(gold_dir) / (page.name + ".json"))) {
        nlohmann::json parsed = nlohmann::json::parse(*gold, nullptr, false);
        if (parsed.is_object()) {
          page.gold = std::move(parsed);
        } else {
          std::cerr << "warta: gold for " << page.name << " is not a JSON object\n";
          status = kExitSomeFailed;
        }
      }
    }
    if (std::optional<std::string> url = url_beside(path)) {
      page.options.url = *url;
    } else if (page.gold && (*page.gold)["url"].is_string()) {
      page.options.url = (*page.gold)["url"].get<std::string>();
    }
    report.add(page);
  }
  std::cout << report.html();
  return status;
}

}  // namespace

int run_inspect(const std::vector<std::string>& args) {
  ParseOptions options;
  std::string page;
  std::string corpus;
  std::string gold;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--help") {
      std::cout << kUsage;
      return kExitOk;
    }
    if (arg == "--url" || arg == "--now" || arg == "--charset" || arg == "--corpus" || arg == "--gold" ||
        arg == "--profile") {
      if (i + 1 >= args.size()) return usage_error(arg + " needs a value");
      const std::string& value = args[++i];
      if (arg == "--profile") {
        if (const std::optional<std::string> error = add_profile_file(options, value)) {
          std::cerr << "warta: " << *error << "\n";
          return kExitUsage;
        }
      }
      if (arg == "--url") options.url = value;
      if (arg == "--charset") options.charset = value;
      if (arg == "--corpus") corpus = value;
      if (arg == "--gold") gold = value;
      if (arg == "--now") {
        options.reference_time = parse_now(value);
        if (!options.reference_time) return usage_error("--now needs a date and time, got '" + value + "'");
      }
    } else if (arg.size() > 1 && arg[0] == '-') {
      return usage_error("unknown option " + arg);
    } else if (page.empty()) {
      page = arg;
    } else {
      return usage_error("inspect takes one PAGE (use --corpus DIR for many)");
    }
  }
  if (!corpus.empty()) {
    if (!page.empty() || !options.url.empty()) return usage_error("--corpus takes no PAGE and no --url");
    return inspect_corpus(corpus, gold, options);
  }
  if (!gold.empty()) return usage_error("--gold needs --corpus");
  if (page.empty()) return usage_error("inspect needs a PAGE or --corpus DIR");
  return inspect_one(page, options);
}

}  // namespace warta::cli
