// planc respond PLAN --fact 指标=值 ...: a draft action plan as text, JSON or Markdown.
#include <algorithm>
#include <iostream>
#include <set>

#include "cli/commands.h"
#include "cli/options.h"
#include "compiler/analysis/action_plan.h"
#include "compiler/analysis/grade_evaluation.h"
#include "compiler/corpus/corpus.h"
#include "compiler/emit/json.h"

namespace planc::cli {

// The evaluation and the action plan are compiler/analysis's; this file prints them.
using analysis::ActionPlan;
using analysis::criteria_indicators;
using analysis::decision;
using analysis::draft_action_plan;
using analysis::Fact;
using analysis::GradeVerdict;
using analysis::join;
using analysis::label;
using analysis::LevelTasks;
using analysis::outcomes;
using analysis::parse_fact;
using analysis::possibly_higher;
using analysis::Reading;
using analysis::Reference;
using analysis::Response;
using analysis::role_name;
using analysis::show_value;
using analysis::summary;
using analysis::TaskItem;
using analysis::Truth;

namespace {

const char* kRespondUsage =
    "用法：planc respond 预案文件 --fact 指标=值 [--fact 指标=值]... [--format text|json|md]\n"
    "      例：planc respond plans/jiyang/seismic.plan --fact M=5.2 --fact 死亡人数=3";

std::string orgs(const std::vector<ir::OrgRef>& refs) {
  std::string out;
  for (const ir::OrgRef& r : refs) out += (out.empty() ? "" : "、") + (r.resolved() ? r.name : r.words);
  return out;
}

std::string activation(const ir::ResponseLevel& level) {
  return level.activated_by.empty() ? "预案未写明由谁启动" : orgs(level.activated_by);
}

// "初判标准（正文、附件表）：较大 → Ⅰ级应急响应；启动：…（附件表：一级响应）".
std::string response_line(const Response& r) {
  std::string out = role_name(r.role) + "（" + join(r.sources) + "）" + (r.adjustment ? "，据此调整" : "") + "：";
  out += r.higher.empty() ? r.grade : "至少为" + r.grade + "（更高的" + join(r.higher) + "尚不能排除）";
  out += " → ";
  if (r.level != nullptr)
    out += r.level->name + "应急响应；启动：" + activation(*r.level);
  else
    out += "预案没有写明这一等级的响应级别";
  if (!r.table_level.empty()) out += "（附件表：" + r.table_level + (r.table_disagrees ? "，与正文不一致" : "") + "）";
  if (!r.higher_levels.empty()) {
    std::vector<std::string> names;
    for (const ir::ResponseLevel* l : r.higher_levels) names.push_back(l->name + "应急响应");
    out += "；若等级更高，则为" + join(names);
  }
  return out;
}

// ---------------------------------------------------------------------------------
// Text and Markdown.

class Printer {
 public:
  Printer(std::ostream& out, bool markdown) : out_(out), md_(markdown) {}

  void heading(const std::string& title) { out_ << (md_ ? "\n## " : "\n") << title << "\n\n"; }
  void item(const std::string& text) { out_ << (md_ ? "- " : "  ") << text << "\n"; }
  void detail(const std::string& text) { out_ << (md_ ? "  - " : "      ") << text << "\n"; }
  void note(const std::string& text) { out_ << (md_ ? "\n> " : "  ") << text << "\n"; }
  void level(const std::string& title) { out_ << (md_ ? "\n### " : "\n  ") << title << "\n"; }
  void lead(const std::string& text) { out_ << (md_ ? "\n" : "    ") << text << "\n"; }
  void section(const std::string& title) { out_ << (md_ ? "\n#### " : "    ") << title << "\n" << (md_ ? "\n" : ""); }
  void task(const TaskItem& t) {
    std::string owners = t.owners.empty() ? "" : "【" + join(t.owners) + "】";
    std::string note = t.note.empty() ? "" : "〔" + t.note + "〕";
    out_ << (md_ ? "- " : "      ") << owners << t.task->text << note << "\n";
  }
  void tasks(const std::vector<TaskItem>& items) {
    std::string current = "\x01";
    for (const TaskItem& t : items) {
      std::string s = syntax::last_heading(t.task->origin.section);
      if (s != current) {
        section(s);
        current = s;
      }
      task(t);
    }
  }

