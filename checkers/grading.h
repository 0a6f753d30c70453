// What the grade rules share: each grade's interval per indicator, compared with its neighbours.
//
// Definitions are grouped by (scheme, role, source): the body's 分级标准, the body's
// 应急响应初判标准, the table's … A grade's interval on an indicator comes from a clause
// that is exactly one quantitative criterion on it ("死亡（含失踪）人员10人以下"); clauses
// of several criteria and qualitative ones say nothing comparable. Grades are compared
// with the next grade in rank that has the same indicator; a higher grade takes larger
// values.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "checkers/analysis.h"
#include "checkers/check.h"
#include "compiler/ir/plan.h"

namespace planc::checkers::grading {

/// One grade's interval on one indicator, as one definition states it.
struct Step {
  const ir::GradeDefinition* definition = nullptr;
  const ir::Criterion* criterion = nullptr;
  int rank = 0;  ///< in the scheme, 0 = highest
};

/// The grades of one group that state an interval on one indicator, highest first.
struct Ladder {
  int indicator = -1;
  std::string indicator_name;
  std::vector<Step> steps;
};

/// The definitions of one scheme with one role from one source.
struct Group {
  const ir::GradeScheme* scheme = nullptr;
  ir::CriteriaRole role = ir::CriteriaRole::Grading;
  bool from_table = false;
  std::vector<Ladder> ladders;
};

/// The rank of a grade in a scheme (0 = highest; names compared by match key), or -1.
int rank_of(const ir::GradeScheme& scheme, const std::string& grade);

/// "特别重大、重大、较大、一般": a scheme's grades, highest first.
std::string grade_names(const ir::GradeScheme& scheme);

/// The groups of a plan, in the order their first definitions appear.
std::vector<Group> groups(const ir::Plan& plan);

/// The single-criterion interval a definition gives an indicator, or nullptr.
const ir::Criterion* single_criterion(const ir::GradeDefinition& definition, int indicator);

/// How two adjacent grades' intervals on one indicator meet.
enum class Fit { Overlap, Meet, Gap };
Fit fit(const ResolvedInterval& lower, const ResolvedInterval& higher);

/// What is wrong between two adjacent grades, one verdict per pair so no pair is
/// reported by two rules.
enum class Verdict { Clean, NonMonotone, Overlap, Gap, Ambiguous };

/// Two adjacent grades of a ladder, with both readings of their intervals.
struct Pair {
  const Group* group = nullptr;
  const Ladder* ladder = nullptr;
  const Step* higher = nullptr;
  const Step* lower = nullptr;
  ResolvedInterval high;  ///< under the plan's reading (its convention, or the legal default)
  ResolvedInterval low;
  ResolvedInterval high_flipped;  ///< bare 以上/以下 read the other way
  ResolvedInterval low_flipped;
  Verdict verdict = Verdict::Clean;
};

/// Calls f for every pair of adjacent grades of every ladder of a plan.
void for_each_pair(const ir::Plan& plan, const std::function<void(const Pair&)>& f);

/// Says, for the running rule, that it cannot check a scheme the plan declares
/// without stating any grade's quantitative criteria.
void skip_unchecked(CheckContext& context, const ir::Plan& plan);

/// The run of a rule about one verdict: for every plan named on the command line, says
/// when a declared scheme cannot be checked (skip_unchecked), then calls `report` for
/// each pair of adjacent grades with that verdict.
void run_verdict(CheckContext& context, Verdict verdict, void (*report)(CheckContext&, const Pair&));

/// "正文的分级标准", "附件表的应急响应初判标准".
std::string where(const Group& group);
/// "正文", "附件表".
std::string source_name(bool from_table);
/// "分级标准", "应急响应初判标准".
std::string role_name(ir::CriteriaRole role);
/// “死亡（含失踪）人员10人以下”: a criterion's words in quotes, trimmed of its full stop.
std::string quoted(const ir::Criterion& criterion);
/// The grade's name, in quotes: “较大”.
std::string grade_name(const Step& step);

/// "“较大”为 ≤ 5000人（“紧急安置5千人以下”）": a grade's interval and its words.
std::string stated(const Step& step, const ResolvedInterval& interval);

/// The values two intervals share; only meaningful when they overlap.
ResolvedInterval intersection(const ResolvedInterval& a, const ResolvedInterval& b);
/// The values strictly between `low` and `high`; only meaningful when they leave a gap.
ResolvedInterval between(const ResolvedInterval& low, const ResolvedInterval& high);

}  // namespace planc::checkers::grading
