// Lowering: from a parsed plan document to the plan IR.
#pragma once

#include "compiler/base/diagnostic.h"
#include "compiler/ir/plan.h"
#include "compiler/ir/registry.h"
#include "compiler/syntax/ast.h"

namespace planc::ir {

/// Reads the meaning of every block of a plan: its front matter, notice, command
/// structure, groups, duties, grading schemes and definitions, response and warning
/// schemes, signal standards, terms and management clauses. Blocks whose words do not
/// say what their tag promises are reported (rule "syntax", as warnings).
Plan lower_plan(const syntax::Document& document, const OrgRegistry& orgs, const IndicatorRegistry& indicators,
                DiagnosticSink& sink);

}  // namespace planc::ir
