// boundary-ambiguous: 相邻等级的分界用了“以上”“以下”，预案未写明是否含本数，两种读法分级不同.
#include "checkers/grading.h"
#include "checkers/rules.h"

namespace planc::checkers {
namespace {

class BoundaryAmbiguousCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{
        "boundary-ambiguous",
        Severity::Warning,
        "相邻等级的分界用了“以上”“以下”，而预案未写明是否含本数，两种读法得出的分级不同",
        {"planc 预案语言（docs/language.md）", "数量的边界",
         "“以上”“以下”是否含本数应在预案中写明；未写明时 planc "
         "按通常的法律用法（包括本数）读取，并在相邻等级共用的边界处提示：两种读法得出的分级不同。",
         true}};
    return rule;
  }

  void run(CheckContext& context) override { grading::run_verdict(context, grading::Verdict::Ambiguous, report); }

 private:
  static bool bare(const std::optional<ResolvedBound>& bound) { return bound && bound->decided == Decided::Default; }

  // “以上”“以下”: the bare words at the boundary, as written.
  static std::string words(const grading::Pair& pair) {
    std::string result;
    if (bare(pair.high.lower)) result += "“" + pair.higher->criterion->interval.lower->word + "”";
    if (bare(pair.low.upper)) {
      std::string w = "“" + pair.lower->criterion->interval.upper->word + "”";
      if (result != w) result += w;
    }
    return result;
  }

  static std::string point(double value, ir::Dimension dimension) {
    ResolvedInterval p;
    p.dimension = dimension;
    p.lower = ResolvedBound{value, true, Decided::Text};
    p.upper = p.lower;
    return describe(p);
  }

  // "10人", "9人与10人之间": where the two grades meet.
  static std::string boundary(const grading::Pair& pair) {
    ir::Dimension dimension = pair.low.dimension;
    if (!pair.low.upper) return point(pair.high.lower->value, dimension);
    if (!pair.high.lower || pair.low.upper->value == pair.high.lower->value)
      return point(pair.low.upper->value, dimension);
    return point(pair.low.upper->value, dimension) + "与" + point(pair.high.lower->value, dimension) + "之间";
  }

  static std::string outcome(const ResolvedInterval& low, const ResolvedInterval& high) {
    switch (grading::fit(low, high)) {
      case grading::Fit::Overlap: return describe(grading::intersection(low, high)) + "同时属于两个等级";
      case grading::Fit::Gap: return "介于其间的" + describe(grading::between(low, high)) + "不属于任何等级";
      case grading::Fit::Meet: break;
    }
    return "两级恰好衔接";
  }

  static void report(CheckContext& context, const grading::Pair& pair) {
    const grading::Step& low = *pair.lower;
    const grading::Step& high = *pair.higher;
    std::string bare_words = words(pair);
    std::string message =
        grading::where(*pair.group) + "中，" + grading::grade_name(low) + "与" + grading::grade_name(high) + "的" +
        pair.ladder->indicator_name + "以" + boundary(pair) + "为界，两级如何衔接取决于" + bare_words +
        "是否含本数：按含本数读（未作约定时的通常读法），" + grading::stated(low, pair.low) + "，" +
        grading::stated(high, pair.high) + "，" + outcome(pair.low, pair.high) + "；按不含本数读，" +
        grading::grade_name(low) + "为 " + describe(pair.low_flipped) + "，" + grading::grade_name(high) + "为 " +
        describe(pair.high_flipped) + "，" + outcome(pair.low_flipped, pair.high_flipped) + "。本预案没有写明" +
        bare_words + "是否含本数，应在预案中写明，例如“本预案有关数量的表述中，‘以上’含本数，‘以下’不含本数”。";
    bool at_high = !bare(pair.low.upper);
    const grading::Step& here = at_high ? high : low;
    const grading::Step& there = at_high ? low : high;
    Diagnostic& d = context.report(here.criterion->range, message, here.definition->origin.section);
    d.related.push_back({there.criterion->range, (at_high ? "较低等级" : "较高等级") + grading::grade_name(there) +
                                                     "的" + pair.ladder->indicator_name + "标准在这里"});
  }
};

}  // namespace

std::unique_ptr<Check> make_boundary_ambiguous_check() { return std::make_unique<BoundaryAmbiguousCheck>(); }

}  // namespace planc::checkers
