// planc respond PLAN --fact 指标=值 ...: a draft action plan as text, JSON or Markdown.
#include <algorithm>
#include <iostream>
#include <set>
#include <sstream>

#include "cli/commands.h"
#include "cli/options.h"
#include "cli/respond.h"
#include "compiler/corpus/corpus.h"
#include "compiler/emit/json.h"

namespace planc::cli {
namespace {

const char* kRespondUsage =
    "用法：planc respond 预案文件 --fact 指标=值 [--fact 指标=值]... [--format text|json|md]\n"
    "      例：planc respond plans/jiyang/seismic.plan --fact M=5.2 --fact 死亡人数=3";

std::string label(const Reading& r) {
  return std::string(r.role == ir::CriteriaRole::Initial ? "初判标准" : "分级标准") + "（" +
         (r.from_table ? "附件表" : "正文") + "）";
}

// The grade a reading decides: the highest grade the facts meet; none when the facts
// meet none and rule out all; undecided otherwise.
std::string decision(const Reading& r) {
  if (!r.matched.empty()) return r.matched.front();
  return {};
}

// Grades above the decided one that the facts do not rule out: the grade may be higher.
std::vector<std::string> possibly_higher(const Reading& r) {
  std::vector<std::string> out;
  std::string d = decision(r);
  for (const GradeVerdict& v : r.verdicts) {
    if (v.definition->grade == d) break;
    if (v.truth == Truth::Unknown) out.push_back(v.definition->grade);
  }
  return out;
}

std::string list(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& i : items) out += (out.empty() ? "" : "、") + i;
  return out;
}

struct Response {
  std::string grade;
  const ir::ResponseLevel* level = nullptr;
  std::string table_level;  ///< the attachment table's 响应级别 for the grade
};

Response response_for(const ir::Plan& plan, const std::string& scheme, const std::string& grade) {
  Response r;
  r.grade = grade;
  if (plan.response) {
    for (const ir::ResponseLevel& level : plan.response->levels) {
      if (std::find(level.grades.begin(), level.grades.end(), grade) != level.grades.end()) r.level = &level;
    }
  }
  for (const ir::GradeDefinition& d : plan.definitions) {
    if (d.scheme == scheme && d.grade == grade && d.from_table && !d.response_level.empty())
      r.table_level = d.response_level;
  }
  return r;
}

std::string orgs(const std::vector<ir::OrgRef>& refs) {
  std::string out;
  for (const ir::OrgRef& r : refs) out += (out.empty() ? "" : "、") + (r.resolved() ? r.name : r.words);
  return out;
}

// The tasks of a level, by phase; a level whose section says 参照X级响应 also takes X's.
std::vector<const ir::Task*> tasks_for(const ir::Plan& plan, const ir::ResponseLevel& level) {
  std::vector<const ir::Task*> out;
  std::set<int> ordinals = {level.ordinal};
  for (const ir::Task& t : plan.tasks) {
    if (t.level.empty()) continue;
    bool same = t.level.find(level.name.substr(0, level.name.find("级"))) != std::string::npos;
    if (same && t.text.find("参照") != std::string::npos) {
      for (const ir::ResponseLevel& other : plan.response->levels) {
        std::string word = "参照" + other.name.substr(0, other.name.find("级")) + "级响应";
        if (t.text.find(word) != std::string::npos) ordinals.insert(other.ordinal);
      }
    }
  }
  for (const ir::Task& t : plan.tasks) {
    for (const ir::ResponseLevel& other : plan.response->levels) {
      if (!ordinals.count(other.ordinal)) continue;
      std::string numeral = other.name.substr(0, other.name.find("级"));
      if (!numeral.empty() && t.level.rfind(numeral, 0) == 0) out.push_back(&t);
    }
  }
  return out;
}

struct Report {
  const ir::Plan* plan = nullptr;
  std::vector<Fact> facts;
  std::vector<std::string> unknown;  ///< indicators the plan's criteria use that were not given
  std::vector<Reading> readings;
  std::vector<Response> responses;  ///< one per distinct grade the deciding readings give
  bool disagree = false;
};

Report build(const ir::Plan& plan, std::vector<Fact> facts) {
  Report report{&plan, std::move(facts), {}, evaluate(plan, report.facts), {}, false};
  std::set<std::string> used;
  for (const ir::GradeDefinition& d : plan.definitions) {
    for (const ir::Clause& c : d.criteria.any) {
      for (const ir::Criterion& k : c.all) {
        if (!k.qualitative()) used.insert(k.indicator_name);
      }
    }
  }
  for (const std::string& name : used) {
    bool given = std::any_of(report.facts.begin(), report.facts.end(), [&](const Fact& f) { return f.name == name; });
    if (!given) report.unknown.push_back(name);
  }
  // The response starts from the initial judgement where the plan gives one (按照初判标准
  // 启动响应), else from the grading standard.
  std::set<std::string> grades;
  bool initial = std::any_of(report.readings.begin(), report.readings.end(), [](const Reading& r) {
    return r.role == ir::CriteriaRole::Initial && !decision(r).empty();
  });
  for (const Reading& r : report.readings) {
    if ((r.role == ir::CriteriaRole::Initial) != initial) continue;
    if (!decision(r).empty()) grades.insert(decision(r));
  }
  std::set<std::string> all;
  for (const Reading& r : report.readings) {
    if (!decision(r).empty()) all.insert(decision(r));
  }
  report.disagree = all.size() > 1;
  for (const ir::GradeScheme& scheme : plan.schemes) {
    for (const ir::Grade& g : scheme.grades) {
      if (grades.count(g.name)) report.responses.push_back(response_for(plan, scheme.name, g.name));
    }
  }
  return report;
}

void text(const Report& r, std::ostream& out, bool markdown) {
  const ir::Plan& plan = *r.plan;
  auto h = [&](const std::string& title) { out << (markdown ? "\n## " : "\n") << title << "\n\n"; };
  out << (markdown ? "# " : "") << "事件行动方案（草案）：依据《" << plan.meta.title << "》\n";
  h("一、事件事实");
  for (const Fact& f : r.facts) out << (markdown ? "- " : "  ") << f.given << "（" << f.name << "）\n";
  for (const std::string& u : r.unknown) out << (markdown ? "- " : "  ") << u << "：未知（未给出，不作推定）\n";
  h("二、事件等级");
  for (const Reading& reading : r.readings) {
    std::string d = decision(reading);
    std::vector<std::string> higher = possibly_higher(reading);
    out << (markdown ? "- " : "  ") << label(reading) << "：";
    if (!d.empty() && higher.empty())
      out << d;
    else if (!d.empty())
      out << "至少为" << d << "（" << list(higher) << "尚不能排除）";
    else if (!reading.undecided.empty())
      out << "无法判定（" << list(reading.undecided) << "均不能排除）";
    else
      out << "不属于任何等级";
    if (reading.matched.size() > 1) out << "；同时符合" << list(reading.matched) << "，取最高";
    out << "\n";
    // What decided it, and what is missing for the grades not ruled out.
    for (const GradeVerdict& v : reading.verdicts) {
      if (v.truth == Truth::No || (v.truth == Truth::Yes && v.definition->grade != d)) continue;
      for (const std::string& why : v.reasons) {
        if (v.truth == Truth::Yes && why.find("：符合") == std::string::npos) continue;
        if (v.truth == Truth::Unknown && why.find("：不符合") != std::string::npos) continue;
        out << (markdown ? "  - " : "      ") << v.definition->grade << "：" << why << "\n";
      }
    }
  }
  if (r.disagree) out << (markdown ? "\n> " : "  ") << "注意：预案的不同定义对这些事实给出了不同的等级，见上。\n";
  h("三、响应级别与启动");
  if (r.responses.empty()) out << (markdown ? "- " : "  ") << "等级未定，无法确定响应级别。\n";
  for (const Response& resp : r.responses) {
    out << (markdown ? "- " : "  ") << resp.grade << " → ";
    if (resp.level != nullptr) {
      out << resp.level->name << "应急响应";
      out << "；启动：" << (resp.level->activated_by.empty() ? "预案未写明由谁启动" : orgs(resp.level->activated_by));
    } else {
      out << "正文没有写明响应级别";
    }
    if (!resp.table_level.empty()) out << "（附件表：" << resp.table_level << "）";
    out << "\n";
  }
  h("四、工作组");
  if (plan.groups.empty()) out << (markdown ? "- " : "  ") << "预案没有设工作组。\n";
  for (const ir::Group& g : plan.groups) {
    out << (markdown ? "- " : "  ") << g.name << "：牵头 " << (g.leads.empty() ? "（未写明）" : orgs(g.leads));
    if (!g.members.empty()) out << "；成员 " << orgs(g.members);
    out << "\n";
  }
  h("五、任务");
  std::set<int> shown;
  for (const Response& resp : r.responses) {
    if (resp.level == nullptr || !shown.insert(resp.level->ordinal).second) continue;
    out << (markdown ? "\n### " : "  ") << resp.level->name << "应急响应\n" << (markdown ? "\n" : "");
    std::string phase = "\x01";
    for (const ir::Task* t : tasks_for(plan, *resp.level)) {
      std::string p = t->level + (t->phase.empty() ? "" : t->phase);
      if (p != phase) {
        out << (markdown ? "\n#### " : "    ") << p << "\n" << (markdown ? "\n" : "");
        phase = p;
      }
      out << (markdown ? "- " : "      ") << (t->owner.empty() ? "" : "【" + t->owner + "】") << t->text << "\n";
    }
  }
}

void json(const Report& r, std::ostream& out) {
  emit::JsonWriter w(out);
  w.begin_object().field("plan", r.plan->meta.title);
  w.key("facts").begin_array();
  for (const Fact& f : r.facts)
    w.begin_object().field("indicator", f.name).field("value", f.value).field("given", f.given).end_object();
  w.end_array();
  w.key("unknown").begin_array();
  for (const std::string& u : r.unknown) w.value(u);
  w.end_array();
  w.key("readings").begin_array();
  for (const Reading& reading : r.readings) {
    w.begin_object().field("scheme", reading.scheme).field("definition", label(reading));
    std::string d = decision(reading);
    if (d.empty())
      w.key("grade").null();
    else
      w.field("grade", d);
    w.key("matched").begin_array();
    for (const std::string& g : reading.matched) w.value(g);
    w.end_array().key("undecided").begin_array();
    for (const std::string& g : reading.undecided) w.value(g);
    w.end_array().key("possibly_higher").begin_array();
    for (const std::string& g : possibly_higher(reading)) w.value(g);
    w.end_array().end_object();
  }
  w.end_array();
  w.field("definitions_disagree", r.disagree);
  w.key("responses").begin_array();
  for (const Response& resp : r.responses) {
    w.begin_object().field("grade", resp.grade);
    if (resp.level) {
      w.field("level", resp.level->name);
      w.key("activated_by").begin_array();
      for (const ir::OrgRef& o : resp.level->activated_by) w.value(o.resolved() ? o.name : o.words);
      w.end_array();
      w.key("tasks").begin_array();
      for (const ir::Task* t : tasks_for(*r.plan, *resp.level)) {
        w.begin_object()
            .field("level", t->level)
            .field("phase", t->phase)
            .field("owner", t->owner)
            .field("text", t->text);
        w.end_object();
      }
      w.end_array();
    }
    if (!resp.table_level.empty()) w.field("table_level", resp.table_level);
    w.end_object();
  }
  w.end_array();
  w.key("groups").begin_array();
  for (const ir::Group& g : r.plan->groups) {
    w.begin_object().field("name", g.name).key("leads").begin_array();
    for (const ir::OrgRef& o : g.leads) w.value(o.resolved() ? o.name : o.words);
    w.end_array().end_object();
  }
  w.end_array().end_object();
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
    if (!fact) return usage_error(error, kRespondUsage);
    facts.push_back(*fact);
  }
  Report report = build(plan, facts);
  if (options.format == "json")
    json(report, std::cout);
  else
    text(report, std::cout, options.format == "md");
  return kOk;
}

}  // namespace planc::cli
