// signal-definition-mismatch: the lowest warning level admits values the hazard's own term definition excludes.
#include <algorithm>
#include <optional>

#include "checkers/bases.h"
#include "checkers/rules.h"
#include "checkers/signals.h"

namespace planc::checkers {
namespace {

enum class Side { Lower, Upper };

const std::optional<ResolvedBound>& bound(const ResolvedInterval& r, Side side) {
  return side == Side::Lower ? r.lower : r.upper;
}

// Whether bound `a` admits a value outside bound `b` on that side.
bool wider(const ResolvedBound& a, const ResolvedBound& b, Side side, ir::Dimension dimension) {
  return side == Side::Lower ? starts_below(a, b, dimension) : ends_above(a, b, dimension);
}

// A definition criterion compared with a signal criterion: the same indicator, and the
// same window unless the definition names none.
bool comparable(const ir::Criterion& definition, const ir::Criterion& signal) {
  if (definition.qualitative() || definition.indicator != signal.indicator) return false;
  return !definition.window || same_axis(definition, signal);
}

class SignalDefinitionMismatchCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{"signal-definition-mismatch", Severity::Warning,
                               "最低级别预警信号的标准宽于本预案对该灾种的名词定义", bases::response_law_article_42()};
    return rule;
  }

  void run(CheckContext& context) override {
    for (const ir::Plan* plan : context.plans()) {
      for (const auto& levels : signals_by_hazard(*plan)) {
        std::string hazard = hazard_key(*plan, levels.front()->hazard);
        for (const ir::Term& term : plan->terms) {
          if (hazard_key(*plan, term.name) != hazard) continue;
          for (const ir::Signal* signal : levels) {
            if (signal->ordinal == levels.back()->ordinal) check_signal(context, *plan, *signal, term);
          }
        }
      }
    }
  }

 private:
  // Each quantitative criterion of the lowest level against the definition's loosest
  // bound on the same side; once per indicator, window and side.
  static void check_signal(CheckContext& context, const ir::Plan& plan, const ir::Signal& signal,
                           const ir::Term& term) {
    std::vector<std::pair<const ir::Criterion*, Side>> reported;
    for (const ir::Clause& clause : signal.criteria.any) {
      for (const ir::Criterion& criterion : clause.all) {
        if (criterion.qualitative()) continue;
        for (Side side : {Side::Lower, Side::Upper}) {
          bool seen = std::any_of(reported.begin(), reported.end(),
                                  [&](const auto& r) { return r.second == side && same_axis(*r.first, criterion); });
          if (seen) continue;
          if (const ir::Criterion* d = excluding(plan, criterion, term, side)) {
            report(context, plan, signal, criterion, term, *d);
            reported.push_back({&criterion, side});
          }
        }
      }
    }
  }

  // The definition's criterion whose bound the signal's criterion goes beyond, or null
  // when the definition has no bound on that side or one of its bounds admits the signal's.
  static const ir::Criterion* excluding(const ir::Plan& plan, const ir::Criterion& criterion, const ir::Term& term,
                                        Side side) {
    std::optional<ResolvedBound> mine = bound(resolved(plan, criterion), side);
    if (!mine) return nullptr;
    const ir::Criterion* loosest = nullptr;
    std::optional<ResolvedBound> theirs;
    for (const ir::Clause& clause : term.criteria.any) {
      for (const ir::Criterion& d : clause.all) {
        if (!comparable(d, criterion)) continue;
        std::optional<ResolvedBound> b = bound(resolved(plan, d), side);
        if (b && (!theirs || wider(*b, *theirs, side, d.interval.dimension))) {
          theirs = b;
          loosest = &d;
        }
      }
    }
    if (!theirs || !wider(*mine, *theirs, side, criterion.interval.dimension)) return nullptr;
    return loosest;
  }

  static void report(CheckContext& context, const ir::Plan& plan, const ir::Signal& signal,
                     const ir::Criterion& criterion, const ir::Term& term, const ir::Criterion& definition) {
    ResolvedInterval mine = resolved(plan, criterion);
    ResolvedInterval theirs = resolved(plan, definition);
    std::string message = signal.hazard + "的最低级别" + signal.colour + "预警信号标准“" + quote(plan, criterion) +
                          "”（" + describe(mine) + "）宽于本预案对“" + term.name + "”的定义（" +
                          axis_words(definition) + " " + describe(theirs) +
                          "）：达到这一信号标准的天气，按定义可能还不是" + term.name;
    // Whether the finding hangs on a bare 以上/以下 read by the legal default.
    if (!same(flip_defaults(mine), mine) && contains(theirs, flip_defaults(mine))) {
      message += "；本预案未约定“以上”“以下”是否含本数，按法律默认含本数";
    }
    Diagnostic& d = context.report(criterion.range, message, signal.origin.section);
    d.related.push_back({definition.range, "“" + term.name + "”的定义在这里：“" + quote(plan, definition) + "”"});
  }
};

}  // namespace

std::unique_ptr<Check> make_signal_definition_mismatch_check() {
  return std::make_unique<SignalDefinitionMismatchCheck>();
}

}  // namespace planc::checkers
