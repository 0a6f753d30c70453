// Registry entries: '## name' sections of key：value lines, and table columns by header.
#include "compiler/ir/entries.h"

#include <algorithm>

#include "compiler/base/fold.h"
#include "compiler/syntax/line_syntax.h"
#include "compiler/syntax/syntax_error.h"

namespace planc::ir {
namespace {}  // namespace

std::vector<syntax::Field> section_fields(const syntax::Node& section, DiagnosticSink& sink, std::string_view example) {
  std::vector<syntax::Field> fields;
  for (const auto& node : section.children) {
    if (node->kind != syntax::NodeKind::Paragraph) continue;
    for (const TextSpan& line : syntax::paragraph_lines(*node)) {
      std::optional<syntax::Field> field = syntax::parse_field(line);
      if (!field) {
        syntax::report_syntax(sink, line.range(), "登记项的每一行应为 '键：值'，例如 '" + std::string(example) + "'");
        continue;
      }
      fields.push_back(std::move(*field));
    }
  }
  return fields;
}

std::vector<Entry> entries(const syntax::Document& document, DiagnosticSink& sink, std::string_view example) {
  std::vector<Entry> result;
  for (const auto& child : document.root->children) {
    if (child->kind != syntax::NodeKind::Section) continue;
    result.push_back({child.get(), section_fields(*child, sink, example)});
  }
  return result;
}

const syntax::Field* field(const Entry& entry, std::string_view key) {
  std::string wanted = compact_key(key);
  for (const auto& f : entry.fields) {
    if (compact_key(f.key.text()) == wanted) return &f;
  }
  return nullptr;
}

void check_keys(const std::vector<syntax::Field>& fields, std::initializer_list<std::string_view> known,
                DiagnosticSink& sink) {
  for (const auto& f : fields) {
    std::string key = compact_key(f.key.text());
    bool ok = std::any_of(known.begin(), known.end(), [&](std::string_view k) { return compact_key(k) == key; });
    if (!ok) {
      std::string list;
      for (std::string_view k : known) list += (list.empty() ? "" : "、") + std::string(k);
      syntax::report_syntax(sink, f.key.range(), "未知的登记项“" + std::string(f.key.text()) + "”：可用的有 " + list);
    }
  }
}

Columns::Columns(const syntax::Node& table) {
  int order = 0;
  for (const auto& row : table.rows) {
    if (!row.header) continue;
    for (const auto& cell : row.cells)
      headers_.try_emplace(compact_key(cell.text.text()), Header{order++, cell.column});
  }
}

int Columns::find(std::initializer_list<std::string_view> names) const {
  const Header* best = nullptr;
  for (std::string_view name : names) {
    auto it = headers_.find(compact_key(name));
    if (it != headers_.end() && (best == nullptr || it->second.order < best->order)) best = &it->second;
  }
  return best == nullptr ? -1 : best->column;
}

const syntax::TableCell* cell_at(const syntax::TableRow& row, int column) {
  for (const auto& cell : row.cells) {
    if (cell.column == column) return &cell;
  }
  return nullptr;
}

std::string cell_text(const syntax::TableRow& row, int column) {
  const syntax::TableCell* cell = cell_at(row, column);
  return cell == nullptr ? std::string() : std::string(cell->text.text());
}

}  // namespace planc::ir
