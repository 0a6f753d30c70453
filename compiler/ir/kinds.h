// The categories the IR carries as enums rather than strings: what a management clause,
// a ledger record or a deadline is about, what a revision trigger names, and what a
// cross-reference points at. Each has one word for people and one key for the IR output.
#pragma once

#include <optional>
#include <string_view>

namespace planc::ir {

/// What a management clause, a ledger record or a deadline is about.
enum class Obligation { Filing, Drill, Evaluation, Revision };

/// Every obligation, in the order plans state them (备案, 演练, 评估, 修订).
inline constexpr Obligation kObligations[] = {Obligation::Filing, Obligation::Drill, Obligation::Evaluation,
                                              Obligation::Revision};

/// 备案, 演练, 评估, 修订: the word plans, ledgers and tags use.
const char* obligation_word(Obligation obligation);

/// The obligation a word names (备案 …); nullopt for any other word.
std::optional<Obligation> obligation_of(std::string_view word);

/// What a revision trigger (7.4 ①…) names as the reason to revise.
enum class TriggerKind {
  Law,         ///< 法律法规、上位预案 changed
  Command,     ///< 指挥机构 changed
  Risk,        ///< 面临的风险 changed
  Resources,   ///< 应急资源 changed
  OtherInfo,   ///< 其他重要信息 changed
  Lessons,     ///< 演练中发现问题, 实际应对
  Discretion,  ///< 认为应当修订的其他情况
  Other,
};

/// law, command, risk, resources, other-info, lessons, discretion, other.
const char* trigger_kind_key(TriggerKind kind);

/// What a cross-reference points at.
enum class CrossRefKind {
  Section,     ///< “监测预警”部分: a heading of the plan, by its title
  Attachment,  ///< an item of the attachment list (附件：1.… 2.…), by its number
};

/// section, attachment.
const char* cross_ref_kind_key(CrossRefKind kind);

}  // namespace planc::ir
