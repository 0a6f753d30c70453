// planc respond: from the readings of the grading schemes to responses and tasks.
#include "compiler/analysis/action_plan.h"

#include <algorithm>
#include <set>

#include "compiler/base/fold.h"

namespace planc::analysis {
namespace {

bool has(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

const ir::ResponseLevel* level_of(const ir::Plan& plan, const std::string& grade) {
  const ir::ResponseLevel* found = nullptr;
  if (plan.response) {
    for (const ir::ResponseLevel& level : plan.response->levels) {
      if (has(level.grades, grade)) found = &level;
    }
  }
  return found;
}

std::string where(const Reading& r) { return r.from_table ? "附件表" : "正文"; }

// Definitions of the same role whose outcomes share nothing: the plan contradicts itself
// on these facts.
void note_disagreements(ActionPlan& a) {
  for (size_t i = 0; i < a.readings.size(); ++i) {
    for (size_t j = i + 1; j < a.readings.size(); ++j) {
      const Reading& x = a.readings[i];
      const Reading& y = a.readings[j];
      if (x.scheme != y.scheme || x.role != y.role) continue;
      std::set<std::string> ox = outcomes(x);
      std::set<std::string> oy = outcomes(y);
      bool shared = std::any_of(ox.begin(), ox.end(), [&](const std::string& g) { return oy.count(g) > 0; });
      if (shared) continue;
      a.disagreements.push_back(role_name(x.role) + "的" + where(x) + "与" + where(y) + "对这些事实给出了不同的等级（" +
                                where(x) + "：" + summary(x) + "；" + where(y) + "：" + summary(y) +
                                "），预案没有说明以哪个为准");
    }
  }
}

// One response per grade that the chosen readings decide, in the scheme's order.
void add_responses(ActionPlan& a, const std::vector<const Reading*>& readings, bool adjustment) {
  const ir::Plan& plan = *a.plan;
  for (const ir::GradeScheme& scheme : plan.schemes) {
    for (const ir::Grade& grade : scheme.grades) {
      Response r;
      r.grade = grade.name;
      r.adjustment = adjustment;
      std::set<std::string> higher;
      for (const Reading* reading : readings) {
        if (reading->scheme != scheme.name || decision(*reading) != grade.name) continue;
        r.role = reading->role;
        r.sources.push_back(where(*reading));
        for (const std::string& g : possibly_higher(*reading)) higher.insert(g);
      }
      if (r.sources.empty()) continue;
      for (const ir::Grade& g : scheme.grades) {
        if (higher.count(g.name)) r.higher.push_back(g.name);
      }
      r.level = level_of(plan, grade.name);
      for (const std::string& g : r.higher) {
        const ir::ResponseLevel* level = level_of(plan, g);
        if (level != nullptr && level != r.level &&
            std::find(r.higher_levels.begin(), r.higher_levels.end(), level) == r.higher_levels.end())
          r.higher_levels.push_back(level);
      }
      for (const ir::GradeDefinition& d : plan.definitions) {
        if (d.scheme == scheme.name && d.grade == grade.name && d.from_table && !d.response_level.empty())
          r.table_level = d.response_level;
      }
      r.table_disagrees = r.level != nullptr && !r.table_level.empty() &&
                          ir::level_ordinal(r.table_level).value_or(0) != r.level->ordinal;
      a.responses.push_back(std::move(r));
    }
  }
}

// The response starts from the initial judgement where one decides (按照初判标准启动响应),
// else from the grading standard. A grading-standard grade that the initial grade is not
// among the outcomes of calls for adjusting the level only when the plan says so (its
// response clause: "按照…分级标准，适时调整应急响应级别"); otherwise the two readings
// stand side by side and the action plan does not choose.
void choose_responses(ActionPlan& a) {
  std::vector<const Reading*> initial;
  std::vector<const Reading*> grading;
  for (const Reading& r : a.readings) {
    if (decision(r).empty()) continue;
    (r.role == ir::CriteriaRole::Initial ? initial : grading).push_back(&r);
  }
  if (initial.empty()) {
    add_responses(a, grading, false);
    return;
  }
  add_responses(a, initial, false);
  std::vector<const Reading*> adjust;
  for (const Reading* r : grading) {
    std::set<std::string> open = outcomes(*r);
    bool fits = std::any_of(a.responses.begin(), a.responses.end(),
                            [&](const Response& start) { return open.count(start.grade) > 0; });
    if (!fits) adjust.push_back(r);
  }
  if (adjust.empty()) return;
  if (a.plan->response && !a.plan->response->adjustment.empty())
    add_responses(a, adjust, true);
  else
    a.unadjusted = true;
}

// The owners of a task as the action plan names them: a generic owner (相关部门（单位）)
// as written, not as its registry entry; the members of a command as such.
std::vector<std::string> owners_of(const ir::Task& task, const ir::Plan& plan) {
  std::vector<std::string> out;
  for (const ir::TaskOwner& o : task.owners) {
    bool generic = o.group < 0 && plan.orgs != nullptr && plan.orgs->orgs()[o.org.org].generic();
    out.push_back(generic ? o.org.words : o.name + (o.members ? "成员单位" : ""));
  }
  return out;
}

std::vector<TaskItem> items_of(const ir::Plan& plan, const ir::ResponseLevel& level) {
  std::vector<TaskItem> out;
  for (const ir::Task& t : plan.tasks) {
    if (ir::level_ordinal(t.level).value_or(0) == level.ordinal) out.push_back({&t, owners_of(t, plan), {}});
  }
  return out;
}

// "参照Ⅱ级响应" in a level's own tasks: the level referred to, and the words.
std::vector<Reference> references_of(const ir::Plan& plan, const ir::ResponseLevel& level,
                                     const std::vector<TaskItem>& own) {
  std::vector<Reference> out;
  for (const TaskItem& item : own) {
    const std::string& text = item.task->text;
    for (size_t at = text.find("参照"); at != std::string::npos; at = text.find("参照", at + 1)) {
      size_t end = text.find("响应", at);
      if (end == std::string::npos || end - at > 30) continue;
      std::string words = text.substr(at, end + std::string("响应").size() - at);
      int ordinal = ir::level_ordinal(words).value_or(0);
      for (const ir::ResponseLevel& other : plan.response->levels) {
        if (other.ordinal != ordinal || other.ordinal == level.ordinal) continue;
        bool seen = std::any_of(out.begin(), out.end(), [&](const Reference& r) { return r.level == &other; });
        if (!seen) out.push_back({&other, words, false, {}});
      }
    }
  }
  return out;
}

void list_tasks(ActionPlan& a) {
  const ir::Plan& plan = *a.plan;
  if (!plan.response) return;
  std::vector<const ir::ResponseLevel*> levels;
  for (const Response& r : a.responses) {
    if (r.level != nullptr && std::find(levels.begin(), levels.end(), r.level) == levels.end())
      levels.push_back(r.level);
  }
  for (const ir::ResponseLevel* level : levels) {
    LevelTasks lt;
    lt.level = level;
    lt.own = items_of(plan, *level);
    lt.references = references_of(plan, *level, lt.own);
    for (Reference& ref : lt.references) {
      ref.listed_apart = std::find(levels.begin(), levels.end(), ref.level) != levels.end();
      if (ref.listed_apart) continue;
      ref.items = items_of(plan, *ref.level);
      std::string start = compact_key("启动" + ref.level->name);
      for (TaskItem& item : ref.items) {
        if (compact_key(item.task->text).find(start) != std::string::npos)
          item.note = "此项是" + ref.level->name + "应急响应的启动；本次启动的是" + level->name + "应急响应";
      }
    }
    a.tasks.push_back(std::move(lt));
  }
}

}  // namespace

ActionPlan draft_action_plan(const ir::Plan& plan, std::vector<Fact> facts) {
  ActionPlan a;
  a.plan = &plan;
  a.facts = std::move(facts);
  a.readings = evaluate(plan, a.facts);
  std::vector<int> used = criteria_indicators(plan);
  for (const Fact& f : a.facts) {
    if (std::find(used.begin(), used.end(), f.indicator) == used.end()) a.unused.push_back(f.name);
  }
  for (int u : used) {
    bool given = std::any_of(a.facts.begin(), a.facts.end(), [&](const Fact& f) { return f.indicator == u; });
    if (!given) a.unknown.push_back(plan.indicators->indicators()[u].name);
  }
  note_disagreements(a);
  choose_responses(a);
  list_tasks(a);
  return a;
}

}  // namespace planc::analysis
