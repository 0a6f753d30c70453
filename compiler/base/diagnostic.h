// Diagnostics: one record per finding; producers append to a sink, renderers format.
#pragma once

#include <string>
#include <vector>

#include "compiler/base/source.h"

namespace planc {

enum class Severity { Error, Warning, Note };

/// "error", "warning" or "note".
const char* severity_name(Severity severity);

/// A related place: the superior's clause, the other definition, the opening fence.
struct Related {
  SourceRange range;
  std::string message;
};

/// A replacement for the text in range that would fix the finding.
struct FixIt {
  SourceRange range;
  std::string replacement;
};

struct Diagnostic {
  Severity severity = Severity::Error;
  std::string rule;     ///< rule id from DESIGN.md section 5, e.g. "syntax"
  std::string message;  ///< a full sentence in Chinese
  SourceRange range;    ///< the words that cause it
  std::string section;  ///< heading path, "3 地震事件分类 / 3.1 地震灾害事件分级标准"
  std::vector<Related> related;
  std::vector<FixIt> fixits;
};

/// A rule that could not run on a file, and why; reported, never silently passed.
struct Skipped {
  std::string rule;
  std::string file;
  std::string reason;
};

/// A diagnostic suppressed by a planc-disable comment, with the comment's reason.
struct Suppressed {
  std::string rule;
  std::string file;
  int line = 0;
  std::string reason;
  Diagnostic diagnostic;  ///< the finding itself, for SARIF
};

/// Collects diagnostics in the order they are reported.
class DiagnosticSink {
 public:
  void report(Diagnostic diagnostic) { diagnostics_.push_back(std::move(diagnostic)); }
  void skip(Skipped skipped) { skipped_.push_back(std::move(skipped)); }
  void suppress(Suppressed suppressed) { suppressed_.push_back(std::move(suppressed)); }

  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
  std::vector<Diagnostic>& diagnostics() { return diagnostics_; }
  const std::vector<Skipped>& skipped() const { return skipped_; }
  const std::vector<Suppressed>& suppressed() const { return suppressed_; }
  std::vector<Skipped>& skipped() { return skipped_; }
  std::vector<Suppressed>& suppressed() { return suppressed_; }

  int count(Severity severity) const;

 private:
  std::vector<Diagnostic> diagnostics_;
  std::vector<Skipped> skipped_;
  std::vector<Suppressed> suppressed_;
};

}  // namespace planc
