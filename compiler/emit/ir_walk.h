// One traversal of the plan IR that every IR format shares. walk_plan() states each
// field once, in the shape of schema/planc-ir.xsd: objects with scalars (attributes),
// prose (text), positions and lists. An IrOut renders that shape: XmlIrOut (ir_xml.cc)
// as the XML the schema describes, JsonIrOut (ir_json.cc) as JSON with the same names.
// Adding a field to the IR touches the IR, its reader, walk_plan and the schema — not
// each writer.
#pragma once

#include <string>
#include <string_view>

#include "compiler/base/source.h"
#include "compiler/ir/plan.h"

namespace planc::emit {

/// What a list looks like.
struct ListShape {
  /// Whether XML has a wrapper element named after the list (<commands><command/>…);
  /// unwrapped items stand directly in their parent (a task's owners). JSON always
  /// writes the list as an array under its name.
  bool wrapped = true;
  /// Items of more than one element name (criterion and qualitative): JSON says which
  /// in each item's "type".
  bool mixed = false;
};

class IrOut {
 public:
  virtual ~IrOut() = default;

  /// An object: an XML element, a JSON object under `name` (in a list: the next item).
  virtual IrOut& begin(std::string_view name) = 0;
  virtual IrOut& end() = 0;
  /// A list; its items follow as begin(item name)…end() or item(text). Scalars and a
  /// position given before the first item belong to the list itself (XML: attributes of
  /// the wrapper; JSON: the list becomes an object with its scalars and "items").
  virtual IrOut& begin_list(std::string_view name, ListShape shape = {}) = 0;
  virtual IrOut& end_list() = 0;
  /// A string in a list: <item>text</item>, a JSON string.
  virtual IrOut& item(std::string_view text) = 0;

  /// Scalars: XML attributes, JSON fields.
  virtual IrOut& attribute(std::string_view name, std::string_view value) = 0;
  virtual IrOut& attribute(std::string_view name, long value) = 0;
  virtual IrOut& attribute(std::string_view name, double value) = 0;
  virtual IrOut& attribute(std::string_view name, bool value) = 0;
  IrOut& attribute(std::string_view name, const char* value) { return attribute(name, std::string_view(value)); }
  IrOut& attribute(std::string_view name, const std::string& value) { return attribute(name, std::string_view(value)); }
  IrOut& attribute(std::string_view name, int value) { return attribute(name, static_cast<long>(value)); }
  /// A string scalar left out when empty.
  IrOut& optional(std::string_view name, std::string_view value) {
    return value.empty() ? *this : attribute(name, value);
  }
  /// Where the object's words stand (left out when unknown): XML line, column, end_line,
  /// end_column; JSON "at": [line, column, end line, end column].
  virtual IrOut& position(const SourceRange& range) = 0;

  /// Prose as written in a child: <name>text</name>, JSON "name": text.
  virtual IrOut& element(std::string_view name, std::string_view text) = 0;
  /// Prose as the object's own content: XML text, JSON "text".
  virtual IrOut& text(std::string_view content) = 0;
};

/// Walks one plan's IR (the <plan> element's content and attributes, the element begun
/// by the caller).
void walk_plan(const ir::Plan& plan, IrOut& out);

}  // namespace planc::emit
