// coverage-hazard: a hazard in the plan's scope without the duties, signal standard or definition other hazards have.
#include <algorithm>
#include <set>

#include "checkers/rules.h"
#include "checkers/signals.h"
#include "checkers/util.h"

namespace planc::checkers {
namespace {

// One kind of coverage and the hazards (by key) the plan gives it to.
struct Kind {
  const char* words;  // 部门职责, 预警信号标准, 名词定义
  std::set<std::string> hazards;
};

class CoverageHazardCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{
        "coverage-hazard",
        Severity::Warning,
        "适用范围内的灾种缺少本预案为其他灾种写明的职责、预警信号标准或名词定义",
        {"planc 预案语言（docs/language.md）", "范围",
         "适用范围列出的每个灾种，预案都应写明其部门职责、预警信号标准和名词定义（如预案对其他灾种写了这些内容）。",
         true}};
    return rule;
  }

  void run(CheckContext& context) override {
    for (const ir::Plan* plan : context.plans()) {
      if (!plan->scope_hazards.empty()) check_plan(context, *plan);
    }
  }

 private:
  static std::vector<Kind> kinds(const ir::Plan& plan) {
    std::set<std::string> scope;
    for (const ir::HazardRef& h : plan.scope_hazards) scope.insert(hazard_key(plan, h.name));
    Kind duties{"部门职责", {}}, signals{"预警信号标准", {}}, terms{"名词定义", {}};
    for (const ir::Duty& duty : plan.duties) {
      if (!duty.hazard.empty()) duties.hazards.insert(hazard_key(plan, duty.hazard));
    }
    for (const ir::Signal& signal : plan.signals) {
      if (!signal.hazard.empty()) signals.hazards.insert(hazard_key(plan, signal.hazard));
    }
    for (const ir::Term& term : plan.terms) {
      // Only terms that name a hazard: 地质灾害危险区 is a term, not a hazard's definition.
      const ir::Indicator* registered = plan.indicators ? plan.indicators->find(term.name) : nullptr;
      std::string k = hazard_key(plan, term.name);
      if ((registered && registered->hazard) || scope.count(k)) terms.hazards.insert(k);
    }
    return {duties, signals, terms};
  }

  static void check_plan(CheckContext& context, const ir::Plan& plan) {
    std::vector<Kind> all = kinds(plan);
    for (const ir::HazardRef& hazard : plan.scope_hazards) {
      std::string k = hazard_key(plan, hazard.name);
      std::vector<const Kind*> missing;
      for (const Kind& kind : all) {
        bool others = std::any_of(kind.hazards.begin(), kind.hazards.end(), [&](const auto& h) { return h != k; });
        if (others && !kind.hazards.count(k)) missing.push_back(&kind);
      }
      if (!missing.empty()) report(context, plan, hazard, missing);
    }
  }

  static void report(CheckContext& context, const ir::Plan& plan, const ir::HazardRef& named,
                     const std::vector<const Kind*>& missing) {
    const std::string& hazard = named.name;
    std::string what;
    std::string others;
    for (size_t i = 0; i < missing.size(); ++i) {
      what += std::string(i == 0 ? "" : (i + 1 == missing.size() ? "和" : "、")) + missing[i]->words;
      others += std::string(i == 0 ? "" : "，") + missing[i]->words + " " + std::to_string(missing[i]->hazards.size()) +
                " 个灾种";
    }
    std::string message =
        "适用范围列出了“" + hazard + "”，但本预案没有“" + hazard + "”的" + what + "，而其他灾种有（" + others + "）";
    context.report(named.range.valid() ? named.range : plan.scope_origin.range, message, plan.scope_origin.section);
  }
};

}  // namespace

std::unique_ptr<Check> make_coverage_hazard_check() { return std::make_unique<CoverageHazardCheck>(); }

}  // namespace planc::checkers
