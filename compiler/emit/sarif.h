// SARIF 2.1.0 output: `planc check --format sarif`.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "compiler/base/diagnostic.h"
#include "compiler/base/source.h"

namespace planc::emit {

/// What SARIF says about a rule: taken from the rule's registration and its doc page.
struct RuleDescriptor {
  std::string id;
  std::string summary;
  Severity severity = Severity::Warning;
  std::string doc;  ///< the Markdown page, docs/rules/<id>.md
  std::string basis_document;
  std::string basis_clause;
  std::string basis_excerpt;
  bool derived = false;
};

/// One SARIF log with one run: the rules, the results (suppressed ones marked as
/// suppressed in source), and the rules that could not run as notifications. Columns
/// count Unicode code points (columnKind unicodeCodePoints); file URIs are relative to
/// the corpus root `root` (uriBaseId SRCROOT, given in originalUriBaseIds), or to the
/// working directory when `root` is empty.
void write_sarif(const DiagnosticSink& sink, const SourceManager& sources, const std::vector<RuleDescriptor>& rules,
                 std::ostream& out, const std::string& root = {});

}  // namespace planc::emit
