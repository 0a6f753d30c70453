// The plan's prose as the rules about wording see it: every heading title, paragraph and
// table cell, with its heading path, without handing out the document tree.
#pragma once

#include <functional>
#include <string>

#include "compiler/base/text_span.h"
#include "compiler/ir/plan.h"

namespace planc::ir {

/// One piece of prose: its words, and the heading path it stands under (computed only
/// when asked for: most pieces are scanned and never reported).
class ProseItem {
 public:
  ProseItem(const syntax::Node& node, const TextSpan& text) : node_(node), text_(text) {}
  const TextSpan& text() const { return text_; }
  /// "2 组织体系 / 2.1 区指挥部组成及职责".
  std::string section() const;

 private:
  const syntax::Node& node_;
  const TextSpan& text_;
};

/// Calls f for every piece of prose of the plan, in document order: heading titles,
/// paragraphs, table cells.
void for_each_prose(const Plan& plan, const std::function<void(const ProseItem&)>& f);

}  // namespace planc::ir
