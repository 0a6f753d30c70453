// revision-triggered: a revision trigger fired after issue, naming the clause and the event.
#include "checkers/rules.h"
#include "checkers/time_common.h"

namespace planc::checkers {
namespace {

class RevisionTriggeredCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{
        "revision-triggered",
        Severity::Warning,
        "预案印发后发生了应当修订的情形，而没有修订记录",
        {"适用的修订条款（如总体应急预案 7.4“有下列情形之一的，应当及时修订应急预案”）", "预案评估与修订",
         "预案印发后，所引法律、法规、上位预案有新版本施行，或所列机构更名、撤销、合并的，即触发"
         "修订情形；台账中此后没有修订记录的，予以提示。",
         false}};
    return rule;
  }

  void run(CheckContext& context) override {
    for (const ir::Plan* plan : context.plans()) {
      if (!time_rule_can_run(context, *plan, false)) continue;
      for (const FiredTrigger& f : fired_triggers(context.corpus(), *plan, context.as_of())) {
        std::string ledger =
            context.corpus().ledger.empty() ? "（语料中没有台账，无法知道此后是否已修订）" : "；台账中此后没有修订记录";
        Diagnostic& d = context.report(f.where,
                                       "本预案 " + plan->meta.issued->iso() + " 印发后，" + f.event + "：触发《" +
                                           f.trigger_plan->meta.title + "》修订情形" + f.trigger->marker + "“" +
                                           f.trigger->text + "”" + ledger,
                                       f.section);
        d.related.push_back({f.trigger->origin.range, "修订情形" + f.trigger->marker});
        if (f.evidence.valid()) d.related.push_back({f.evidence, "登记的记录"});
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_revision_triggered_check() { return std::make_unique<RevisionTriggeredCheck>(); }

}  // namespace planc::checkers
