// The external documents registry (外部文件).
#include "compiler/ir/external.h"

#include <algorithm>

#include "compiler/base/fold.h"
#include "compiler/ir/registry.h"
#include "compiler/syntax/line_syntax.h"
#include "compiler/syntax/syntax_error.h"

namespace planc::ir {
namespace {

std::string key_of(std::string_view text) { return match_key(text, {.drop_space = true}); }

bool is_unknown(std::string_view value) {
  std::string k = key_of(value);
  return k.empty() || k == "未知" || k == "-" || k == "—";
}

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

// The fields of the paragraphs directly under a section.
std::vector<syntax::Field> fields_of(const syntax::Node& section, DiagnosticSink& sink) {
  std::vector<syntax::Field> fields;
  for (const auto& node : section.children) {
    if (node->kind != syntax::NodeKind::Paragraph) continue;
    for (const TextSpan& line : syntax::paragraph_lines(*node)) {
      std::optional<syntax::Field> field = syntax::parse_field(line);
      if (!field) {
        syntax::report_syntax(sink, line.range(), "登记项的每一行应为 '键：值'");
        continue;
      }
      fields.push_back(std::move(*field));
    }
  }
  return fields;
}

// Column index by header words.
int column(const syntax::Node& table, std::initializer_list<std::string_view> names) {
  for (const auto& row : table.rows) {
    if (!row.header) continue;
    for (const auto& cell : row.cells) {
      std::string k = key_of(cell.text.text());
      for (std::string_view name : names) {
        if (k == key_of(name)) return cell.column;
      }
    }
  }
  return -1;
}

const syntax::TableCell* cell_at(const syntax::TableRow& row, int column) {
  for (const auto& cell : row.cells) {
    if (cell.column == column) return &cell;
  }
  return nullptr;
}

void read_versions(const syntax::Node& table, ExternalDocument& document, DiagnosticSink& sink) {
  int label = column(table, {"版本"});
  int number = column(table, {"文号"});
  int adopted = column(table, {"通过", "印发", "通过或印发", "发布"});
  int effective = column(table, {"施行", "实施"});
  int superseded = column(table, {"废止", "被替代", "失效"});
  for (const auto& row : table.rows) {
    if (row.header) continue;
    ExternalVersion version;
    version.range = row.cells.empty() ? SourceRange() : row.cells.front().range;
    if (const auto* c = cell_at(row, label)) version.label = c->text.text();
    if (const auto* c = cell_at(row, number); c && !is_unknown(c->text.text())) version.doc_number = c->text.text();
    if (const auto* c = cell_at(row, adopted)) version.adopted = date_cell(c->text, sink);
    if (const auto* c = cell_at(row, effective)) version.effective = date_cell(c->text, sink);
    if (const auto* c = cell_at(row, superseded)) version.superseded = date_cell(c->text, sink);
    document.versions.push_back(std::move(version));
  }
}

void read_requirements(const syntax::Node& table, ExternalClause& clause) {
  int content = column(table, {"内容", "内容要求"});
  int applies = column(table, {"适用", "适用类别"});
  int words = column(table, {"标题用语", "章节标题用语"});
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
  for (const syntax::Field& f : fields_of(section, sink)) {
    std::string k = key_of(f.key.text());
    if (k == "版本")
      clause.version = f.value.text();
    else if (k == "原文") {
      clause.text = f.value.text();
      clause.text_span = f.value;
    } else if (k == "核实") {
      clause.source = f.value.text();
      clause.verified = !clause.source.empty() && key_of(clause.source).rfind("未核实", 0) != 0;
    } else {
      syntax::report_syntax(sink, f.key.range(),
                            "条款的登记项应为 版本、原文、核实，而不是“" + std::string(f.key.text()) + "”");
    }
  }
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
    if (key_of(c.number) != key_of(number)) continue;
    if (!version.empty() && key_of(c.version) != key_of(version)) continue;
    return &c;
  }
  return nullptr;
}

void ExternalRegistry::load(const syntax::Document& document, DiagnosticSink& sink) {
  for (const auto& child : document.root->children) {
    if (child->kind != syntax::NodeKind::Section) continue;
    ExternalDocument entry;
    entry.title = child->title.text();
    entry.range = child->heading_range;
    for (const syntax::Field& f : fields_of(*child, sink)) {
      std::string k = key_of(f.key.text());
      if (k == "类别")
        entry.category = f.value.text();
      else if (k == "别名")
        entry.aliases = list(f.value);
      else if (k == "发布机关" || k == "制定机关")
        entry.issuer = f.value.text();
      else if (k == "层级")
        entry.level = f.value.text();
      else if (k == "上位")
        entry.superiors = list(f.value);
      else if (k == "核实") {
        entry.source = f.value.text();
        entry.verified = !entry.source.empty() && key_of(entry.source).rfind("未核实", 0) != 0;
      } else if (k == "说明") {
      } else {
        syntax::report_syntax(
            sink, f.key.range(),
            "未知的登记项“" + std::string(f.key.text()) + "”：可用的有 类别、别名、发布机关、层级、上位、核实、说明");
      }
    }
    for (const auto& node : child->children) {
      if (node->kind == syntax::NodeKind::Table) read_versions(*node, entry, sink);
      if (node->kind == syntax::NodeKind::Section) read_clause(*node, entry, sink);
    }
    if (entry.category.empty()) {
      syntax::report_syntax(sink, entry.range, "外部文件“" + entry.title + "”缺少“类别：…”（法律、行政法规、预案 …）");
    }
    index_.emplace(key_of(entry.title), documents_.size());
    for (const std::string& alias : entry.aliases) index_.emplace(key_of(alias), documents_.size());
    documents_.push_back(std::move(entry));
  }
}

const ExternalDocument* ExternalRegistry::find(std::string_view title) const {
  auto it = index_.find(key_of(title));
  return it == index_.end() ? nullptr : &documents_[it->second];
}

}  // namespace planc::ir
