// The plan IR as JSON: `planc ir FILE --format json`.
#pragma once

#include <ostream>

#include "compiler/ir/plan.h"
#include "compiler/ir/registry.h"

namespace planc::emit {

/// Writes one plan's IR with walk_plan (ir_walk.h): the tree of the XML IR, in JSON: its front matter,
/// groups, duties, grading schemes and definitions (criteria as intervals), response
/// and warning schemes, signals, terms, management clauses, tasks and references,
/// each with its source position and heading path.
void write_plan_json(const ir::Plan& plan, std::ostream& out);

}  // namespace planc::emit
