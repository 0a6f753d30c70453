// The ledger (台账): what happened to each plan after issue — filings, drills,
// evaluations, revisions — and changes of the organisations the plans name.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "compiler/base/diagnostic.h"
#include "compiler/ir/date.h"
#include "compiler/ir/kinds.h"
#include "compiler/syntax/ast.h"

namespace planc::time {

struct LedgerEvent {
  ir::Obligation kind = ir::Obligation::Filing;
  ir::Date date;
  std::string content;    ///< to whom (备案), form and scope (演练), which parts (修订)
  std::string reference;  ///< 文号, record number, where it is recorded
  SourceRange range;
};

struct OrgChange {
  ir::Date date;
  std::string org;        ///< the name before the change
  std::string change;     ///< 更名, 撤销, 合并
  std::string successor;  ///< the new name or the body it merged into
  SourceRange range;
};

/// Records per plan (by title), and organisation changes. A plan with no section, or a
/// section with no rows, has no record: planc reports that as a missing record, never
/// as a defect of the plan.
class Ledger {
 public:
  /// Reads a 台账 file: '## 预案标题' sections with a table (事项 | 日期 | 内容 | 依据),
  /// and a '## 机构变更' section with a table (日期 | 机构 | 变更 | 说明).
  void load(const syntax::Document& document, DiagnosticSink& sink);

  bool empty() const { return plans_.empty() && changes_.empty(); }
  /// The events of a plan, oldest first (nullptr when the ledger has no section for it).
  const std::vector<LedgerEvent>* events(std::string_view title) const;
  const std::vector<OrgChange>& org_changes() const { return changes_; }

 private:
  std::map<std::string, std::vector<LedgerEvent>> plans_;  ///< by title key
  std::vector<OrgChange> changes_;
};

}  // namespace planc::time
