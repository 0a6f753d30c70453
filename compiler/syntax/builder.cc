// From the ANTLR parse tree to the document tree: sections, blocks, tables.
#include "compiler/syntax/builder.h"

#include <algorithm>

#include "compiler/base/fold.h"
#include "compiler/syntax/antlr_fence.h"
#include "compiler/syntax/line_syntax.h"
#include "compiler/syntax/syntax_error.h"

namespace planc::syntax {
namespace {

using P = grammar::PlanParser;

bool ascii_alnum(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

class Builder {
 public:
  Builder(const SourceFile& file, const std::vector<LineToken>& lines, DiagnosticSink& sink)
      : file_(file), lines_(lines), sink_(sink) {
    document_.file = &file;
    document_.root = std::make_unique<Node>();
    document_.root->kind = NodeKind::Document;
    document_.root->range = {file.id(), {1, 1}, {std::max(1, file.line_count()), 1}};
    sections_.push_back(document_.root.get());
  }

  Document build(P::DocumentContext* context) {
    if (context->frontMatter() != nullptr) front_matter(context->frontMatter());
    for (P::ContentContext* content : context->content()) add(content, nullptr);
    finish_ranges(*document_.root);
    resolve_suppressions();
    if (document_.front_matter.empty()) {
      report_syntax(sink_, file_.line_range(1),
                    "文件缺少前置信息：第一行应为 '---'，随后是 '预案：标题' 等 '键：值' 行，再以 '---' 结束");
    }
    return std::move(document_);
  }

 private:
  const LineToken* line_of(antlr4::tree::TerminalNode* terminal) const {
    if (terminal == nullptr) return nullptr;
    antlr4::Token* token = terminal->getSymbol();
    size_t index = token->getTokenIndex();
    if (token->getType() == antlr4::Token::EOF || index >= lines_.size()) return nullptr;
    return &lines_[index];
  }

  void front_matter(P::FrontMatterContext* context) {
    for (antlr4::tree::TerminalNode* terminal : context->FM_LINE()) {
      const LineToken* line = line_of(terminal);
      if (line == nullptr) continue;
      TextSpan span = line_span(file_, *line);
      std::optional<Field> field = parse_field(span);
      if (!field) {
        report_syntax(sink_, span.range(), "前置信息行应为 '键：值'，例如 '预案：济南市济阳区地震应急预案'");
        continue;
      }
      document_.front_matter.push_back(std::move(*field));
    }
    const auto fences = context->FM_FENCE();
    const LineToken* first = fences.empty() ? nullptr : line_of(fences.front());
    const LineToken* last = fences.empty() ? nullptr : line_of(fences.back());
    if (first != nullptr) {
      int end_line = last != nullptr ? last->line : first->line;
      document_.front_matter_range = {file_.id(), {first->line, 1}, {end_line, 4}};
    }
  }

  Node* container(Node* div) { return div != nullptr ? div : sections_.back(); }

  Node* append(Node* parent, std::unique_ptr<Node> node) {
    node->parent = parent;
    Node* raw = node.get();
    parent->children.push_back(std::move(node));
    attach_pending(raw);
    return raw;
  }

  void add(P::ContentContext* content, Node* div) {
    if (content->heading() != nullptr) {
      heading(content->heading(), div);
    } else if (content->div() != nullptr) {
      block(content->div(), div);
    } else if (content->table() != nullptr) {
      table(content->table(), div);
    } else if (content->paragraph() != nullptr) {
      paragraph(content->paragraph(), div);
    } else if (content->comment() != nullptr) {
      comment(content->comment(), div);
    }
  }

  void heading(P::HeadingContext* context, Node* div) {
    const LineToken* line = line_of(context->HEADING());
    if (line == nullptr) return;
    TextSpan span = line_span(file_, *line);
    HeadingParts parts = parse_heading(span, sink_);
    if (div != nullptr) {
      report_syntax(sink_, span.range(),
                    "标题不能写在 ':::' 块内：块只能包住段落、列表和表格；整节可在标题后加 {块类型}", div->range,
                    "块从这里开始");
      // Keep the words: they are part of the text.
      auto node = std::make_unique<Node>();
      node->kind = NodeKind::Paragraph;
      node->text = parts.number.empty() ? parts.title
                                        : span.sub(span.text().find_first_not_of('#'), span.text().size()).trimmed();
      node->range = span.range();
      append(div, std::move(node));
      return;
    }
    while (sections_.size() > 1 && sections_.back()->level >= parts.level) sections_.pop_back();
    auto node = std::make_unique<Node>();
    node->kind = NodeKind::Section;
    node->level = parts.level;
    node->number = parts.number;
    node->title = parts.title;
    node->tag = parts.tag;
    node->heading_range = span.range();
    node->range = span.range();
    Node* section = append(sections_.back(), std::move(node));
    sections_.push_back(section);
  }

  void block(P::DivContext* context, Node* div) {
    const LineToken* open = line_of(context->DIV_OPEN());
    if (open == nullptr) return;
    TextSpan span = line_span(file_, *open);
    auto node = std::make_unique<Node>();
    node->kind = NodeKind::Div;
    node->tag = parse_div_open(span, sink_);
    node->range = span.range();
    Node* raw = append(container(div), std::move(node));
    for (P::ContentContext* content : context->content()) add(content, raw);
    const LineToken* close = line_of(context->DIV_CLOSE());
    if (close != nullptr) raw->range.end = {close->line, 4};
  }

  void paragraph(P::ParagraphContext* context, Node* div) {
    auto node = std::make_unique<Node>();
    node->kind = NodeKind::Paragraph;
    node->text = TextSpan(&file_);
    int first_line = 0;
    int last_line = 0;
    for (antlr4::tree::ParseTree* child : context->children) {
      auto* terminal = dynamic_cast<antlr4::tree::TerminalNode*>(child);
      const LineToken* line = line_of(terminal);
      if (line == nullptr) continue;
      std::string_view text = line->text;
      size_t offset = line->offset;
      // A backslash escapes a line that would otherwise read as structure.
      if (text.size() > 1 && text[0] == '\\') {
        text.remove_prefix(1);
        ++offset;
      }
      // Leading white space of continuation lines is layout, not text.
      if (first_line != 0) {
        size_t skip = 0;
        while (skip < text.size() && (text[skip] == ' ' || text[skip] == '\t')) ++skip;
        text.remove_prefix(skip);
        offset += skip;
        const std::string& so_far = node->text.text();
        if (!so_far.empty() && !text.empty() && ascii_alnum(so_far.back()) && ascii_alnum(text.front())) {
          node->text.append(" ", offset - 1);
        }
      }
      if (first_line == 0) {
        first_line = line->line;
        if (line->kind == LineKind::Item) node->marker_length = list_marker_length(text);
      }
      last_line = line->line;
      node->line_starts.push_back(node->text.text().size());
      node->text.append(text, offset);
    }
    if (first_line == 0) return;
    node->range = {file_.id(), {first_line, 1}, file_.line_range(last_line).end};
    append(container(div), std::move(node));
  }

  void table(P::TableContext* context, Node* div) {
    auto node = std::make_unique<Node>();
    node->kind = NodeKind::Table;
    bool has_rule = context->TABLE_RULE() != nullptr;
    const LineToken* rule = has_rule ? line_of(context->TABLE_RULE()) : nullptr;
    int first_line = 0;
    int last_line = 0;
    for (antlr4::tree::TerminalNode* terminal : context->TABLE_ROW()) {
      const LineToken* line = line_of(terminal);
      if (line == nullptr) continue;
      TableRow row = parse_table_row(line_span(file_, *line), sink_);
      row.line = line->line;
      row.header = rule != nullptr && line->line < rule->line;
      if (first_line == 0) first_line = line->line;
      last_line = line->line;
      node->rows.push_back(std::move(row));
    }
    if (first_line == 0) return;
    node->range = {file_.id(), {first_line, 1}, file_.line_range(last_line).end};
    lay_out(*node);
    append(container(div), std::move(node));
  }

  // Places cells on the grid the way HTML does: each cell takes the next column that
  // no row span from above occupies. Reports rows whose width differs from the first.
  void lay_out(Node& table) {
    std::vector<std::vector<bool>> taken;
    int width = -1;
    int widest = 0;  // every cell lies within [0, table.columns), whatever the rows say
    for (size_t r = 0; r < table.rows.size(); ++r) {
      TableRow& row = table.rows[r];
      if (taken.size() <= r) taken.resize(r + 1);
      int column = 0;
      for (TableCell& cell : row.cells) {
        auto occupied = [&](int c) { return c < static_cast<int>(taken[r].size()) && taken[r][c]; };
        while (occupied(column)) ++column;
        cell.row = static_cast<int>(r);
        cell.column = column;
        for (int dr = 0; dr < cell.row_span; ++dr) {
          size_t rr = r + static_cast<size_t>(dr);
          if (taken.size() <= rr) taken.resize(rr + 1);
          if (static_cast<int>(taken[rr].size()) < column + cell.col_span)
            taken[rr].resize(column + cell.col_span, false);
          for (int dc = 0; dc < cell.col_span; ++dc) taken[rr][column + dc] = true;
        }
        column += cell.col_span;
      }
      int row_width = static_cast<int>(std::count(taken[r].begin(), taken[r].end(), true));
      if (static_cast<int>(taken[r].size()) > row_width) row_width = static_cast<int>(taken[r].size());
      widest = std::max(widest, row_width);
      if (width < 0) {
        width = row_width;
      } else if (row_width != width) {
        report_syntax(sink_, file_.line_range(row.line),
                      "表格行占 " + std::to_string(row_width) + " 列，而表格第一行占 " + std::to_string(width) +
                          " 列：请补足单元格（空单元格写作 '| |'）或检查 {行=N}/{列=N}");
      }
    }
    if (taken.size() > table.rows.size()) {
      report_syntax(sink_, file_.line_range(table.rows.back().line), "单元格的 {行=N} 超出了表格的最后一行");
    }
    for (const std::vector<bool>& row : taken) widest = std::max(widest, static_cast<int>(row.size()));
    table.columns = widest;
  }

  void comment(P::CommentContext* context, Node* div) {
    const LineToken* line = line_of(context->COMMENT());
    if (line == nullptr) return;
    TextSpan span(&file_);
    span.append(line->text, line->offset);
    std::string_view text = line->text;
    auto node = std::make_unique<Node>();
    node->kind = NodeKind::Comment;
    size_t begin = text.starts_with("<!--") ? 4 : 0;
    size_t end = text.rfind("-->");
    if (end == std::string_view::npos || end < begin) end = text.size();
    node->comment = std::string(text.substr(begin, end - begin));
    node->range = {file_.id(), {line->line, 1}, file_.line_range(line->last_line).end};
    Node* parent = container(div);
    node->parent = parent;
    parent->children.push_back(std::move(node));
    if (std::optional<Suppression> suppression = parse_suppression(span, sink_)) {
      document_.suppressions.push_back(std::move(*suppression));
      pending_.push_back(document_.suppressions.size() - 1);
    }
  }

  // A suppression covers the node that follows it.
  void attach_pending(Node* node) {
    for (size_t index : pending_) covered_.push_back({index, node});
    pending_.clear();
  }

  void finish_ranges(Node& node) {
    for (auto& child : node.children) {
      finish_ranges(*child);
      if (node.kind == NodeKind::Section && child->range.end > node.range.end) node.range.end = child->range.end;
    }
  }

  void resolve_suppressions() {
    for (auto [index, node] : covered_) {
      document_.suppressions[index].first_line = node->range.begin.line;
      document_.suppressions[index].last_line = node->range.end.line;
    }
    for (size_t index : pending_) {
      report_syntax(sink_, document_.suppressions[index].comment, "planc-disable 注释之后没有可抑制的内容");
    }
  }

  const SourceFile& file_;
  const std::vector<LineToken>& lines_;
  DiagnosticSink& sink_;
  Document document_;
  std::vector<Node*> sections_;
  std::vector<size_t> pending_;
  std::vector<std::pair<size_t, Node*>> covered_;
};

}  // namespace

Document build_document(const SourceFile& file, const std::vector<LineToken>& lines,
                        grammar::PlanParser::DocumentContext* context, DiagnosticSink& sink) {
  Builder builder(file, lines, sink);
  return builder.build(context);
}

}  // namespace planc::syntax
