// The document tree, for the rules about the text itself and its structure (text-* and
// struct-*) and for nothing else: every other rule reads the IR. CheckContext::document()
// is the one way a rule reaches the tree; tests/unit/layering_test.cc holds the others to it.
#pragma once

#include <functional>
#include <string_view>
#include <vector>

#include "compiler/base/text_span.h"
#include "compiler/syntax/ast.h"

namespace planc::checkers {

/// The list marker of a paragraph: at its start, or right after a short label
/// ("说明:1.分级标准中…", "附件：1.济南市…"), where a list begins inside a paragraph;
/// empty when it has none.
std::string_view list_marker(const syntax::Node& paragraph);

/// The children of a container with its blocks (:::) opened up: a block marks a passage
/// inside a list without starting a new one.
std::vector<const syntax::Node*> through_divs(const syntax::Node& container);

/// Calls f(node, text) for every piece of prose in a document: heading titles,
/// paragraphs and table cells.
void for_each_text(const syntax::Document& document,
                   const std::function<void(const syntax::Node&, const TextSpan&)>& f);

}  // namespace planc::checkers
