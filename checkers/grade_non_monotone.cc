// grade-non-monotone: 较高等级在同一指标上的标准反而低于较低等级.
#include "checkers/grading.h"
#include "checkers/rules.h"

namespace planc::checkers {
namespace {

class GradeNonMonotoneCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{
        "grade-non-monotone",
        Severity::Warning,
        "较高等级在同一指标上的标准反而低于较低等级",
        {"中华人民共和国突发事件应对法（2007）", "第三条",
         "按照社会危害程度、影响范围等因素，自然灾害、事故灾难、公共卫生事件分为特别重大、重大、较大和一般四级。",
         true}};
    return rule;
  }

  void run(CheckContext& context) override {
    for (const ir::Plan* plan : context.plans()) {
      grading::skip_unchecked(context, *plan);
      grading::for_each_pair(*plan, [&](const grading::Pair& pair) {
        if (pair.verdict == grading::Verdict::NonMonotone) report(context, pair);
      });
    }
  }

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
