// Shared state of the block readers that lower one plan (internal to compiler/ir).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "compiler/base/diagnostic.h"
#include "compiler/ir/org_reader.h"
#include "compiler/ir/plan.h"
#include "compiler/ir/registry.h"
#include "compiler/syntax/ast.h"

namespace planc::ir {

struct ReadContext {
  const syntax::Document& document;
  const OrgRegistry& orgs;
  const IndicatorRegistry& indicators;
  OrgReader org_reader;
  DiagnosticSink& sink;
  Plan& plan;

  Origin origin(const syntax::Node& node) const;
  Origin origin(const syntax::Node& node, SourceRange range) const;
  /// Records a mention for org-unknown and org-inconsistent-name, and returns it.
  const OrgRef& note(OrgRef ref);
  void note_all(const std::vector<OrgRef>& refs);
  /// A warning that a block's words do not say what its tag promises (the block counts
  /// as not read in full).
  void warn(const SourceRange& range, std::string message);
  /// Words of the current block that could not be read, for read-incomplete.
  void gap(const SourceRange& range, std::string message, std::vector<std::string> rules);
  /// The words a criteria reader left unread, as gaps that disable `rules`.
  void gaps_of(const Criteria& criteria, const std::string& what, const std::vector<std::string>& rules);

  BlockRead* block = nullptr;  ///< the block being read (set by the lowering loop)
};

/// The paragraphs and tables of a block, in order: its own, and those of child
/// sections and blocks that carry no tag of their own (with `all`, of tagged child
/// blocks ::: too, for readers whose passages may also be marked as something else).
std::vector<const syntax::Node*> block_content(const syntax::Node& block, bool all = false);

/// The text of a paragraph without its list marker.
TextSpan without_marker(const syntax::Node& paragraph);

/// Splits text into sentences at 。 and ； (each keeps its terminator).
std::vector<TextSpan> sentences(const TextSpan& text);

/// Strips a label such as "指挥长：" or "主要职责:" (white space ignored); returns the
/// label's match key and sets rest to what follows. Empty when there is no label.
std::string label_of(const TextSpan& text, TextSpan& rest, size_t max_label_chars = 8);

/// The hazard a block is about: the tag's argument, else the first hazard its section's
/// heading names; empty when neither says.
std::string hazard_of(ReadContext& context, const syntax::Node& block);

/// Whether folded text contains the word.
bool contains(std::string_view haystack, std::string_view needle);

// The block readers, one per tag kind.
void read_notice(ReadContext& context, const syntax::Node& block);
void read_basis(ReadContext& context, const syntax::Node& block);
void read_scope(ReadContext& context, const syntax::Node& block);
void read_command(ReadContext& context, const syntax::Node& block);
void read_office(ReadContext& context, const syntax::Node& block);
void read_groups(ReadContext& context, const syntax::Node& block);
void read_duties(ReadContext& context, const syntax::Node& block);
void read_tasks(ReadContext& context, const syntax::Node& block);
void read_scheme(ReadContext& context, const syntax::Node& block);
void read_definition(ReadContext& context, const syntax::Node& block);
void read_convention(ReadContext& context, const syntax::Node& block);
/// The convention stated in any paragraph ("本预案所称以上含本数，以下不含本数"), when no
/// {约定} block states it.
void read_convention_anywhere(ReadContext& context, const syntax::Node& node);
void read_response(ReadContext& context, const syntax::Node& block);
/// Who ends a response, read from sentences outside the {响应} block ("4.2.1.5 应急响应结束"
/// is often a section of its own): only what is read, no gaps for narrative text.
void read_termination_anywhere(ReadContext& context, const syntax::Node& node);
/// Time limits on reporting an event, in any paragraph of the plan.
void read_report_limits(ReadContext& context, const syntax::Node& node);
void read_warning(ReadContext& context, const syntax::Node& block);
void read_signals(ReadContext& context, const syntax::Node& block);
void read_terms(ReadContext& context, const syntax::Node& block);
void read_management(ReadContext& context, const syntax::Node& block);

// Readers of the whole text (not tied to a block).
void read_front_matter(ReadContext& context);
void read_text_facts(ReadContext& context);

}  // namespace planc::ir
