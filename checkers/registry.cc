// The rule registry: every check, one explicit line each.
#include "checkers/registry.h"

#include "checkers/rules.h"

namespace planc::checkers {

std::vector<std::unique_ptr<Check>> make_checks() {
  std::vector<std::unique_ptr<Check>> checks;
  checks.push_back(make_syntax_check());
  checks.push_back(make_meta_mismatch_check());
  checks.push_back(make_org_unknown_check());
  checks.push_back(make_struct_numbering_check());
  checks.push_back(make_struct_xref_check());
  checks.push_back(make_text_bracket_check());
  checks.push_back(make_ref_unresolved_check());
  checks.push_back(make_ref_title_mismatch_check());
  checks.push_back(make_hier_superior_missing_check());
  checks.push_back(make_hier_grade_scheme_check());
  checks.push_back(make_hier_warning_scheme_check());
  checks.push_back(make_hier_response_scheme_check());
  checks.push_back(make_response_unassigned_check());
  checks.push_back(make_response_termination_check());
  checks.push_back(make_response_no_measures_check());
  checks.push_back(make_report_time_limit_check());
  checks.push_back(make_grade_gap_check());
  checks.push_back(make_grade_overlap_check());
  checks.push_back(make_grade_non_monotone_check());
  checks.push_back(make_grade_conflict_check());
  checks.push_back(make_grade_any_of_overlap_check());
  checks.push_back(make_grade_undefined_term_check());
  checks.push_back(make_boundary_ambiguous_check());
  checks.push_back(make_signal_non_monotone_check());
  checks.push_back(make_signal_ambiguous_check());
  checks.push_back(make_signal_definition_mismatch_check());
  checks.push_back(make_org_inconsistent_name_check());
  checks.push_back(make_org_not_in_command_check());
  checks.push_back(make_group_lead_check());
  checks.push_back(make_task_unknown_owner_check());
  checks.push_back(make_org_no_duty_check());
  checks.push_back(make_org_duplicate_duty_check());
  checks.push_back(make_coverage_hazard_check());
  checks.push_back(make_struct_missing_section_check());
  checks.push_back(make_text_width_mix_check());
  checks.push_back(make_filing_overdue_check());
  checks.push_back(make_filing_missing_check());
  checks.push_back(make_drill_overdue_check());
  checks.push_back(make_drill_after_revision_check());
  checks.push_back(make_revision_triggered_check());
  checks.push_back(make_evaluation_overdue_check());
  checks.push_back(make_hier_relaxed_requirement_check());
  checks.push_back(make_read_incomplete_check());
  return checks;
}

}  // namespace planc::checkers
