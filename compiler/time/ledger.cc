// The ledger (台账).
#include "compiler/time/ledger.h"

#include <algorithm>

#include "compiler/base/fold.h"
#include "compiler/syntax/syntax_error.h"

namespace planc::time {
namespace {

std::string key_of(std::string_view text) { return match_key(text, {.drop_space = true}); }

int column(const syntax::Node& table, std::string_view name) {
  for (const auto& row : table.rows) {
    if (!row.header) continue;
    for (const auto& cell : row.cells) {
      if (key_of(cell.text.text()) == key_of(name)) return cell.column;
    }
  }
  return -1;
}

std::string cell(const syntax::TableRow& row, int column) {
  for (const auto& c : row.cells) {
    if (c.column == column) return c.text.text();
  }
  return {};
}

const syntax::TableCell* cell_at(const syntax::TableRow& row, int column) {
  for (const auto& c : row.cells) {
    if (c.column == column) return &c;
  }
  return nullptr;
}

// The parts whose revision the general plans call major (重新履行审批、备案程序).
bool major_parts(const std::string& content) {
  std::string k = key_of(content);
  for (std::string_view word : {"组织指挥体系", "指挥体系", "职责", "处置程序", "处置措施", "分级标准", "响应分级"}) {
    if (k.find(key_of(word)) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

void Ledger::load(const syntax::Document& document, DiagnosticSink& sink) {
  static const std::vector<std::string> kinds = {"备案", "演练", "评估", "修订"};
  for (const auto& section : document.root->children) {
    if (section->kind != syntax::NodeKind::Section) continue;
    std::string title = section->title.text();
    bool changes = key_of(title) == key_of("机构变更");
    if (!changes) {
      plans_[key_of(title)];
      sections_[key_of(title)] = section->heading_range;
    }
    for (const auto& node : section->children) {
      if (node->kind != syntax::NodeKind::Table) continue;
      int date_column = column(*node, "日期");
      for (const auto& row : node->rows) {
        if (row.header) continue;
        const syntax::TableCell* date_cell = cell_at(row, date_column);
        std::optional<ir::Date> date = date_cell ? ir::parse_date(date_cell->text.text()) : std::nullopt;
        if (!date) {
          syntax::report_syntax(sink, date_cell ? date_cell->range : SourceRange(),
                                "台账的日期应为 2024-05-20 之类的完整日期；不知道日期的事项不要记");
          continue;
        }
        SourceRange range = row.cells.empty() ? SourceRange() : row.cells.front().range;
        if (changes) {
          OrgChange change{*date, cell(row, column(*node, "机构")), cell(row, column(*node, "变更")),
                           cell(row, column(*node, "说明")), range};
          changes_.push_back(std::move(change));
          continue;
        }
        LedgerEvent event;
        event.kind = cell(row, column(*node, "事项"));
        event.date = *date;
        event.content = cell(row, column(*node, "内容"));
        event.reference = cell(row, column(*node, "依据"));
        event.major = event.kind == "修订" && major_parts(event.content);
        event.range = range;
        if (std::find(kinds.begin(), kinds.end(), event.kind) == kinds.end()) {
          syntax::report_syntax(sink, range, "台账的事项应为 备案、演练、评估 或 修订，而不是“" + event.kind + "”");
          continue;
        }
        plans_[key_of(title)].push_back(std::move(event));
      }
    }
  }
  for (auto& [title, events] : plans_) {
    std::stable_sort(events.begin(), events.end(),
                     [](const LedgerEvent& a, const LedgerEvent& b) { return a.date < b.date; });
  }
}

const std::vector<LedgerEvent>* Ledger::events(std::string_view title) const {
  auto it = plans_.find(key_of(title));
  return it == plans_.end() ? nullptr : &it->second;
}

SourceRange Ledger::section(std::string_view title) const {
  auto it = sections_.find(key_of(title));
  return it == sections_.end() ? SourceRange() : it->second;
}

}  // namespace planc::time
