// Intervals as a checker sees them.
#include "compiler/analysis/intervals.h"

#include <cmath>

#include "compiler/base/number.h"

namespace planc::analysis {
namespace {

std::optional<ResolvedBound> resolve_bound(const std::optional<ir::Bound>& bound, bool lower,
                                           const std::optional<ir::BoundaryConvention>& convention) {
  if (!bound) return std::nullopt;
  ResolvedBound r;
  r.value = bound->value;
  switch (bound->inclusion) {
    case ir::Inclusion::Inclusive: r.inclusive = true; break;
    case ir::Inclusion::Exclusive: r.inclusive = false; break;
    case ir::Inclusion::Convention: {
      std::optional<bool> declared;
      if (convention) declared = lower ? convention->above_inclusive : convention->below_inclusive;
      if (declared) {
        r.inclusive = *declared;
        r.decided = Decided::Convention;
      } else {
        r.inclusive = true;  // 以上、以下、以内，包括本数
        r.decided = Decided::Default;
      }
      break;
    }
  }
  return r;
}

// The smallest value a lower bound admits on an integer scale, or the bound itself.
double low_end(const ResolvedBound& b, bool integers) {
  if (!integers) return b.value;
  double v = b.inclusive ? std::ceil(b.value) : std::floor(b.value) + 1;
  return v;
}

double high_end(const ResolvedBound& b, bool integers) {
  if (!integers) return b.value;
  return b.inclusive ? std::floor(b.value) : std::ceil(b.value) - 1;
}

}  // namespace

ResolvedInterval resolve(const ir::Interval& interval, const std::optional<ir::BoundaryConvention>& convention) {
  ResolvedInterval r;
  r.lower = resolve_bound(interval.lower, true, convention);
  r.upper = resolve_bound(interval.upper, false, convention);
  r.dimension = interval.dimension;
  return r;
}

ResolvedInterval flip_defaults(const ResolvedInterval& interval) {
  ResolvedInterval r = interval;
  if (r.lower && r.lower->decided == Decided::Default) r.lower->inclusive = !r.lower->inclusive;
  if (r.upper && r.upper->decided == Decided::Default) r.upper->inclusive = !r.upper->inclusive;
  return r;
}

bool discrete(ir::Dimension dimension) {
  return dimension == ir::Dimension::Count || dimension == ir::Dimension::Intensity ||
         dimension == ir::Dimension::Level;
}

bool overlap(const ResolvedInterval& a, const ResolvedInterval& b) {
  bool integers = discrete(a.dimension);
  // a's upper against b's lower, and b's upper against a's lower.
  auto below = [&](const std::optional<ResolvedBound>& upper, const std::optional<ResolvedBound>& lower) {
    if (!upper || !lower) return false;  // unbounded on that side: they meet
    if (integers) return high_end(*upper, true) < low_end(*lower, true);
    if (upper->value < lower->value) return true;
    if (upper->value > lower->value) return false;
    return !(upper->inclusive && lower->inclusive);
  };
  return !below(a.upper, b.lower) && !below(b.upper, a.lower);
}

bool gap_between(const ResolvedInterval& low, const ResolvedInterval& high) {
  if (!low.upper || !high.lower) return false;
  if (overlap(low, high)) return false;
  bool integers = discrete(low.dimension);
  if (integers) return high_end(*low.upper, true) + 1 < low_end(*high.lower, true);
  if (low.upper->value < high.lower->value) return true;
  // Equal values: a gap only when both exclude the point.
  return low.upper->value == high.lower->value && !low.upper->inclusive && !high.lower->inclusive;
}

bool same(const ResolvedInterval& a, const ResolvedInterval& b) { return contains(a, b) && contains(b, a); }

bool contains(const ResolvedInterval& outer, const ResolvedInterval& inner) {
  bool integers = discrete(outer.dimension);
  if (outer.lower) {
    if (!inner.lower) return false;
    if (integers) {
      if (low_end(*inner.lower, true) < low_end(*outer.lower, true)) return false;
    } else if (inner.lower->value < outer.lower->value ||
               (inner.lower->value == outer.lower->value && inner.lower->inclusive && !outer.lower->inclusive)) {
      return false;
    }
  }
  if (outer.upper) {
    if (!inner.upper) return false;
    if (integers) {
      if (high_end(*inner.upper, true) > high_end(*outer.upper, true)) return false;
    } else if (inner.upper->value > outer.upper->value ||
               (inner.upper->value == outer.upper->value && inner.upper->inclusive && !outer.upper->inclusive)) {
      return false;
    }
  }
  return true;
}

std::string describe(const ResolvedInterval& interval) {
  auto show = [&](double v) { return ir::show_quantity(v, interval.dimension); };
  const auto& lo = interval.lower;
  const auto& hi = interval.upper;
  if (lo && hi && lo->value == hi->value && lo->inclusive && hi->inclusive) return show(lo->value);
  if (lo && hi) {
    return std::string(lo->inclusive ? "[" : "(") + show(lo->value) + ", " + show(hi->value) +
           (hi->inclusive ? "]" : ")");
  }
  if (lo) return std::string(lo->inclusive ? "≥ " : "> ") + show(lo->value);
  if (hi) return std::string(hi->inclusive ? "≤ " : "< ") + show(hi->value);
  return "任意值";
}

}  // namespace planc::analysis
