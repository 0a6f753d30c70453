// hier-relaxed-requirement: a subordinate that relaxes a superior's period or interval.
#include "checkers/rules.h"
#include "checkers/util.h"
#include "compiler/analysis/external_clauses.h"
#include "compiler/analysis/obligations.h"

namespace planc::checkers {
namespace {

using analysis::ExternalRequirement;

struct Superior {
  const ir::ManagementClause* clause = nullptr;
  std::string label;
  SourceRange range;
};

class HierRelaxedRequirementCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{
        "hier-relaxed-requirement",
        Severity::Warning,
        "下级预案放宽了上位规定的期限或周期",
        {"上位预案或国家规定中对应的条款（如《突发事件应急预案管理办法》（2013）第二十二条“专项应急预案、部门应急预"
         "案至少每3年进行一次应急演练”）",
         "预案管理",
         "下级预案可以收紧上位规定的期限或周期（如演练每２年而非每3年），不得放宽；所比较的条款须为印发时施行、原文已"
         "核实的版本。",
         false}};
    return rule;
  }

  void run(CheckContext& context) override {
    for (const ir::Plan* plan : context.plans()) {
      std::vector<ExternalRequirement> external = external_clauses(context, *plan);
      bool compared = false;
      bool own_periods = false;
      for (const ir::ManagementClause& mine : plan->management) {
        if (!mine.duration || mine.applies_to.empty()) continue;
        own_periods = true;
        for (const std::string& category : mine.applies_to) {
          Superior theirs = find_superior(*plan, mine.kind, category, external);
          if (theirs.clause == nullptr) continue;
          compare(context, mine, theirs);
          compared = true;
          break;
        }
      }
      // Periods of its own and nothing above to hold them against: say so.
      if (own_periods && !compared && plan->superior_plans.empty() && external.empty()) {
        context.skip(plan->path,
                     plan->meta.superiors.empty()
                         ? "前置信息没有写上位预案，外部文件登记中也没有适用的期限条款，无法比较本预案的期限"
                         : "上位预案《" + plan->meta.superiors.front() +
                               "》不在语料中，外部文件登记中也没有适用的期限条款，无法比较本预案的期限");
      }
    }
  }

 private:
  // Clauses of external documents (laws, national measures) in force on the issue date;
  // a clause whose text is not verified is skipped (said once per plan), never guessed.
  static std::vector<ExternalRequirement> external_clauses(CheckContext& context, const ir::Plan& plan) {
    if (plan.external == nullptr || !plan.meta.issued) return {};
    analysis::ExternalPeriods periods = analysis::external_periods(*plan.external, *plan.meta.issued);
    for (const std::string& clause : periods.unverified) context.skip(plan.path, clause + "的原文未核实，不与之比较");
    return std::move(periods.requirements);
  }

  // The superior plan's clause of this kind naming the category, else an external one.
  static Superior find_superior(const ir::Plan& plan, ir::Obligation kind, const std::string& category,
                                const std::vector<ExternalRequirement>& external) {
    for (const ir::Plan* s : plan.superior_plans) {
      if (const ir::ManagementClause* c = analysis::find_clause(*s, kind, category, true))
        return {c, "《" + s->meta.title + "》", c->origin.range};
    }
    for (const ExternalRequirement& e : external) {
      if (e.clause.kind == kind && e.clause.duration && analysis::names_category(e.clause, category))
        return {&e.clause, e.label, e.clause.origin.range};
    }
    return {};
  }

  static void compare(CheckContext& context, const ir::ManagementClause& mine, const Superior& theirs) {
    std::optional<analysis::Period> a = analysis::period_of(*mine.duration);
    std::optional<analysis::Period> b = analysis::period_of(*theirs.clause->duration);
    if (!a || !b || a->unit != b->unit || a->amount <= b->amount) return;
    Diagnostic& d = context.report(mine.duration->range,
                                   "本预案规定“" + mine.duration->text + "”，宽于" + theirs.label + "规定的“" +
                                       theirs.clause->duration->text + "”：下级预案可以收紧上位的要求，不能放宽",
                                   mine.origin.section);
    d.related.push_back({theirs.range, "上位的规定"});
  }
};

}  // namespace

std::unique_ptr<Check> make_hier_relaxed_requirement_check() { return std::make_unique<HierRelaxedRequirementCheck>(); }

}  // namespace planc::checkers
