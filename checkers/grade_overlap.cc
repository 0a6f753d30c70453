// grade-overlap: 两个相邻等级在同一指标上的区间重叠：同一事件同时属于两个等级.
#include "checkers/bases.h"
#include "checkers/grading.h"
#include "checkers/rules.h"

namespace planc::checkers {
namespace {

class GradeOverlapCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{"grade-overlap", Severity::Warning,
                               "相邻等级在同一指标上的区间重叠：同一事件同时属于两个等级",
                               bases::response_law_article_3()};
    return rule;
  }

  void run(CheckContext& context) override { grading::run_verdict(context, grading::Verdict::Overlap, report); }

 private:
  static void report(CheckContext& context, const grading::Pair& pair) {
    const grading::Step& low = *pair.lower;
    const grading::Step& high = *pair.higher;
    std::string shared = describe(grading::intersection(pair.low, pair.high));
    std::string message = grading::where(*pair.group) + "中，" + grading::grade_name(low) + "与" +
                          grading::grade_name(high) + "在" + pair.ladder->indicator_name + "上的区间重叠：" +
                          grading::stated(low, pair.low) + "，" + grading::stated(high, pair.high) + "，" + shared +
                          "同时属于两个等级。相邻等级应在同一数值处衔接，一方含本数、另一方不含本数。";
    Diagnostic& d = context.report(low.criterion->range, message, low.definition->origin.section);
    d.related.push_back({high.criterion->range,
                         "较高等级" + grading::grade_name(high) + "的" + pair.ladder->indicator_name + "标准在这里"});
  }
};

}  // namespace

std::unique_ptr<Check> make_grade_overlap_check() { return std::make_unique<GradeOverlapCheck>(); }

}  // namespace planc::checkers
