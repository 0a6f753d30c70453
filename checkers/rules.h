// The factory of every check (one per file); registry.cc lists them in order.
#pragma once

#include <memory>

#include "checkers/check.h"

namespace planc::checkers {

std::unique_ptr<Check> make_syntax_check();
std::unique_ptr<Check> make_org_unknown_check();
std::unique_ptr<Check> make_struct_numbering_check();
std::unique_ptr<Check> make_struct_xref_check();
std::unique_ptr<Check> make_text_bracket_check();
std::unique_ptr<Check> make_meta_mismatch_check();
std::unique_ptr<Check> make_ref_unresolved_check();
std::unique_ptr<Check> make_ref_title_mismatch_check();
std::unique_ptr<Check> make_hier_superior_missing_check();
std::unique_ptr<Check> make_hier_grade_scheme_check();
std::unique_ptr<Check> make_hier_warning_scheme_check();
std::unique_ptr<Check> make_hier_response_scheme_check();
std::unique_ptr<Check> make_grade_gap_check();
std::unique_ptr<Check> make_grade_overlap_check();
std::unique_ptr<Check> make_grade_non_monotone_check();
std::unique_ptr<Check> make_grade_conflict_check();
std::unique_ptr<Check> make_grade_any_of_overlap_check();
std::unique_ptr<Check> make_grade_undefined_term_check();
std::unique_ptr<Check> make_boundary_ambiguous_check();
std::unique_ptr<Check> make_signal_non_monotone_check();
std::unique_ptr<Check> make_signal_ambiguous_check();
std::unique_ptr<Check> make_signal_definition_mismatch_check();
std::unique_ptr<Check> make_org_inconsistent_name_check();
std::unique_ptr<Check> make_org_not_in_command_check();
std::unique_ptr<Check> make_group_lead_check();
std::unique_ptr<Check> make_task_unknown_owner_check();
std::unique_ptr<Check> make_org_no_duty_check();
std::unique_ptr<Check> make_org_duplicate_duty_check();
std::unique_ptr<Check> make_coverage_hazard_check();
std::unique_ptr<Check> make_struct_missing_section_check();
std::unique_ptr<Check> make_text_width_mix_check();
std::unique_ptr<Check> make_filing_overdue_check();
std::unique_ptr<Check> make_filing_missing_check();
std::unique_ptr<Check> make_drill_overdue_check();
std::unique_ptr<Check> make_drill_after_revision_check();
std::unique_ptr<Check> make_revision_triggered_check();
std::unique_ptr<Check> make_evaluation_overdue_check();
std::unique_ptr<Check> make_hier_relaxed_requirement_check();
std::unique_ptr<Check> make_response_unassigned_check();
std::unique_ptr<Check> make_response_termination_check();
std::unique_ptr<Check> make_response_no_measures_check();
std::unique_ptr<Check> make_report_time_limit_check();
std::unique_ptr<Check> make_read_incomplete_check();

}  // namespace planc::checkers
