// grade-conflict: 同一等级的两处定义（正文与附件表）不一致.
#include "checkers/rules.h"

namespace planc::checkers {
namespace {

class GradeConflictCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{
        "grade-conflict",
        Severity::Error,
        "同一等级的两处定义（正文与附件表）不一致",
        {"planc 预案语言（docs/language.md）", "分级",
         "同一预案中同一等级的各处定义（正文条款与附件表格）是同一标准的两种写法，必须一致；空单元格不表述任何标准。",
         false}};
    return rule;
  }

  // PLACEHOLDER: the rule's logic is being written; until then it reports nothing.
  void run(CheckContext& context) override { (void)context; }
};

}  // namespace

std::unique_ptr<Check> make_grade_conflict_check() { return std::make_unique<GradeConflictCheck>(); }

}  // namespace planc::checkers
