// org-not-in-command: 工作组的牵头或成员单位不是指挥部成员.
#include "checkers/rules.h"

namespace planc::checkers {
namespace {

class OrgNotInCommandCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{
        "org-not-in-command",
        Severity::Warning,
        "工作组的牵头或成员单位不是指挥部成员",
        {"planc 预案语言（docs/language.md）", "指挥部与工作组",
         "工作组由指挥部设立，其牵头和成员单位应在指挥部的成员（或指挥长、副指挥长所在单位）之中。", true}};
    return rule;
  }

  // PLACEHOLDER: the rule's logic is being written; until then it reports nothing.
  void run(CheckContext& context) override { (void)context; }
};

}  // namespace

std::unique_ptr<Check> make_org_not_in_command_check() { return std::make_unique<OrgNotInCommandCheck>(); }

}  // namespace planc::checkers