 private:
  std::ostream& out_;
  bool md_;
};

void print_facts(const ActionPlan& a, Printer& p) {
  p.heading("一、事件事实");
  for (const Fact& f : a.facts) {
    bool unused = std::find(a.unused.begin(), a.unused.end(), f.name) != a.unused.end();
    p.item(f.given + "（" + f.name + "：" + show_value(f.value, f.dimension) +
           (unused ? "；本预案的分级标准不用这个指标，不影响判定" : "") + "）");
  }
  for (const std::string& u : a.unknown) p.item(u + "：未知（未给出，不作推定）");
}

void print_grades(const ActionPlan& a, Printer& p) {
  p.heading("二、事件等级");
  for (const Reading& reading : a.readings) {
    std::string d = decision(reading);
    std::string line = label(reading) + "：" + summary(reading);
    if (reading.matched.size() > 1) line += "；同时符合" + join(reading.matched) + "，取最高";
    p.item(line);
    // What decided it, and what is missing for the grades above it not ruled out (below
    // the decided grade nothing matters: the highest grade met is the grade).
    for (const GradeVerdict& v : reading.verdicts) {
      if (v.truth == Truth::No || (v.truth == Truth::Yes && v.definition->grade != d)) continue;
      for (const std::string& why : v.reasons) {
        if (v.truth == Truth::Yes && why.find("：符合") == std::string::npos) continue;
        if (v.truth == Truth::Unknown && why.find("：不符合") != std::string::npos) continue;
        p.detail(v.definition->grade + "：" + why);
      }
      if (v.definition->grade == d) break;
    }
  }
  for (const std::string& d : a.disagreements) p.note("注意：" + d + "。");
}

void print_responses(const ActionPlan& a, Printer& p) {
  p.heading("三、响应级别与启动");
  if (a.responses.empty()) {
    bool none = std::all_of(a.readings.begin(), a.readings.end(),
                            [](const Reading& r) { return outcomes(r) == std::set<std::string>{""}; });
    bool initial_none = std::any_of(a.readings.begin(), a.readings.end(), [](const Reading& r) {
      return r.role == ir::CriteriaRole::Initial && outcomes(r) == std::set<std::string>{""};
    });
    if (none)
      p.item("这些事实不属于任何等级：预案的分级响应不适用。");
    else if (initial_none)
      p.item("按初判标准，这些事实不属于任何等级；分级标准尚不能判定等级：无法确定响应级别。");
    else
      p.item("等级未定，无法确定响应级别。");
  }
  bool adjusted = false;
  for (const Response& r : a.responses) {
    p.item(response_line(r));
    adjusted = adjusted || r.adjustment;
  }
  if (adjusted) {
    const ir::ResponseScheme& scheme = *a.plan->response;
    p.note("初判标准与分级标准给出的等级不同：响应按初判标准启动，其后根据分级标准调整（预案 " +
           syntax::last_heading(scheme.adjustment_origin.section) + "：“" + scheme.adjustment + "”）。");
  }
  if (a.unadjusted)
    p.note(
        "分级标准给出的等级与初判标准不同，而预案没有写明是否据分级标准调整响应级别：两种等级并列如上，由指挥机构决定"
        "。");
}

void print_groups(const ActionPlan& a, Printer& p) {
  p.heading("四、工作组");
  if (a.plan->groups.empty()) p.item("预案没有设工作组。");
  for (const ir::Group& g : a.plan->groups) {
    std::string line = g.name + "：牵头 " + (g.leads.empty() ? "（未写明）" : orgs(g.leads));
    if (!g.members.empty()) line += "；成员 " + orgs(g.members);
    p.item(line);
  }
}

void print_tasks(const ActionPlan& a, Printer& p) {
  p.heading("五、任务");
  if (a.tasks.empty()) {
    p.item("响应级别未定，暂不列出任务。");
    return;
  }
  bool ownerless = false;
  for (const LevelTasks& lt : a.tasks) {
    for (const TaskItem& t : lt.own) ownerless = ownerless || t.owners.empty();
    for (const Reference& ref : lt.references) {
      for (const TaskItem& t : ref.items) ownerless = ownerless || t.owners.empty();
    }
  }
  if (ownerless) p.item("未标【】的任务，预案没有写明由谁承担。");
  for (const LevelTasks& lt : a.tasks) {
    p.level(lt.level->name + "应急响应");
    if (lt.own.empty()) p.item("预案没有写明" + lt.level->name + "响应的措施。");
    p.tasks(lt.own);
    for (const Reference& ref : lt.references) {
      if (ref.listed_apart)
        p.lead("按“" + ref.words + "”，" + ref.level->name + "响应的措施见本节" + ref.level->name + "应急响应。");
      else
        p.lead("按“" + ref.words + "”，以下为" + ref.level->name + "响应的措施：");
      p.tasks(ref.items);
    }
  }
}

void text(const ActionPlan& a, std::ostream& out, bool markdown) {
  Printer p(out, markdown);
  out << (markdown ? "# " : "") << "事件行动方案（草案）：依据《" << a.plan->meta.title << "》\n";
  print_facts(a, p);
  print_grades(a, p);
  print_responses(a, p);
  print_groups(a, p);
  print_tasks(a, p);
}

// ---------------------------------------------------------------------------------
// JSON.

void strings(emit::JsonWriter& w, const std::string& key, const std::vector<std::string>& items) {
  w.key(key).begin_array();
  for (const std::string& i : items) w.value(i);
  w.end_array();
}

void org_names(emit::JsonWriter& w, const std::string& key, const std::vector<ir::OrgRef>& refs) {
  w.key(key).begin_array();
  for (const ir::OrgRef& o : refs) w.value(o.resolved() ? o.name : o.words);
  w.end_array();
}

void json_tasks(emit::JsonWriter& w, const std::vector<TaskItem>& items) {
  w.key("tasks").begin_array();
  for (const TaskItem& t : items) {
    w.begin_object().field("level", t.task->level).field("phase", t.task->phase);
    w.field("section", syntax::last_heading(t.task->origin.section));
    strings(w, "owners", t.owners);
    w.field("text", t.task->text);
    if (!t.note.empty()) w.field("note", t.note);
    w.end_object();
  }
  w.end_array();
}

void json_readings(const ActionPlan& a, emit::JsonWriter& w) {
  w.key("readings").begin_array();
  for (const Reading& reading : a.readings) {
    w.begin_object().field("scheme", reading.scheme).field("definition", label(reading));
    std::string d = decision(reading);
    if (d.empty())
      w.key("grade").null();
    else
      w.field("grade", d);
    strings(w, "matched", reading.matched);
    strings(w, "undecided", reading.undecided);
    strings(w, "possibly_higher", possibly_higher(reading));
    w.end_object();
  }
  w.end_array();
}

void json_responses(const ActionPlan& a, emit::JsonWriter& w) {
  w.key("responses").begin_array();
  for (const Response& r : a.responses) {
    w.begin_object().field("basis", role_name(r.role));
    strings(w, "sources", r.sources);
    w.field("grade", r.grade);
    strings(w, "possibly_higher", r.higher);
    w.field("adjustment", r.adjustment);
    if (r.level != nullptr) {
      w.field("level", r.level->name);
      org_names(w, "activated_by", r.level->activated_by);
    } else {
      w.key("level").null();
    }
    if (!r.table_level.empty()) w.field("table_level", r.table_level);
    w.end_object();
  }
  w.end_array();
  w.key("tasks").begin_array();
  for (const LevelTasks& lt : a.tasks) {
    w.begin_object().field("level", lt.level->name);
    json_tasks(w, lt.own);
    w.key("references").begin_array();
    for (const Reference& ref : lt.references) {
      w.begin_object().field("level", ref.level->name).field("words", ref.words);
      w.field("listed_apart", ref.listed_apart);
      json_tasks(w, ref.items);
      w.end_object();
    }
    w.end_array().end_object();
  }
  w.end_array();
}

void json(const ActionPlan& a, std::ostream& out) {
  emit::JsonWriter w(out);
  w.begin_object().field("plan", a.plan->meta.title);
  w.key("facts").begin_array();
  for (const Fact& f : a.facts) {
    w.begin_object().field("indicator", f.name).field("value", f.value).field("given", f.given);
    w.field("used", std::find(a.unused.begin(), a.unused.end(), f.name) == a.unused.end()).end_object();
  }
  w.end_array();
  strings(w, "unknown", a.unknown);
  json_readings(a, w);
  strings(w, "disagreements", a.disagreements);
  json_responses(a, w);
  w.key("groups").begin_array();
  for (const ir::Group& g : a.plan->groups) {
    w.begin_object().field("name", g.name);
    org_names(w, "leads", g.leads);
    org_names(w, "members", g.members);
    w.end_object();
  }
  w.end_array().end_object();
}

// "；本预案分级所用的指标：震级（别名：M）、…": what the user could have meant.
std::string known_indicators(const ir::Plan& plan) {
  std::string out;
  for (int i : criteria_indicators(plan)) {
    const ir::Indicator& indicator = plan.indicators->indicators()[i];
    out += (out.empty() ? "" : "、") + indicator.name;
    if (!indicator.aliases.empty()) out += "（别名：" + join(indicator.aliases) + "）";
  }
  return out.empty() ? "" : "；本预案分级所用的指标：" + out;
}

}  // namespace

int run_respond(const std::vector<std::string>& args) {
  Options options;
  std::string error;
  if (!parse_options(args, {"--fact", "--format"}, options, error)) return usage_error(error, kRespondUsage);
  if (options.help) {
    std::cout << kRespondUsage << "\n";
    return kOk;
  }
  if (options.format.empty()) options.format = "text";
  if (options.format != "text" && options.format != "json" && options.format != "md") {
    return usage_error("未知的输出格式“" + options.format + "”", kRespondUsage);
  }
  if (options.paths.size() != 1) return usage_error("respond 需要恰好一个预案文件", kRespondUsage);
  corpus::Corpus corpus;
  DiagnosticSink sink;
  if (!corpus::load(options.paths, corpus, sink)) return usage_error("无法读取 " + options.paths[0], kRespondUsage);
  std::vector<const ir::Plan*> plans = corpus.requested_plans();
  if (plans.size() != 1) return usage_error(options.paths[0] + " 不是预案文件", kRespondUsage);
  const ir::Plan& plan = *plans.front();
  if (plan.schemes.empty())
    return usage_error("《" + plan.meta.title + "》没有分级标准，无法按事实判定等级", kRespondUsage);
  std::vector<Fact> facts;
  for (const std::string& f : options.facts) {
    std::optional<Fact> fact = parse_fact(f, *plan.indicators, error);
    if (!fact) {
      if (error.find("不是登记的指标") != std::string::npos || error.find("灾种") != std::string::npos)
        error += known_indicators(plan);
      return usage_error(error, kRespondUsage);
    }
    for (const Fact& earlier : facts) {
      if (earlier.indicator == fact->indicator)
        return usage_error(
            "“" + earlier.given + "”与“" + fact->given + "”是同一指标“" + fact->name + "”：每个指标只能给出一次",
            kRespondUsage);
    }
    facts.push_back(*fact);
  }
  ActionPlan action = draft_action_plan(plan, facts);
  if (options.format == "json")
    json(action, std::cout);
  else
    text(action, std::cout, options.format == "md");
  return kOk;
}

}  // namespace planc::cli
