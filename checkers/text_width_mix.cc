// text-width-mix: 同一数字或同一列表中混用全角和半角.
#include "checkers/rules.h"

namespace planc::checkers {
namespace {

class TextWidthMixCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{
        "text-width-mix",
        Severity::Warning,
        "同一数字或同一列表中混用全角和半角",
        {"planc 预案语言（docs/language.md）", "正文文字",
         "同一数字、同一列表的序号应统一使用全角或半角字符（如“(１)…（4）…(５)”应统一）。", false}};
    return rule;
  }

  // PLACEHOLDER: the rule's logic is being written; until then it reports nothing.
  void run(CheckContext& context) override { (void)context; }
};

}  // namespace

std::unique_ptr<Check> make_text_width_mix_check() { return std::make_unique<TextWidthMixCheck>(); }

}  // namespace planc::checkers
