// drill-after-revision: no drill since a major revision, where the drill clause asks for one.
#include "checkers/rules.h"
#include "checkers/time_common.h"
#include "checkers/util.h"

namespace planc::checkers {
namespace {

// The drill clause that asks for a drill after a major revision: the plan's own or a
// superior's.
const ir::ManagementClause* after_revision_clause(const ir::Plan& plan, const ir::Plan** where) {
  std::vector<const ir::Plan*> candidates = {&plan};
  candidates.insert(candidates.end(), plan.superior_plans.begin(), plan.superior_plans.end());
  for (const ir::Plan* p : candidates) {
    for (const ir::ManagementClause& c : p->management) {
      if (c.kind == "演练" && c.after_major_revision) {
        *where = p;
        return &c;
      }
    }
  }
  return nullptr;
}

class DrillAfterRevisionCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{
        "drill-after-revision",
        Severity::Warning,
        "预案重大修订后没有按新预案演练",
        {"上位预案的演练条款（如总体应急预案 7.3“如预案发生重大调整，需及时按照新修订的预案实施演练”）", "预案演练",
         "预案发生重大调整（组织指挥体系与职责、处置程序、主要处置措施、分级标准等）后，应及时按新修订的预案演练。",
         false}};
    return rule;
  }

  void run(CheckContext& context) override {
    for (const ir::Plan* plan : context.plans()) {
      if (!time_rule_can_run(context, *plan, true)) continue;
      const ir::Plan* where = nullptr;
      const ir::ManagementClause* clause = after_revision_clause(*plan, &where);
      if (clause == nullptr) continue;
      const auto* events = context.corpus().ledger.events(plan->meta.title);
      if (events == nullptr) continue;
      for (const time::LedgerEvent& revision : *events) {
        if (revision.kind != "修订" || !revision.major || revision.date > context.as_of()) continue;
        bool drilled = false;
        for (const time::LedgerEvent& e : *events) drilled = drilled || (e.kind == "演练" && e.date >= revision.date);
        if (drilled) continue;
        Diagnostic& d = context.report(revision.range, "《" + plan->meta.title + "》" + revision.date.iso() +
                                                           " 的修订涉及“" + revision.content +
                                                           "”，属重大调整，此后台账中没有按新预案演练的记录（依据《" +
                                                           where->meta.title + "》：“" + clause->text + "”）");
        d.related.push_back({clause->origin.range, "适用的条款"});
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_drill_after_revision_check() { return std::make_unique<DrillAfterRevisionCheck>(); }

}  // namespace planc::checkers
