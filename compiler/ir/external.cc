// The external documents registry (外部文件).
#include "compiler/ir/external.h"

#include "compiler/base/fold.h"
#include "compiler/ir/entries.h"
#include "compiler/ir/registry.h"
#include "compiler/syntax/syntax_error.h"

namespace planc::ir {
namespace {

bool is_unknown(std::string_view value) {
  std::string k = compact_key(value);
  return k.empty() || k == "未知" || k == "-" || k == "—";
}

// 核实: where it was read; "未核实 …" says it was not.
bool verified(std::string_view source) { return !source.empty() && compact_key(source).rfind("未核实", 0) != 0; }

std::optional<Date> date_cell(const TextSpan& text, DiagnosticSink& sink) {
  if (is_unknown(text.text())) return std::nullopt;
  std::optional<Date> date = parse_date(text.text());
  if (!date) {
    syntax::report_syntax(sink, text.range(),
                          "无法识别的日期“" + std::string(text.text()) + "”：应为 2024-01-31 之类，不知道时写“未知”");
  }
  return date;
}

std::vector<std::string> list(const TextSpan& value) {
  std::vector<std::string> items;
  for (const TextSpan& item : split_list(value)) items.push_back(item.text());
  return items;
}

// The versions table: 版本 | 文号 | 通过 | 施行 | 废止 (文号 is accepted and not used).
void read_versions(const syntax::Node& table, ExternalDocument& document, DiagnosticSink& sink) {
  Columns columns(table);
  int label = columns.find({"版本"});
  int adopted = columns.find({"通过", "印发", "通过或印发", "发布"});
  int effective = columns.find({"施行", "实施"});
  int superseded = columns.find({"废止", "被替代", "失效"});
  for (const auto& row : table.rows) {
    if (row.header) continue;
    ExternalVersion version;
    version.range = row.cells.empty() ? SourceRange() : row.cells.front().range;
    if (const auto* c = cell_at(row, label)) version.label = c->text.text();
    if (const auto* c = cell_at(row, adopted)) version.adopted = date_cell(c->text, sink);
    if (const auto* c = cell_at(row, effective)) version.effective = date_cell(c->text, sink);
    if (const auto* c = cell_at(row, superseded)) version.superseded = date_cell(c->text, sink);
    document.versions.push_back(std::move(version));
  }
}

void read_requirements(const syntax::Node& table, ExternalClause& clause) {
  Columns columns(table);
  int content = columns.find({"内容", "内容要求"});
  int applies = columns.find({"适用", "适用类别"});
  int words = columns.find({"标题用语", "章节标题用语"});
  for (const auto& row : table.rows) {
    if (row.header) continue;
    ContentRequirement requirement;
    if (const auto* c = cell_at(row, content)) {
      requirement.content = c->text.text();
      requirement.range = c->range;
    }
    if (const auto* c = cell_at(row, applies)) requirement.categories = list(c->text);
    if (const auto* c = cell_at(row, words)) requirement.heading_words = list(c->text);
    if (!requirement.content.empty()) clause.requirements.push_back(std::move(requirement));
  }
}

void read_clause(const syntax::Node& section, ExternalDocument& document, DiagnosticSink& sink) {
  ExternalClause clause;
  clause.number = section.title.empty() ? std::string(section.number.text()) : std::string(section.title.text());
  clause.range = section.heading_range;
  Entry entry{&section, section_fields(section, sink, "原文：…")};
  check_keys(entry.fields, {"版本", "原文", "核实"}, sink);
  if (const auto* f = field(entry, "版本")) clause.version = f->value.text();
  if (const auto* f = field(entry, "原文")) {
    clause.text = f->value.text();
    clause.text_span = f->value;
  }
  if (const auto* f = field(entry, "核实")) clause.verified = verified(f->value.text());
  for (const auto& node : section.children) {
    if (node->kind == syntax::NodeKind::Table) read_requirements(*node, clause);
  }
  if (clause.text.empty()) clause.verified = false;
  document.clauses.push_back(std::move(clause));
}

}  // namespace

const ExternalVersion* ExternalDocument::version_on(const Date& date) const {
  const ExternalVersion* found = nullptr;
  for (const ExternalVersion& v : versions) {
    std::optional<Date> start = v.effective ? v.effective : v.adopted;
    if (!start || *start > date) continue;
    if (v.superseded && *v.superseded <= date) continue;
    if (found == nullptr || start > (found->effective ? found->effective : found->adopted)) found = &v;
  }
  return found;
}

const ExternalClause* ExternalDocument::clause(std::string_view number, std::string_view version) const {
  for (const ExternalClause& c : clauses) {
    if (compact_key(c.number) != compact_key(number)) continue;
    if (!version.empty() && compact_key(c.version) != compact_key(version)) continue;
    return &c;
  }
  return nullptr;
}

void ExternalRegistry::load(const syntax::Document& document, DiagnosticSink& sink) {
  for (const Entry& e : entries(document, sink, "类别：法律")) {
    check_keys(e.fields, {"类别", "别名", "发布机关", "制定机关", "层级", "上位", "核实", "说明"}, sink);
    const syntax::Node* child = e.section;
    ExternalDocument entry;
    entry.title = child->title.text();
    entry.range = child->heading_range;
    if (const auto* f = field(e, "类别")) entry.category = f->value.text();
    if (const auto* f = field(e, "别名")) entry.aliases = list(f->value);
    if (const auto* f = field(e, "核实")) {
      entry.source = f->value.text();
      entry.verified = verified(entry.source);
    }
    for (const auto& node : child->children) {
      if (node->kind == syntax::NodeKind::Table) read_versions(*node, entry, sink);
      if (node->kind == syntax::NodeKind::Section) read_clause(*node, entry, sink);
    }
    if (entry.category.empty()) {
      syntax::report_syntax(sink, entry.range, "外部文件“" + entry.title + "”缺少“类别：…”（法律、行政法规、预案 …）");
    }
    documents_.push_back(std::move(entry));
  }
}

}  // namespace planc::ir
