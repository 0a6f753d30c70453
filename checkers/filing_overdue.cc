// filing-overdue: filed later than the deadline the governing clause sets.
#include "checkers/rules.h"
#include "checkers/time_common.h"

namespace planc::checkers {
namespace {

class FilingOverdueCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{
        "filing-overdue",
        Severity::Error,
        "备案晚于上位预案规定的期限",
        {"上位预案的备案条款（如总体应急预案 7.2“在印发后 20 个工作日内…备案”）", "预案审批与衔接",
         "预案印发后应在其上位预案（总体预案对自身则为本预案）规定的期限内备案；期限、单位和受"
         "文机关从条款原文读取。",
         false}};
    return rule;
  }

  void run(CheckContext& context) override {
    for (const ir::Plan* plan : context.plans()) {
      std::optional<Deadline> d = deadline_for(context, *plan, ir::Obligation::Filing);
      if (!d || d->status != Status::Late) continue;
      bool provisional = false;
      std::optional<int> late =
          context.corpus().calendar.working_days_between(*d->due, *d->done, nullptr, &provisional);
      if (provisional && d->provisional.empty()) d->provisional = provisional_note(context.corpus());
      Diagnostic& diagnostic =
          context.report(d->record ? d->record->range : issue_range(*plan),
                         "《" + plan->meta.title + "》" + plan->meta.issued->iso() + " 印发，应在 " + d->due->iso() +
                             " 前备案，台账记载 " + d->done->iso() + " 才备案" +
                             (late ? "，晚了 " + std::to_string(*late) + " 个工作日" : std::string()) + "（依据 " +
                             clause_text(d->clause) + "）");
      note_clause(diagnostic, d->clause);
      mark_provisional(diagnostic, *d);
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_filing_overdue_check() { return std::make_unique<FilingOverdueCheck>(); }

}  // namespace planc::checkers
