// Time obligations: governing clauses, deadlines, fired revision triggers.
#include "compiler/analysis/obligations.h"

#include <algorithm>
#include <set>

#include "compiler/base/fold.h"
#include "compiler/syntax/ast.h"

namespace planc::analysis {

bool names_category(const ir::ManagementClause& clause, const std::string& category) {
  return std::any_of(clause.applies_to.begin(), clause.applies_to.end(),
                     [&](const std::string& c) { return c == category; });
}

const ir::ManagementClause* find_clause(const ir::Plan& plan, ir::Obligation kind, const std::string& category,
                                        bool with_duration) {
  for (const ir::ManagementClause& c : plan.management) {
    if (c.kind == kind && names_category(c, category) && (!with_duration || c.duration)) return &c;
  }
  return nullptr;
}

namespace {

// "… / 7 预案管理 / 7.2 预案审批与衔接" → "7.2".
std::string section_number(const std::string& path) {
  std::string last = syntax::last_heading(path);
  size_t space = last.find(' ');
  return space == std::string::npos ? last : last.substr(0, space);
}

GoverningClause make(const ir::Plan& plan, const ir::ManagementClause& clause, bool tightened) {
  GoverningClause g;
  g.clause = &clause;
  g.plan = &plan;
  g.tightened = tightened;
  g.label = "《" + plan.meta.title + "》" + section_number(clause.origin.section) + clause.marker;
  return g;
}

std::vector<const time::LedgerEvent*> records(const corpus::Corpus& corpus, const ir::Plan& plan, ir::Obligation kind);

}  // namespace

std::optional<Period> period_of(const ir::Duration& duration) {
  switch (duration.unit) {
    case ir::Dimension::WorkingDays: return Period{Period::WorkingDays, duration.value};
    case ir::Dimension::Days: return Period{Period::Days, duration.value};
    case ir::Dimension::Months: return Period{Period::Months, duration.value};
    case ir::Dimension::Years: return Period{Period::Months, duration.value * 12};
    default: return std::nullopt;
  }
}

std::optional<GoverningClause> governing_clause(const ir::Plan& plan, ir::Obligation kind, bool with_duration) {
  const std::string& category = plan.meta.category;
  const ir::ManagementClause* own = find_clause(plan, kind, category, with_duration);
  for (const ir::Plan* superior : plan.superior_plans) {
    const ir::ManagementClause* theirs = find_clause(*superior, kind, category, with_duration);
    if (theirs == nullptr) continue;
    if (own != nullptr && own->duration && theirs->duration) {
      std::optional<Period> a = period_of(*own->duration);
      std::optional<Period> b = period_of(*theirs->duration);
      if (a && b && a->unit == b->unit && a->amount < b->amount) return make(plan, *own, true);
    }
    return make(*superior, *theirs, false);
  }
  if (own != nullptr) return make(plan, *own, false);
  return std::nullopt;
}

std::optional<ir::Date> after(const corpus::Corpus& corpus, const ir::Date& start, const Period& period, int* missing,
                              bool* provisional) {
  switch (period.unit) {
    case Period::WorkingDays:
      return corpus.calendar.add_working_days(start, static_cast<int>(period.amount), missing, provisional);
    case Period::Days: return start.plus_days(static_cast<long>(period.amount));
    case Period::Months: return start.plus_months(static_cast<int>(period.amount));
  }
  return std::nullopt;
}

std::string provisional_note(const corpus::Corpus& corpus) {
  const std::set<int>& years = corpus.calendar.provisional_years();
  std::string first = years.empty() ? std::string("该") : std::to_string(*years.begin());
  return "暂定：日历中没有 " + first +
         " 年及以后的放假安排（国务院办公厅通知尚未录入），按《全国年节及纪念日放假办法》（2024年修订）规定的法定节假日"
         "及周末补假推算，未计调休；放假通知公布后将其录入日历文件，以通知为准";
}

const char* status_name(Status status) {
  switch (status) {
    case Status::Done: return "已按期完成";
    case Status::Late: return "逾期完成";
    case Status::Overdue: return "逾期未完成";
    case Status::NoRecord: return "缺少记录";
    case Status::Pending: return "未到期";
    case Status::Unknown: return "无法计算";
  }
  return "";
}

namespace {

std::vector<const time::LedgerEvent*> records(const corpus::Corpus& corpus, const ir::Plan& plan, ir::Obligation kind) {
  std::vector<const time::LedgerEvent*> found;
  if (const auto* events = corpus.ledger.events(plan.meta.title)) {
    for (const auto& e : *events) {
      if (e.kind == kind) found.push_back(&e);
    }
  }
  return found;
}

Deadline unknown(Deadline d, std::string note) {
  d.status = Status::Unknown;
  d.note = std::move(note);
  return d;
}

// Filing: once, within the period after issue.
Deadline filing(const corpus::Corpus& corpus, const ir::Plan& plan, const GoverningClause& g, const ir::Date& as_of) {
  Deadline d{&plan, ir::Obligation::Filing, g, plan.meta.issued, {}, {}, nullptr, Status::Unknown, {}, {}};
  std::optional<Period> period = period_of(*g.clause->duration);
  if (!period) return unknown(d, "条款的期限单位无法计算");
  int missing = 0;
  bool provisional = false;
  d.due = after(corpus, *plan.meta.issued, *period, &missing, &provisional);
  if (!d.due) return unknown(d, "日历中没有 " + std::to_string(missing) + " 年的放假安排");
  if (provisional) d.provisional = provisional_note(corpus);
  std::vector<const time::LedgerEvent*> filed = records(corpus, plan, ir::Obligation::Filing);
  if (!filed.empty()) {
    d.record = filed.front();
    d.done = d.record->date;
    d.status = *d.done <= *d.due ? Status::Done : Status::Late;
    d.note = filed.front()->content;
    return d;
  }
  d.status = as_of > *d.due ? Status::NoRecord : Status::Pending;
  return d;
}

// Periodic obligations (drills, evaluations): each record restarts the period.
Deadline periodic(const corpus::Corpus& corpus, const ir::Plan& plan, ir::Obligation kind, const GoverningClause& g,
                  const ir::Date& as_of) {
  Deadline d{&plan, kind, g, plan.meta.issued, {}, {}, nullptr, Status::Unknown, {}, {}};
  std::optional<Period> period = period_of(*g.clause->duration);
  if (!period) return unknown(d, "条款的期限单位无法计算");
  std::vector<const time::LedgerEvent*> done = records(corpus, plan, kind);
  ir::Date start = *plan.meta.issued;
  for (const time::LedgerEvent* e : done) {
    int missing = 0;
    bool provisional = false;
    std::optional<ir::Date> due = after(corpus, start, *period, &missing, &provisional);
    if (!due) return unknown(d, "日历中没有 " + std::to_string(missing) + " 年的放假安排");
    if (e->date > as_of) break;
    if (e->date > *due) {  // a gap longer than the period, closed late
      d.start = start;
      d.due = due;
      d.done = e->date;
      d.record = e;
      d.status = Status::Late;
      d.note = e->content;
      if (provisional) d.provisional = provisional_note(corpus);
      return d;
    }
    start = e->date;
  }
  int missing = 0;
  bool provisional = false;
  d.start = start;
  d.due = after(corpus, start, *period, &missing, &provisional);
  if (!d.due) return unknown(d, "日历中没有 " + std::to_string(missing) + " 年的放假安排");
  if (provisional) d.provisional = provisional_note(corpus);
  if (as_of <= *d.due) {
    d.status = Status::Pending;
  } else {
    d.status = done.empty() ? Status::NoRecord : Status::Overdue;
  }
  return d;
}

}  // namespace

std::vector<Deadline> deadlines(const corpus::Corpus& corpus, const ir::Plan& plan, const ir::Date& as_of) {
  std::vector<Deadline> result;
  for (ir::Obligation kind : {ir::Obligation::Filing, ir::Obligation::Drill, ir::Obligation::Evaluation}) {
    std::optional<GoverningClause> g = governing_clause(plan, kind, true);
    if (!g) continue;
    if (!plan.meta.issued) {
      result.push_back(
          unknown({&plan, kind, *g, {}, {}, {}, nullptr, Status::Unknown, {}, {}}, "前置信息没有印发日期"));
      continue;
    }
    result.push_back(kind == ir::Obligation::Filing ? filing(corpus, plan, *g, as_of)
                                                    : periodic(corpus, plan, kind, *g, as_of));
  }
  return result;
}

namespace {

const ir::Trigger* trigger_of(const std::vector<ir::Trigger>& triggers, ir::TriggerKind category) {
  for (const ir::Trigger& t : triggers) {
    if (t.category == category) return &t;
  }
  return nullptr;
}

// The revision trigger list that applies: the plan's own, else its superior's.
std::pair<const std::vector<ir::Trigger>*, const ir::Plan*> trigger_list(const ir::Plan& plan) {
  if (!plan.triggers.empty()) return {&plan.triggers, &plan};
  for (const ir::Plan* superior : plan.superior_plans) {
    if (!superior->triggers.empty()) return {&superior->triggers, superior};
  }
  return {nullptr, nullptr};
}

bool revised_since(const corpus::Corpus& corpus, const ir::Plan& plan, const ir::Date& date) {
  for (const time::LedgerEvent* e : records(corpus, plan, ir::Obligation::Revision)) {
    if (e->date >= date) return true;
  }
  return false;
}

// Laws and superior documents the plan cites that took a new version after its issue.
void cited_documents(const corpus::Corpus& corpus, const ir::Plan& plan, const ir::Trigger& trigger,
                     const ir::Plan& trigger_plan, const ir::Date& as_of, std::vector<FiredTrigger>& out) {
  std::set<const ir::ExternalDocument*> seen;
  for (const ir::Citation& c : plan.citations) {
    const ir::ExternalDocument* doc = c.document ? c.document : c.near_document;
    if (doc == nullptr || !seen.insert(doc).second) continue;
    for (const ir::ExternalVersion& v : doc->versions) {
      std::optional<ir::Date> start = v.effective ? v.effective : v.adopted;
      if (!start || *start <= *plan.meta.issued || *start > as_of) continue;
      if (revised_since(corpus, plan, *start)) continue;
      FiredTrigger f;
      f.trigger = &trigger;
      f.trigger_plan = &trigger_plan;
      f.date = *start;
      f.event = "《" + doc->title + "》" + (v.label.empty() ? "" : v.label + " 年版") + (v.effective ? "自 " : "于 ") +
                start->iso() + (v.effective ? " 起施行" : " 通过或印发") + (doc->verified ? "" : "（登记未核实）");
      f.where = c.origin.range;
      f.section = c.origin.section;
      f.evidence = v.range;
      out.push_back(std::move(f));
      break;
    }
  }
}

// Organisations the plan names that were renamed, merged or abolished after its issue.
void changed_orgs(const corpus::Corpus& corpus, const ir::Plan& plan, const std::vector<ir::Trigger>& triggers,
                  const ir::Plan& trigger_plan, const ir::Date& as_of, std::vector<FiredTrigger>& out) {
  for (const time::OrgChange& change : corpus.ledger.org_changes()) {
    if (change.date <= *plan.meta.issued || change.date > as_of || revised_since(corpus, plan, change.date)) continue;
    for (const ir::OrgRef& ref : plan.mentions) {
      bool same = compact_key(ref.words) == compact_key(change.org) ||
                  (ref.resolved() && compact_key(ref.name) == compact_key(change.org));
      if (!same) continue;
      const ir::Trigger* t = trigger_of(triggers, ir::TriggerKind::Command);
      if (t == nullptr) t = trigger_of(triggers, ir::TriggerKind::OtherInfo);
      if (t == nullptr) return;
      FiredTrigger f;
      f.trigger = t;
      f.trigger_plan = &trigger_plan;
      f.date = change.date;
      f.event = change.org + "于 " + change.date.iso() + " " + change.change +
                (change.successor.empty() ? "" : "（" + change.successor + "）");
      f.where = ref.range;
      f.evidence = change.range;
      out.push_back(std::move(f));
      break;
    }
  }
}

}  // namespace

std::vector<FiredTrigger> fired_triggers(const corpus::Corpus& corpus, const ir::Plan& plan, const ir::Date& as_of) {
  std::vector<FiredTrigger> out;
  if (!plan.meta.issued) return out;
  auto [triggers, trigger_plan] = trigger_list(plan);
  if (triggers == nullptr) return out;
  if (const ir::Trigger* law = trigger_of(*triggers, ir::TriggerKind::Law))
    cited_documents(corpus, plan, *law, *trigger_plan, as_of, out);
  changed_orgs(corpus, plan, *triggers, *trigger_plan, as_of, out);
  return out;
}

}  // namespace planc::analysis
