// org-no-duty: 指挥部成员单位没有任何职责.
#include "checkers/rules.h"

namespace planc::checkers {
namespace {

class OrgNoDutyCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{"org-no-duty",
                               Severity::Warning,
                               "指挥部成员单位没有任何职责",
                               {"中华人民共和国突发事件应对法（2007）", "第十八条",
                                "应急预案应当……具体规定突发事件应急管理工作的组织指挥体系与职责……", true}};
    return rule;
  }

  // PLACEHOLDER: the rule's logic is being written; until then it reports nothing.
  void run(CheckContext& context) override { (void)context; }
};

}  // namespace

std::unique_ptr<Check> make_org_no_duty_check() { return std::make_unique<OrgNoDutyCheck>(); }

}  // namespace planc::checkers
