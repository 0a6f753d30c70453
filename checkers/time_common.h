// What the time rules share: the deadline a rule checks, the front-matter field a finding
// about a plan points at, and the note that names the governing clause.
#pragma once

#include <optional>
#include <string>

#include "checkers/analysis.h"
#include "checkers/check.h"

namespace planc::checkers {

/// The 印发 line of the plan's front matter (issue date), else its title heading.
SourceRange issue_range(const ir::Plan& plan);

/// "《…》7.2（２）：…印发后 20 个工作日内…备案": the clause and its words.
std::string clause_text(const GoverningClause& clause);

/// Adds a note at the governing clause.
void note_clause(Diagnostic& diagnostic, const GoverningClause& clause);

/// A finding whose due date is counted through a provisional year (a holiday notice not
/// yet in the calendar) says so, and is at most a warning: never a hard failure on a
/// date the notice may still move.
void mark_provisional(Diagnostic& diagnostic, const Deadline& deadline);

/// Whether the corpus can run a time rule on the plan; says why not (skip) otherwise.
bool time_rule_can_run(CheckContext& context, const ir::Plan& plan, bool needs_ledger);

/// The plan's deadline for `kind` (备案, 演练, 评估) as of the context's date. Says why
/// there is none (skip) otherwise: the rule cannot run (time_rule_can_run), no
/// governing clause states a period, or the deadline cannot be computed.
std::optional<Deadline> deadline_for(CheckContext& context, const ir::Plan& plan, ir::Obligation kind);

}  // namespace planc::checkers
