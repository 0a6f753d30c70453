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
  return checks;
}

}  // namespace planc::checkers
