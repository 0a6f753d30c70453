// hier-warning-scheme: warning levels, colours or order unlike the superior's, or too many.
#include <algorithm>
#include <map>

#include "checkers/bases.h"
#include "checkers/rules.h"
#include "checkers/util.h"

namespace planc::checkers {
namespace {

class HierWarningSchemeCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{"hier-warning-scheme", Severity::Warning,
                               "预警级别、颜色或次序与上位预案不同，或级别数超过上位的规定",
                               bases::response_law_article_42()};
    return rule;
  }

  void run(CheckContext& context) override {
    for (const ir::Plan* plan : context.plans()) {
      if (plan->warning) {
        if (const ir::Plan* superior = first_superior(*plan, [](const ir::Plan& s) { return s.warning.has_value(); })) {
          compare(context, *plan, *superior);
        } else if (!plan->meta.superiors.empty()) {
          context.skip(plan->path, superiors_text(*plan) + "不在语料中或没有预警分级，无法比较预警级别");
        }
      }
      check_signals(context, *plan);
    }
  }

 private:
  static void compare(CheckContext& context, const ir::Plan& plan, const ir::Plan& superior) {
    const ir::WarningScheme& mine = *plan.warning;
    const ir::WarningScheme& theirs = *superior.warning;
    auto report = [&](const std::string& message) {
      Diagnostic& d = context.report(mine.origin.range, message, mine.origin.section);
      d.related.push_back({theirs.origin.range, "上位预案《" + superior.meta.title + "》的预警级别"});
    };
    if (mine.levels.size() > theirs.levels.size()) {
      report("本预案设 " + std::to_string(mine.levels.size()) + " 个预警级别，多于上位预案的 " +
             std::to_string(theirs.levels.size()) + " 个");
    }
    for (const ir::WarningLevel& level : mine.levels) {
      auto same_colour = std::find_if(theirs.levels.begin(), theirs.levels.end(),
                                      [&](const ir::WarningLevel& l) { return l.colour == level.colour; });
      if (same_colour == theirs.levels.end()) {
        report("预警颜色“" + level.colour + "”不是上位预案的预警颜色");
      } else if (same_colour->ordinal != level.ordinal) {
        report("“" + level.colour + "”在本预案中是第 " + std::to_string(level.ordinal) + " 级，在上位预案中是第 " +
               std::to_string(same_colour->ordinal) + " 级：级别次序与上位预案不同");
      }
    }
  }

  // Each hazard's signals use the plan's colours, no more levels than it allows.
  static void check_signals(CheckContext& context, const ir::Plan& plan) {
    if (!plan.warning || plan.signals.empty()) return;
    const ir::WarningScheme& scheme = *plan.warning;
    std::map<std::string, int> per_hazard;
    for (const ir::Signal& signal : plan.signals) {
      bool known = std::any_of(scheme.levels.begin(), scheme.levels.end(),
                               [&](const ir::WarningLevel& l) { return l.colour == signal.colour; });
      if (!known) {
        Diagnostic& d = context.report(signal.origin.range,
                                       signal.hazard + "的“" + signal.colour + "预警信号”不在本预案规定的预警级别之中",
                                       signal.origin.section);
        d.related.push_back({scheme.origin.range, "本预案的预警级别"});
      }
      int count = ++per_hazard[signal.hazard];
      int allowed = scheme.max_levels.value_or(static_cast<int>(scheme.levels.size()));
      if (count == allowed + 1) {
        Diagnostic& d =
            context.report(signal.origin.range, signal.hazard + "的预警信号超过 " + std::to_string(allowed) + " 个级别",
                           signal.origin.section);
        d.related.push_back({scheme.origin.range, "本预案规定的预警级别"});
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_hier_warning_scheme_check() { return std::make_unique<HierWarningSchemeCheck>(); }

}  // namespace planc::checkers
