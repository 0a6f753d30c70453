// The analyses of compiler/analysis/ the rules share, by their short names inside
// planc::checkers: intervals with their boundary convention, and time obligations.
#pragma once

#include "compiler/analysis/intervals.h"
#include "compiler/analysis/obligations.h"

namespace planc::checkers {

using analysis::contains;
using analysis::Decided;
using analysis::describe;
using analysis::discrete;
using analysis::flip_defaults;
using analysis::gap_between;
using analysis::overlap;
using analysis::resolve;
using analysis::ResolvedBound;
using analysis::ResolvedInterval;
using analysis::same;

using analysis::Deadline;
using analysis::deadlines;
using analysis::find_clause;
using analysis::fired_triggers;
using analysis::FiredTrigger;
using analysis::governing_clause;
using analysis::GoverningClause;
using analysis::names_category;
using analysis::Period;
using analysis::period_of;
using analysis::provisional_note;
using analysis::Status;

}  // namespace planc::checkers
