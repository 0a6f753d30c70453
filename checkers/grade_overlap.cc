// grade-overlap: 两个等级的区间重叠：同一事件同时属于两个等级.
#include "checkers/rules.h"

namespace planc::checkers {
namespace {

class GradeOverlapCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{
        "grade-overlap",
        Severity::Warning,
        "两个等级的区间重叠：同一事件同时属于两个等级",
        {"中华人民共和国突发事件应对法（2007）", "第三条",
         "按照社会危害程度、影响范围等因素，自然灾害、事故灾难、公共卫生事件分为特别重大、重大、较大和一般四级。",
         true}};
    return rule;
  }

  // PLACEHOLDER: the rule's logic is being written; until then it reports nothing.
  void run(CheckContext& context) override { (void)context; }
};

}  // namespace

std::unique_ptr<Check> make_grade_overlap_check() { return std::make_unique<GradeOverlapCheck>(); }

}  // namespace planc::checkers
