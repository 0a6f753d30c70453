// The plan IR as JSON: `planc ir FILE --format json`.
#pragma once

#include <ostream>

#include "compiler/ir/plan.h"
#include "compiler/ir/registry.h"

namespace planc::emit {

/// Writes one plan's IR as JSON: the tree walk_plan (ir_walk.h) gives the XML IR — front
/// matter, notice, citations, command structure, groups, duties, grading schemes and
/// definitions, response and warning schemes, signals, terms, management clauses, tasks,
/// references, mentions and how far each block was read — each node with its source
/// position and heading path.
void write_plan_json(const ir::Plan& plan, std::ostream& out);

}  // namespace planc::emit
