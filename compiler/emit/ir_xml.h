// The plan IR as XML: `planc ir PATH --format xml`, valid against schema/planc-ir.xsd.
#pragma once

#include <ostream>
#include <string_view>
#include <vector>

#include "compiler/ir/plan.h"

namespace planc::emit {

/// The namespace of every element of the XML IR.
inline constexpr std::string_view kIrXmlNamespace = "urn:planc:ir:1";

/// Writes one plan's IR as a document whose root is <plan>: what the JSON IR holds
/// (front matter, notice, citations and what they resolve to, commands, groups, duties,
/// grading schemes and definitions with criteria as intervals, the boundary convention,
/// response and warning schemes, signals, terms, management clauses, revision triggers,
/// tasks, references) and more: every organisation mention, the front-matter fields as
/// written, the words each criterion names its indicator with. Each node carries its
/// source range and heading path.
void write_plan_xml(const ir::Plan& plan, std::ostream& out);

/// Writes what `planc ir` prints for the plans of a run: <plan> when there is exactly
/// one, otherwise a <corpus> root holding a <plan> per plan (none for registry files).
void write_ir_xml(const std::vector<const ir::Plan*>& plans, std::ostream& out);

/// The XSD that the output validates against: schema/planc-ir.xsd, embedded at build time.
std::string_view ir_xml_schema();

}  // namespace planc::emit
