// Declared correspondences (对照).
#include "compiler/ir/mapping.h"

#include "compiler/base/fold.h"
#include "compiler/syntax/line_syntax.h"
#include "compiler/syntax/syntax_error.h"

namespace planc::ir {
namespace {

std::string key_of(std::string_view text) { return match_key(text, {.drop_space = true}); }

}  // namespace

std::vector<Mapping> load_mappings(const syntax::Document& document, DiagnosticSink& sink) {
  std::vector<Mapping> mappings;
  for (const auto& child : document.root->children) {
    if (child->kind != syntax::NodeKind::Section) continue;
    Mapping mapping;
    mapping.range = child->heading_range;
    for (const auto& node : child->children) {
      if (node->kind == syntax::NodeKind::Paragraph) {
        for (const TextSpan& line : syntax::paragraph_lines(*node)) {
          std::optional<syntax::Field> field = syntax::parse_field(line);
          std::string k = field ? key_of(field->key.text()) : std::string();
          std::string value = field ? std::string(field->value.text()) : std::string();
          if (k == "类别")
            mapping.kind = value;
          else if (k == "预案")
            mapping.plan = value;
          else if (k == "分级")
            mapping.scheme = value;
          else if (k == "上位")
            mapping.superior = value;
          else if (k == "来源")
            mapping.source = value;
          else if (k != "说明") {
            syntax::report_syntax(sink, line.range(), "对照的登记项应为 类别、预案、分级、上位、来源、说明");
          }
        }
      } else if (node->kind == syntax::NodeKind::Table) {
        for (const auto& row : node->rows) {
          if (row.header || row.cells.size() < 2) continue;
          mapping.pairs.push_back({row.cells[0].text.text(), row.cells[1].text.text()});
        }
      }
    }
    if (mapping.source.empty()) {
      syntax::report_syntax(sink, mapping.range, "对照必须写明“来源：…”：是谁、在哪份文件中规定了这一对应关系");
      continue;
    }
    if (mapping.kind != "分级" && mapping.kind != "响应") {
      syntax::report_syntax(sink, mapping.range, "对照的“类别”应为 分级 或 响应");
      continue;
    }
    mappings.push_back(std::move(mapping));
  }
  return mappings;
}

}  // namespace planc::ir
