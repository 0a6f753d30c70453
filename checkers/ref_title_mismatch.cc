// ref-title-mismatch: 引用的标题与登记的确切标题几乎相同但不一致（如缺少“（试行）”）.
#include "checkers/rules.h"

namespace planc::checkers {
namespace {

class RefTitleMismatchCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{
        "ref-title-mismatch",
        Severity::Warning,
        "引用的标题与登记的确切标题几乎相同但不一致（如缺少“（试行）”）",
        {"planc 预案语言（docs/language.md）", "引用",
         "引用应使用文件的确切标题；与登记标题仅差括注（如“（试行）”）或发布机关前缀的，提示改用确切标题。", false}};
    return rule;
  }

  // PLACEHOLDER: the rule's logic is being written; until then it reports nothing.
  void run(CheckContext& context) override { (void)context; }
};

}  // namespace

std::unique_ptr<Check> make_ref_title_mismatch_check() { return std::make_unique<RefTitleMismatchCheck>(); }

}  // namespace planc::checkers
