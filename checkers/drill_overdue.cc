// drill-overdue: no drill within the interval the governing clause sets.
#include "checkers/rules.h"
#include "checkers/time_common.h"

namespace planc::checkers {
namespace {

class DrillOverdueCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{
        "drill-overdue",
        Severity::Error,
        "规定的演练周期内没有演练",
        {"上位预案的演练条款（如总体应急预案 7.3“专项应急预案、部门应急预案至少每２年进行一次应急演练”）", "预案演练",
         "适用演练周期的预案，自印发或上次演练起，周期内应有一次演练；没有任何演练记录的，报告为缺少记录。", false}};
    return rule;
  }

  void run(CheckContext& context) override {
    for (const ir::Plan* plan : context.plans()) {
      std::optional<Deadline> d = deadline_for(context, *plan, ir::Obligation::Drill);
      if (!d) continue;
      std::string basis = "（依据 " + clause_text(d->clause) + "）";
      if (d->status == Status::NoRecord) {
        Diagnostic& diagnostic =
            context.report(issue_range(*plan),
                           "缺少记录：台账中没有《" + plan->meta.title + "》的演练记录，而自 " + d->start->iso() +
                               " 起的演练期限 " + d->due->iso() + " 已过" + basis,
                           std::string(), Severity::Warning);
        note_clause(diagnostic, d->clause);
        mark_provisional(diagnostic, *d);
      } else if (d->status == Status::Overdue || d->status == Status::Late) {
        std::string done =
            d->status == Status::Late ? "，下一次演练 " + d->done->iso() + " 才进行" : "，此后没有演练记录";
        Diagnostic& diagnostic =
            context.report(issue_range(*plan), "《" + plan->meta.title + "》自 " + d->start->iso() + " 起应在 " +
                                                   d->due->iso() + " 前演练" + done + basis);
        note_clause(diagnostic, d->clause);
        mark_provisional(diagnostic, *d);
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_drill_overdue_check() { return std::make_unique<DrillOverdueCheck>(); }

}  // namespace planc::checkers
