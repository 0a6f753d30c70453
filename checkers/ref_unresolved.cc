// ref-unresolved: 引用的法律、法规或预案在语料和外部文件登记中都找不到.
#include "checkers/rules.h"

namespace planc::checkers {
namespace {

class RefUnresolvedCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{"ref-unresolved",
                               Severity::Error,
                               "引用的法律、法规或预案在语料和外部文件登记中都找不到",
                               {"planc 预案语言（docs/language.md）", "引用",
                                "正文以《》引用的法律、法规、规章和预案，应能在语料或外部文件登记中按确切标题找到；已登"
                                "记但未核实的，单独提示。",
                                false}};
    return rule;
  }

  // PLACEHOLDER: the rule's logic is being written; until then it reports nothing.
  void run(CheckContext& context) override { (void)context; }
};

}  // namespace

std::unique_ptr<Check> make_ref_unresolved_check() { return std::make_unique<RefUnresolvedCheck>(); }

}  // namespace planc::checkers
