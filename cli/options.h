// Command-line parsing shared by the sub-commands.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "compiler/ir/date.h"

namespace planc::cli {

/// Options every sub-command may take; each command says which it accepts.
struct Options {
  std::vector<std::string> paths;
  std::string format;
  std::optional<ir::Date> as_of;
  std::vector<std::string> rules;
  std::vector<std::string> no_rules;
  bool werror = false;
  std::string color = "auto";
  std::string output;              ///< -o
  std::string calendar;            ///< --calendar
  std::vector<std::string> facts;  ///< --fact 指标=值
  std::vector<std::string> orgs;   ///< --org NAME
  bool all = false;                ///< --all
  bool force = false;              ///< --force (manual: overwrite files planc did not write)
  bool schema = false;             ///< --schema (ir: print the XSD of the XML IR)
  bool stats = false;              ///< --stats (check: how much of each plan was read)
  int max_per_rule = 20;           ///< --max-per-rule N (check, text output; 0: all)
  bool help = false;
};

/// Parses args; on a bad argument sets error and returns false. `accepted` lists the
/// options the command takes ("--format", "--as-of", "--rule", "-Werror", "-o" …).
bool parse_options(const std::vector<std::string>& args, const std::vector<std::string>& accepted, Options& options,
                   std::string& error);

/// Today's date in the local time zone.
ir::Date today();

/// Writes a command's output to -o (atomically: a failure never leaves half a file) or,
/// without -o, to stdout. Returns the exit status: 0, or 2 when the file cannot be
/// written (the reason on stderr).
int write_output(const std::string& text, const Options& options);

}  // namespace planc::cli
