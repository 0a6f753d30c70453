// Command-line parsing shared by the sub-commands.
#include "cli/options.h"

#include "compiler/base/number.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iostream>

#include "compiler/base/files.h"

namespace planc::cli {
namespace {

bool accepts(const std::vector<std::string>& accepted, const std::string& option) {
  return std::find(accepted.begin(), accepted.end(), option) != accepted.end();
}

}  // namespace

bool parse_options(const std::vector<std::string>& args, const std::vector<std::string>& accepted, Options& options,
                   std::string& error) {
  for (size_t i = 0; i < args.size(); ++i) {
    std::string arg = args[i];
    std::string value;
    bool has_value = false;
    size_t eq = arg.find('=');
    if (arg.rfind("--", 0) == 0 && eq != std::string::npos) {
      value = arg.substr(eq + 1);
      arg = arg.substr(0, eq);
      has_value = true;
    }
    auto take = [&]() -> bool {
      if (has_value) return true;
      if (i + 1 >= args.size()) {
        error = "选项 " + arg + " 需要一个值";
        return false;
      }
      value = args[++i];
      return true;
    };
    if (arg == "--help" || arg == "-h") {
      options.help = true;
    } else if (arg.size() > 1 && arg[0] == '-') {
      if (!accepts(accepted, arg)) {
        error = "此命令不接受选项 " + arg;
        return false;
      }
      if (arg == "-Werror") {
        options.werror = true;
      } else if (arg == "--force") {
        options.force = true;
      } else if (arg == "--all") {
        options.all = true;
      } else if (arg == "--schema") {
        options.schema = true;
      } else if (arg == "--stats") {
        options.stats = true;
      } else if (!take()) {
        return false;
      } else if (arg == "--format") {
        options.format = value;
      } else if (arg == "--as-of") {
        options.as_of = ir::parse_date(value);
        if (!options.as_of) {
          error = "--as-of 的日期“" + value + "”无效：应为 YYYY-MM-DD";
          return false;
        }
      } else if (arg == "--rule") {
        options.rules.push_back(value);
      } else if (arg == "--no-rule") {
        options.no_rules.push_back(value);
      } else if (arg == "--max-per-rule") {
        std::optional<int> n = parse_int(value);
        if (!n || *n < 0 || *n > 1000000) {
          error = "--max-per-rule 应为 0 或正整数（0 表示全部显示）";
          return false;
        }
        options.max_per_rule = static_cast<int>(*n);
      } else if (arg == "--color") {
        options.color = value;
      } else if (arg == "-o") {
        options.output = value;
      } else if (arg == "--fact") {
        options.facts.push_back(value);
      } else if (arg == "--org") {
        options.orgs.push_back(value);
      } else if (arg == "--calendar") {
        options.calendar = value;
      } else {
        options.paths.push_back(value);  // an option the command declared with a value
      }
    } else {
      options.paths.push_back(arg);
    }
  }
  return true;
}

ir::Date today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return {local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

int write_output(const std::string& text, const Options& options) {
  if (options.output.empty()) {
    std::cout << text << std::flush;
    if (!std::cout) {
      std::cerr << "planc: 无法写入标准输出（磁盘已满或管道已关闭）\n";
      return 2;
    }
    return 0;
  }
  std::string error;
  if (!write_file_atomically(options.output, text, error)) {
    std::cerr << "planc: 无法写入 " << error << "\n";
    return 2;
  }
  return 0;
}

}  // namespace planc::cli
