// Parsing one .plan file: line tokens, the ANTLR grammar, then the document tree.
#pragma once

#include "compiler/base/diagnostic.h"
#include "compiler/base/source.h"
#include "compiler/syntax/ast.h"

namespace planc::syntax {

/// Parses a file. Syntax errors are reported to sink under the rule id "syntax"; the
/// document holds everything that could be read, so one bad block does not stop the
/// rest of the file from compiling.
Document parse(const SourceFile& file, DiagnosticSink& sink);

}  // namespace planc::syntax
