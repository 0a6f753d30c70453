// signal-non-monotone: a higher warning level whose threshold on an indicator is lower than a lower level's.
#include <optional>

#include "checkers/bases.h"
#include "checkers/rules.h"
#include "checkers/signals.h"

namespace planc::checkers {
namespace {

enum class Side { Lower, Upper };

// One level's threshold on one axis: the loosest bound among its single-criterion
// clauses (the value at which the level starts), and the criterion that states it.
struct Threshold {
  const ir::Signal* signal = nullptr;
  const ir::Criterion* criterion = nullptr;
  ResolvedBound bound;
};

bool exact(const ResolvedInterval& r) {
  return r.lower && r.upper && r.lower->value == r.upper->value && r.lower->inclusive && r.upper->inclusive;
}

// The bound of a criterion on a side: an interval bounded on that side only, or an exact
// value when the axis has a direction.
std::optional<ResolvedBound> bound_on(const ResolvedInterval& r, Side side, bool exact_too) {
  if (exact(r)) {
    if (!exact_too) return std::nullopt;
    return side == Side::Lower ? r.lower : r.upper;
  }
  if (side == Side::Lower && r.lower && !r.upper) return r.lower;
  if (side == Side::Upper && r.upper && !r.lower) return r.upper;
  return std::nullopt;
}

// The quantitative criteria that stand alone in a clause: the ones a level's threshold is.
std::vector<const ir::Criterion*> single(const ir::Signal& signal) {
  std::vector<const ir::Criterion*> out;
  for (const ir::Clause& clause : signal.criteria.any) {
    if (clause.all.size() == 1 && !clause.all.front().qualitative()) out.push_back(&clause.all.front());
  }
  return out;
}

class SignalNonMonotoneCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{"signal-non-monotone", Severity::Warning,
                               "较高预警级别的信号标准反而比较低级别宽：级别越高，门槛应越高",
                               bases::response_law_article_42()};
    return rule;
  }

  void run(CheckContext& context) override {
    for (const ir::Plan* plan : context.plans()) {
      for (const auto& levels : signals_by_hazard(*plan)) check_hazard(context, *plan, levels);
    }
  }

 private:
  static void check_hazard(CheckContext& context, const ir::Plan& plan, const std::vector<const ir::Signal*>& levels) {
    std::vector<const ir::Criterion*> axes;  // one representative criterion per indicator+window
    for (const ir::Signal* signal : levels) {
      for (const ir::Criterion* c : single(*signal)) {
        bool known = false;
        for (const ir::Criterion* a : axes) known = known || same_axis(*a, *c);
        if (!known) axes.push_back(c);
      }
    }
    // Which way each axis runs (lower-bounded: higher is worse; upper-bounded: lower is
    // worse); an axis of exact values only follows the hazard's other axes.
    bool hazard_lower = false, hazard_upper = false;
    std::vector<std::pair<bool, bool>> directions;
    for (const ir::Criterion* axis : axes) {
      directions.push_back(direction(plan, levels, *axis));
      hazard_lower = hazard_lower || directions.back().first;
      hazard_upper = hazard_upper || directions.back().second;
    }
    for (size_t i = 0; i < axes.size(); ++i) {
      auto [lower, upper] = directions[i];
      if (!lower && !upper) {
        lower = hazard_lower && !hazard_upper;
        upper = hazard_upper && !hazard_lower;
      }
      if (lower) check_side(context, plan, levels, *axes[i], Side::Lower, !upper);
      if (upper) check_side(context, plan, levels, *axes[i], Side::Upper, !lower);
    }
  }

  // Whether some level bounds the axis from below only, and whether some from above only.
  static std::pair<bool, bool> direction(const ir::Plan& plan, const std::vector<const ir::Signal*>& levels,
                                         const ir::Criterion& axis) {
    bool lower = false, upper = false;
    for (const ir::Signal* signal : levels) {
      for (const ir::Criterion* c : single(*signal)) {
        if (!same_axis(axis, *c)) continue;
        lower = lower || bound_on(resolved(plan, *c), Side::Lower, false).has_value();
        upper = upper || bound_on(resolved(plan, *c), Side::Upper, false).has_value();
      }
    }
    return {lower, upper};
  }

  // The threshold of each level on the axis, highest level first; adjacent levels compared.
  static void check_side(CheckContext& context, const ir::Plan& plan, const std::vector<const ir::Signal*>& levels,
                         const ir::Criterion& axis, Side side, bool exact_too) {
    std::vector<Threshold> thresholds;
    for (const ir::Signal* signal : levels) {
      std::optional<Threshold> best;
      for (const ir::Criterion* c : single(*signal)) {
        if (!same_axis(axis, *c)) continue;
        std::optional<ResolvedBound> b = bound_on(resolved(plan, *c), side, exact_too);
        if (!b) continue;
        bool looser = !best || (side == Side::Lower ? starts_below(*b, best->bound, axis.interval.dimension)
                                                    : ends_above(*b, best->bound, axis.interval.dimension));
        if (looser) best = Threshold{signal, c, *b};
      }
      if (best) thresholds.push_back(*best);
    }
    for (size_t i = 0; i + 1 < thresholds.size(); ++i) {
      const Threshold& high = thresholds[i];
      const Threshold& low = thresholds[i + 1];
      if (high.signal->ordinal == low.signal->ordinal) continue;
      bool wrong = side == Side::Lower ? starts_below(high.bound, low.bound, axis.interval.dimension)
                                       : ends_above(high.bound, low.bound, axis.interval.dimension);
      if (wrong) report(context, plan, high, low, side);
    }
  }

  static void report(CheckContext& context, const ir::Plan& plan, const Threshold& high, const Threshold& low,
                     Side side) {
    std::string axis = axis_words(*high.criterion);
    std::string message =
        signal_name(*high.signal) + "的" + axis + "标准“" + quote(plan, *high.criterion) + "”（" +
        describe(resolved(plan, *high.criterion)) + "）" + (side == Side::Lower ? "低于" : "高于") + "较低级别的" +
        low.signal->colour + "预警信号（" + describe(resolved(plan, *low.criterion)) + "）：" +
        (side == Side::Lower ? std::string("预警级别越高，起始值应越高")
                             : high.criterion->indicator_name + "越低越严重，预警级别越高，上限应越低");
    Diagnostic& d = context.report(high.criterion->range, message, high.signal->origin.section);
    d.related.push_back({low.criterion->range, low.signal->colour + "预警信号的" + axis + "标准在这里：“" +
                                                   quote(plan, *low.criterion) + "”"});
  }
};

}  // namespace

std::unique_ptr<Check> make_signal_non_monotone_check() { return std::make_unique<SignalNonMonotoneCheck>(); }

}  // namespace planc::checkers
