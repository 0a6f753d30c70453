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

/// "上位预案《A》《B》": the superiors a plan's front matter names, for messages, after
/// `lead`.
std::string superiors_text(const ir::Plan& plan, std::string_view lead = "上位预案");

/// The first of the plan's superior plans (in the order its front matter lists them)
/// that `has` accepts, or nullptr.
const ir::Plan* first_superior(const ir::Plan& plan, const std::function<bool(const ir::Plan&)>& has);

/// The plan's front-matter field of this key (match keys compared), or nullptr.
const syntax::Field* front_matter_field(const ir::Plan& plan, std::string_view key);

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
