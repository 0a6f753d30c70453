// filing-missing: no filing recorded, and the deadline the governing clause sets passed.
#include "checkers/rules.h"
#include "checkers/time_common.h"

namespace planc::checkers {
namespace {

class FilingMissingCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{
        "filing-missing",
        Severity::Warning,
        "没有备案记录而备案期限已过",
        {"上位预案的备案条款（如总体应急预案 7.2“在印发后 20 个工作日内…备案”）", "预案审批与衔接",
         "预案印发后应在规定期限内备案；台账中没有备案记录而期限已过的，报告为缺少记录（不是预案"
         "本身的缺陷）。",
         false}};
    return rule;
  }

  void run(CheckContext& context) override {
    for (const ir::Plan* plan : context.plans()) {
      std::optional<Deadline> d = deadline_for(context, *plan, ir::Obligation::Filing);
      if (!d || d->status != Status::NoRecord) continue;
      Diagnostic& diagnostic =
          context.report(issue_range(*plan), "缺少记录：台账中没有《" + plan->meta.title + "》的备案记录，而备案期限 " +
                                                 d->due->iso() + " 已过（" + plan->meta.issued->iso() + " 印发；依据 " +
                                                 clause_text(d->clause) + "）");
      note_clause(diagnostic, d->clause);
      mark_provisional(diagnostic, *d);
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_filing_missing_check() { return std::make_unique<FilingMissingCheck>(); }

}  // namespace planc::checkers
