// The document tree: sections, paragraphs, tables and semantic blocks, text as written.
//
// One flat node type (as in cmark): a kind and the fields that kind uses. The tree is
// what the parser read; the IR readers (compiler/ir) give it meaning.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "compiler/base/source.h"
#include "compiler/base/text_span.h"

namespace planc::syntax {

/// A semantic block tag: '{指挥部}' after a heading, or '::: 标准 地震灾害 较大'.
struct BlockTag {
  std::string kind;            ///< 指挥部, 工作组, 分级, 标准, …
  std::vector<TextSpan> args;  ///< words after the kind
  SourceRange range;
};

/// key：value in the front matter, or in a registry entry.
struct Field {
  TextSpan key;
  TextSpan value;
  SourceRange range;
};

struct TableCell {
  TextSpan text;  ///< cell text as written, span attributes removed
  int row_span = 1;
  int col_span = 1;
  int row = 0;     ///< grid row of the top-left corner (0-based, header rows first)
  int column = 0;  ///< grid column of the top-left corner
  SourceRange range;
};

struct TableRow {
  std::vector<TableCell> cells;
  bool header = false;
  int line = 0;
};

enum class NodeKind { Document, Section, Paragraph, Table, Div, Comment };

struct Node {
  NodeKind kind = NodeKind::Paragraph;
  SourceRange range;  ///< the whole node (a section: from its heading to its last line)
  Node* parent = nullptr;
  std::vector<std::unique_ptr<Node>> children;

  // Section
  int level = 0;              ///< number of '#'; the document root is 0
  TextSpan number;            ///< "1.4.2", "附件1", "一、"; empty when unnumbered
  TextSpan title;             ///< heading text after the number
  SourceRange heading_range;  ///< the heading line
  // Section ({…} after the heading) and Div (::: line)
  std::optional<BlockTag> tag;
  // Paragraph
  TextSpan text;                    ///< joined lines, marker included, as written
  size_t marker_length = 0;         ///< bytes of the list marker at the start of text
  std::vector<size_t> line_starts;  ///< text offsets where each source line begins
  // Table
  std::vector<TableRow> rows;
  int columns = 0;  ///< the widest row: every cell lies within [0, columns)
  // Comment
  std::string comment;  ///< text between <!-- and -->

  /// "3 地震事件分类 / 3.1 地震灾害事件分级标准": the headings above this node.
  std::string section_path() const;
  /// The nearest enclosing section (itself for a section).
  const Node* section() const;
  /// "1.4.2 突发事件分级", "附件2", or the title alone.
  std::string heading_label() const;
};

/// A planc-disable comment: which rules, why, and the lines it covers.
struct Suppression {
  std::vector<std::string> rules;
  std::string reason;
  SourceRange comment;  ///< the comment itself
  int first_line = 0;   ///< lines of the passage it covers
  int last_line = 0;
};

/// One parsed .plan file.
struct Document {
  const SourceFile* file = nullptr;
  std::vector<Field> front_matter;
  SourceRange front_matter_range;
  std::unique_ptr<Node> root;  ///< NodeKind::Document; its children are the top content
  std::vector<Suppression> suppressions;

  /// The first front-matter key: 预案, 机构, 指标, 台账, 外部文件 or 日历.
  std::string kind() const;
  /// The value of a front-matter key (by match key), or nullptr.
  const Field* field(std::string_view key) const;
};

/// The last heading of a section path: "附件1 … / 二、部门职责" → "二、部门职责".
std::string last_heading(std::string_view section_path);

/// The lines of a paragraph, each a span (registries hold one 'key：value' per line).
std::vector<TextSpan> paragraph_lines(const Node& paragraph);

/// Calls f(node, text) for every piece of prose under node, in document order: heading
/// titles, paragraphs and table cells.
void for_each_text(const Node& node, const std::function<void(const Node&, const TextSpan&)>& f);

/// Calls f(node) for every node in document order.
template <typename F>
void walk(const Node& node, F&& f) {
  f(node);
  for (const auto& child : node.children) walk(*child, f);
}

}  // namespace planc::syntax
