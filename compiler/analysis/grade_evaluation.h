// planc respond: from the facts of an incident to grade, response level, authority,
// groups and tasks — a draft action plan (事件行动方案) read from one plan.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "compiler/ir/plan.h"

namespace planc::analysis {

/// A fact of the incident: an indicator (by name or alias) and its value in base units.
struct Fact {
  int indicator = -1;
  std::string name;   ///< canonical indicator name
  std::string given;  ///< as typed: 因灾死亡=12
  double value = 0;
  ir::Dimension dimension = ir::Dimension::None;
};

/// Parses "指标=值" (值: 12, 12人, 0.5万人, 1亿元, 5.2, 5.2级, Ⅵ, Ⅵ度 …): the unit, when
/// given, must measure the indicator. Sets error when it cannot.
std::optional<Fact> parse_fact(const std::string& text, const ir::IndicatorRegistry& indicators, std::string& error);

/// A value in words with its unit: "12人", "1000万元", "M5.2", "Ⅵ".
std::string show_value(double value, ir::Dimension dimension);

/// The indicators the plan's grade definitions use (registry indices), in registry order.
std::vector<int> criteria_indicators(const ir::Plan& plan);

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

/// The grade a reading decides: the highest grade the facts meet; "" when they meet none.
std::string decision(const Reading& reading);

/// Grades above the decided one (all grades when none is decided) that the facts do
/// not rule out, highest first.
std::vector<std::string> possibly_higher(const Reading& reading);

/// Every outcome the reading leaves open: its decision and the grades above it not ruled
/// out, or, undecided, each grade not ruled out and "" (no grade at all).
std::set<std::string> outcomes(const Reading& reading);

/// The reading in words: "较大", "至少为较大（更高的特别重大、重大尚不能排除）",
/// "无法判定（尚不能排除：重大、较大）", "不属于任何等级".
std::string summary(const Reading& reading);

/// Items joined with 、.
std::string join(const std::vector<std::string>& items);

/// "初判标准" or "分级标准".
std::string role_name(ir::CriteriaRole role);

/// "初判标准（正文）", "分级标准（附件表）".
std::string label(const Reading& reading);

}  // namespace planc::analysis
