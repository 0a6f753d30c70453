// org-inconsistent-name: 同一机构在同一预案中有两种以上写法.
#include "checkers/rules.h"

namespace planc::checkers {
namespace {

class OrgInconsistentNameCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{"org-inconsistent-name",
                               Severity::Warning,
                               "同一机构在同一预案中有两种以上写法",
                               {"planc 预案语言（docs/language.md）", "机构登记",
                                "同一预案应以同一名称指称同一机构；别名只用于识别。", false}};
    return rule;
  }

  // PLACEHOLDER: the rule's logic is being written; until then it reports nothing.
  void run(CheckContext& context) override { (void)context; }
};

}  // namespace

std::unique_ptr<Check> make_org_inconsistent_name_check() { return std::make_unique<OrgInconsistentNameCheck>(); }

}  // namespace planc::checkers
