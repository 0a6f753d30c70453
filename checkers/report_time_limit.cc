// report-time-limit: a reporting time limit looser than the superior's for the same kind
// of report, or none where the superior sets one.
#include <algorithm>
#include <cmath>

#include "checkers/rules.h"
#include "checkers/util.h"
#include "compiler/base/number.h"

namespace planc::checkers {
namespace {

std::string shown(double minutes) {
  if (minutes >= 60 && std::fmod(minutes, 60.0) == 0) return format_number(minutes / 60) + "小时";
  return format_number(minutes) + "分钟";
}

// The numeric limits of one kind in a plan.
std::vector<const ir::ReportLimit*> numeric(const ir::Plan& plan, const std::string& kind) {
  std::vector<const ir::ReportLimit*> out;
  for (const ir::ReportLimit& r : plan.report_limits) {
    if (r.kind == kind && r.minutes) out.push_back(&r);
  }
  return out;
}

class ReportTimeLimitCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{"report-time-limit",
                               Severity::Warning,
                               "信息报告时限宽于上位预案对同类报告的规定，或上位预案规定了时限而本预案没有",
                               {"上位预案的信息报告条款（如总体应急预案“事发后30分钟内电话报告、1小时内书面报告”）",
                                "信息报告", "下级预案服从上级预案：同类报告的时限不得宽于上位预案的规定。", true}};
    return rule;
  }

  void run(CheckContext& context) override {
    for (const ir::Plan* plan : context.plans()) {
      const ir::Plan* superior = first_superior(*plan, [](const ir::Plan& s) {
        return std::any_of(s.report_limits.begin(), s.report_limits.end(),
                           [](const ir::ReportLimit& r) { return r.minutes.has_value(); });
      });
      if (superior == nullptr) {
        bool mine = std::any_of(plan->report_limits.begin(), plan->report_limits.end(),
                                [](const ir::ReportLimit& r) { return r.minutes.has_value(); });
        if (mine && !plan->meta.superiors.empty())
          context.skip(plan->path, superiors_text(*plan) + "不在语料中或没有写明报告时限，无法比较信息报告时限");
        continue;
      }
      bool any = false;
      for (const char* kind : {"首次报告", "书面报告", "续报"}) {
        std::vector<const ir::ReportLimit*> theirs = numeric(*superior, kind);
        if (theirs.empty()) continue;
        // The superior's loosest limit of the kind: a limit looser than it is looser
        // whatever event or reporter the superior's limits are about.
        const ir::ReportLimit* loosest = *std::max_element(
            theirs.begin(), theirs.end(), [](const auto* a, const auto* b) { return *a->minutes < *b->minutes; });
        for (const ir::ReportLimit* mine : numeric(*plan, kind)) {
          any = true;
          if (*mine->minutes <= *loosest->minutes) continue;
          std::string limits;
          for (const ir::ReportLimit* t : theirs) limits += (limits.empty() ? "“" : "、“") + t->words + "”";
          Diagnostic& d =
              context.report(mine->origin.range,
                             std::string(kind) + "时限“" + mine->words + "”（" + shown(*mine->minutes) +
                                 "）宽于上位预案《" + superior->meta.title + "》的" + limits +
                                 "：下级预案的报告时限不得宽于上位预案，应改为不超过" + shown(*loosest->minutes),
                             mine->origin.section);
          d.related.push_back({loosest->origin.range, "上位预案的报告时限"});
        }
      }
      if (any || !plan->report_limits.empty()) continue;
      // The plan says nothing of when to report, and the superior sets limits.
      const ir::ReportLimit& first = *std::find_if(superior->report_limits.begin(), superior->report_limits.end(),
                                                   [](const ir::ReportLimit& r) { return r.minutes.has_value(); });
      Diagnostic& d = context.report(plan->heading_title_range,
                                     "本预案没有写明信息报告的时限，而上位预案《" + superior->meta.title + "》规定“" +
                                         first.words + "”：应写明事发后多长时间内向谁报告（至少不宽于上位预案）",
                                     std::string(), Severity::Note);
      d.related.push_back({first.origin.range, "上位预案的报告时限"});
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_report_time_limit_check() { return std::make_unique<ReportTimeLimitCheck>(); }

}  // namespace planc::checkers
