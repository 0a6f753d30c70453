// The plan IR as JSON: `planc ir FILE --format json`. The shape is walk_plan's (the
// XML IR's, in JSON): an object per element, scalars and prose as fields, positions as
// "at": [line, column, end line, end column], lists as arrays under their names. A list
// that carries scalars of its own (a wrapper with attributes in XML) is an object with
// those fields and its "items"; an item of a list of several element kinds says which
// in "type".
#include "compiler/emit/ir_json.h"

#include <string>
#include <vector>

#include "compiler/emit/ir_walk.h"
#include "compiler/emit/json.h"

namespace planc::emit {
namespace {

class JsonIrOut : public IrOut {
 public:
  explicit JsonIrOut(JsonWriter& w) : w_(w) { frames_.push_back({Frame::Object, {}, false, Frame::Open}); }

  IrOut& begin(std::string_view name) override {
    slot(name);
    w_.begin_object();
    bool typed = frames_.back().kind == Frame::List && frames_.back().mixed;
    frames_.push_back({Frame::Object, std::string(name), false, Frame::Open});
    if (typed) w_.field("type", name);
    return *this;
  }
  IrOut& end() override {
    w_.end_object();
    frames_.pop_back();
    return *this;
  }
  IrOut& begin_list(std::string_view name, ListShape shape) override {
    frames_.push_back({Frame::List, std::string(name), shape.mixed, Frame::Pending});
    return *this;
  }
  IrOut& end_list() override {
    Frame& list = frames_.back();
    switch (list.state) {
      case Frame::Pending:
        materialize(frames_.size() - 1, false);
        w_.end_array();
        break;
      case Frame::Items: w_.end_array(); break;
      case Frame::Fields: w_.key("items").begin_array().end_array().end_object(); break;
      case Frame::FieldsAndItems: w_.end_array().end_object(); break;
      case Frame::Open: break;
    }
    frames_.pop_back();
    return *this;
  }
  IrOut& item(std::string_view text) override {
    items();
    w_.value(text);
    return *this;
  }
  IrOut& attribute(std::string_view name, std::string_view value) override {
    fields().field(name, value);
    return *this;
  }
  IrOut& attribute(std::string_view name, long value) override {
    fields().field(name, value);
    return *this;
  }
  IrOut& attribute(std::string_view name, double value) override {
    fields().field(name, value);
    return *this;
  }
  IrOut& attribute(std::string_view name, bool value) override {
    fields().field(name, value);
    return *this;
  }
  IrOut& position(const SourceRange& range) override {
    if (!range.valid()) return *this;
    fields().key("at").numbers({range.begin.line, range.begin.column, range.end.line, range.end.column});
    return *this;
  }
  IrOut& element(std::string_view name, std::string_view text) override {
    fields().field(name, text);
    return *this;
  }
  IrOut& text(std::string_view content) override {
    fields().field("text", content);
    return *this;
  }

 private:
  struct Frame {
    enum Kind { Object, List } kind;
    std::string name;
    bool mixed = false;
    /// A list: nothing written yet (Pending), an array (Items), an object with fields
    /// (Fields) and then its items (FieldsAndItems). An object: Open.
    enum State { Open, Pending, Items, Fields, FieldsAndItems } state;
  };

  // Writes the key (or array slot) under which a value named `name` goes in the frame on top.
  void slot(std::string_view name) {
    if (frames_.back().kind == Frame::Object)
      w_.key(name);
    else
      items();
  }

  // Opens the list frame at `index` as an array, or as an object when it gets fields.
  void materialize(size_t index, bool as_object) {
    Frame& list = frames_[index];
    Frame& parent = frames_[index - 1];
    if (parent.kind == Frame::Object)
      w_.key(list.name);
    else
      open_items(index - 1);
    if (as_object) {
      w_.begin_object();
      list.state = Frame::Fields;
    } else {
      w_.begin_array();
      list.state = Frame::Items;
    }
  }

  // Makes the list at `index` ready for its next item.
  void open_items(size_t index) {
    Frame& list = frames_[index];
    if (list.state == Frame::Pending) materialize(index, false);
    if (list.state == Frame::Fields) {
      w_.key("items").begin_array();
      list.state = Frame::FieldsAndItems;
    }
  }

  void items() { open_items(frames_.size() - 1); }

  // The writer, ready for a field of the frame on top.
  JsonWriter& fields() {
    if (frames_.back().kind == Frame::List && frames_.back().state == Frame::Pending)
      materialize(frames_.size() - 1, true);
    return w_;
  }

  JsonWriter& w_;
  std::vector<Frame> frames_;
};

}  // namespace

void write_plan_json(const ir::Plan& plan, std::ostream& out) {
  JsonWriter w(out);
  w.begin_object();
  JsonIrOut o(w);
  walk_plan(plan, o);
  w.end_object();
}

}  // namespace planc::emit
