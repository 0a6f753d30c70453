// Reporting syntax errors: one place that words them, in Chinese, with a position.
#include "compiler/syntax/syntax_error.h"

namespace planc::syntax {

void report_syntax(DiagnosticSink& sink, const SourceRange& range, std::string message, const SourceRange& related,
                   std::string related_message) {
  Diagnostic d;
  d.severity = Severity::Error;
  d.rule = "syntax";
  d.message = std::move(message);
  d.range = range;
  if (related.valid()) d.related.push_back({related, std::move(related_message)});
  sink.report(std::move(d));
}

void warn_syntax(DiagnosticSink& sink, const SourceRange& range, std::string message) {
  Diagnostic d;
  d.severity = Severity::Warning;
  d.rule = "syntax";
  d.message = std::move(message);
  d.range = range;
  sink.report(std::move(d));
}

}  // namespace planc::syntax
