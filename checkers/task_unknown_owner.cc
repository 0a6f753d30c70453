// task-unknown-owner: a response task given to a working group the plan does not set up.
#include "checkers/bases.h"
#include "checkers/rules.h"

namespace planc::checkers {
namespace {

class TaskUnknownOwnerCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{"task-unknown-owner", Severity::Warning, "响应任务交给了本预案没有设立的工作组",
                               bases::response_law_2024_article_28()};
    return rule;
  }

  void run(CheckContext& context) override {
    for (const ir::Plan* plan : context.plans()) {
      for (const ir::Task& task : plan->tasks) {
        if (task.unknown_owner.empty()) continue;
        std::string groups;
        for (size_t i = 0; i < plan->groups.size() && i < 6; ++i)
          groups += (groups.empty() ? "" : "、") + plan->groups[i].name;
        if (plan->groups.size() > 6) groups += "等";
        std::string message =
            "任务交给了“" + task.unknown_owner.text + "”，而本预案" +
            (plan->groups.empty() ? std::string("没有设立工作组") : "设立的工作组（" + groups + "）中没有它") +
            "：承担任务的工作组应在组织指挥体系中写明牵头单位和成员，任务才有人落实";
        context.report(task.unknown_owner.range, message, task.origin.section);
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_task_unknown_owner_check() { return std::make_unique<TaskUnknownOwnerCheck>(); }

}  // namespace planc::checkers
