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
      const ir::Plan* superior =
          first_superior(*plan, [](const ir::Plan& s) { return s.response && !s.response->levels.empty(); });
      if (superior == nullptr) {
        if (!plan->meta.superiors.empty())
          context.skip(plan->path, superiors_text(*plan) + "不在语料中或没有响应分级，无法比较响应级别");
        continue;
      }
      for (const ir::ResponseLevel& level : plan->response->levels) check(context, *plan, level, *superior);
    }
  }

 private:
  // The superior's levels this level may correspond to, and how that is known: a
  // declared mapping; else, with as many levels as the superior, the same ordinal (Ⅱ级
  // and 二级 are both the second level); else, with fewer levels, every level an
  // order-keeping correspondence allows (the plan's Ⅱ级 of two may be the superior's
  // 二级 or 三级 of three), which leaves the correspondence open.
  static std::vector<const ir::ResponseLevel*> counterparts(CheckContext& context, const ir::Plan& plan,
                                                            const ir::ResponseLevel& level, const ir::Plan& superior,
                                                            std::string& how) {
    const ir::ResponseScheme& theirs = *superior.response;
    if (const ir::Mapping* m = context.corpus().mapping_for("响应", plan.meta.title, "")) {
      for (const auto& [mine, other] : m->pairs) {
        if (key(mine) != key(level.name)) continue;
        for (const ir::ResponseLevel& l : theirs.levels) {
          if (key(l.name) == key(other)) {
            how = "依据登记的对照（来源：" + m->source + "）";
            return {&l};
          }
        }
      }
    }
    int mine = static_cast<int>(plan.response->levels.size());
    int others = static_cast<int>(theirs.levels.size());
    int slack = std::max(0, others - mine);
    std::vector<const ir::ResponseLevel*> out;
    for (const ir::ResponseLevel& l : theirs.levels) {
      if (l.ordinal >= level.ordinal && l.ordinal <= level.ordinal + slack) out.push_back(&l);
    }
    if (out.size() == 1)
      how = "按级别序号对应：本预案的" + level.name + "对应上位预案的" + out.front()->name;
    else if (!out.empty())
      how =
          "本预案分" + std::to_string(mine) + "级、上位预案分" + std::to_string(others) + "级，本预案没有写明对应关系";
    return out;
  }

  // Whether the plan lets a body below the one the superior names start the level.
  static bool lower(const ir::Plan& plan, const ir::ResponseLevel& level, const ir::ResponseLevel& other) {
    if (level.activated_by.empty() || other.activated_by.empty()) return false;
    const ir::OrgRef& mine = level.activated_by.front();
    const ir::OrgRef& required = other.activated_by.front();
    if (!mine.resolved() || !required.resolved() || mine.org == required.org) return false;
    return plan.orgs->is_below(mine.org, required.org);
  }

  static void check(CheckContext& context, const ir::Plan& plan, const ir::ResponseLevel& level,
                    const ir::Plan& superior) {
    std::string how;
    std::vector<const ir::ResponseLevel*> others = counterparts(context, plan, level, superior, how);
    if (others.empty()) {
      Diagnostic& d = context.report(
          level.origin.range, "响应级别“" + level.name + "”在上位预案《" + superior.meta.title + "》中没有对应的级别",
          level.origin.section);
      d.related.push_back({superior.response->origin.range, "上位预案的响应分级"});
      return;
    }
    std::vector<const ir::ResponseLevel*> violated;
    std::vector<const ir::ResponseLevel*> kept;
    for (const ir::ResponseLevel* other : others) (lower(plan, level, *other) ? violated : kept).push_back(other);
    if (violated.empty()) return;
    SourceRange where = level.activation_range.valid() ? level.activation_range : level.activated_by.front().range;
    auto rule_of = [&](const ir::ResponseLevel* other) {
      return other->name + "响应由" + authorities(other->activated_by) + "决定启动";
    };
    std::string message = level.name + "应急响应由" + authorities(level.activated_by) + "启动，而上位预案《" +
                          superior.meta.title + "》规定";
    if (kept.empty()) {
      for (size_t i = 0; i < violated.size(); ++i) message += (i == 0 ? "" : "、") + rule_of(violated[i]);
      message +=
          "：启动权限低于上位要求（" + how + (violated.size() > 1 ? "，无论对应哪一级都低于上位要求" : "") + "）";
      Diagnostic& d = context.report(where, message, level.origin.section);
      for (const ir::ResponseLevel* other : violated)
        d.related.push_back(
            {other->activation_range.valid() ? other->activation_range : other->origin.range, "上位预案的启动权限"});
      return;
    }
    // The answer turns on a correspondence the plan does not state: say so, no more.
    std::string low;
    std::string fine;
    for (const ir::ResponseLevel* other : violated) low += (low.empty() ? "" : "或") + other->name;
    for (const ir::ResponseLevel* other : kept) fine += (fine.empty() ? "" : "或") + other->name;
    message += rule_of(violated.front());
    for (size_t i = 1; i < violated.size(); ++i) message += "、" + rule_of(violated[i]);
    for (const ir::ResponseLevel* other : kept) message += "、" + rule_of(other);
    message += "：" + how + "，若" + level.name + "对应" + low + "，启动权限低于上位要求；若对应" + fine +
               "，则符合。应写明（或以对照登记）对应关系";
    Diagnostic& d = context.report(where, message, level.origin.section, Severity::Note);
    for (const ir::ResponseLevel* other : others)
      d.related.push_back({other->activation_range.valid() ? other->activation_range : other->origin.range,
                           "上位预案" + other->name + "响应的启动权限"});
  }
};

}  // namespace

std::unique_ptr<Check> make_hier_response_scheme_check() { return std::make_unique<HierResponseSchemeCheck>(); }

}  // namespace planc::checkers
