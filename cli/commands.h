// The sub-commands of planc, one function each, and what they share.
#pragma once

#include <string>
#include <vector>

namespace planc::cli {

/// Exit codes: 0 no errors, 1 errors (or warnings under -Werror), 2 usage or I/O.
enum Exit { kOk = 0, kFindings = 1, kUsage = 2 };

int run_check(const std::vector<std::string>& args);
int run_init(const std::vector<std::string>& args);
int run_render(const std::vector<std::string>& args);
int run_ir(const std::vector<std::string>& args);
int run_rules(const std::vector<std::string>& args);
int run_calendar(const std::vector<std::string>& args);
int run_deadlines(const std::vector<std::string>& args);
int run_respond(const std::vector<std::string>& args);
int run_manual(const std::vector<std::string>& args);
int run_dossier(const std::vector<std::string>& args);

}  // namespace planc::cli

#include "compiler/corpus/corpus.h"
#include "compiler/emit/sarif.h"

namespace planc::cli {

/// Every rule with its doc page, for SARIF and `planc rules`.
std::vector<emit::RuleDescriptor> rule_descriptors();

/// Prints the front-end diagnostics (syntax, I/O) of the files named on the command
/// line to stderr.
void print_front_end(const corpus::Corpus& corpus, const DiagnosticSink& front_end);

/// Loads the files named into the corpus; when a file cannot be read, prints what the
/// front end reported and returns false (the command then exits with kUsage).
bool load_corpus(const std::vector<std::string>& paths, corpus::Corpus& corpus, DiagnosticSink& front_end);

/// Prints a usage error to stderr and returns kUsage.
int usage_error(const std::string& message, const std::string& usage);

}  // namespace planc::cli
