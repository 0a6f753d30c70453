// Intervals as a checker sees them: bounds with 以上/以下 resolved by the plan's
// convention (or the legal default), and comparisons that know integer scales.
#pragma once

#include <optional>
#include <string>

#include "compiler/ir/plan.h"
#include "compiler/ir/quantity.h"

namespace planc::analysis {

/// How a bound's inclusion was decided.
enum class Decided {
  Text,        ///< the words say it: （含）, 及以上, 不足, ＜ …
  Convention,  ///< bare 以上/以下, and the plan declares what they mean (e.g. geo 9.2)
  Default,     ///< bare 以上/以下, no declaration: the legal default (included) applies
};

struct ResolvedBound {
  double value = 0;
  bool inclusive = true;
  Decided decided = Decided::Text;
};

struct ResolvedInterval {
  std::optional<ResolvedBound> lower;
  std::optional<ResolvedBound> upper;
  ir::Dimension dimension = ir::Dimension::None;
};

/// Resolves an interval's bounds with a plan's convention (absent: legal default).
ResolvedInterval resolve(const ir::Interval& interval, const std::optional<ir::BoundaryConvention>& convention);

/// The same interval with every Default bound read the other way (excluded instead of
/// included): what the text would mean if 以上/以下 did not include the number.
ResolvedInterval flip_defaults(const ResolvedInterval& interval);

/// Whether a dimension only takes whole values (people, households, intensities, 级):
/// between 8 and 9 lies no value, so ≤8 and ≥9 leave no gap.
bool discrete(ir::Dimension dimension);

/// Whether two intervals share at least one value.
bool overlap(const ResolvedInterval& a, const ResolvedInterval& b);

/// Whether some value lies strictly between `low` (entirely below) and `high`: the two
/// leave a gap. False when they overlap.
bool gap_between(const ResolvedInterval& low, const ResolvedInterval& high);

/// Whether two intervals are the same set of values.
bool same(const ResolvedInterval& a, const ResolvedInterval& b);

/// Whether every value of `inner` lies in `outer`.
bool contains(const ResolvedInterval& outer, const ResolvedInterval& inner);

/// "[50, 300)", "≥ 7", "< 0.5 万人": an interval in words, with its unit.
std::string describe(const ResolvedInterval& interval);

}  // namespace planc::analysis
