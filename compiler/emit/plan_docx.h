// The official text of a plan as a DOCX document laid out per GB/T 9704-2012.
#pragma once

#include <string>

#include "compiler/emit/docx.h"
#include "compiler/ir/plan.h"

namespace planc::emit {

/// The bookmark of what starts at a 1-based source line of a plan: "L123". Another
/// document links to a passage of the official text as "<plan>.docx#L123".
std::string line_anchor(int line);

/// The official text of one plan: the covering notice (通知) when the plan has one, then
/// the title, the body with its headings at their levels, tables with their spans, and
/// each attachment from a new page. The words are the plan's own, verbatim (markers,
/// front matter and comments are not text); every paragraph, heading and table row
/// carries the bookmark line_anchor() of its first source line.
docx::Document plan_document(const ir::Plan& plan);

/// Writes plan_document(plan) to path atomically; returns false and sets error on failure.
bool write_plan_docx(const ir::Plan& plan, const std::string& path, std::string& error);

}  // namespace planc::emit
