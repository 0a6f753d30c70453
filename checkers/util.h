// Helpers the checks share: match keys, superiors in words. Nothing here hands out the
// document tree: the rules read the IR (checkers/document.h is for text-* and struct-*).
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/base/text_span.h"
#include "compiler/ir/plan.h"

namespace planc::checkers {

/// Folded, white space dropped.
std::string key(std::string_view text);

/// "上位预案《A》《B》": the superiors a plan's front matter names, for messages, after
/// `lead`.
std::string superiors_text(const ir::Plan& plan, std::string_view lead = "上位预案");

/// The first of the plan's superior plans (in the order its front matter lists them)
/// that `has` accepts, or nullptr.
const ir::Plan* first_superior(const ir::Plan& plan, const std::function<bool(const ir::Plan&)>& has);

}  // namespace planc::checkers
