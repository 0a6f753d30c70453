// response-termination: a plan that does not say how a response ends, or lets a body
// below the one that started a level end it.
#include <algorithm>

#include "checkers/bases.h"
#include "checkers/rules.h"

namespace planc::checkers {
namespace {

std::string shown(const ir::OrgRef& ref) { return ref.words.empty() ? ref.name : ref.words; }

// A command whose duties say it ends responses ("决定启动和终止县级应急响应"): the plan
// says who ends one, in the command's duties rather than in the response chapter.
bool ended_in_duties(const ir::Plan& plan) {
  for (const ir::Command& command : plan.commands) {
    for (const ir::Passage& duty : command.duties) {
      const std::string& t = duty.text;
      bool ends = t.find("终止") != std::string::npos || t.find("结束") != std::string::npos;
      if (ends && t.find("响应") != std::string::npos) return true;
    }
  }
  return false;
}

class ResponseTerminationCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{"response-termination", Severity::Warning,
                               "没有写明应急响应如何终止，或终止者低于启动者", bases::response_law_2024_article_28()};
    return rule;
  }

  void run(CheckContext& context) override {
    for (const ir::Plan* plan : context.plans()) {
      if (!plan->response || plan->response->levels.empty()) continue;
      const ir::ResponseScheme& scheme = *plan->response;
      bool stated = scheme.ending_origin.range.valid() || scheme.ended_by_starter ||
                    std::any_of(scheme.levels.begin(), scheme.levels.end(),
                                [](const ir::ResponseLevel& l) { return !l.ended_by.empty(); }) ||
                    ended_in_duties(*plan);
      if (!stated) {
        context.report(scheme.origin.range,
                       "本预案写明了" + std::to_string(scheme.levels.size()) +
                           "个响应级别，却没有写明应急响应由谁、在什么条件下宣布终止（结束）：应写明终止条件和终止者，"
                           "如“应急处置工作结束后，由启动响应的机关宣布终止”",
                       scheme.origin.section);
        continue;
      }
      if (plan->orgs == nullptr) continue;
      // Levels whose ender is below their starter, one finding per starter, ender and
      // termination sentence ("Ⅰ级、Ⅱ级应急响应由县人民政府决定启动，却由县防指宣布终止").
      struct Finding {
        const ir::OrgRef* starter;
        const ir::OrgRef* ender;
        SourceRange where;
        std::vector<const ir::ResponseLevel*> levels;
      };
      std::vector<Finding> findings;
      for (const ir::ResponseLevel& level : scheme.levels) {
        const std::vector<ir::OrgRef>& enders = level.ended_by.empty() ? scheme.ended_by : level.ended_by;
        if (level.activated_by.empty() || enders.empty()) continue;
        const ir::OrgRef& starter = level.activated_by.front();
        for (const ir::OrgRef& ender : enders) {
          if (!starter.resolved() || !ender.resolved() || starter.org == ender.org) continue;
          if (!plan->orgs->is_below(ender.org, starter.org)) continue;
          SourceRange where = level.ended_by.empty() ? scheme.ending_origin.range : level.ending_range;
          if (!where.valid()) where = ender.range;
          auto same = [&](const Finding& f) {
            return f.starter->org == starter.org && f.ender->org == ender.org && f.where == where;
          };
          auto it = std::find_if(findings.begin(), findings.end(), same);
          if (it == findings.end()) {
            findings.push_back({&starter, &ender, where, {&level}});
          } else {
            it->levels.push_back(&level);
          }
          break;
        }
      }
      // One diagnostic per ender and sentence, naming each group of levels with its starter.
      std::vector<bool> done(findings.size(), false);
      for (size_t i = 0; i < findings.size(); ++i) {
        if (done[i]) continue;
        std::string started;
        std::vector<const Finding*> same_end;
        for (size_t j = i; j < findings.size(); ++j) {
          if (done[j] || findings[j].ender->org != findings[i].ender->org || !(findings[j].where == findings[i].where))
            continue;
          done[j] = true;
          same_end.push_back(&findings[j]);
          std::string names;
          for (const ir::ResponseLevel* level : findings[j].levels) names += (names.empty() ? "" : "、") + level->name;
          started += (started.empty() ? "" : "，") + names + "应急响应由" + shown(*findings[j].starter) + "决定启动";
        }
        const Finding& f = findings[i];
        Diagnostic& d = context.report(f.where,
                                       started + "，却" + (same_end.size() > 1 ? "都" : "") + "由" + shown(*f.ender) +
                                           "宣布终止：终止者低于启动者。响应应由启动它的机关或更高的机关终止（谁启动、"
                                           "谁终止）",
                                       f.levels.front()->origin.section);
        for (const Finding* g : same_end) {
          const ir::ResponseLevel& first = *g->levels.front();
          d.related.push_back(
              {first.activation_range.valid() ? first.activation_range : first.origin.range, "该级响应的启动者"});
        }
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_response_termination_check() { return std::make_unique<ResponseTerminationCheck>(); }

}  // namespace planc::checkers
