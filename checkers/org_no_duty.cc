// org-no-duty: 指挥部成员单位没有任何职责.
#include <set>

#include "checkers/orgs.h"
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

  void run(CheckContext& context) override {
    for (const ir::Plan* plan : context.plans()) {
      bool has_members = false;
      for (const ir::Command& command : plan->commands) has_members = has_members || !command.members.empty();
      if (!has_members) continue;
      if (plan->duties.empty() && plan->groups.empty()) {
        context.skip(plan->path, "本预案有指挥部成员，但没有 {职责} 或 {工作组} 块，无法核对成员单位的职责");
        continue;
      }
      std::set<int> holders = duty_holders(*plan);
      for (const ir::Command& command : plan->commands) check(context, *plan, command, holders);
    }
  }

 private:
  // Organisations that hold a duty: head a duty paragraph, lead or join a group.
  static std::set<int> duty_holders(const ir::Plan& plan) {
    std::set<int> result;
    auto add = [&](const std::vector<ir::OrgRef>& refs) {
      for (const ir::OrgRef& ref : refs) {
        if (ref.resolved()) result.insert(ref.org);
      }
    };
    for (const ir::Duty& duty : plan.duties) add(duty.orgs);
    for (const ir::Group& group : plan.groups) {
      add(group.leads);
      add(group.members);
    }
    return result;
  }

  static void check(CheckContext& context, const ir::Plan& plan, const ir::Command& command,
                    const std::set<int>& holders) {
    std::set<int> reported;
    for (const ir::OrgRef& ref : command.members) {
      if (!names_org(plan, ref) || names_role(plan, ref) || holders.contains(ref.org)) continue;
      if (!reported.insert(ref.org).second) continue;
      std::string written = ref.words == ref.name ? "“" + ref.words + "”" : "“" + ref.words + "”（" + ref.name + "）";
      std::string message = command.name + "的成员单位" + written +
                            "在本预案中没有任何职责：它既没有单列的职责段落，也不牵头或参加任何工作组；" +
                            "请写明它的职责，或把它从成员中删去";
      context.report(ref.range, message, command.origin.section);
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_org_no_duty_check() { return std::make_unique<OrgNoDutyCheck>(); }

}  // namespace planc::checkers
