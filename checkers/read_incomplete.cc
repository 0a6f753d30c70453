// read-incomplete: words of a semantic block that planc could not read, and the checks
// that therefore did not run on them.
#include "checkers/rules.h"

namespace planc::checkers {
namespace {

class ReadIncompleteCheck : public Check {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo rule{"read-incomplete",
                               Severity::Note,
                               "预案中有未能读入的文字，相关检查未对其运行",
                               {"planc 预案语言（docs/language.md）", "语义块",
                                "语义块中的文字应能读出其含义；读不出的部分要指出，并说明哪些检查因此未运行。", false}};
    return rule;
  }

  void run(CheckContext& context) override {
    for (const ir::Plan* plan : context.plans()) {
      for (const ir::ReadGap& gap : plan->gaps) {
        std::string message = gap.message;
        if (!gap.rules.empty()) {
          message += "，";
          for (size_t i = 0; i < gap.rules.size(); ++i) message += (i ? "、" : "") + gap.rules[i];
          message += " 未对其运行";
        }
        context.report(gap.range, std::move(message), section_of(*plan, gap.range));
      }
    }
  }

 private:
  // The heading path of the block the gap lies in.
  static std::string section_of(const ir::Plan& plan, const SourceRange& range) {
    std::string section;
    for (const ir::BlockRead& block : plan.blocks) {
      if (block.origin.range.file == range.file && block.origin.range.begin.line <= range.begin.line) {
        section = block.origin.section;
      }
    }
    return section;
  }
};

}  // namespace

std::unique_ptr<Check> make_read_incomplete_check() { return std::make_unique<ReadIncompleteCheck>(); }

}  // namespace planc::checkers
