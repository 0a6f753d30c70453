// coverage-hazard: 适用范围内的灾种缺少职责、预警信号标准或定义.
#include "checkers/rules.h"

namespace planc::checkers {
namespace {

class CoverageHazardCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{
        "coverage-hazard",
        Severity::Warning,
        "适用范围内的灾种缺少职责、预警信号标准或定义",
        {"planc 预案语言（docs/language.md）", "范围",
         "适用范围列出的每个灾种，预案都应写明其部门职责、预警信号标准和名词定义（如预案对其他灾种写了这些内容）。",
         true}};
    return rule;
  }

  // PLACEHOLDER: the rule's logic is being written; until then it reports nothing.
  void run(CheckContext& context) override { (void)context; }
};

}  // namespace

std::unique_ptr<Check> make_coverage_hazard_check() { return std::make_unique<CoverageHazardCheck>(); }

}  // namespace planc::checkers
