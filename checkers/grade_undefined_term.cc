// grade-undefined-term: 使用了本预案分级中没有定义的等级名称.
#include "checkers/rules.h"

namespace planc::checkers {
namespace {

class GradeUndefinedTermCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{"grade-undefined-term",
                               Severity::Warning,
                               "使用了本预案分级中没有定义的等级名称",
                               {"planc 预案语言（docs/language.md）", "分级",
                                "预案正文使用的等级名称（如“较大及以上”）应是本预案分级所定义的等级。", false}};
    return rule;
  }

  // PLACEHOLDER: the rule's logic is being written; until then it reports nothing.
  void run(CheckContext& context) override { (void)context; }
};

}  // namespace

std::unique_ptr<Check> make_grade_undefined_term_check() { return std::make_unique<GradeUndefinedTermCheck>(); }

}  // namespace planc::checkers
