// Reading organisation names in plan text: lists, duty heads, posts, abbreviations.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "compiler/base/fold.h"
#include "compiler/base/text_span.h"
#include "compiler/ir/lexicon.h"
#include "compiler/ir/plan.h"
#include "compiler/ir/registry.h"

namespace planc::ir {

/// Finds organisations in the text of one plan: the registry's names and aliases, and
/// the plan's own abbreviations ("区地质灾害应急救援指挥部（以下简称区指挥部）").
class OrgReader {
 public:
  explicit OrgReader(const OrgRegistry& registry) : registry_(registry) {}

  /// Records "X（以下简称Y）" so that Y (and Y办公室) resolve to X in this plan.
  void learn_abbreviations(const TextSpan& text);

  /// The longest organisation name at folded[pos]: registry id and length.
  Lexicon::Match match(std::string_view folded, size_t pos) const;

  /// One list item ("区应急管理局局长", "国网济阳供电公司等部门和单位负责同志"): the
  /// organisations it names, with their posts; unregistered words become unresolved
  /// references.
  std::vector<OrgRef> read_item(const TextSpan& item) const;

  /// A 、-separated list of organisations.
  std::vector<OrgRef> read_list(const TextSpan& text) const;

  /// The organisations at the head of a duty paragraph ("发展和改革部门负责…",
  /// "区财政局:负责…", "农业农村部门、自然资源部门负责…"); empty when the paragraph
  /// does not start with organisations. `head_end` gets the end of the head.
  std::vector<OrgRef> read_head(const TextSpan& paragraph, size_t& head_end) const;

  /// Whether the words look like an organisation's name (end in 局, 部门, 中心 …).
  static bool looks_like_org(std::string_view words);
  /// "县委、县政府主要领导", "县应急管理局、县气象局分管负责同志": a post any body has
  /// (领导, 负责同志, 负责人) ending a list belongs to every body of it.
  static void share_generic_post(std::vector<OrgRef>& refs);

  const OrgRegistry& registry() const { return registry_; }

 private:
  OrgRef make_ref(const TextSpan& words, int org) const;

  const OrgRegistry& registry_;
  Lexicon local_;  ///< abbreviations of this plan → registry id
};

/// A post at the end of words ("县指挥部副指挥长" → 副指挥长, "分管副镇长"), or "".
std::string trailing_post_of(std::string_view words);

/// Every registered organisation name anywhere in a plan's text (paragraphs and table
/// cells, the plan's abbreviations included, generic references too), by longest match,
/// left to right: the passages a work manual cites as naming an organisation. Only the
/// manuals need it, so it is not part of lowering.
std::vector<OrgRef> scan_org_names(const syntax::Document& document, const OrgRegistry& registry);

}  // namespace planc::ir
