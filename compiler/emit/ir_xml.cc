// The plan IR as XML: `planc ir PATH --format xml`, valid against schema/planc-ir.xsd.
#include "compiler/emit/ir_xml.h"

#include <vector>

#include "compiler/emit/ir_walk.h"
#include "compiler/emit/xml_writer.h"

namespace planc::emit {
namespace {

// The IR's shape as the XML of schema/planc-ir.xsd: objects are elements, scalars
// attributes, lists wrapper elements (unless unwrapped), prose element content.
class XmlIrOut : public IrOut {
 public:
  explicit XmlIrOut(XmlWriter& w) : w_(w) {}

  IrOut& begin(std::string_view name) override {
    w_.begin(name);
    return *this;
  }
  IrOut& end() override {
    w_.end();
    return *this;
  }
  IrOut& begin_list(std::string_view name, ListShape shape) override {
    wrapped_.push_back(shape.wrapped);
    if (shape.wrapped) w_.begin(name);
    return *this;
  }
  IrOut& end_list() override {
    if (wrapped_.back()) w_.end();
    wrapped_.pop_back();
    return *this;
  }
  IrOut& item(std::string_view text) override {
    w_.element("item", text);
    return *this;
  }
  IrOut& attribute(std::string_view name, std::string_view value) override {
    w_.attribute(name, value);
    return *this;
  }
  IrOut& attribute(std::string_view name, long value) override {
    w_.attribute(name, value);
    return *this;
  }
  IrOut& attribute(std::string_view name, double value) override {
    w_.attribute(name, value);
    return *this;
  }
  IrOut& attribute(std::string_view name, bool value) override {
    w_.attribute(name, value);
    return *this;
  }
  // line, column, end_line, end_column: 1-based, columns in code points, end exclusive.
  IrOut& position(const SourceRange& range) override {
    if (!range.valid()) return *this;
    w_.attribute("line", range.begin.line).attribute("column", range.begin.column);
    if (range.end.valid()) w_.attribute("end_line", range.end.line).attribute("end_column", range.end.column);
    return *this;
  }
  IrOut& element(std::string_view name, std::string_view text) override {
    w_.element(name, text);
    return *this;
  }
  IrOut& text(std::string_view content) override {
    w_.text(content);
    return *this;
  }

 private:
  XmlWriter& w_;
  std::vector<bool> wrapped_;
};

void plan_element(XmlWriter& w, const ir::Plan& plan, std::string_view ns) {
  w.begin("plan", ns);
  XmlIrOut out(w);
  walk_plan(plan, out);
  w.end();
}

}  // namespace

void write_plan_xml(const ir::Plan& plan, std::ostream& out) {
  XmlWriter w(out);
  plan_element(w, plan, kIrXmlNamespace);
  w.finish();
}

void write_ir_xml(const std::vector<const ir::Plan*>& plans, std::ostream& out) {
  if (plans.size() == 1) {
    write_plan_xml(*plans.front(), out);
    return;
  }
  XmlWriter w(out);
  w.begin("corpus", kIrXmlNamespace);
  for (const ir::Plan* plan : plans) plan_element(w, *plan, {});
  w.finish();
}

}  // namespace planc::emit
