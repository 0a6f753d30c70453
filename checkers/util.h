// Helpers the checks share: match keys, suggestions, walking a plan's text.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/base/text_span.h"
#include "compiler/ir/plan.h"
#include "compiler/syntax/ast.h"

namespace planc::checkers {

/// Folded, white space dropped.
std::string key(std::string_view text);

/// Edit distance over code points.
int edit_distance(std::string_view a, std::string_view b);

/// "上位预案《A》《B》": the superiors a plan's front matter names, for messages.
std::string superiors_text(const ir::Plan& plan);

/// Calls f(node, text) for every piece of prose in a document: heading titles,
/// paragraphs and table cells.
void for_each_text(const syntax::Document& document,
                   const std::function<void(const syntax::Node&, const TextSpan&)>& f);

}  // namespace planc::checkers
