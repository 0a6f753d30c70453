// planc respond: from the facts of an incident to grade, response level, authority,
// groups and tasks — a draft action plan (事件行动方案) read from one plan.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "compiler/ir/plan.h"

namespace planc::cli {

/// A fact of the incident: an indicator (by name or alias) and its value in base units.
struct Fact {
  int indicator = -1;
  std::string name;   ///< canonical indicator name
  std::string given;  ///< as typed: 因灾死亡=12
  double value = 0;
};

/// Parses "指标=值" (值: 12, 12人, 0.5万人, 1亿元, 5.2, Ⅵ …); sets error when it cannot.
std::optional<Fact> parse_fact(const std::string& text, const ir::IndicatorRegistry& indicators, std::string& error);

/// Three-valued truth: the facts say yes, no, or do not say.
enum class Truth { Yes, No, Unknown };

/// How one definition of one grade fares on the facts.
struct GradeVerdict {
  const ir::GradeDefinition* definition = nullptr;
  Truth truth = Truth::Unknown;
  std::vector<std::string> reasons;  ///< which criterion decided, or what is unknown
  bool boundary = false;             ///< a fact sits on a bare 以上/以下 with no declared convention
};

/// The grades one source of definitions (正文 or 附件表, 分级标准 or 初判标准) gives.
struct Reading {
  std::string scheme;
  ir::CriteriaRole role = ir::CriteriaRole::Grading;
  bool from_table = false;
  std::vector<GradeVerdict> verdicts;  ///< in the scheme's order, highest first
  std::vector<std::string> matched;    ///< grades whose criteria the facts meet
  std::vector<std::string> undecided;  ///< grades the facts neither meet nor rule out
};

/// Evaluates every definition of every grade of the plan on the facts.
std::vector<Reading> evaluate(const ir::Plan& plan, const std::vector<Fact>& facts);

}  // namespace planc::cli
