// hier-grade-scheme: grades that do not map onto the superior's grades, or map out of order.
#include <algorithm>

#include "checkers/bases.h"
#include "checkers/grading.h"
#include "checkers/rules.h"
#include "checkers/util.h"

namespace planc::checkers {
namespace {

class HierGradeSchemeCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{"hier-grade-scheme", Severity::Warning,
                               "下级预案的分级与上位预案的分级对不上，或对应次序颠倒", bases::response_law_article_3()};
    return rule;
  }

  void run(CheckContext& context) override {
    for (const ir::Plan* plan : context.plans()) {
      if (plan->schemes.empty()) continue;
      const ir::Plan* superior = first_superior(*plan, [](const ir::Plan& s) { return !s.schemes.empty(); });
      if (superior == nullptr) {
        if (!plan->meta.superiors.empty()) {
          context.skip(plan->path, superiors_text(*plan) + "不在语料中或没有分级，无法比较分级");
        }
        continue;
      }
      for (const ir::GradeScheme& scheme : plan->schemes) check(context, *plan, scheme, *superior);
    }
  }

 private:
  static void check(CheckContext& context, const ir::Plan& plan, const ir::GradeScheme& scheme,
                    const ir::Plan& superior) {
    const ir::GradeScheme& upper = superior.schemes.front();
    // The correspondence: by name when every grade is one of the superior's; else a
    // declared mapping; else the plan leaves it unstated.
    std::vector<std::pair<std::string, std::string>> pairs;
    bool by_name = std::all_of(scheme.grades.begin(), scheme.grades.end(),
                               [&](const ir::Grade& g) { return grading::rank_of(upper, g.name) >= 0; });
    const ir::Mapping* declared = nullptr;
    if (by_name) {
      for (const ir::Grade& g : scheme.grades) pairs.push_back({g.name, g.name});
    } else {
      declared = context.corpus().mapping_for("分级", plan.meta.title, scheme.name);
      if (declared == nullptr) {
        Diagnostic& d =
            context.report(scheme.origin.range,
                           "分级“" + scheme.name + "”的等级（" + grading::grade_names(scheme) + "）不是上位预案《" +
                               superior.meta.title + "》的等级（" + grading::grade_names(upper) +
                               "），正文没有写明两者如何对应，也没有登记对照：无法核对下级分级是否服从上位分级",
                           scheme.origin.section);
        d.related.push_back({upper.origin.range, "上位预案的分级"});
        return;
      }
      pairs = declared->pairs;
      for (const ir::Grade& g : scheme.grades) {
        bool mapped =
            std::any_of(pairs.begin(), pairs.end(), [&](const auto& p) { return key(p.first) == key(g.name); });
        if (!mapped) {
          Diagnostic& d = context.report(
              scheme.origin.range, "登记的对照没有给出等级“" + g.name + "”对应上位预案的哪一级", scheme.origin.section);
          d.related.push_back({declared->range, "对照登记在这里（来源：" + declared->source + "）"});
        }
      }
    }
    check_order(context, scheme, upper, pairs, declared);
  }

  // A higher grade of the plan must not map onto a lower grade of the superior.
  static void check_order(CheckContext& context, const ir::GradeScheme& scheme, const ir::GradeScheme& upper,
                          const std::vector<std::pair<std::string, std::string>>& pairs, const ir::Mapping* declared) {
    int previous = -1;
    std::string previous_grade;
    for (const ir::Grade& g : scheme.grades) {
      auto it = std::find_if(pairs.begin(), pairs.end(), [&](const auto& p) { return key(p.first) == key(g.name); });
      if (it == pairs.end()) continue;
      int rank = grading::rank_of(upper, it->second);
      if (rank < 0) continue;
      if (rank < previous) {
        std::string basis = declared ? "（依据登记的对照，来源：" + declared->source + "）" : "";
        Diagnostic& d = context.report(scheme.origin.range,
                                       "等级“" + g.name + "”对应上位的“" + it->second + "”，高于比它高一级的“" +
                                           previous_grade + "”所对应的等级：对应次序颠倒" + basis,
                                       scheme.origin.section);
        d.related.push_back({upper.origin.range, "上位预案的分级"});
      }
      previous = std::max(previous, rank);
      previous_grade = g.name;
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_hier_grade_scheme_check() { return std::make_unique<HierGradeSchemeCheck>(); }

}  // namespace planc::checkers
