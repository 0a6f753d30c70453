// grade-gap: 相邻等级在同一指标上的区间之间留有空档：某些事件不属于任何等级.
#include "checkers/bases.h"
#include "checkers/grading.h"
#include "checkers/rules.h"

namespace planc::checkers {
namespace {

class GradeGapCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{"grade-gap", Severity::Warning,
                               "相邻等级在同一指标上的区间之间留有空档：某些事件不属于任何等级",
                               bases::response_law_article_3()};
    return rule;
  }

  void run(CheckContext& context) override { grading::run_verdict(context, grading::Verdict::Gap, report); }

 private:
  static void report(CheckContext& context, const grading::Pair& pair) {
    const grading::Step& low = *pair.lower;
    const grading::Step& high = *pair.higher;
    std::string gap = describe(grading::between(pair.low, pair.high));
    std::string message = grading::where(*pair.group) + "中，" + grading::grade_name(low) + "与" +
                          grading::grade_name(high) + "在" + pair.ladder->indicator_name + "上留有空档：" +
                          grading::stated(low, pair.low) + "，" + grading::stated(high, pair.high) + "，介于其间的" +
                          gap + "不属于任何等级。相邻等级应在同一数值处衔接。";
    Diagnostic& d = context.report(low.criterion->range, message, low.definition->origin.section);
    d.related.push_back({high.criterion->range,
                         "较高等级" + grading::grade_name(high) + "的" + pair.ladder->indicator_name + "标准在这里"});
  }
};

}  // namespace

std::unique_ptr<Check> make_grade_gap_check() { return std::make_unique<GradeGapCheck>(); }

}  // namespace planc::checkers
