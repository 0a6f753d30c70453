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
  bool schema = false;             ///< --schema (ir: print the XSD of the XML IR)
  bool help = false;
};

/// Parses args; on a bad argument sets error and returns false. `accepted` lists the
/// options the command takes ("--format", "--as-of", "--rule", "-Werror", "-o" …).
bool parse_options(const std::vector<std::string>& args, const std::vector<std::string>& accepted, Options& options,
                   std::string& error);

/// Today's date in the local time zone.
ir::Date today();

/// Writes text to path atomically (a temporary file renamed into place), so a failure
/// never leaves half a file. Returns false and sets error on failure.
bool write_atomically(const std::string& path, const std::string& text, std::string& error);

}  // namespace planc::cli
