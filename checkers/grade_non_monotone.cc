// grade-non-monotone: 较高等级在同一指标上的标准反而低于较低等级.
#include "checkers/bases.h"
#include "checkers/grading.h"
#include "checkers/rules.h"

namespace planc::checkers {
namespace {

class GradeNonMonotoneCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{"grade-non-monotone", Severity::Warning, "较高等级在同一指标上的标准反而低于较低等级",
                               bases::response_law_article_3()};
    return rule;
  }

  void run(CheckContext& context) override { grading::run_verdict(context, grading::Verdict::NonMonotone, report); }

 private:
  static void report(CheckContext& context, const grading::Pair& pair) {
    const grading::Step& low = *pair.lower;
    const grading::Step& high = *pair.higher;
    const std::string& indicator = pair.ladder->indicator_name;
    std::string message = grading::where(*pair.group) + "中，较高等级" + grading::grade_name(high) + "的" + indicator +
                          "为 " + describe(pair.high) + "（" + grading::quoted(*high.criterion) +
                          "），反而低于较低等级" + grading::grade_name(low) + "的 " + describe(pair.low) + "（" +
                          grading::quoted(*low.criterion) + "）。等级越高，" + indicator +
                          "应越大；请核对两级的数值或等级名称是否写反。";
    Diagnostic& d = context.report(high.criterion->range, message, high.definition->origin.section);
    d.related.push_back(
        {low.criterion->range, "较低等级" + grading::grade_name(low) + "的" + indicator + "标准在这里"});
  }
};

}  // namespace

std::unique_ptr<Check> make_grade_non_monotone_check() { return std::make_unique<GradeNonMonotoneCheck>(); }

}  // namespace planc::checkers
