// The checker framework: a rule's identity and basis, the context it runs in, its hooks.
//
// A check only reports: it names the words that cause a finding and says why. The
// framework adds the rule id and default severity, the heading path, filtering by
// --rule/--no-rule, suppression comments and the output formats.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "compiler/base/diagnostic.h"
#include "compiler/corpus/corpus.h"
#include "compiler/ir/date.h"
#include "compiler/ir/plan.h"

namespace planc::checkers {

/// Where a rule's requirement comes from.
struct Basis {
  std::string document;  ///< 济南市济阳区突发事件总体应急预案（试行）, or planc's own language rules
  std::string clause;    ///< 7.2
  std::string excerpt;   ///< the clause's words, verbatim
  bool derived = false;  ///< derived from a principle rather than stated: at most a warning
};

/// A rule's identity: its id (DESIGN.md section 5), default severity and basis.
struct RuleInfo {
  std::string id;
  Severity severity = Severity::Error;
  std::string summary;  ///< one line, Chinese
  Basis basis;
};

/// What a check sees while it runs, and where it reports.
class CheckContext {
 public:
  /// Finds the plans named on the command line and indexes the files once.
  CheckContext(const corpus::Corpus& corpus, ir::Date as_of, const DiagnosticSink& front_end, DiagnosticSink& sink);

  const corpus::Corpus& corpus() const { return corpus_; }
  /// The plans named on the command line.
  const std::vector<const ir::Plan*>& plans() const { return plans_; }
  /// The plan's document tree, for the rules about the text itself and its structure
  /// (text-*, struct-*) only: every other rule reads the IR. nullptr when the plan has none.
  const syntax::Document* document(const ir::Plan& plan) const { return plan.document; }
  /// The corpus unit of a source file, or nullptr.
  const corpus::Unit* unit_of(uint32_t file) const;
  ir::Date as_of() const { return as_of_; }
  /// What parsing and lowering reported (the syntax rule passes it on).
  const DiagnosticSink& front_end() const { return front_end_; }
  /// Whether a file was named on the command line.
  bool requested(uint32_t file) const;
  /// Passes a front-end diagnostic on as a finding.
  void forward(const Diagnostic& diagnostic) { sink_.report(diagnostic); }

  /// Reports a finding of the running rule at range. Its severity is the rule's default
  /// unless given; a derived rule never reports above a warning.
  Diagnostic& report(const SourceRange& range, std::string message, const std::string& section = {});
  Diagnostic& report(const SourceRange& range, std::string message, const std::string& section, Severity severity);
  /// Says that the running rule could not run on a file, and why.
  void skip(const std::string& file, std::string reason);

  void set_rule(const RuleInfo* rule) { rule_ = rule; }

 private:
  const corpus::Corpus& corpus_;
  ir::Date as_of_;
  const DiagnosticSink& front_end_;
  DiagnosticSink& sink_;
  std::vector<const ir::Plan*> plans_;
  std::unordered_map<uint32_t, const corpus::Unit*> units_;  ///< by file id
  const RuleInfo* rule_ = nullptr;
};

/// A rule. Most checks are a few dozen lines: walk the plans, report what is wrong.
class Check {
 public:
  virtual ~Check() = default;
  virtual const RuleInfo& info() const = 0;
  virtual void run(CheckContext& context) = 0;
};

}  // namespace planc::checkers
