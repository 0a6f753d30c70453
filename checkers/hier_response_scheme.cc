// hier-response-scheme: response levels not mapped onto the superior's, or activated by a
// lower authority than the superior requires.
#include <algorithm>

#include "checkers/rules.h"
#include "checkers/util.h"

namespace planc::checkers {
namespace {

std::string authorities(const std::vector<ir::OrgRef>& refs) {
  std::string out;
  for (const ir::OrgRef& r : refs) out += (out.empty() ? "" : "、") + (r.resolved() ? r.name : r.words);
  return out;
}

class HierResponseSchemeCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{
        "hier-response-scheme",
        Severity::Warning,
        "响应级别未对应上位预案的级别，或启动权限低于上位预案的要求",
        {"上位预案的响应分级条款（如总体应急预案的“响应分级”）", "响应分级",
         "下级预案的响应级别应能对应上位预案的响应级别，且由不低于上位预案规定的机关决定启动。", true}};
    return rule;
  }

  void run(CheckContext& context) override {
    for (const ir::Plan* plan : context.plans()) {
      if (!plan->response || plan->response->levels.empty()) continue;
      const ir::Plan* superior = nullptr;
      for (const ir::Plan* s : plan->superior_plans) {
        if (s->response && !s->response->levels.empty()) superior = s;
      }
      if (superior == nullptr) {
        if (!plan->meta.superiors.empty())
          context.skip(plan->path, superiors_text(*plan) + "不在语料中或没有响应分级，无法比较响应级别");
        continue;
      }
      for (const ir::ResponseLevel& level : plan->response->levels) check(context, *plan, level, *superior);
    }
  }

 private:
  // The superior's level this level corresponds to: a declared mapping, else the same
  // ordinal (Ⅱ级 and 二级 are the second level).
  static const ir::ResponseLevel* counterpart(CheckContext& context, const ir::Plan& plan,
                                              const ir::ResponseLevel& level, const ir::Plan& superior,
                                              std::string& how) {
    const ir::ResponseScheme& theirs = *superior.response;
    if (const ir::Mapping* m = context.corpus().mapping_for("响应", plan.meta.title, "")) {
      for (const auto& [mine, other] : m->pairs) {
        if (key(mine) != key(level.name)) continue;
        for (const ir::ResponseLevel& l : theirs.levels) {
          if (key(l.name) == key(other)) {
            how = "依据登记的对照（来源：" + m->source + "）";
            return &l;
          }
        }
      }
    }
    for (const ir::ResponseLevel& l : theirs.levels) {
      if (l.ordinal == level.ordinal) {
        how = "按级别序号对应：本预案的" + level.name + "对应上位预案的" + l.name;
        return &l;
      }
    }
    return nullptr;
  }

  static void check(CheckContext& context, const ir::Plan& plan, const ir::ResponseLevel& level,
                    const ir::Plan& superior) {
    std::string how;
    const ir::ResponseLevel* other = counterpart(context, plan, level, superior, how);
    if (other == nullptr) {
      Diagnostic& d = context.report(
          level.origin.range, "响应级别“" + level.name + "”在上位预案《" + superior.meta.title + "》中没有对应的级别",
          level.origin.section);
      d.related.push_back({superior.response->origin.range, "上位预案的响应分级"});
      return;
    }
    if (level.activated_by.empty() || other->activated_by.empty()) return;
    const ir::OrgRef& mine = level.activated_by.front();
    const ir::OrgRef& required = other->activated_by.front();
    if (!mine.resolved() || !required.resolved() || mine.org == required.org) return;
    if (!plan.orgs->is_below(mine.org, required.org)) return;
    SourceRange where = level.activation_range.valid() ? level.activation_range : mine.range;
    Diagnostic& d =
        context.report(where,
                       level.name + "应急响应由" + authorities(level.activated_by) + "决定启动，而上位预案《" +
                           superior.meta.title + "》规定" + other->name + "响应由" + authorities(other->activated_by) +
                           "决定启动：启动权限低于上位要求（" + how + "）",
                       level.origin.section);
    d.related.push_back(
        {other->activation_range.valid() ? other->activation_range : other->origin.range, "上位预案的启动权限"});
  }
};

}  // namespace

std::unique_ptr<Check> make_hier_response_scheme_check() { return std::make_unique<HierResponseSchemeCheck>(); }

}  // namespace planc::checkers
