// Declared correspondences (对照).
#include "compiler/ir/mapping.h"

#include "compiler/base/fold.h"
#include "compiler/ir/entries.h"
#include "compiler/syntax/syntax_error.h"

namespace planc::ir {
namespace {

std::string value_of(const Entry& entry, std::string_view key) {
  const syntax::Field* f = field(entry, key);
  return f == nullptr ? std::string() : std::string(f->value.text());
}

}  // namespace

std::vector<Mapping> load_mappings(const syntax::Document& document, DiagnosticSink& sink) {
  std::vector<Mapping> mappings;
  for (const Entry& entry : entries(document, sink, "类别：分级")) {
    // 上位 names the superior plan for the reader; the plan's own 上位 is what links.
    check_keys(entry.fields, {"类别", "预案", "分级", "上位", "来源", "说明"}, sink);
    Mapping mapping;
    mapping.range = entry.section->heading_range;
    mapping.kind = value_of(entry, "类别");
    mapping.plan = value_of(entry, "预案");
    mapping.scheme = value_of(entry, "分级");
    mapping.source = value_of(entry, "来源");
    mapping.plan_key = compact_key(mapping.plan);
    mapping.scheme_key = compact_key(mapping.scheme);
    for (const auto& node : entry.section->children) {
      if (node->kind != syntax::NodeKind::Table) continue;
      for (const auto& row : node->rows) {
        if (row.header || row.cells.size() < 2) continue;
        mapping.pairs.push_back({row.cells[0].text.text(), row.cells[1].text.text()});
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
