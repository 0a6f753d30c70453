// Reporting syntax errors: one place that words them, in Chinese, with a position.
#pragma once

#include <string>

#include "compiler/base/diagnostic.h"
#include "compiler/base/source.h"

namespace planc::syntax {

/// Reports a syntax error (rule "syntax") at range, with an optional related note.
void report_syntax(DiagnosticSink& sink, const SourceRange& range, std::string message, const SourceRange& related = {},
                   std::string related_message = {});

/// The same at warning severity: a construct that parses but is probably a mistake.
void warn_syntax(DiagnosticSink& sink, const SourceRange& range, std::string message);

}  // namespace planc::syntax
