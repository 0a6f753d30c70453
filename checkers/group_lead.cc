// group-lead: 工作组没有牵头单位，或有多个牵头单位.
#include "checkers/rules.h"

namespace planc::checkers {
namespace {

class GroupLeadCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{"group-lead",
                               Severity::Warning,
                               "工作组没有牵头单位，或有多个牵头单位",
                               {"planc 预案语言（docs/language.md）", "指挥部与工作组",
                                "每个工作组应有且只有一个牵头单位，责任才能落实到单位。", true}};
    return rule;
  }

  // PLACEHOLDER: the rule's logic is being written; until then it reports nothing.
  void run(CheckContext& context) override { (void)context; }
};

}  // namespace

std::unique_ptr<Check> make_group_lead_check() { return std::make_unique<GroupLeadCheck>(); }

}  // namespace planc::checkers
