// What the time rules share.
#include "checkers/time_common.h"

#include "checkers/util.h"

namespace planc::checkers {

SourceRange issue_range(const ir::Plan& plan) {
  for (const syntax::Field& f : plan.meta.fields) {
    if (key(f.key.text()) == key("印发")) return f.value.range();
  }
  return plan.heading_title_range;
}

std::string clause_text(const GoverningClause& clause) { return clause.label + "：“" + clause.clause->text + "”"; }

void note_clause(Diagnostic& diagnostic, const GoverningClause& clause) {
  diagnostic.related.push_back({clause.clause->origin.range, clause.tightened ? "本预案收紧后的条款" : "适用的条款"});
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

}  // namespace planc::checkers
