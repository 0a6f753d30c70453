// The checker framework: a rule's identity and basis, the context it runs in, its hooks.
#include "checkers/check.h"

namespace planc::checkers {

CheckContext::CheckContext(const corpus::Corpus& corpus, ir::Date as_of, const DiagnosticSink& front_end,
                           DiagnosticSink& sink)
    : corpus_(corpus), as_of_(as_of), front_end_(front_end), sink_(sink), plans_(corpus.requested_plans()) {
  for (const auto& unit : corpus.units) {
    if (unit->file) units_.emplace(unit->file->id(), unit.get());
  }
}

const corpus::Unit* CheckContext::unit_of(uint32_t file) const {
  auto it = units_.find(file);
  return it == units_.end() ? nullptr : it->second;
}

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
  const corpus::Unit* unit = unit_of(file);
  return unit != nullptr && unit->requested;
}

void CheckContext::skip(const std::string& file, std::string reason) {
  sink_.skip({rule_ ? rule_->id : std::string(), file, std::move(reason)});
}

}  // namespace planc::checkers
