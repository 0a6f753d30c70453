// Running the checks over a corpus: selection, suppression, ordering.
#pragma once

#include <string>
#include <vector>

#include "checkers/check.h"
#include "compiler/base/diagnostic.h"
#include "compiler/corpus/corpus.h"

namespace planc::checkers {

struct RunOptions {
  ir::Date as_of;
  std::vector<std::string> only;     ///< --rule: run these rules only (empty: all)
  std::vector<std::string> exclude;  ///< --no-rule
};

/// Runs the selected checks. `front_end` holds what parsing and lowering reported (rule
/// "syntax" and "io"); the syntax check passes its findings on for the files named on
/// the command line. Suppressed diagnostics move to the sink's suppressed list; the
/// rest are sorted by file (in load order), line, column and rule. Returns false when
/// an id in only/exclude names no rule (reported in `unknown`).
bool run_checks(const corpus::Corpus& corpus, const DiagnosticSink& front_end, const RunOptions& options,
                DiagnosticSink& sink, std::vector<std::string>& unknown);

/// The heading path of a source position in a corpus file ("" when outside sections).
std::string section_at(const corpus::Corpus& corpus, const SourceRange& range);

}  // namespace planc::checkers
