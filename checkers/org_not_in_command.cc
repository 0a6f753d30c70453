// org-not-in-command: 工作组的牵头或成员单位不是指挥部成员.
#include <set>

#include "checkers/orgs.h"
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

  void run(CheckContext& context) override {
    for (const ir::Plan* plan : context.plans()) {
      // Groups without a command are templates (a general plan's on-site groups): nothing to compare.
      if (plan->commands.empty() || plan->groups.empty()) continue;
      for (size_t i = 0; i < plan->commands.size(); ++i) {
        const ir::Command& command = plan->commands[i];
        if (command.members.empty()) {
          context.skip(plan->path, "指挥部“" + command.name + "”没有读到“成员：”一行，无法核对工作组的单位");
          continue;
        }
        std::set<int> allowed = organisations_of(*plan, command);
        for (const ir::Group& group : plan->groups) {
          if (owner(*plan, group) != &command) continue;
          check_refs(context, *plan, command, group, group.leads, allowed, "牵头单位");
          check_refs(context, *plan, command, group, group.members, allowed, "成员单位");
        }
      }
    }
  }

 private:
  // The command a group belongs to: the last one that starts before it (else the first).
  static const ir::Command* owner(const ir::Plan& plan, const ir::Group& group) {
    const ir::Command* result = &plan.commands.front();
    for (const ir::Command& command : plan.commands) {
      if (before(command.origin.range, group.origin.range)) result = &command;
    }
    return result;
  }

  // The organisations a command is made of: members, the commander's and deputies'
  // organisations, the command itself, its office and the office's seat.
  static std::set<int> organisations_of(const ir::Plan& plan, const ir::Command& command) {
    std::set<int> result;
    for (const auto* refs : {&command.members, &command.commanders, &command.commissars, &command.deputies}) {
      for (const ir::OrgRef& ref : *refs) {
        if (ref.resolved()) result.insert(ref.org);
      }
    }
    if (command.office_seat.resolved()) result.insert(command.office_seat.org);
    for (const std::string& name : {command.name, command.office_name}) {
      int index = name.empty() ? -1 : plan.orgs->index_of(name);
      if (index >= 0) result.insert(index);
    }
    return result;
  }

  static void check_refs(CheckContext& context, const ir::Plan& plan, const ir::Command& command,
                         const ir::Group& group, const std::vector<ir::OrgRef>& refs, const std::set<int>& allowed,
                         const std::string& role) {
    for (const ir::OrgRef& ref : refs) {
      if (!names_org(plan, ref) || names_role(plan, ref) || allowed.contains(ref.org)) continue;
      std::string written = ref.words == ref.name ? "“" + ref.words + "”" : "“" + ref.words + "”（" + ref.name + "）";
      std::string message = group.name + "的" + role + written + "不是" + command.name +
                            "的成员：工作组由指挥部设立，其单位应在指挥部成员或指挥长、副指挥长所在单位之中；" +
                            "请把它列入指挥部成员，或从工作组中删去";
      Diagnostic& d = context.report(ref.range, message, group.origin.section);
      SourceRange members = span_of(command.members);
      d.related.push_back({members.valid() ? members : command.origin.range, command.name + "的成员列在这里"});
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_org_not_in_command_check() { return std::make_unique<OrgNotInCommandCheck>(); }

}  // namespace planc::checkers
