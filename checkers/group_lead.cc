// group-lead: 工作组没有牵头单位，或有多个牵头单位.
#include <set>

#include "checkers/orgs.h"
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

  void run(CheckContext& context) override {
    for (const ir::Plan* plan : context.plans()) {
      std::vector<const ir::Group*> leaderless;
      for (const ir::Group& group : plan->groups) {
        if (leads(*plan, group).empty()) leaderless.push_back(&group);
      }
      bool all_leaderless = leaderless.size() > 1 && leaderless.size() == plan->groups.size();
      if (all_leaderless) {
        report_all(context, leaderless);
        continue;
      }
      for (const ir::Group& group : plan->groups) check(context, *plan, group);
    }
  }

 private:
  // The distinct organisations that lead a group, as written first; generic words
  // (有关部门（单位）) lead no one, two names of one organisation are one lead.
  static std::vector<std::string> leads(const ir::Plan& plan, const ir::Group& group) {
    std::vector<std::string> result;
    std::set<std::string> seen;
    for (const ir::OrgRef& ref : group.leads) {
      if (ref.resolved() && !names_org(plan, ref)) continue;
      std::string id = ref.resolved() ? ref.name : ref.words;
      if (seen.insert(id).second) result.push_back(ref.words);
    }
    return result;
  }

  static void check(CheckContext& context, const ir::Plan& plan, const ir::Group& group) {
    std::vector<std::string> names = leads(plan, group);
    if (names.size() == 1) return;
    if (names.empty()) {
      std::string message = "工作组“" + group.name + "”没有写明牵头单位";
      if (!group.leads.empty()) message += "（“" + group.leads.front().words + "”是泛指，不确指某一单位）";
      message += "：每个工作组应由一个单位牵头，责任才能落实；请写明“由××牵头”";
      context.report(group.origin.range, message, group.origin.section);
      return;
    }
    std::string message = "工作组“" + group.name + "”有" + std::to_string(names.size()) + "个牵头单位：" +
                          quoted_list(names) + "；多头牵头使责任不清，应明确由一个单位牵头、其余单位参加";
    SourceRange range = span_of(group.leads);
    context.report(range.valid() ? range : group.origin.range, message, group.origin.section);
  }

  // Every group of the plan lacks a lead: the groups are listed as a template. One finding.
  static void report_all(CheckContext& context, const std::vector<const ir::Group*>& groups) {
    std::vector<std::string> names;
    for (const ir::Group* group : groups) names.push_back(group->name);
    const ir::Group& first = *groups.front();
    std::string message =
        "本预案的" + std::to_string(groups.size()) + "个工作组（" + quoted_list(names) +
        "）都没有写明牵头单位：工作组只列了名称和职责，责任落不到单位；请为每个工作组写明由哪个单位牵头、" +
        "哪些单位组成";
    Diagnostic& d = context.report(first.origin.range, message, first.origin.section);
    for (size_t i = 1; i < groups.size(); ++i) {
      d.related.push_back({groups[i]->origin.range, "工作组“" + groups[i]->name + "”也没有牵头单位"});
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_group_lead_check() { return std::make_unique<GroupLeadCheck>(); }

}  // namespace planc::checkers
