// evaluation-overdue: no evaluation within the interval, where a clause states one.
#include "checkers/rules.h"
#include "checkers/time_common.h"

namespace planc::checkers {
namespace {

class EvaluationOverdueCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{"evaluation-overdue",
                               Severity::Error,
                               "规定的评估周期内没有评估",
                               {"适用的评估条款（须写明评估周期）", "预案评估",
                                "条款写明评估周期的，自印发或上次评估起，周期内应有一次评估；条款未写明周期的，本规则不"
                                "运行。",
                                false}};
    return rule;
  }

  void run(CheckContext& context) override {
    for (const ir::Plan* plan : context.plans()) {
      std::optional<Deadline> d = deadline_for(context, *plan, ir::Obligation::Evaluation);
      if (!d) continue;
      std::string basis = "（依据 " + clause_text(d->clause) + "）";
      if (d->status == Status::NoRecord) {
        Diagnostic& diagnostic = context.report(
            issue_range(*plan),
            "缺少记录：台账中没有《" + plan->meta.title + "》的评估记录，而评估期限 " + d->due->iso() + " 已过" + basis,
            std::string(), Severity::Warning);
        note_clause(diagnostic, d->clause);
        mark_provisional(diagnostic, *d);
      } else if (d->status == Status::Overdue || d->status == Status::Late) {
        Diagnostic& diagnostic =
            context.report(issue_range(*plan), "《" + plan->meta.title + "》自 " + d->start->iso() + " 起应在 " +
                                                   d->due->iso() + " 前评估" + basis);
        note_clause(diagnostic, d->clause);
        mark_provisional(diagnostic, *d);
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_evaluation_overdue_check() { return std::make_unique<EvaluationOverdueCheck>(); }

}  // namespace planc::checkers
