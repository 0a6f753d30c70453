// Diagnostics: one record per finding; producers append to a sink, renderers format.
#include "compiler/base/diagnostic.h"

#include <algorithm>

namespace planc {

const char* severity_name(Severity severity) {
  switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
  }
  return "error";
}

int DiagnosticSink::count(Severity severity) const {
  return static_cast<int>(std::count_if(diagnostics_.begin(), diagnostics_.end(),
                                        [&](const Diagnostic& d) { return d.severity == severity; }));
}

}  // namespace planc
