// Diagnostic renderers: text in the GCC/clang form, and one JSON document.
#pragma once

#include <ostream>

#include "compiler/base/diagnostic.h"
#include "compiler/base/source.h"

namespace planc::emit {

struct TextOptions {
  bool color = false;
  bool werror = false;  ///< print warnings as errors
  /// At most this many findings of one rule in one file are shown, the rest counted
  /// ("另有 N 处"); 0 shows every finding. JSON and SARIF always carry all.
  int max_per_rule = 0;
};

/// file:line:col: severity: message [rule], the source line with a caret placed by
/// display width (a Han character is two cells), notes, fix-it hints, and a summary.
void write_text(const DiagnosticSink& sink, const SourceManager& sources, int files, std::ostream& out,
                const TextOptions& options = {});

/// The JSON document of DESIGN.md section 6.
void write_json(const DiagnosticSink& sink, const SourceManager& sources, int files, std::ostream& out);

/// The summary line: "3 个错误，12 个警告".
std::string summary_line(const DiagnosticSink& sink, bool werror);

}  // namespace planc::emit
