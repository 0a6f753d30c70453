// signal-definition-mismatch: 名词术语的定义与该灾种最低级别的预警信号标准不一致.
#include "checkers/rules.h"

namespace planc::checkers {
namespace {

class SignalDefinitionMismatchCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{
        "signal-definition-mismatch",
        Severity::Warning,
        "名词术语的定义与该灾种最低级别的预警信号标准不一致",
        {"planc 预案语言（docs/language.md）", "术语",
         "预案对灾种的定义（名词术语）与其最低级别预警信号的量化标准应当一致：信号不应覆盖定义之外的情形。", true}};
    return rule;
  }

  // PLACEHOLDER: the rule's logic is being written; until then it reports nothing.
  void run(CheckContext& context) override { (void)context; }
};

}  // namespace

std::unique_ptr<Check> make_signal_definition_mismatch_check() {
  return std::make_unique<SignalDefinitionMismatchCheck>();
}

}  // namespace planc::checkers
