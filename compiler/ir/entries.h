// Registry entries: '## name' sections of key：value lines, and table columns found by
// their header words. Shared by every registry reader (机构, 指标, 外部文件, 对照, 台账).
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "compiler/base/diagnostic.h"
#include "compiler/syntax/ast.h"

namespace planc::ir {

/// One registry entry: a top-level section and the key：value lines directly under it.
struct Entry {
  const syntax::Node* section = nullptr;
  std::vector<syntax::Field> fields;
};

/// The key：value lines of the paragraphs directly under a section; a line that is not
/// one is reported, with `example` showing the form.
std::vector<syntax::Field> section_fields(const syntax::Node& section, DiagnosticSink& sink,
                                          std::string_view example = "别名：应急管理部门、区应急局");

/// The top-level sections of a registry file, each with its fields.
std::vector<Entry> entries(const syntax::Document& document, DiagnosticSink& sink,
                           std::string_view example = "别名：应急管理部门、区应急局");

/// The field of an entry with this key (match keys compared), or nullptr.
const syntax::Field* field(const Entry& entry, std::string_view key);

/// Reports each field whose key is not one of `known`, listing those.
void check_keys(const std::vector<syntax::Field>& fields, std::initializer_list<std::string_view> known,
                DiagnosticSink& sink);

/// A table's columns by the words of its header cells, folded once per table.
class Columns {
 public:
  explicit Columns(const syntax::Node& table);
  /// The grid column of the first header cell (rows top-down, cells left to right)
  /// that reads one of `names`, or -1.
  int find(std::initializer_list<std::string_view> names) const;

 private:
  struct Header {
    int order;   ///< position among all header cells
    int column;  ///< grid column
  };
  std::unordered_map<std::string, Header> headers_;  ///< by match key; the first cell wins
};

/// The cell of a row that starts at a grid column, or nullptr.
const syntax::TableCell* cell_at(const syntax::TableRow& row, int column);

/// Its text as written, or "" when the row has no such cell.
std::string cell_text(const syntax::TableRow& row, int column);

}  // namespace planc::ir
