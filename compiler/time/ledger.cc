// The ledger (台账).
#include "compiler/time/ledger.h"

#include <algorithm>

#include "compiler/base/fold.h"
#include "compiler/ir/entries.h"
#include "compiler/syntax/syntax_error.h"

namespace planc::time {
namespace {}  // namespace

void Ledger::load(const syntax::Document& document, DiagnosticSink& sink) {
  for (const auto& section : document.root->children) {
    if (section->kind != syntax::NodeKind::Section) continue;
    std::string title = section->title.text();
    bool changes = compact_key(title) == compact_key("机构变更");
    if (!changes) plans_[compact_key(title)];
    for (const auto& node : section->children) {
      if (node->kind != syntax::NodeKind::Table) continue;
      // Events: 事项 | 日期 | 内容 | 依据; organisation changes: 日期 | 机构 | 变更 | 说明.
      ir::Columns columns(*node);
      int date_column = columns.find({"日期"});
      int kind_column = columns.find({"事项"});
      int content_column = columns.find({"内容"});
      int reference_column = columns.find({"依据"});
      int org_column = columns.find({"机构"});
      int change_column = columns.find({"变更"});
      int note_column = columns.find({"说明"});
      for (const auto& row : node->rows) {
        if (row.header) continue;
        const syntax::TableCell* date_cell = ir::cell_at(row, date_column);
        std::optional<ir::Date> date = date_cell ? ir::parse_date(date_cell->text.text()) : std::nullopt;
        if (!date) {
          syntax::report_syntax(sink, date_cell ? date_cell->range : SourceRange(),
                                "台账的日期应为 2024-05-20 之类的完整日期；不知道日期的事项不要记");
          continue;
        }
        SourceRange range = row.cells.empty() ? SourceRange() : row.cells.front().range;
        if (changes) {
          OrgChange change{*date, ir::cell_text(row, org_column), ir::cell_text(row, change_column),
                           ir::cell_text(row, note_column), range};
          changes_.push_back(std::move(change));
          continue;
        }
        std::string kind = ir::cell_text(row, kind_column);
        std::optional<ir::Obligation> obligation = ir::obligation_of(compact_key(kind));
        if (!obligation) {
          syntax::report_syntax(sink, range, "台账的事项应为 备案、演练、评估 或 修订，而不是“" + kind + "”");
          continue;
        }
        LedgerEvent event;
        event.kind = *obligation;
        event.date = *date;
        event.content = ir::cell_text(row, content_column);
        event.reference = ir::cell_text(row, reference_column);
        event.range = range;
        plans_[compact_key(title)].push_back(std::move(event));
      }
    }
  }
  for (auto& [title, events] : plans_) {
    std::stable_sort(events.begin(), events.end(),
                     [](const LedgerEvent& a, const LedgerEvent& b) { return a.date < b.date; });
  }
}

const std::vector<LedgerEvent>* Ledger::events(std::string_view title) const {
  auto it = plans_.find(compact_key(title));
  return it == plans_.end() ? nullptr : &it->second;
}

}  // namespace planc::time
