// Helpers the signal and coverage checks share: hazard keys, signals by hazard, criteria in words.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "checkers/analysis.h"
#include "compiler/ir/plan.h"

namespace planc::checkers {

/// The match key of a hazard name: a registered hazard's canonical name (aliases
/// included), folded; other words folded as they are.
std::string hazard_key(const ir::Plan& plan, std::string_view name);

/// A plan's signals grouped by hazard (in order of first appearance), each group ordered
/// from the highest level (ordinal 1) down. Signals without a level or hazard are left out.
std::vector<std::vector<const ir::Signal*>> signals_by_hazard(const ir::Plan& plan);

/// Whether two criteria measure the same indicator over the same time window.
bool same_axis(const ir::Criterion& a, const ir::Criterion& b);

/// "3小时内降水量", "平均风力": the indicator a criterion measures, with its window.
std::string axis_words(const ir::Criterion& criterion);

/// "大风蓝色预警信号".
std::string signal_name(const ir::Signal& signal);

/// A criterion's interval, with 以上/以下 resolved by the plan's convention.
ResolvedInterval resolved(const ir::Plan& plan, const ir::Criterion& criterion);

/// Whether lower bound `a` admits a value that lower bound `b` excludes.
bool starts_below(const ResolvedBound& a, const ResolvedBound& b, ir::Dimension dimension);

/// Whether upper bound `a` admits a value that upper bound `b` excludes.
bool ends_above(const ResolvedBound& a, const ResolvedBound& b, ir::Dimension dimension);

/// A criterion as written, from the words naming its indicator on ("地表温度低于 0℃"
/// of "预计…地表温度低于 0℃"; whole when a time window precedes them), for a message.
std::string quote(const ir::Plan& plan, const ir::Criterion& criterion);

}  // namespace planc::checkers
