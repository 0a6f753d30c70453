// From the ANTLR parse tree to the document tree: sections, blocks, tables.
// Internal to compiler/syntax: callers use parse() from parser.h.
#pragma once

#include <vector>

#include "compiler/base/diagnostic.h"
#include "compiler/syntax/antlr_fence.h"
#include "compiler/syntax/ast.h"
#include "compiler/syntax/line_lexer.h"

namespace planc::syntax {

/// Builds the document tree from a parse tree whose tokens are the line tokens `lines`
/// (token i is lines[i]). Structural mistakes the grammar cannot see (a heading inside
/// a block, a table row of the wrong width) are reported as syntax errors.
Document build_document(const SourceFile& file, const std::vector<LineToken>& lines,
                        grammar::PlanParser::DocumentContext* context, DiagnosticSink& sink);

}  // namespace planc::syntax
