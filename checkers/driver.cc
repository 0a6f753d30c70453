// Running the checks over a corpus: selection, suppression, ordering.
#include "checkers/driver.h"

#include <algorithm>
#include <iterator>
#include <map>

#include "checkers/registry.h"

namespace planc::checkers {
namespace {

bool listed(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// The deepest section whose range holds the line. Children are in document order, so
// the candidate at each level is found by binary search: the last child that begins at or
// before the line (a plan of 300,000 headings costs a logarithm per finding, not a scan).
const syntax::Node* deepest_section(const syntax::Node& node, int line) {
  const syntax::Node* best = nullptr;
  const syntax::Node* level = &node;
  while (level != nullptr) {
    const auto& children = level->children;
    auto after = std::upper_bound(children.begin(), children.end(), line,
                                  [](int l, const auto& child) { return l < child->range.begin.line; });
    if (after == children.begin()) break;
    // Siblings do not overlap: only the last one to begin can hold the line.
    const syntax::Node* found = std::prev(after)->get();
    if (found->kind != syntax::NodeKind::Section || found->range.end.line < line) break;
    best = found;
    level = found;
  }
  return best;
}

std::string section_in(const corpus::Unit* unit, const SourceRange& range) {
  if (unit == nullptr || !unit->document.root) return {};
  const syntax::Node* section = deepest_section(*unit->document.root, range.begin.line);
  return section ? section->section_path() : std::string();
}

void apply_suppressions(const CheckContext& context, DiagnosticSink& sink) {
  std::vector<Diagnostic> kept;
  for (Diagnostic& d : sink.diagnostics()) {
    const corpus::Unit* unit = context.unit_of(d.range.file);
    bool suppressed = false;
    if (unit != nullptr) {
      for (const syntax::Suppression& s : unit->document.suppressions) {
        if (!listed(s.rules, d.rule)) continue;
        if (d.range.begin.line < s.first_line || d.range.begin.line > s.last_line) continue;
        sink.suppress({d.rule, unit->file->path(), d.range.begin.line, s.reason, d});
        suppressed = true;
        break;
      }
    }
    if (!suppressed) kept.push_back(std::move(d));
  }
  sink.diagnostics() = std::move(kept);
}

}  // namespace

std::string section_at(const corpus::Corpus& corpus, const SourceRange& range) {
  for (const auto& unit : corpus.units) {
    if (unit->file && unit->file->id() == range.file) return section_in(unit.get(), range);
  }
  return {};
}

bool run_checks(const corpus::Corpus& corpus, const DiagnosticSink& front_end, const RunOptions& options,
                DiagnosticSink& sink, std::vector<std::string>& unknown) {
  std::vector<std::unique_ptr<Check>> checks = make_checks();
  std::vector<std::string> ids;
  for (const auto& check : checks) ids.push_back(check->info().id);
  for (const auto& list : {options.only, options.exclude}) {
    for (const std::string& id : list) {
      if (!listed(ids, id)) unknown.push_back(id);
    }
  }
  if (!unknown.empty()) return false;

  // I/O failures always pass through: they are not a rule that can be switched off.
  for (const Diagnostic& d : front_end.diagnostics()) {
    if (d.rule == "io") sink.report(d);
  }
  CheckContext context(corpus, options.as_of, front_end, sink);
  for (const auto& check : checks) {
    const RuleInfo& info = check->info();
    if (!options.only.empty() && !listed(options.only, info.id)) continue;
    if (listed(options.exclude, info.id)) continue;
    context.set_rule(&info);
    check->run(context);
  }
  apply_suppressions(context, sink);
  // Heading paths for findings that do not carry one.
  for (Diagnostic& d : sink.diagnostics()) {
    if (d.section.empty() && d.range.valid()) d.section = section_in(context.unit_of(d.range.file), d.range);
  }
  std::stable_sort(sink.diagnostics().begin(), sink.diagnostics().end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.range.file != b.range.file) return a.range.file < b.range.file;
    if (a.range.begin != b.range.begin) return a.range.begin < b.range.begin;
    return a.rule < b.rule;
  });
  return true;
}

}  // namespace planc::checkers
