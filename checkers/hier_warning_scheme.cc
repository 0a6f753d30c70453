// hier-warning-scheme: 预警级别、颜色或次序与上位预案不同，或级别数超过上位的规定.
#include "checkers/rules.h"

namespace planc::checkers {
namespace {

class HierWarningSchemeCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{
        "hier-warning-scheme",
        Severity::Warning,
        "预警级别、颜色或次序与上位预案不同，或级别数超过上位的规定",
        {"中华人民共和国突发事件应对法（2007）", "第四十二条",
         "可以预警的自然灾害、事故灾难和公共卫生事件的预警级别，按照突发事件发生的紧急程度、发展势态和可能造成的危害程"
         "度分为一级、二级、三级和四级，分别用红色、橙色、黄色和蓝色标示，一级为最高级别。",
         true}};
    return rule;
  }

  // PLACEHOLDER: the rule's logic is being written; until then it reports nothing.
  void run(CheckContext& context) override { (void)context; }
};

}  // namespace

std::unique_ptr<Check> make_hier_warning_scheme_check() { return std::make_unique<HierWarningSchemeCheck>(); }

}  // namespace planc::checkers
