// org-duplicate-duty: 同一机构在同一处有两段职责.
#include "checkers/rules.h"

namespace planc::checkers {
namespace {

class OrgDuplicateDutyCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{"org-duplicate-duty",
                               Severity::Warning,
                               "同一机构在同一处有两段职责",
                               {"planc 预案语言（docs/language.md）", "职责",
                                "同一部分中每个机构的职责只写一段；两段职责使人不知以哪段为准。", false}};
    return rule;
  }

  // PLACEHOLDER: the rule's logic is being written; until then it reports nothing.
  void run(CheckContext& context) override { (void)context; }
};

}  // namespace

std::unique_ptr<Check> make_org_duplicate_duty_check() { return std::make_unique<OrgDuplicateDutyCheck>(); }

}  // namespace planc::checkers
