// hier-grade-scheme: 下级预案的分级与上位预案的分级对不上，或对应次序颠倒.
#include "checkers/rules.h"

namespace planc::checkers {
namespace {

class HierGradeSchemeCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{
        "hier-grade-scheme",
        Severity::Warning,
        "下级预案的分级与上位预案的分级对不上，或对应次序颠倒",
        {"中华人民共和国突发事件应对法（2007）", "第三条",
         "按照社会危害程度、影响范围等因素，自然灾害、事故灾难、公共卫生事件分为特别重大、重大、较大和一般四级。",
         true}};
    return rule;
  }

  // PLACEHOLDER: the rule's logic is being written; until then it reports nothing.
  void run(CheckContext& context) override { (void)context; }
};

}  // namespace

std::unique_ptr<Check> make_hier_grade_scheme_check() { return std::make_unique<HierGradeSchemeCheck>(); }

}  // namespace planc::checkers
