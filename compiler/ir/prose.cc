// The plan's prose, walked from the document tree.
#include "compiler/ir/prose.h"

#include "compiler/syntax/ast.h"

namespace planc::ir {
std::string ProseItem::section() const { return node_.section_path(); }

void for_each_prose(const Plan& plan, const std::function<void(const ProseItem&)>& f) {
  if (plan.document == nullptr || plan.document->root == nullptr) return;
  syntax::for_each_text(*plan.document->root,
                        [&](const syntax::Node& node, const TextSpan& text) { f(ProseItem(node, text)); });
}

}  // namespace planc::ir
