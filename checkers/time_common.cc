// What the time rules share.
#include "checkers/time_common.h"

#include <algorithm>

#include "checkers/util.h"

namespace planc::checkers {

SourceRange issue_range(const ir::Plan& plan) {
  const ir::MetaField* issued = plan.meta.field("印发");
  return issued ? issued->value_range : plan.heading_title_range;
}

std::string clause_text(const GoverningClause& clause) { return clause.label + "：“" + clause.clause->text + "”"; }

void note_clause(Diagnostic& diagnostic, const GoverningClause& clause) {
  diagnostic.related.push_back({clause.clause->origin.range, clause.tightened ? "本预案收紧后的条款" : "适用的条款"});
}

void mark_provisional(Diagnostic& diagnostic, const Deadline& deadline) {
  if (deadline.provisional.empty()) return;
  diagnostic.message += "（" + deadline.provisional + "）";
  if (diagnostic.severity == Severity::Error) diagnostic.severity = Severity::Warning;
}

bool time_rule_can_run(CheckContext& context, const ir::Plan& plan, bool needs_ledger) {
  if (!plan.meta.issued) {
    context.skip(plan.path, "前置信息没有印发日期");
    return false;
  }
  if (needs_ledger && context.corpus().ledger.empty()) {
    context.skip(plan.path, "语料中没有台账（前置信息首行为“台账：…”的文件），无法知道备案、演练、评估、修订的情况");
    return false;
  }
  return true;
}

namespace {

// Whether the plan or a superior has a clause of `kind` for plans of its category, or
// for every plan ("应急预案编制单位应当建立定期评估制度").
bool has_clause(const ir::Plan& plan, ir::Obligation kind) {
  auto applies = [&](const ir::Plan& p) {
    return std::any_of(p.management.begin(), p.management.end(), [&](const ir::ManagementClause& c) {
      return c.kind == kind && (c.applies_to.empty() || names_category(c, plan.meta.category));
    });
  };
  return applies(plan) || std::any_of(plan.superior_plans.begin(), plan.superior_plans.end(),
                                      [&](const ir::Plan* s) { return applies(*s); });
}

// Why no clause sets a period for `kind`: the applicable clause states none, or none applies.
std::string no_clause(const ir::Plan& plan, ir::Obligation kind) {
  if (kind == ir::Obligation::Evaluation && has_clause(plan, kind)) {
    return "适用的评估条款没有写明评估周期（如“建立定期评估制度”而无年限），无法计算期限";
  }
  std::string period = kind == ir::Obligation::Filing ? "期限" : "周期";
  return "没有找到适用于“" + plan.meta.category + "”预案、写明" + period + "的" + ir::obligation_word(kind) + "条款";
}

}  // namespace

std::optional<Deadline> deadline_for(CheckContext& context, const ir::Plan& plan, ir::Obligation kind) {
  if (!time_rule_can_run(context, plan, true)) return std::nullopt;
  for (Deadline& d : deadlines(context.corpus(), plan, context.as_of())) {
    if (d.obligation != kind) continue;
    if (d.status != Status::Unknown) return std::move(d);
    context.skip(plan.path, std::string(ir::obligation_word(kind)) + "期限无法计算：" + d.note);
    return std::nullopt;
  }
  context.skip(plan.path, no_clause(plan, kind));
  return std::nullopt;
}

}  // namespace planc::checkers
