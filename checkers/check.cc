// The checker framework: a rule's identity and basis, the context it runs in, its hooks.
#include "checkers/check.h"

namespace planc::checkers {

Diagnostic& CheckContext::report(const SourceRange& range, std::string message, const std::string& section) {
  return report(range, std::move(message), section, rule_ ? rule_->severity : Severity::Error);
}

Diagnostic& CheckContext::report(const SourceRange& range, std::string message, const std::string& section,
                                 Severity severity) {
  Diagnostic d;
  d.rule = rule_ ? rule_->id : std::string();
  d.severity = severity;
  if (rule_ && rule_->basis.derived && d.severity == Severity::Error) d.severity = Severity::Warning;
  d.message = std::move(message);
  d.range = range;
  d.section = section;
  sink_.report(std::move(d));
  return sink_.diagnostics().back();
}

bool CheckContext::requested(uint32_t file) const {
  for (const auto& unit : corpus_.units) {
    if (unit->file && unit->file->id() == file) return unit->requested;
  }
  return false;
}

void CheckContext::skip(const std::string& file, std::string reason) {
  sink_.skip({rule_ ? rule_->id : std::string(), file, std::move(reason)});
}

}  // namespace planc::checkers
