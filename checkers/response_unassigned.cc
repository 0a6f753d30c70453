// response-unassigned: a response level of the plan that no one is named to start.
#include <algorithm>

#include "checkers/bases.h"
#include "checkers/rules.h"

namespace planc::checkers {
namespace {

class ResponseUnassignedCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{"response-unassigned", Severity::Warning, "响应级别没有写明由谁决定启动",
                               bases::response_law_2024_article_28()};
    return rule;
  }

  void run(CheckContext& context) override {
    for (const ir::Plan* plan : context.plans()) {
      if (!plan->response || plan->response->levels.empty()) continue;
      const ir::ResponseScheme& scheme = *plan->response;
      std::vector<const ir::ResponseLevel*> open;
      for (const ir::ResponseLevel& level : scheme.levels) {
        if (level.activated_by.empty()) open.push_back(&level);
      }
      if (open.empty()) continue;
      // Words that state a starter planc could not read: the finding is a note that
      // points at them, not a claim that the plan says nothing.
      std::vector<const ir::ReadGap*> unread;
      for (const ir::ReadGap& gap : plan->gaps) {
        if (std::find(gap.rules.begin(), gap.rules.end(), info().id) != gap.rules.end()) unread.push_back(&gap);
      }
      std::string names;
      for (const ir::ResponseLevel* level : open) names += (names.empty() ? "" : "、") + level->name;
      bool all = open.size() == scheme.levels.size() && open.size() > 1;
      std::string message =
          all ? "本预案的" + std::to_string(open.size()) + "个响应级别（" + names + "）都没有写明由谁决定启动"
              : names + "应急响应没有写明由谁决定启动";
      if (unread.empty()) {
        message +=
            "：启动响应是处置程序的第一步，每一级都应写明启动者，如“" + open.front()->name + "应急响应由××决定启动”";
        if (all) {
          context.report(scheme.origin.range, message, scheme.origin.section);
        } else {
          for (const ir::ResponseLevel* level : open) {
            std::string one = level->name +
                              "应急响应没有写明由谁决定启动：启动响应是处置程序的第一步，每一级都应写明"
                              "启动者，如“" +
                              level->name + "应急响应由××决定启动”";
            context.report(level->origin.range, one, level->origin.section);
          }
        }
        continue;
      }
      message += "，而第" + std::to_string(unread.front()->range.begin.line) +
                 "行有planc未能读作机构或职务的启动文字（见 read-incomplete）：请核对该处是否写明了启动者";
      Diagnostic& d = context.report(open.front()->origin.range, message, open.front()->origin.section, Severity::Note);
      for (const ir::ReadGap* gap : unread) d.related.push_back({gap->range, "未能读入的启动文字"});
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_response_unassigned_check() { return std::make_unique<ResponseUnassignedCheck>(); }

}  // namespace planc::checkers
