// response-no-measures: a response level of the plan for which no measures are written.
#include <algorithm>

#include "checkers/rules.h"

namespace planc::checkers {
namespace {

class ResponseNoMeasuresCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{"response-no-measures",
                               Severity::Warning,
                               "响应级别没有写明响应措施",
                               {"《中华人民共和国突发事件应对法》（2024年修订）", "第七十二条第二款",
                                "启动应急响应，应当明确响应事项、级别、预计期限、应急处置措施等。", true}};
    return rule;
  }

  void run(CheckContext& context) override {
    for (const ir::Plan* plan : context.plans()) {
      if (!plan->response || plan->response->levels.empty()) continue;
      if (plan->tasks.empty()) {
        context.skip(plan->path, "没有 {措施} 块（响应措施），无法核对各级响应有没有措施");
        continue;
      }
      // Measures written once for every level ("5.1 响应措施 {措施}") serve them all.
      bool general = std::any_of(plan->tasks.begin(), plan->tasks.end(),
                                 [](const ir::Task& t) { return t.level.empty() || !ir::level_ordinal(t.level); });
      if (general) continue;
      std::vector<const ir::ResponseLevel*> bare;
      for (const ir::ResponseLevel& level : plan->response->levels) {
        bool has = std::any_of(plan->tasks.begin(), plan->tasks.end(),
                               [&](const ir::Task& t) { return ir::level_ordinal(t.level) == level.ordinal; });
        if (!has) bare.push_back(&level);
      }
      std::string with;
      for (const ir::ResponseLevel& level : plan->response->levels) {
        if (std::find(bare.begin(), bare.end(), &level) == bare.end()) with += (with.empty() ? "" : "、") + level.name;
      }
      for (const ir::ResponseLevel* level : bare) {
        Diagnostic& d =
            context.report(level->origin.range,
                           level->name + "应急响应没有写明响应措施：本预案为" + with + "写了响应措施，" + level->name +
                               "却没有；启动一级响应就要明确该级的处置措施（可写“参照××级响应措施执行，并……”）",
                           level->origin.section);
        const ir::Task& first = plan->tasks.front();
        d.related.push_back({first.origin.range, "本预案的响应措施从这里开始"});
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_response_no_measures_check() { return std::make_unique<ResponseNoMeasuresCheck>(); }

}  // namespace planc::checkers
