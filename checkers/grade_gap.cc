// grade-gap: 相邻等级的区间之间留有空档：某些事件不属于任何等级.
#include "checkers/rules.h"

namespace planc::checkers {
namespace {

class GradeGapCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{
        "grade-gap",
        Severity::Warning,
        "相邻等级的区间之间留有空档：某些事件不属于任何等级",
        {"中华人民共和国突发事件应对法（2007）", "第三条",
         "按照社会危害程度、影响范围等因素，自然灾害、事故灾难、公共卫生事件分为特别重大、重大、较大和一般四级。",
         true}};
    return rule;
  }

  // PLACEHOLDER: the rule's logic is being written; until then it reports nothing.
  void run(CheckContext& context) override { (void)context; }
};

}  // namespace

std::unique_ptr<Check> make_grade_gap_check() { return std::make_unique<GradeGapCheck>(); }

}  // namespace planc::checkers
