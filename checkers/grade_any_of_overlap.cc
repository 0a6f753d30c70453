// grade-any-of-overlap: a grade above the lowest with an alternative that has no lower
// bound ("较大：……或者紧急转移安置5千人以下"), so that events of the lower grades meet it too.
#include <algorithm>

#include "checkers/bases.h"
#include "checkers/rules.h"
#include "compiler/base/number.h"

namespace planc::checkers {
namespace {

class GradeAnyOfOverlapCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{"grade-any-of-overlap", Severity::Warning,
                               "较高等级“之一即可”的标准中有一项没有下限：较低等级的事件也都符合它",
                               bases::response_law_article_3()};
    return rule;
  }

  void run(CheckContext& context) override {
    for (const ir::Plan* plan : context.plans()) {
      for (const ir::GradeDefinition& definition : plan->definitions) {
        if (definition.role != ir::CriteriaRole::Grading) continue;
        const ir::GradeScheme* scheme = scheme_of(*plan, definition.scheme);
        if (scheme == nullptr) continue;
        auto grade = std::find_if(scheme->grades.begin(), scheme->grades.end(),
                                  [&](const ir::Grade& g) { return g.name == definition.grade; });
        if (grade == scheme->grades.end()) continue;
        int lowest = 0;
        for (const ir::Grade& g : scheme->grades) lowest = std::max(lowest, g.rank);
        if (grade->rank == lowest) continue;  // the lowest grade may well start at nothing
        const ir::Grade* below = nullptr;
        for (const ir::Grade& g : scheme->grades) {
          if (g.rank == grade->rank + 1) below = &g;
        }
        for (const ir::Clause& clause : definition.criteria.any) {
          if (clause.all.empty()) continue;
          bool unbounded = std::all_of(clause.all.begin(), clause.all.end(), [](const ir::Criterion& c) {
            return !c.qualitative() && !c.interval.lower && c.interval.upper;
          });
          if (!unbounded) continue;
          // Only where the scheme grades the indicator upwards: some grade bounds it from
          // below. Where every grade bounds it from above (最低气温低于…, 能见度小于…) a
          // lower value is the worse event, and an upper bound is how it is written.
          int indicator = clause.all.front().indicator;
          if (!graded_upwards(*plan, definition.scheme, indicator)) continue;
          const ir::Criterion& first = clause.all.front();
          std::string limit = ir::show_quantity(first.interval.upper->value, first.interval.dimension);
          std::string message = "“" + definition.grade + "”的标准是几项之一即可，其中“" + first.text +
                                "”只有上限、没有下限：" + first.indicator_name + "不到" + limit +
                                "的任何事件（包括为 0 的" + (below ? "、属于" + below->name + "的" : std::string()) +
                                "事件）都符合“" + definition.grade + "”，较低等级形同虚设。这一项应写明下限（如“" +
                                first.indicator_name + "××以上" + limit + "以下”），或移到较低等级";
          Diagnostic& d = context.report(first.range, message, definition.origin.section);
          d.related.push_back({definition.origin.range, "“" + definition.grade + "”的分级标准"});
        }
      }
    }
  }

 private:
  static bool graded_upwards(const ir::Plan& plan, const std::string& scheme, int indicator) {
    for (const ir::GradeDefinition& d : plan.definitions) {
      if (d.scheme != scheme || d.role != ir::CriteriaRole::Grading) continue;
      for (const ir::Clause& clause : d.criteria.any) {
        for (const ir::Criterion& c : clause.all) {
          if (c.indicator == indicator && c.interval.lower) return true;
        }
      }
    }
    return false;
  }

  static const ir::GradeScheme* scheme_of(const ir::Plan& plan, const std::string& name) {
    for (const ir::GradeScheme& s : plan.schemes) {
      if (s.name == name) return &s;
    }
    return nullptr;
  }
};

}  // namespace

std::unique_ptr<Check> make_grade_any_of_overlap_check() { return std::make_unique<GradeAnyOfOverlapCheck>(); }

}  // namespace planc::checkers
