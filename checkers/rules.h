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

}  // namespace planc::checkers
